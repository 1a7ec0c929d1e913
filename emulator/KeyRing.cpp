#include "KeyRing.h"

#include "ksef/crypto/Crypto.h"
#include "ksef/crypto/Xades.h"

#include <QJsonObject>

namespace Kurier::Emulator {

void KeyRing::load(const QByteArray &tokenKeyPem, const QByteArray &symmetricKeyPem)
{
    m_keys.clear();
    for (const auto &[usage, pem] :
         {std::pair{tokenUsage, tokenKeyPem}, std::pair{symmetricUsage, symmetricKeyPem}}) {
        auto key = pem.isEmpty() ? AsymmetricKey::generate(2048) : AsymmetricKey::fromPrivatePem(pem);
        if (!key) {
            key = AsymmetricKey::generate(2048);
        }
        if (auto published = key ? publish(usage, *key, ++m_serial) : std::unexpected(key.error())) {
            m_keys.append(std::move(*published));
        }
    }
}

std::expected<KeyRing::Published, QString> KeyRing::publish(const QString &usage, const AsymmetricKey &key,
                                                            quint64 serial)
{
    const Certificate::Subject subject{
        {QStringLiteral("C"), QStringLiteral("PL")},
        {QStringLiteral("O"), QStringLiteral("Ministerstwo Finansów (emulator)")},
        {QStringLiteral("2.5.4.97"), QStringLiteral("VATPL-5260250274")},
        {QStringLiteral("CN"), QStringLiteral("ksef-emulator ") + usage}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto certificate = Certificate::selfSigned(key, subject, now.addDays(-1), now.addYears(2), serial);
    if (!certificate) {
        return std::unexpected(certificate.error());
    }
    return Published{usage, key, std::move(*certificate), Crypto::sha256Base64(key.publicKeyDer())};
}

std::expected<QString, QString> KeyRing::rotate(const QString &usage, bool replace)
{
    if (usage != tokenUsage && usage != symmetricUsage) {
        return std::unexpected(QStringLiteral("usage: %1 or %2").arg(tokenUsage, symmetricUsage));
    }
    auto key = AsymmetricKey::generate(2048);
    if (!key) {
        return std::unexpected(key.error());
    }
    auto published = publish(usage, *key, ++m_serial);
    if (!published) {
        return std::unexpected(published.error());
    }
    if (replace) {
        m_keys.removeIf([&](const Published &entry) { return entry.usage == usage; });
    }
    m_keys.append(std::move(*published));
    return m_keys.constLast().publicKeyId;
}

std::expected<QByteArray, KeyRing::Failure> KeyRing::decrypt(const QString &usage, const QString &publicKeyId,
                                                             const QByteArray &cipher) const
{
    bool named = false;
    for (const Published &entry : m_keys) {
        if (entry.usage != usage || (!publicKeyId.isEmpty() && entry.publicKeyId != publicKeyId)) {
            continue;
        }
        named = true;
        if (auto plain = entry.key.decryptOaep(cipher)) {
            return *plain;
        }
    }
    return std::unexpected(named || publicKeyId.isEmpty() ? Failure::Undecryptable : Failure::Withdrawn);
}

std::expected<QByteArray, QString> KeyRing::signUpo(const QByteArray &xml, QDateTime signingTime)
{
    if (!m_upoSigner) {
        auto key = AsymmetricKey::generate(2048);
        if (!key) {
            return std::unexpected(key.error());
        }
        auto signer = publish(QStringLiteral("UpoSignature"), *key, ++m_serial);
        if (!signer) {
            return std::unexpected(signer.error());
        }
        m_upoSigner = std::move(*signer);
    }
    return Xades::sign(xml, m_upoSigner->key, m_upoSigner->certificate, signingTime);
}

QJsonArray KeyRing::certificatesJson() const
{
    QJsonArray certificates;
    for (const Published &entry : m_keys) {
        certificates.append(QJsonObject{
            {QStringLiteral("certificate"), QString::fromLatin1(entry.certificate.der().toBase64())},
            {QStringLiteral("certificateId"), Crypto::sha256Base64(entry.certificate.der())},
            {QStringLiteral("publicKeyId"), entry.publicKeyId},
            {QStringLiteral("validFrom"), entry.certificate.notBefore().toString(Qt::ISODate)},
            {QStringLiteral("validTo"), entry.certificate.notAfter().toString(Qt::ISODate)},
            {QStringLiteral("usage"), QJsonArray{entry.usage}},
        });
    }
    return certificates;
}

QByteArray KeyRing::newestPem(const QString &usage) const
{
    for (auto it = m_keys.crbegin(); it != m_keys.crend(); ++it) {
        if (it->usage == usage) {
            return it->key.privateKeyPem();
        }
    }
    return {};
}

} // namespace Kurier::Emulator
