// kurier-cli: the headless face of Kurier. This file only wires: language, context, command dispatch.
#include "CliContext.h"
#include "DocumentCommands.h"
#include "OutboxCli.h"
#include "Translations.h"
#include "ValidateCommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <unistd.h>

#include <cstdio>
#include <functional>

namespace {

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(u"--lang=")) {
            return arguments.at(i).mid(7);
        }
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
    }
    return {};
}

QStringList withoutGlobalOptions(QStringList arguments)
{
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i).startsWith(u"--lang=")) {
            arguments.removeAt(i);
        } else if (arguments.at(i) == u"--lang") {
            arguments.remove(i, qMin<qsizetype>(2, arguments.size() - i));
        } else {
            ++i;
        }
    }
    return arguments;
}

QString help()
{
    return QCoreApplication::translate("kurier-cli",
                                       "Usage: kurier-cli [--lang pl|en] COMMAND [OPTIONS]\n\n"
                                       "Commands:\n  %1\n  %2\n\n"
                                       "  --version   print the version\n  --help      print this help\n")
        .arg(Kurier::Cli::ValidateCommand::usage(), Kurier::Cli::outboxUsage());
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = Kurier::Cli::makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("kurier-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kurier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KURIER_VERSION));

    const QStringList all = QCoreApplication::arguments();
    Kurier::Translations::install(
        app, Kurier::Translations::languageFor(QLocale::system(), requestedLanguage(all)));
    const QStringList arguments = Kurier::Cli::OutboxCli::commandFirst(withoutGlobalOptions(all));

    // Progress and results go to the terminal; the libraries' informational logging only when asked for.
    if (qEnvironmentVariableIsEmpty("KURIER_VERBOSE")) {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.*.info=false"));
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Kurier::SystemClock clock;
    Kurier::Cli::CliContext context{out, err, clock};
    context.progress = isatty(fileno(stderr)) != 0;

    const QString command = arguments.value(1);
    if (command == u"--version" || command == u"version") {
        out << "kurier-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Kurier::Cli::ExitOk;
    }
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        out << help();
        return command.isEmpty() ? Kurier::Cli::ExitUsage : Kurier::Cli::ExitOk;
    }
    const QStringList commandArguments = QStringList{arguments.at(0) + u' ' + command} + arguments.mid(2);
    using namespace Kurier::Cli;
    if (command == u"validate") {
        return ValidateCommand::run(commandArguments, context);
    }
    const QHash<QString, std::function<int()>> commands{
        {QStringLiteral("import"),
         [&] {
             return runImport(commandArguments, context);
         }},
        {QStringLiteral("send"),
         [&] {
             return runSend(commandArguments, context, false);
         }},
        {QStringLiteral("run"),
         [&] {
             return runSend(commandArguments, context, true);
         }},
        {QStringLiteral("status"),
         [&] {
             return runStatus(commandArguments, context);
         }},
        {QStringLiteral("show"),
         [&] {
             return runShow(commandArguments, context);
         }},
        {QStringLiteral("upo"),
         [&] {
             return runUpo(commandArguments, context);
         }},
        {QStringLiteral("pdf"),
         [&] {
             return runPdf(commandArguments, context);
         }},
        {QStringLiteral("offline"),
         [&] {
             return runOffline(commandArguments, context);
         }},
        {QStringLiteral("reconcile"),
         [&] {
             return runReconcile(commandArguments, context);
         }},
        {QStringLiteral("incoming"),
         [&] {
             return runIncoming(commandArguments, context);
         }},
        {QStringLiteral("backup"),
         [&] {
             return runBackup(commandArguments, context);
         }},
        {QStringLiteral("restore"),
         [&] {
             return runRestore(commandArguments, context);
         }},
        {QStringLiteral("server"),
         [&] {
             return runServer(commandArguments, context);
         }},
        {QStringLiteral("audit"),
         [&] {
             return runAudit(commandArguments, context);
         }},
        {QStringLiteral("alerts"),
         [&] {
             return runAlerts(commandArguments, context);
         }},
        {QStringLiteral("credentials"),
         [&] {
             return runCredentials(commandArguments, context);
         }},
        {QStringLiteral("certificates"),
         [&] {
             return runCertificates(commandArguments, context);
         }},
        {QStringLiteral("clients"),
         [&] {
             return runClients(commandArguments, context);
         }},
        {QStringLiteral("permissions"),
         [&] {
             return runPermissions(commandArguments, context);
         }},
        {QStringLiteral("identity"),
         [&] {
             return runIdentity(commandArguments, context);
         }},
    };
    if (const auto it = commands.constFind(command); it != commands.constEnd()) {
        return (*it)();
    }
    err << QCoreApplication::translate("kurier-cli", "Unknown command \"%1\".").arg(command) << "\n\n"
        << help();
    return Kurier::Cli::ExitUsage;
}
