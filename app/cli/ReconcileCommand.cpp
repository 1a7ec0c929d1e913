// kurier-cli reconcile: compare the outbox with KSeF, report, and say by the exit status whether anything
// needs a person.
#include "DocumentCommands.h"
#include "OutboxCli.h"
#include "reconcile/ReconcileStore.h"
#include "reconcile/Reconciler.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>

namespace Kurier::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kurier::Cli", text);
}

std::optional<QDateTime> dateOption(const QCommandLineParser &parser, const QString &name, bool endOfDay)
{
    const QString text = parser.value(name);
    if (text.isEmpty()) {
        return QDateTime();
    }
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid()) {
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), QTimeZone("Europe/Warsaw")).toUTC();
    }
    if (const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs); time.isValid()) {
        return time.toUTC();
    }
    return std::nullopt;
}

void printReport(const ReconcileReport &report, CliContext &context)
{
    if (context.json) {
        context.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        return;
    }
    context.out << tr("Reconciliation %1 (%2 – %3): %4")
                       .arg(report.id)
                       .arg(report.from.toLocalTime().toString(Qt::ISODate),
                            report.to.toLocalTime().toString(Qt::ISODate),
                            ReconcileReport::outcomeKey(report.outcome))
                << Qt::endl;
    context.out << tr("  checked: %1 invoices in flight, %2 sessions, %3 invoices KSeF lists (%4 queries)")
                       .arg(report.itemsChecked)
                       .arg(report.sessionsChecked)
                       .arg(report.invoicesListed)
                       .arg(report.metadataQueries)
                << Qt::endl;
    if (!report.error.isEmpty()) {
        context.out << "  " << report.error << Qt::endl;
    }
    for (const ReconcileFinding &finding : report.findings) {
        context.out << (finding.needsHuman ? "  ! " : "  · ") << ReconcileFinding::kindName(finding.kind);
        for (const QString &part : {finding.invoiceNumber, finding.ksefNumber, finding.sessionRef}) {
            if (!part.isEmpty()) {
                context.out << "  " << part;
            }
        }
        if (!finding.lastAnswer.isEmpty()) {
            context.out << "  [" << finding.lastAnswer << "]";
        }
        context.out << Qt::endl;
        if (!finding.action.isEmpty()) {
            context.out << "      " << finding.action << Qt::endl;
        }
    }
}

Reconciler::Options optionsFrom(const QCommandLineParser &parser, QDateTime from, QDateTime to)
{
    Reconciler::Options options;
    options.from = from;
    options.to = to;
    options.stuckAfter = std::chrono::minutes(parser.value(QStringLiteral("stuck-after")).toInt());
    options.sessionOpenAfter = options.stuckAfter * 2;
    options.missingUpoAfter = std::chrono::minutes(parser.value(QStringLiteral("missing-upo-after")).toInt());
    options.maxMetadataQueries = parser.value(QStringLiteral("max-queries")).toInt();
    options.trigger =
        parser.isSet(QStringLiteral("desktop")) ? QStringLiteral("timer") : QStringLiteral("cli");
    return options;
}

std::expected<ReconcileReport, QString> reconcile(OutboxServices &services, ReconcileStore &reports,
                                                  const Reconciler::Options &options)
{
    if (const auto credentials = OutboxCli::loadCredentials(services); !credentials) {
        return std::unexpected(credentials.error());
    }
    Reconciler reconciler(*services.store, *services.engine, *services.client, reports,
                          services.limiter.get(), services.clock, services.environment.key(),
                          services.contextNip);
    auto report = reconciler.run(options);
    services.engine->closeOnlineSession();
    if (!report) {
        return std::unexpected(tr("The reconciliation report cannot be saved: %1").arg(report.error()));
    }
    return report;
}

// Every company set up in the desktop application (what the daily systemd timer runs).
int reconcileDesktopCompanies(const QCommandLineParser &parser, const Reconciler::Options &options,
                              CliContext &context)
{
    const QString dataDir = parser.value(QStringLiteral("desktop")).isEmpty()
                                ? OfficeSetup::defaultDataDirectory()
                                : parser.value(QStringLiteral("desktop"));
    const AppSettings settings = OfficeSetup::desktopSettings(dataDir);
    const auto environment = KsefEnvironment::fromText(settings.environment);
    if (settings.sandbox || settings.companies.isEmpty() || !environment) {
        context.err << tr("No company is set up in the desktop application at %1.").arg(dataDir) << Qt::endl;
        return ExitOk;
    }
    int exit = ExitOk;
    for (const CompanyProfile &company : settings.companies) {
        const QString path = settings.companyDatabasePath(dataDir, company.nip);
        if (!QFileInfo::exists(path)) {
            continue; // nothing was ever sent for this company
        }
        context.out << company.name << " (NIP " << company.nip << ")" << Qt::endl;
        auto services = OutboxServices::open(path, *environment, company.nip, context.clock);
        if (!services) {
            context.err << company.nip << ": " << services.error() << Qt::endl;
            exit = ExitFailed;
            continue;
        }
        (*services)->tokensEndOn = settings.tokensEndOn;
        ReconcileStore reports((*services)->database->connection(), *(*services)->audit, context.clock);
        const auto report = reconcile(**services, reports, options);
        if (!report) {
            context.err << company.nip << ": " << report.error() << Qt::endl;
            exit = ExitFailed;
            continue;
        }
        printReport(*report, context);
        if (report->needsAttention() && exit == ExitOk) {
            exit = ExitAttention;
        }
    }
    return exit;
}

} // namespace

