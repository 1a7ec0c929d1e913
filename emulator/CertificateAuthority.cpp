#include "CertificateAuthority.h"

namespace Kurier::Emulator {

void CertificateAuthority::load(const QByteArray &keyPem, const QByteArray &certificatePem)
{
    auto key = AsymmetricKey::fromPrivatePem(keyPem);
    auto certificate = Certificate::fromPem(certificatePem);
    if (key && certificate && certificate->publicKey().samePublicKey(*key)) {
        m_key = std::move(*key);
        m_certificate = std::move(*certificate);
    }
    ensure();
}

void CertificateAuthority::ensure()
{
    if (!m_certificate.isNull()) {
        return;
    }
    m_key = *AsymmetricKey::generateEc();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_certificate = *Certificate::selfSigned(m_key,
                                             {{QStringLiteral("CN"), QStringLiteral("KSeF Emulator Test CA")},
                                              {QStringLiteral("O"), QStringLiteral("Kurier KSeF emulator")},
                                              {QStringLiteral("C"), QStringLiteral("PL")}},
                                             now.addDays(-1), now.addYears(20), 1);
}

std::expected<Certificate, QString> CertificateAuthority::issue(const AsymmetricKey &subjectKey,
                                                                const Certificate::Subject &subject,
                                                                const QString &type, QDateTime validFrom,
                                                                QDateTime validTo, quint64 serial)
{
    ensure();
    const Certificate::KeyUsages usages =
        type == u"Offline" ? Certificate::KeyUsage::NonRepudiation : Certificate::KeyUsage::DigitalSignature;
    return Certificate::issue(subjectKey, subject, m_certificate, m_key, validFrom, validTo, serial, usages);
}

bool CertificateAuthority::issued(const Certificate &certificate) const
{
    return !m_certificate.isNull() && certificate.isSignedBy(m_certificate);
}

} // namespace Kurier::Emulator
