#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace Kurier {

// A Polish tax identification number (NIP): 10 digits with a mod-11 checksum.
class Nip
{
    Q_DECLARE_TR_FUNCTIONS(Nip)

public:
    enum class Error
    {
        Empty,
        WrongLength, // not 10 digits
        NotDigits,   // letters or other characters where digits belong
        BadPattern,  // first digit 0, or digits 2–3 are "00" (FA(3) TNrNIP pattern)
        BadChecksum, // the 10th digit does not match the weighted sum of the first nine
    };

    // Accepts "5265877635", "526-587-76-35", "526 587 76 35" and the "PL" prefix.
    static std::expected<Nip, Error> parse(QStringView text);
    static bool isValid(QStringView text) { return parse(text).has_value(); }
    // The checksum digit for nine digits, or -1 where no valid NIP can end them (sum mod 11 == 10).
    static int checksumDigit(QStringView nineDigits);
    // A sentence for people, in the current UI language.
    static QString errorMessage(Error error);

    const QString &digits() const { return m_digits; }
    QString formatted() const; // 526-587-76-35

    bool operator==(const Nip &) const = default;

private:
    explicit Nip(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

} // namespace Kurier