int runReconcile(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOption({QStringLiteral("from"),
                      tr("Compare invoices KSeF stored from this date (default: 31 days ago)."), tr("date")});
    parser.addOption({QStringLiteral("to"), tr("… up to this date (default: now)."), tr("date")});
    parser.addOption(
        {QStringLiteral("stuck-after"),
         tr("Minutes in KSeF's processing (or a session open) before it counts as stuck (default 30)."),
         tr("minutes"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("missing-upo-after"),
                      tr("Minutes after acceptance before a missing UPO needs a person (default 120)."),
                      tr("minutes"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("max-queries"),
                      tr("At most this many invoice-list queries in this run (KSeF allows 20 an hour)."),
                      tr("n"), QStringLiteral("20")});
    parser.addOption(
        {QStringLiteral("desktop"),
         tr("Reconcile every company set up in the desktop application (its data folder, default "
            "~/.local/share/Kurier/Kurier): what the daily timer runs."),
         tr("dir"), QString()});
    parser.addOption(
        {QStringLiteral("all-companies"),
         tr("Reconcile every client company set up in the desktop application (as --desktop).")});
    parser.addOption({QStringLiteral("csv"), tr("Also write the report's findings as CSV."), tr("file")});
    parser.addOption({QStringLiteral("pdf"), tr("Also write the report as a PDF."), tr("file")});
    parser.addOption({QStringLiteral("show"),
                      tr("Show a stored report (a number, or \"last\") instead of running."), tr("run")});
    parser.addOption(
        {QStringLiteral("resolve"), tr("Mark a finding resolved (needs --reason)."), tr("finding")});
    parser.addOption(
        {QStringLiteral("reason"), tr("Why the finding is resolved (kept in the audit log)."), tr("text")});
    if (const auto failed = OutboxCli::parseArguments(parser, arguments, context)) {
        return *failed;
    }
    const auto from = dateOption(parser, QStringLiteral("from"), false);
    const auto to = dateOption(parser, QStringLiteral("to"), true);
    if (!from || !to) {
        context.err << tr("Dates are YYYY-MM-DD (or an ISO date and time).") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("desktop")) || parser.isSet(QStringLiteral("all-companies"))) {
        return reconcileDesktopCompanies(parser, optionsFrom(parser, *from, *to), context);
    }
    const bool offline = parser.isSet(QStringLiteral("show")) || parser.isSet(QStringLiteral("resolve"));
    auto opened = OutboxCli::open(parser, context, !offline);
    if (!opened) {
        context.err << opened.error() << Qt::endl;
        return ExitFailed;
    }
    OutboxServices &services = **opened;
    ReconcileStore reports(services.database->connection(), *services.audit, services.clock);

    if (parser.isSet(QStringLiteral("resolve"))) {
        const auto resolved = reports.resolve(parser.value(QStringLiteral("resolve")).toLongLong(),
                                              parser.value(QStringLiteral("reason")));
        if (!resolved) {
            context.err << resolved.error() << Qt::endl;
            return parser.value(QStringLiteral("reason")).trimmed().isEmpty() ? ExitUsage : ExitFailed;
        }
        context.err << tr("Finding %1 is resolved.").arg(parser.value(QStringLiteral("resolve"))) << Qt::endl;
        return ExitOk;
    }

    std::expected<ReconcileReport, QString> report = std::unexpected(QString());
    if (parser.isSet(QStringLiteral("show"))) {
        const QString which = parser.value(QStringLiteral("show"));
        const auto stored = which == u"last" ? reports.latest() : reports.run(which.toLongLong());
        if (!stored || !stored->has_value()) {
            context.err << (stored ? tr("No reconciliation report \"%1\".").arg(which) : stored.error())
                        << Qt::endl;
            return ExitFailed;
        }
        report = **stored;
    } else {
        report = reconcile(services, reports, optionsFrom(parser, *from, *to));
        if (!report) {
            context.err << report.error() << Qt::endl;
            return ExitFailed;
        }
    }
    printReport(*report, context);
    if (parser.isSet(QStringLiteral("csv"))) {
        if (auto written = writeFile(parser.value(QStringLiteral("csv")), report->toCsv()); !written) {
            context.err << written.error() << Qt::endl;
            return ExitFailed;
        }
    }
    if (parser.isSet(QStringLiteral("pdf"))) {
        if (const int written = writeReconcilePdf(*report, tr("NIP %1").arg(services.contextNip),
                                                  parser.value(QStringLiteral("pdf")), context);
            written != ExitOk) {
            return written;
        }
    }
    return report->needsAttention() ? ExitAttention : ExitOk;
}

} // namespace Kurier::Cli
