#include "AmountInWords.h"

#include <QStringList>

#include <array>

namespace Kurier::AmountInWords {
namespace {

// Polish plural forms: 1 → one, 2–4 (not 12–14) → few, everything else → many.
enum class Plural
{
    One,
    Few,
    Many,
};

Plural polishPlural(qint64 n)
{
    if (n == 1) {
        return Plural::One;
    }
    const qint64 lastTwo = n % 100;
    const qint64 last = n % 10;
    if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
        return Plural::Few;
    }
    return Plural::Many;
}

struct Forms
{
    const char16_t *one;
    const char16_t *few;
    const char16_t *many;

    QString pick(qint64 n) const
    {
        switch (polishPlural(n)) {
        case Plural::One:
            return QString::fromUtf16(one);
        case Plural::Few:
            return QString::fromUtf16(few);
        case Plural::Many:
            break;
        }
        return QString::fromUtf16(many);
    }
};

constexpr std::array<const char16_t *, 20> kPolishSmall = {
    u"zero",       u"jeden",      u"dwa",          u"trzy",        u"cztery",
    u"pięć",       u"sześć",      u"siedem",       u"osiem",       u"dziewięć",
    u"dziesięć",   u"jedenaście", u"dwanaście",    u"trzynaście",  u"czternaście",
    u"piętnaście", u"szesnaście", u"siedemnaście", u"osiemnaście", u"dziewiętnaście"};
constexpr std::array<const char16_t *, 10> kPolishTens = {u"",
                                                          u"",
                                                          u"dwadzieścia",
                                                          u"trzydzieści",
                                                          u"czterdzieści",
                                                          u"pięćdziesiąt",
                                                          u"sześćdziesiąt",
                                                          u"siedemdziesiąt",
                                                          u"osiemdziesiąt",
                                                          u"dziewięćdziesiąt"};
constexpr std::array<const char16_t *, 10> kPolishHundreds = {
    u"",        u"sto",      u"dwieście",  u"trzysta",  u"czterysta",
    u"pięćset", u"sześćset", u"siedemset", u"osiemset", u"dziewięćset"};
constexpr std::array<Forms, 6> kPolishScales = {{
    {u"", u"", u""},
    {u"tysiąc", u"tysiące", u"tysięcy"},
    {u"milion", u"miliony", u"milionów"},
    {u"miliard", u"miliardy", u"miliardów"},
    {u"bilion", u"biliony", u"bilionów"},
    {u"biliard", u"biliardy", u"biliardów"},
}};

constexpr std::array<const char *, 20> kEnglishSmall = {
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<const char *, 10> kEnglishTens = {"",      "",      "twenty",  "thirty", "forty",
                                                       "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<const char *, 6> kEnglishScales = {"",        "thousand", "million",
                                                        "billion", "trillion", "quadrillion"};

// 1..999 in words.
QStringList polishTriple(int n)
{
    QStringList words;
    if (n >= 100) {
        words << QString::fromUtf16(kPolishHundreds[n / 100]);
        n %= 100;
    }
    if (n >= 20) {
        words << QString::fromUtf16(kPolishTens[n / 10]);
        n %= 10;
    }
    if (n > 0) {
        words << QString::fromUtf16(kPolishSmall[n]);
    }
    return words;
}

QStringList englishTriple(int n)
{
    QStringList words;
    if (n >= 100) {
        words << QString::fromLatin1(kEnglishSmall[n / 100]) << QStringLiteral("hundred");
        n %= 100;
    }
    if (n >= 20) {
        QString tens = QString::fromLatin1(kEnglishTens[n / 10]);
        if (n % 10 != 0) {
            tens += u'-' + QString::fromLatin1(kEnglishSmall[n % 10]);
        }
        words << tens;
    } else if (n > 0) {
        words << QString::fromLatin1(kEnglishSmall[n]);
    }
    return words;
}

} // namespace

QString number(qint64 value, DocumentLanguage language)
{
    const bool polish = language == DocumentLanguage::Polish;
    if (value == 0) {
        return polish ? QString::fromUtf16(kPolishSmall[0]) : QString::fromLatin1(kEnglishSmall[0]);
    }
    QStringList words;
    if (value < 0) {
        words << QStringLiteral("minus");
    }
    // Work on the magnitude as unsigned so that the most negative value has one too.
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    std::array<int, 7> triples{};
    int count = 0;
    while (magnitude > 0) {
        triples[count++] = int(magnitude % 1000);
        magnitude /= 1000;
    }
    for (int scale = count - 1; scale >= 0; --scale) {
        const int triple = triples[scale];
        if (triple == 0) {
            continue;
        }
        if (polish) {
            // "tysiąc", not "jeden tysiąc"; the scale word takes the plural of the whole triple.
            if (!(scale > 0 && triple == 1)) {
                words << polishTriple(triple);
            }
            if (scale > 0) {
                words << (scale < int(kPolishScales.size()) ? kPolishScales[scale].pick(triple) : QString());
            }
        } else {
            words << englishTriple(triple);
            if (scale > 0 && scale < int(kEnglishScales.size())) {
                words << QString::fromLatin1(kEnglishScales[scale]);
            }
        }
    }
    return words.join(u' ');
}

QString amount(Money amount, const QString &currency, DocumentLanguage language)
{
    const qint64 grosze = amount.grosze();
    const qint64 whole = grosze / 100;
    const qint64 fraction = grosze < 0 ? -(grosze % 100) : grosze % 100;
    QString text = number(whole, language);
    if (grosze < 0 && whole == 0) {
        text = QStringLiteral("minus ") + text;
    }
    QString unit = currency;
    if (language == DocumentLanguage::Polish && currency == u"PLN") {
        // "jeden złoty", "dwa złote", "dwadzieścia dwa złote", "pięć złotych", "dwadzieścia jeden złotych".
        unit = Forms{u"złoty", u"złote", u"złotych"}.pick(whole < 0 ? -whole : whole);
    }
    return QStringLiteral("%1 %2 %3/100").arg(text, unit).arg(fraction, 2, 10, QLatin1Char('0'));
}

} // namespace Kurier::AmountInWords
