// kurier-cli server init | migrate | grant | status: a company on an office's PostgreSQL server (team mode).
#include "OutboxCli.h"
#include "audit/AuditLog.h"
#include "backup/OfficeServer.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Kurier::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kurier::Cli", text);
}

QString usage()
{
    return tr("Usage:\n"
              "  kurier-cli server init --db postgresql://USER@HOST:PORT/DATABASE\n"
              "      creates the company's schema and the office roles kurier_sender and kurier_viewer\n"
              "  kurier-cli server migrate --from FILE.sqlite --db postgresql://…\n"
              "      moves a company with its whole history into an empty server database\n"
              "  kurier-cli server grant --db postgresql://… --user NAME --role sender|viewer\n"
              "  kurier-cli server status --db postgresql://…\n"
              "The password comes from PGPASSWORD or ~/.pgpass (libpq), never from the command line.\n");
}

std::expected<std::unique_ptr<Database>, QString> openServer(const QCommandLineParser &parser)
{
    const QString location = parser.value(QStringLiteral("db"));
    if (!ServerAddress::isServer(location)) {
        return std::unexpected(tr("Name the office server with --db postgresql://USER@HOST:PORT/DATABASE."));
    }
    auto database = Database::open(location);
    if (!database) {
        return std::unexpected(database.error().message());
    }
    return std::move(*database);
}

int report(CliContext &context, const QJsonObject &json, const QString &text)
{
    if (context.json) {
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        context.out << text << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runServer(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOption({QStringLiteral("from"), tr("The SQLite database to move to the server."), tr("file")});
    parser.addOption({QStringLiteral("user"), tr("The server's login role to grant a role to."), tr("name")});
    parser.addOption(
        {QStringLiteral("role"), tr("sender (may send) or viewer (may only look)."), tr("role")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init | migrate | grant | status"));
    if (const auto failed = OutboxCli::parseArguments(parser, arguments, context)) {
        return *failed;
    }
    context.json = context.json || parser.isSet(QStringLiteral("json"));
    // The command itself is argument 0 ("kurier-cli server"): the action is the first positional argument.
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.size() == 1 ? positional.first() : QString();
    if (!QStringList{QStringLiteral("init"), QStringLiteral("migrate"), QStringLiteral("grant"),
                     QStringLiteral("status")}
             .contains(action)) {
        context.err << usage();
        return ExitUsage;
    }
    auto database = openServer(parser);
    if (!database) {
        context.err << database.error() << Qt::endl;
        return ExitFailed;
    }
    Database &server = **database;
    const QString where = ServerAddress::parse(server.path())->displayName();
    if (action == u"init") {
        if (const auto roles = OfficeServer::ensureRoles(server); !roles) {
            context.err << roles.error() << Qt::endl;
            return ExitFailed;
        }
        return report(context,
                      {{QStringLiteral("server"), where}, {QStringLiteral("schema"), server.schemaVersion()}},
                      tr("%1: schema %2, roles kurier_sender and kurier_viewer ready.")
                          .arg(where)
                          .arg(server.schemaVersion()));
    }
    if (action == u"grant") {
        const QString role = parser.value(QStringLiteral("role"));
        if (role != u"sender" && role != u"viewer") {
            context.err << tr("--role is sender or viewer.") << Qt::endl;
            return ExitUsage;
        }
        const auto granted =
            OfficeServer::grant(server, parser.value(QStringLiteral("user")),
                                role == u"sender" ? OfficeServer::Role::Sender : OfficeServer::Role::Viewer);
        if (!granted) {
            context.err << granted.error() << Qt::endl;
            return ExitFailed;
        }
        return report(
            context,
            {{QStringLiteral("user"), parser.value(QStringLiteral("user"))}, {QStringLiteral("role"), role}},
            tr("%1 is now a %2 on %3.").arg(parser.value(QStringLiteral("user")), role, where));
    }
    if (action == u"status") {
        const auto rights = OfficeServer::rightsOf(server.connection());
        const auto chain = AuditLog(server.connection(), context.clock).verify();
        if (!chain) {
            context.err << chain.error().text() << Qt::endl;
            return ExitFailed;
        }
        return report(context,
                      {{QStringLiteral("server"), where},
                       {QStringLiteral("schema"), server.schemaVersion()},
                       {QStringLiteral("user"), rights.user},
                       {QStringLiteral("maySend"), rights.maySend},
                       {QStringLiteral("auditEntries"), chain->entries},
                       {QStringLiteral("auditIntact"), chain->intact}},
                      tr("%1: schema %2; %3 %4; audit log: %5 entries, %6.")
                          .arg(where)
                          .arg(server.schemaVersion())
                          .arg(rights.user, rights.maySend ? tr("may send") : tr("may only view"))
                          .arg(chain->entries)
                          .arg(chain->intact ? tr("chain intact") : chain->problem));
    }
    // migrate
    if (!parser.isSet(QStringLiteral("from"))) {
        context.err << tr("Which company? kurier-cli server migrate --from FILE.sqlite --db postgresql://…")
                    << Qt::endl;
        return ExitUsage;
    }
    const auto moved = OfficeServer::moveFrom(
        parser.value(QStringLiteral("from")), server, context.clock, [&](const QString &table, qint64 rows) {
            if (!context.json) {
                context.err << tr("  %1: %2 rows").arg(table).arg(rows) << Qt::endl;
            }
        });
    if (!moved) {
        context.err << moved.error() << Qt::endl;
        return ExitFailed;
    }
    if (const auto roles = OfficeServer::ensureRoles(server); !roles) {
        context.err << roles.error() << Qt::endl;
        return ExitFailed;
    }
    return report(
        context,
        {{QStringLiteral("server"), where},
         {QStringLiteral("rows"), moved->rows},
         {QStringLiteral("invoices"), moved->invoices},
         {QStringLiteral("auditEntries"), moved->auditEntries}},
        tr("Moved to %1: %2 invoices, %3 rows in all; audit log of %4 entries verified before and after.")
            .arg(where)
            .arg(moved->invoices)
            .arg(moved->rows)
            .arg(moved->auditEntries));
}

} // namespace Kurier::Cli
