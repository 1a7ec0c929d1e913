// No untranslated string ships: every message of kurier_pl.ts is finished and the compiled .qm (the one built
// into the binaries) translates it; English has every plural form; Qt's own Polish translation is installed.
#include "Translations.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool plural = false;
        bool unfinished = false;
        QStringList translations;
    };

    static QList<Message> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QDomDocument document;
        if (!document.setContent(&file)) {
            return {};
        }
        QList<Message> messages;
        const QDomNodeList contexts = document.elementsByTagName(QStringLiteral("context"));
        for (int c = 0; c < contexts.size(); ++c) {
            const QDomElement context = contexts.at(c).toElement();
            const QString name = context.firstChildElement(QStringLiteral("name")).text();
            for (QDomElement m = context.firstChildElement(QStringLiteral("message")); !m.isNull();
                 m = m.nextSiblingElement(QStringLiteral("message"))) {
                Message message;
                message.context = name;
                message.source = m.firstChildElement(QStringLiteral("source")).text();
                message.comment = m.firstChildElement(QStringLiteral("comment")).text();
                message.plural = m.attribute(QStringLiteral("numerus")) == u"yes";
                const QDomElement translation = m.firstChildElement(QStringLiteral("translation"));
                message.unfinished = translation.attribute(QStringLiteral("type")) == u"unfinished";
                if (message.plural) {
                    for (QDomElement form = translation.firstChildElement(QStringLiteral("numerusform"));
                         !form.isNull(); form = form.nextSiblingElement(QStringLiteral("numerusform"))) {
                        message.translations << form.text();
                    }
                } else {
                    message.translations << translation.text();
                }
                messages.append(message);
            }
        }
        return messages;
    }

private slots:
    void polishIsCompleteInTheShippedTranslation()
    {
        const QList<Message> messages = read(QStringLiteral(KURIER_SOURCE_DIR "/translations/kurier_pl.ts"));
        QVERIFY(messages.size() > 500);
        QTranslator shipped;
        QVERIFY(shipped.load(QStringLiteral(":/kurier/i18n/kurier_pl.qm")));
        QStringList missing;
        for (const Message &message : messages) {
            const bool empty = std::any_of(message.translations.begin(), message.translations.end(),
                                           [](const QString &text) { return text.isEmpty(); });
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const QString compiled =
                shipped.translate(context.constData(), source.constData(),
                                  comment.isEmpty() ? nullptr : comment.constData(), message.plural ? 2 : -1);
            if (message.unfinished || empty || compiled.isEmpty()) {
                missing << message.context + QStringLiteral(": ") + message.source;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n").arg(missing.size()) +
                                               missing.mid(0, 40).join(u'\n')));
    }

    void englishHasEveryPluralForm()
    {
        const QList<Message> messages = read(QStringLiteral(KURIER_SOURCE_DIR "/translations/kurier_en.ts"));
        QVERIFY(!messages.isEmpty());
        QStringList missing;
        for (const Message &message : messages) {
            if (message.plural && (message.unfinished || message.translations.size() != 2 ||
                                   message.translations.contains(QString()))) {
                missing << message.source;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    // KURIER_UNTRANSLATED_LOG: a Polish run writes down each of Kurier's texts no translation knew (the
    // README test of kurier-cli reads it), never a translated one, never one of Qt's own.
    void untranslatedTextsAreWrittenDown()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("untranslated.txt"));
        qputenv("KURIER_UNTRANSLATED_LOG", log.toUtf8());
        QVERIFY(Kurier::Translations::install(*QCoreApplication::instance(), QStringLiteral("pl")));
        QCOMPARE(QCoreApplication::translate("Kurier::Cli", "No open alerts."),
                 QStringLiteral("Brak otwartych alertów."));
        QCOMPARE(QCoreApplication::translate("Kurier::Cli", "A text nobody translated"),
                 QStringLiteral("A text nobody translated"));
        (void)QCoreApplication::translate("QFileDialog", "A text of Qt's");
        qunsetenv("KURIER_UNTRANSLATED_LOG");
        QFile written(log);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("Kurier::Cli|A text nobody translated\n"));
    }

    void qtsOwnPolishTranslationIsThere()
    {
        QTranslator qt;
        QVERIFY2(qt.load(QLocale(QLocale::Polish), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "qtbase_pl.qm is missing: install qt6-translations-l10n");
        QVERIFY(Kurier::Translations::install(*QCoreApplication::instance(), QStringLiteral("pl")));
        QCOMPARE(QCoreApplication::translate("QDialogButtonBox", "Cancel").isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
