#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QMutex>
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

namespace {

// Asked last (installed first): every text no other translator knew. With KURIER_UNTRANSLATED_LOG set, a
// Polish run writes each of Kurier's texts that has no Polish translation to that file ("context|text"), so
// that a test can run the commands a user types and find English reaching a Polish user. Qt's own contexts
// ("QCommandLineParser", "QObject", …) are Qt's and its libraries' business, not ours.
class MissingTranslations : public QTranslator
{
public:
    MissingTranslations(QString path, QObject *parent)
        : QTranslator(parent)
        , m_path(std::move(path))
    {}

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QByteArrayView name(context ? context : "");
        // Qt's classes, and "QObject" of the libraries built on Qt (qtkeychain's "Entry not found").
        const bool qts = name.size() > 1 && name.at(0) == 'Q' && QChar(QLatin1Char(name.at(1))).isUpper();
        if (!qts && sourceText && *sourceText) {
            const QMutexLocker lock(&m_mutex);
            QFile file(m_path);
            if (file.open(QIODevice::WriteOnly | QIODevice::Append)) {
                file.write(name.toByteArray() + '|' + QByteArray(sourceText).replace('\n', "\\n") + '\n');
            }
        }
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    QString m_path;
    mutable QMutex m_mutex;
};

} // namespace

bool Translations::install(QCoreApplication &app, const QString &language)
{
    if (const QString log = qEnvironmentVariable("KURIER_UNTRANSLATED_LOG");
        !log.isEmpty() && language != u"en") {
        QCoreApplication::installTranslator(new MissingTranslations(log, &app));
    }
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
