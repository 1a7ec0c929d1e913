#include "domain/Nip.h"

namespace Kurier {

namespace {
constexpr int kWeights[9] = {6, 5, 7, 2, 3, 4, 5, 6, 7};
}

int Nip::checksumDigit(QStringView nineDigits)
{
    if (nineDigits.size() < 9) {
        return -1;
    }
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        sum += kWeights[i] * (nineDigits[i].unicode() - u'0');
    }
    const int check = sum % 11;
    return check == 10 ? -1 : check;
}

std::expected<Nip, Nip::Error> Nip::parse(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u"PL", Qt::CaseInsensitive)) {
        text = text.mid(2).trimmed();
    }
    if (text.isEmpty()) {
        return std::unexpected(Error::Empty);
    }
    QString digits;
    digits.reserve(10);
    for (const QChar c : text) {
        if (c == u'-' || c == u' ') {
            continue;
        }
        if (!c.isDigit() || c.unicode() > 0x7F) {
            return std::unexpected(Error::NotDigits);
        }
        digits += c;
    }
    if (digits.size() != 10) {
        return std::unexpected(Error::WrongLength);
    }
    if (digits.at(0) == u'0' || (digits.at(1) == u'0' && digits.at(2) == u'0')) {
        return std::unexpected(Error::BadPattern);
    }
    if (checksumDigit(digits) != digits.at(9).unicode() - u'0') {
        return std::unexpected(Error::BadChecksum);
    }
    return Nip(std::move(digits));
}

QString Nip::formatted() const
{
    return m_digits.left(3) + u'-' + m_digits.mid(3, 3) + u'-' + m_digits.mid(6, 2) + u'-' +
           m_digits.mid(8, 2);
}

QString Nip::errorMessage(Error error)
{
    switch (error) {
    case Error::Empty:
        return tr("The NIP is empty.");
    case Error::WrongLength:
        return tr("A NIP has exactly 10 digits.");
    case Error::NotDigits:
        return tr("A NIP may contain only digits (dashes and spaces are ignored).");
    case Error::BadPattern:
        return tr(
            "This is not a NIP: it cannot start with 0 and its second and third digits cannot both be 0.");
    case Error::BadChecksum:
        return tr("The NIP's check digit does not match: one of the digits is probably mistyped.");
    }
    return {};
}

} // namespace Kurier
