#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Kurier {

QString Translations::languageFor(const QLocale &systemLocale, const QString &requested)
{
    const QString wanted = requested.isEmpty() ? qEnvironmentVariable("KURIER_LANG") : requested;
    if (wanted.startsWith(u"pl", Qt::CaseInsensitive)) {
        return QStringLiteral("pl");
    }
    if (wanted.startsWith(u"en", Qt::CaseInsensitive)) {
        return QStringLiteral("en");
    }
    return systemLocale.language() == QLocale::Polish ? QStringLiteral("pl") : QStringLiteral("en");
}

bool Translations::install(QCoreApplication &app, const QString &language)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/kurier/i18n/kurier_") + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace Kurier
