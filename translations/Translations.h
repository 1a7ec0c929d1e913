#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Kurier {

// Installs Kurier's translation (compiled into the binary) and Qt's own for `language` ("pl" or "en") into
// the application. Polish is used for a Polish system locale, English otherwise; KURIER_LANG or --lang
// override it.
class Translations
{
public:
    static QString languageFor(const QLocale &systemLocale, const QString &requested);
    // Returns false when the language has no Kurier translation (the source language, English, needs none).
    static bool install(QCoreApplication &app, const QString &language);
};

} // namespace Kurier
