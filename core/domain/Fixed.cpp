#include "domain/Fixed.h"

#include <limits>

namespace Kurier::detail {

std::optional<qint64> parseFixed(QStringView text, int scale)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    Int128 units = 0;
    int decimals = 0;
    bool seenDot = false;
    bool seenDigit = false;
    for (const QChar c : text) {
        if (c == u'.') {
            if (seenDot) {
                return std::nullopt;
            }
            seenDot = true;
            continue;
        }
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        seenDigit = true;
        if (seenDot) {
            if (++decimals > scale) {
                return std::nullopt;
            }
        }
        units = units * 10 + (c.unicode() - u'0');
        if (units > std::numeric_limits<qint64>::max()) {
            return std::nullopt;
        }
    }
    if (!seenDigit) {
        return std::nullopt;
    }
    for (int i = decimals; i < scale; ++i) {
        units *= 10;
        if (units > std::numeric_limits<qint64>::max()) {
            return std::nullopt;
        }
    }
    const auto value = static_cast<qint64>(units);
    return negative ? -value : value;
}

QString formatFixed(qint64 units, int scale, int minDecimals)
{
    const bool negative = units < 0;
    const auto magnitude = static_cast<quint64>(negative ? -static_cast<Int128>(units) : units);
    const auto factor = static_cast<quint64>(powerOfTen(scale));
    QString whole = QString::number(magnitude / factor);
    QString fraction = QString::number(magnitude % factor).rightJustified(scale, u'0');
    int keep = scale;
    while (keep > minDecimals && fraction.at(keep - 1) == u'0') {
        --keep;
    }
    fraction.truncate(keep);
    QString result = negative && (magnitude != 0) ? QStringLiteral("-") : QString();
    result += whole;
    if (!fraction.isEmpty()) {
        result += u'.' + fraction;
    }
    return result;
}

} // namespace Kurier::detail
