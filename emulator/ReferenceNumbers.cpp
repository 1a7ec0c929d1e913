#include "ReferenceNumbers.h"

#include "domain/KsefNumber.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Kurier::Emulator {

ReferenceNumbers::ReferenceNumbers(quint32 seed)
    : m_random(seed)
{}

QString ReferenceNumbers::hex(int characters)
{
    QString result;
    result.reserve(characters);
    static const char digits[] = "0123456789ABCDEF";
    for (int i = 0; i < characters; ++i) {
        result += QLatin1Char(digits[m_random.bounded(16)]);
    }
    return result;
}

QString ReferenceNumbers::reference(const QString &typeCode, QDateTime now)
{
    const QString head =
        now.toUTC().toString(QStringLiteral("yyyyMMdd")) + u'-' + typeCode + u'-' + hex(10) + u'-' + hex(10);
    const quint8 crc = KsefNumber::crc8(head.toLatin1());
    return head + u'-' + QStringLiteral("%1").arg(crc, 2, 16, QLatin1Char('0')).toUpper();
}

QString ReferenceNumbers::ksefNumber(const QString &sellerNip, QDate date)
{
    return KsefNumber::generate(sellerNip, date, hex(12)).text();
}

QString ReferenceNumbers::opaqueToken(const QString &kind, QDateTime validUntil)
{
    // Shaped like KSeF's JWTs (header.payload.signature); clients must treat them as opaque.
    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})")
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims{{QStringLiteral("token-type"), kind},
                             {QStringLiteral("exp"), validUntil.toSecsSinceEpoch()},
                             {QStringLiteral("jti"), hex(32)},
                             {QStringLiteral("iss"), QStringLiteral("ksef-emulator")}};
    const QByteArray payload = QJsonDocument(claims)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(header + '.' + payload + '.') + hex(43);
}

} // namespace Kurier::Emulator
