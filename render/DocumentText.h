#pragma once

#include "AmountInWords.h"
#include "domain/Fixed.h"
#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Kurier {

// The words and number formats of a printed document. A document's language is its own (a Polish user may
// send an English invoice to a foreign buyer), so it does not follow the interface's translator: each label
// is written here in both languages.
class DocumentText
{
public:
    explicit DocumentText(DocumentLanguage language);

    DocumentLanguage language() const { return m_language; }
    QString operator()(const char16_t *polish, const char *english) const
    {
        return m_language == DocumentLanguage::Polish ? QString::fromUtf16(polish)
                                                      : QString::fromUtf8(english);
    }

    QString money(Money amount) const { return amount.format(m_locale); }
    QString date(QDate date) const;
    QString dateTime(const QDateTime &time) const; // in Polish time, as KSeF states it
    // A decimal as the file has it ("12.5", "0.00000001") with the locale's separator and at least `min`
    // decimals.
    template <int Scale>
    QString decimal(Fixed<Scale> value, int minDecimals = 0) const
    {
        return localized(value.toString(minDecimals));
    }
    QString localized(QString plainDecimal) const;

    // Text for an HTML document: escaped, and empty values as a dash.
    static QString html(const QString &text);

private:
    DocumentLanguage m_language;
    QLocale m_locale;
};

} // namespace Kurier
