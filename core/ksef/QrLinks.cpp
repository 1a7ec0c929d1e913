#include "ksef/QrLinks.h"

#include "ksef/crypto/Crypto.h"

namespace Kurier::QrLinks {

QString base64Url(QByteArrayView data)
{
    return QString::fromLatin1(QByteArray(data.data(), data.size())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString invoiceVerification(const KsefEnvironment &environment, const QString &sellerNip, QDate issueDate,
                            QByteArrayView invoiceXml)
{
    QString host = environment.qrHost().toString();
    if (host.endsWith(u'/')) {
        host.chop(1);
    }
    return QStringLiteral("%1/invoice/%2/%3/%4")
        .arg(host, sellerNip, issueDate.toString(QStringLiteral("dd-MM-yyyy")),
             base64Url(Crypto::sha256(invoiceXml)));
}

QString invoiceLabel(const QString &ksefNumber)
{
    return ksefNumber.isEmpty() ? QStringLiteral("OFFLINE") : ksefNumber;
}

} // namespace Kurier::QrLinks
