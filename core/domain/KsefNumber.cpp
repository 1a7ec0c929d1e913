#include "domain/KsefNumber.h"

namespace Kurier {

namespace {
bool isUpperHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F');
}

bool allOf(QStringView text, bool (*predicate)(QChar))
{
    for (const QChar c : text) {
        if (!predicate(c)) {
            return false;
        }
    }
    return true;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
} // namespace

quint8 KsefNumber::crc8(QByteArrayView data)
{
    quint8 crc = 0;
    for (const char byte : data) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 0x80) ? static_cast<quint8>((crc << 1) ^ 0x07) : static_cast<quint8>(crc << 1);
        }
    }
    return crc;
}

std::expected<KsefNumber, KsefNumber::Error> KsefNumber::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return std::unexpected(Error::Empty);
    }
    if (text.size() != 35 && text.size() != 36) {
        return std::unexpected(Error::WrongLength);
    }
    const bool legacy = text.size() == 36;
    const QStringView nip = text.mid(0, 10);
    const QStringView date = text.mid(11, 8);
    const qsizetype checksumAt = text.size() - 2;
    if (text[10] != u'-' || text[19] != u'-' || text[checksumAt - 1] != u'-') {
        return std::unexpected(Error::BadFormat);
    }
    QString technical = text.mid(20, checksumAt - 1 - 20).toString();
    if (legacy) {
        if (technical.size() != 13 || technical.at(6) != u'-') {
            return std::unexpected(Error::BadFormat);
        }
        technical.remove(6, 1);
    }
    if (technical.size() != 12 || !allOf(technical, isUpperHex) || !allOf(text.mid(checksumAt), isUpperHex)) {
        return std::unexpected(Error::BadFormat);
    }
    if (!allOf(nip, isAsciiDigit) || !allOf(date, isAsciiDigit)) {
        return std::unexpected(Error::BadFormat);
    }
    if (nip[0] == u'0' || (nip[1] == u'0' && nip[2] == u'0')) {
        return std::unexpected(Error::BadNip);
    }
    const QDate parsedDate = QDate::fromString(date.toString(), QStringLiteral("yyyyMMdd"));
    if (!parsedDate.isValid() || parsedDate.year() < 2020) {
        return std::unexpected(Error::BadDate);
    }
    if (!legacy) {
        const QByteArray head = text.first(32).toLatin1();
        const QString expected = QStringLiteral("%1").arg(crc8(head), 2, 16, QLatin1Char('0')).toUpper();
        if (expected != text.mid(checksumAt)) {
            return std::unexpected(Error::BadChecksum);
        }
    }
    return KsefNumber(text.toString());
}

KsefNumber KsefNumber::generate(const QString &sellerNip, QDate date, const QString &technical)
{
    const QString head =
        sellerNip + u'-' + date.toString(QStringLiteral("yyyyMMdd")) + u'-' + technical.toUpper();
    const quint8 crc = crc8(head.toLatin1());
    return KsefNumber(head + u'-' + QStringLiteral("%1").arg(crc, 2, 16, QLatin1Char('0')).toUpper());
}

QDate KsefNumber::date() const
{
    return QDate::fromString(m_text.mid(11, 8), QStringLiteral("yyyyMMdd"));
}

QString KsefNumber::errorMessage(Error error)
{
    switch (error) {
    case Error::Empty:
        return tr("The KSeF number is empty.");
    case Error::WrongLength:
        return tr("A KSeF number has 35 characters (NIP-YYYYMMDD-XXXXXXXXXXXX-XX).");
    case Error::BadFormat:
        return tr("The KSeF number does not have the form NIP-YYYYMMDD-XXXXXXXXXXXX-XX with upper-case hex "
                  "digits.");
    case Error::BadNip:
        return tr("The KSeF number does not start with a valid seller NIP.");
    case Error::BadDate:
        return tr("The date inside the KSeF number is not a valid date.");
    case Error::BadChecksum:
        return tr("The KSeF number's checksum does not match: it was probably mistyped.");
    }
    return {};
}

} // namespace Kurier
