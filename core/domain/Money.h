#pragma once

#include "domain/Fixed.h"

#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace Kurier {

// An amount of money in integer minor units (grosze for PLN, cents for EUR). Never floating point.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromGrosze(qint64 grosze) { return Money(grosze); }
    // Parses an FA(3) amount ("1234.5", "-0.01"); at most 2 decimals, dot as separator.
    static std::optional<Money> parse(QStringView text);
    // Parses what a user typed ("1 234,50", "1234.5", "1,234.50"): see normalizedUserNumber. The locale is
    // not trusted to tell the decimal separator (a Polish user in an English interface still types a comma).
    static std::optional<Money> parseUserInput(QStringView text, const QLocale &locale);
    // A typed number in the form parse() reads: spaces dropped; with both separators the last one is the
    // decimal one; a comma alone is a decimal separator.
    static QString normalizedUserNumber(QStringView text);

    // quantity × unit price, rounded half away from zero to the grosz. Nothing on overflow.
    static std::optional<Money> fromProduct(Quantity quantity, UnitPrice unitPrice);

    constexpr qint64 grosze() const { return m_grosze; }
    constexpr bool isZero() const { return m_grosze == 0; }
    constexpr bool isNegative() const { return m_grosze < 0; }

    // VAT on a net amount at `percent` %, rounded half away from zero to the grosz (art. 106e ust. 10).
    Money vatOnNet(int percent) const;
    // The VAT contained in a gross amount at `percent` % (gross × p / (100 + p)), rounded the same way.
    Money vatInGross(int percent) const;
    // This amount converted at an exchange rate (e.g. EUR → PLN), rounded to the grosz.
    Money converted(ExchangeRate rate) const;

    // The FA(3) text form: always two decimals, dot separator, no grouping ("1234.50", "-0.01").
    QString toXml() const;
    // For people: grouped and with the locale's decimal separator ("1 234,50" in Polish).
    QString format(const QLocale &locale) const;
    QString format(const QLocale &locale, const QString &currencyCode) const;

    constexpr Money operator-() const { return Money(-m_grosze); }
    constexpr Money operator+(Money other) const { return Money(m_grosze + other.m_grosze); }
    constexpr Money operator-(Money other) const { return Money(m_grosze - other.m_grosze); }
    constexpr Money &operator+=(Money other)
    {
        m_grosze += other.m_grosze;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_grosze -= other.m_grosze;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 grosze)
        : m_grosze(grosze)
    {}
    qint64 m_grosze = 0;
};

} // namespace Kurier
