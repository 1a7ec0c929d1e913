#include "domain/Pesel.h"

namespace Kurier {

bool Pesel::isValid(QStringView text)
{
    if (text.size() != 11) {
        return false;
    }
    static constexpr int weights[] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (qsizetype i = 0; i < 11; ++i) {
        if (!text[i].isDigit() || text[i].unicode() > '9') {
            return false;
        }
        if (i < 10) {
            sum += weights[i] * (text[i].unicode() - '0');
        }
    }
    return (10 - sum % 10) % 10 == text[10].unicode() - '0';
}

QString CertificateFingerprint::normalized(QStringView text)
{
    QString result;
    result.reserve(64);
    for (const QChar c : text) {
        if (c != u':' && !c.isSpace()) {
            result.append(c.toUpper());
        }
    }
    return result;
}

bool CertificateFingerprint::isValid(QStringView text)
{
    const QString digits = normalized(text);
    if (digits.size() != 64) {
        return false;
    }
    for (const QChar c : digits) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

} // namespace Kurier
