#include "DocumentText.h"

#include <QTimeZone>

namespace Kurier {

DocumentText::DocumentText(DocumentLanguage language)
    : m_language(language)
    , m_locale(language == DocumentLanguage::Polish ? QLocale(QLocale::Polish, QLocale::Poland)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom))
{}

QString DocumentText::date(QDate date) const
{
    if (!date.isValid()) {
        return {};
    }
    return date.toString(m_language == DocumentLanguage::Polish ? QStringLiteral("dd.MM.yyyy")
                                                                : QStringLiteral("yyyy-MM-dd"));
}

QString DocumentText::dateTime(const QDateTime &time) const
{
    if (!time.isValid()) {
        return {};
    }
    const QDateTime warsaw = time.toTimeZone(QTimeZone("Europe/Warsaw"));
    return date(warsaw.date()) + u' ' + warsaw.time().toString(QStringLiteral("HH:mm:ss"));
}

QString DocumentText::localized(QString plainDecimal) const
{
    return plainDecimal.replace(u'.', m_locale.decimalPoint());
}

QString DocumentText::html(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text.toHtmlEscaped();
}

} // namespace Kurier
