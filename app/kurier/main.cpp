// kurier — the desktop application. Composition only: settings, keychain, session, windows.
#include "Translations.h"
#include "alerts/TrayNotifier.h"
#include "common/Prompts.h"
#include "ksef/SecretStore.h"
#include "main/DesktopSession.h"
#include "main/MainWindow.h"
#include "util/Clock.h"
#include "util/QuitOnSignals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kurier"));
    QApplication::setOrganizationName(QStringLiteral("Kurier"));
    QApplication::setApplicationVersion(QStringLiteral(KURIER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pl.kurier.Kurier"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/kurier/icons/pl.kurier.Kurier.svg")));
    Kurier::quitOnSignals(
        app); // a logout or `kill` ends cleanly: the pass in progress is stored, the sandbox stops

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Kurier — KSeF e-invoicing with a receipt for every invoice."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("sandbox"), QStringLiteral("Start in sandbox mode (local KSeF emulator).")});
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Where databases and settings live."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language: pl or en."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("no-tray"), QStringLiteral("Do not use the system tray.")});
    parser.process(app);

    const QString dataDir = parser.isSet(QStringLiteral("data-dir"))
                                ? parser.value(QStringLiteral("data-dir"))
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    Kurier::SystemClock clock;
    Kurier::KeychainSecretStore secrets;
    Kurier::DesktopSession session({QDir(dataDir).filePath(QStringLiteral("kurier.ini")), dataDir, QString()},
                                   clock, secrets);
    const QString requested = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                                   : session.settings().language;
    Kurier::Translations::install(app, Kurier::Translations::languageFor(QLocale::system(), requested));

    Kurier::WidgetPrompts prompts;
    Kurier::TrayNotifier tray(!parser.isSet(QStringLiteral("no-tray")));
    Kurier::MainWindow window(session, prompts, tray);
    // With a tray, closing the window may keep sending there; the tray's Quit ends the application.
    QApplication::setQuitOnLastWindowClosed(!tray.hasTray() || !session.settings().keepSendingInTray);
    window.show();

    if (parser.isSet(QStringLiteral("sandbox")) ||
        (session.settings().sandbox && session.settings().firstRunDone)) {
        window.tryInSandbox();
    } else if (!session.settings().firstRunDone || !session.settings().currentCompany()) {
        window.runFirstRun();
    } else {
        if (const auto opened = session.openCurrentCompany(); !opened) {
            QMessageBox::warning(&window, QObject::tr("Kurier"), opened.error());
        }
        window.attachSession();
    }
    return app.exec();
}
