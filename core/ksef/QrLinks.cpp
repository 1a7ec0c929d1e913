#include "ksef/QrLinks.h"

#include "ksef/crypto/Crypto.h"

#include <QCoreApplication>

namespace Kurier::QrLinks {

QString base64Url(QByteArrayView data)
{
    return QString::fromLatin1(QByteArray(data.data(), data.size())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {
QString hostOf(const KsefEnvironment &environment)
{
    QString host = environment.qrHost().toString();
    if (host.endsWith(u'/')) {
        host.chop(1);
    }
    return host;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("QrLinks", text);
}
} // namespace

QString invoiceVerification(const KsefEnvironment &environment, const QString &sellerNip, QDate issueDate,
                            QByteArrayView invoiceXml)
{
    const QString host = hostOf(environment);
    return QStringLiteral("%1/invoice/%2/%3/%4")
        .arg(host, sellerNip, issueDate.toString(QStringLiteral("dd-MM-yyyy")),
             base64Url(Crypto::sha256(invoiceXml)));
}

QString invoiceLabel(const QString &ksefNumber)
{
    return ksefNumber.isEmpty() ? QStringLiteral("OFFLINE") : ksefNumber;
}

QString certificateSignedText(const QString &link)
{
    const qsizetype scheme = link.indexOf(QStringLiteral("://"));
    QString text = scheme >= 0 ? link.mid(scheme + 3) : link;
    const QStringList parts = text.split(u'/');
    // host, "certificate", type, context, seller, serial, hash [, signature]
    if (parts.size() < 7 || parts.at(1) != u"certificate") {
        return {};
    }
    return parts.mid(0, 7).join(u'/');
}

std::expected<QString, QString> certificateVerification(const KsefEnvironment &environment,
                                                        const QString &contextNip, const QString &sellerNip,
                                                        QByteArrayView invoiceXml,
                                                        const KsefCertificate &offlineCertificate,
                                                        QDateTime now)
{
    if (offlineCertificate.type != KsefCertificateType::Offline) {
        return std::unexpected(tr("KOD II is signed with the company's KSeF Offline certificate; %1 is an "
                                  "Authentication certificate, which cannot sign it.")
                                   .arg(offlineCertificate.serial()));
    }
    const Certificate &certificate = offlineCertificate.certificate;
    if (certificate.notAfter() <= now || certificate.notBefore() > now) {
        return std::unexpected(
            tr("The KSeF Offline certificate %1 is not valid now (valid %2 – %3): get a new one "
               "in Settings → Certificates.")
                .arg(offlineCertificate.serial(), certificate.notBefore().toString(Qt::ISODate),
                     certificate.notAfter().toString(Qt::ISODate)));
    }
    const QString link = QStringLiteral("%1/certificate/Nip/%2/%3/%4/%5")
                             .arg(hostOf(environment), contextNip, sellerNip, offlineCertificate.serial(),
                                  base64Url(Crypto::sha256(invoiceXml)));
    const auto signature = offlineCertificate.key.signQr(certificateSignedText(link).toUtf8());
    if (!signature) {
        return std::unexpected(tr("KOD II could not be signed: %1").arg(signature.error()));
    }
    return link + u'/' + base64Url(*signature);
}

} // namespace Kurier::QrLinks
