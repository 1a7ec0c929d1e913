#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <expected>

namespace Kurier {

// The number KSeF gives an accepted invoice: NNNNNNNNNN-YYYYMMDD-TTTTTTTTTTTT-CC (35 characters), where CC is
// a CRC-8 (polynomial 0x07, init 0) over the first 32 characters. KSeF 1.0 numbers (36 characters, an extra
// hyphen in the technical part) are accepted on input without a checksum check and never generated.
class KsefNumber
{
    Q_DECLARE_TR_FUNCTIONS(KsefNumber)

public:
    enum class Error
    {
        Empty,
        WrongLength,
        BadFormat,   // separators, hex digits or upper case
        BadNip,      // the seller NIP part is not a valid NIP pattern
        BadDate,     // YYYYMMDD is not a real date
        BadChecksum, // the CRC-8 does not match
    };

    static std::expected<KsefNumber, Error> parse(QStringView text);
    // A new 2.0 number; `technical` must be 12 upper-case hex characters (what the emulator generates).
    static KsefNumber generate(const QString &sellerNip, QDate date, const QString &technical);
    static quint8 crc8(QByteArrayView data);
    static QString errorMessage(Error error);

    const QString &text() const { return m_text; }
    QString sellerNip() const { return m_text.left(10); }
    QDate date() const;
    bool isLegacy() const { return m_text.size() == 36; }

    bool operator==(const KsefNumber &) const = default;

private:
    explicit KsefNumber(QString text)
        : m_text(std::move(text))
    {}
    QString m_text;
};

} // namespace Kurier
