#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace Kurier {

__extension__ typedef __int128 Int128;

// Divides with rounding half away from zero, the rounding FA(3) and Polish VAT law use for amounts.
constexpr Int128 roundedDivide(Int128 numerator, Int128 denominator)
{
    const bool negative = (numerator < 0) != (denominator < 0);
    Int128 n = numerator < 0 ? -numerator : numerator;
    const Int128 d = denominator < 0 ? -denominator : denominator;
    Int128 q = n / d;
    if ((n % d) * 2 >= d) {
        ++q;
    }
    return negative ? -q : q;
}

constexpr qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i) {
        value *= 10;
    }
    return value;
}

namespace detail {
// Parses "-123.4567" (dot as decimal separator, as XML and FA(3) require) into units of 10^-scale.
// Returns nothing when the text is not a plain decimal, has more than `scale` decimals or overflows.
std::optional<qint64> parseFixed(QStringView text, int scale);
QString formatFixed(qint64 units, int scale, int minDecimals);
} // namespace detail

// An exact decimal number with a fixed number of decimal places, stored as an integer.
template <int Scale>
class Fixed
{
public:
    static constexpr int scale = Scale;
    static constexpr qint64 factor = powerOfTen(Scale);

    constexpr Fixed() = default;
    static constexpr Fixed fromUnits(qint64 units) { return Fixed(units); }
    static constexpr Fixed fromInteger(qint64 whole) { return Fixed(whole * factor); }
    static std::optional<Fixed> parse(QStringView text)
    {
        if (auto units = detail::parseFixed(text, Scale)) {
            return Fixed(*units);
        }
        return std::nullopt;
    }

    constexpr qint64 units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }
    // The shortest text with at least `minDecimals` decimals, e.g. "2", "2.5", "0.000001".
    QString toString(int minDecimals = 0) const { return detail::formatFixed(m_units, Scale, minDecimals); }

    constexpr Fixed operator-() const { return Fixed(-m_units); }
    constexpr Fixed operator+(Fixed other) const { return Fixed(m_units + other.m_units); }
    constexpr Fixed operator-(Fixed other) const { return Fixed(m_units - other.m_units); }
    constexpr auto operator<=>(const Fixed &) const = default;

private:
    constexpr explicit Fixed(qint64 units)
        : m_units(units)
    {}
    qint64 m_units = 0;
};

using Quantity = Fixed<6>;     // FA(3) TIlosci: up to 6 decimals
using UnitPrice = Fixed<8>;    // FA(3) TKwotowy2: up to 8 decimals
using ExchangeRate = Fixed<6>; // FA(3) KursWaluty (TIlosci)

} // namespace Kurier
