// kurier-cli backup | restore: a consistent copy of the database while it is in use, and putting one back.
#include "OutboxCli.h"
#include "backup/Backup.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kurier::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kurier::Cli", text);
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                              : OutboxCli::defaultDatabasePath();
}

void printInfo(const Backup::Info &info, CliContext &context)
{
    if (context.json) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("path"), info.path},
                                                 {QStringLiteral("schemaVersion"), info.schemaVersion},
                                                 {QStringLiteral("invoices"), info.invoices},
                                                 {QStringLiteral("auditEntries"), info.auditEntries},
                                                 {QStringLiteral("lastActivity"),
                                                  info.lastActivity.toString(Qt::ISODateWithMs)}})
                           .toJson(QJsonDocument::Indented);
        return;
    }
    context.out << tr("%1: %2 invoices, %3 audit entries (chain intact), last activity %4")
                       .arg(QDir::toNativeSeparators(info.path))
                       .arg(info.invoices)
                       .arg(info.auditEntries)
                       .arg(info.lastActivity.toLocalTime().toString(Qt::ISODate))
                << Qt::endl;
}

} // namespace

int runBackup(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOption({QStringLiteral("out"), tr("The backup file to write (must not exist)."), tr("file")});
    parser.addOption(
        {QStringLiteral("check"), tr("Only check a backup file: is it complete and intact?"), tr("file")});
    if (const auto failed = OutboxCli::parseArguments(parser, arguments, context)) {
        return *failed;
    }
    if (parser.isSet(QStringLiteral("check"))) {
        const auto info = Backup::inspect(parser.value(QStringLiteral("check")));
        if (!info) {
            context.err << info.error() << Qt::endl;
            return ExitFailed;
        }
        printInfo(*info, context);
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        context.err << tr("Where to? kurier-cli backup --out FILE") << Qt::endl;
        return ExitUsage;
    }
    auto database = Database::open(databasePath(parser));
    if (!database) {
        context.err << database.error().message() << Qt::endl;
        return ExitFailed;
    }
    const auto info = Backup::write(**database, parser.value(QStringLiteral("out")));
    if (!info) {
        context.err << info.error() << Qt::endl;
        return ExitFailed;
    }
    printInfo(*info, context);
    return ExitOk;
}

int runRestore(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("backup"), tr("The backup file to put back."));
    if (const auto failed = OutboxCli::parseArguments(parser, arguments, context)) {
        return *failed;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Name one backup: kurier-cli restore FILE [--db PATH] (stop Kurier first).")
                    << Qt::endl;
        return ExitUsage;
    }
    const QString target = databasePath(parser);
    const auto kept = Backup::restore(parser.positionalArguments().first(), target, context.clock);
    if (!kept) {
        context.err << kept.error() << Qt::endl;
        return ExitFailed;
    }
    context.out << tr("Restored %1 from %2.")
                       .arg(QDir::toNativeSeparators(target),
                            QDir::toNativeSeparators(parser.positionalArguments().first()))
                << Qt::endl;
    if (!kept->isEmpty()) {
        context.out << tr("The database it replaced is kept as %1.").arg(QDir::toNativeSeparators(*kept))
                    << Qt::endl;
    }
    context.out
        << tr("Run kurier-cli reconcile now: invoices sent after the backup was made are still in KSeF, and "
              "the reconciliation takes them back in with their UPOs.")
        << Qt::endl;
    return ExitOk;
}

} // namespace Kurier::Cli
