#include "domain/Money.h"

#include <limits>

namespace Kurier {

namespace {
std::optional<Money> fromWide(Int128 grosze)
{
    if (grosze > std::numeric_limits<qint64>::max() || grosze < std::numeric_limits<qint64>::min()) {
        return std::nullopt;
    }
    return Money::fromGrosze(static_cast<qint64>(grosze));
}
} // namespace

std::optional<Money> Money::parse(QStringView text)
{
    if (auto units = detail::parseFixed(text, 2)) {
        return Money(*units);
    }
    return std::nullopt;
}

QString Money::normalizedUserNumber(QStringView text)
{
    QString normalized;
    normalized.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F) && c != u'\'') {
            normalized += c;
        }
    }
    // Polish users type a comma, others a dot, whatever the interface language: when both appear the last one
    // is the decimal separator and the other groups thousands; a lone comma is a decimal separator.
    const qsizetype comma = normalized.lastIndexOf(u',');
    const qsizetype dot = normalized.lastIndexOf(u'.');
    if (comma >= 0 && dot >= 0) {
        normalized.remove(comma > dot ? u'.' : u',');
    }
    normalized.replace(u',', u'.');
    return normalized;
}

std::optional<Money> Money::parseUserInput(QStringView text, const QLocale &)
{
    return parse(normalizedUserNumber(text));
}

std::optional<Money> Money::fromProduct(Quantity quantity, UnitPrice unitPrice)
{
    const Int128 product = static_cast<Int128>(quantity.units()) * unitPrice.units();
    constexpr Int128 divisor = static_cast<Int128>(Quantity::factor) * UnitPrice::factor / 100;
    return fromWide(roundedDivide(product, divisor));
}

Money Money::vatOnNet(int percent) const
{
    return Money(static_cast<qint64>(roundedDivide(static_cast<Int128>(m_grosze) * percent, 100)));
}

Money Money::vatInGross(int percent) const
{
    return Money(static_cast<qint64>(roundedDivide(static_cast<Int128>(m_grosze) * percent, 100 + percent)));
}

Money Money::converted(ExchangeRate rate) const
{
    return Money(static_cast<qint64>(
        roundedDivide(static_cast<Int128>(m_grosze) * rate.units(), ExchangeRate::factor)));
}

QString Money::toXml() const
{
    return detail::formatFixed(m_grosze, 2, 2);
}

QString Money::format(const QLocale &locale) const
{
    const bool negative = m_grosze < 0;
    const auto magnitude = static_cast<quint64>(negative ? -static_cast<Int128>(m_grosze) : m_grosze);
    QString text = locale.toString(static_cast<qulonglong>(magnitude / 100));
    text += locale.decimalPoint();
    text += QString::number(magnitude % 100).rightJustified(2, u'0');
    return negative ? locale.negativeSign() + text : text;
}

QString Money::format(const QLocale &locale, const QString &currencyCode) const
{
    return format(locale) + QChar(0x00A0) + currencyCode;
}

} // namespace Kurier
