// kurier-cli import, status, show, upo.
#include "DocumentCommands.h"
#include "OutboxCli.h"
#include "fa/Fa3Validator.h"
#include "outbox/InvoiceImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kurier::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kurier::Cli", text);
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    return OutboxCli::parseArguments(parser, arguments, context);
}
} // namespace

int runImport(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 tr("Invoice files or folders (searched for *.xml)."));
    parser.addOption({QStringLiteral("offline"),
                      tr("Issue the invoices offline: offline24, unavailability, failure or total-failure."),
                      QStringLiteral("mode")});
    parser.addOptions(OfficeSetup::options());
    if (const auto failed = parse(parser, arguments, context)) {
        return *failed;
    }
    std::optional<OfflineMode> offline;
    if (parser.isSet(QStringLiteral("offline"))) {
        offline = parseOfflineMode(parser.value(QStringLiteral("offline")), context);
        if (!offline) {
            return ExitUsage;
        }
    }
    const QStringList files = expandInputs(parser.positionalArguments());
    if (parser.positionalArguments().isEmpty() || files.isEmpty()) {
        context.err << tr("Name invoice files or folders with .xml files to import.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("all-companies"))) {
        if (offline) {
            context.err << tr("--offline imports for one company at a time.") << Qt::endl;
            return ExitUsage;
        }
        context.json = context.json || parser.isSet(QStringLiteral("json"));
        return importAllCompanies(parser, files, context);
    }
    auto services = OutboxCli::open(parser, context, true);
    if (!services) {
        context.err << services.error() << Qt::endl;
        return ExitFailed;
    }
    if (offline) {
        // Before anything is stored: an offline invoice that cannot get its KOD II is not imported at all.
        if (const auto ready = checkOfflineIssuing(**services, *offline); !ready) {
            context.err << ready.error() << Qt::endl;
            return ExitFailed;
        }
    }
    const Fa3Validator validator(context.clock);
    InvoiceImport import(*(*services)->store, validator, (*services)->environment.key(),
                         (*services)->contextNip);
    import.setHold(offline.has_value()); // drafts until marked offline: never sent online in between
    const auto results = import.importFiles(files, [&context](int done, int total) {
        if (context.progress && total > 100) {
            context.err << '\r' << tr("Importing %1 of %2…").arg(done).arg(total) << Qt::flush;
        }
    });
    if (context.progress && files.size() > 100) {
        context.err << '\r' << QString(40, u' ') << '\r';
    }
    QHash<InvoiceImport::Outcome, int> tally;
    QJsonArray list;
    for (const InvoiceImport::Result &result : results) {
        ++tally[result.outcome];
        if (context.json) {
            list.append(QJsonObject{{QStringLiteral("path"), result.path},
                                    {QStringLiteral("result"), InvoiceImport::outcomeKey(result.outcome)},
                                    {QStringLiteral("number"), result.invoiceNumber},
                                    {QStringLiteral("key"), result.key},
                                    {QStringLiteral("message"), result.message}});
        } else if (result.outcome != InvoiceImport::Outcome::Added || results.size() <= 20) {
            context.out << result.path << ": " << InvoiceImport::outcomeName(result.outcome)
                        << (result.message.isEmpty() ? QString() : QStringLiteral(" — ") + result.message)
                        << Qt::endl;
        }
    }
    int bad = tally.value(InvoiceImport::Outcome::Invalid) + tally.value(InvoiceImport::Outcome::Refused);
    if (offline) {
        QStringList keys;
        for (const InvoiceImport::Result &result : results) {
            if (result.outcome == InvoiceImport::Outcome::Added ||
                result.outcome == InvoiceImport::Outcome::Replaced) {
                keys.append(result.key);
            }
        }
        bad += issueImportedOffline(**services, keys, *offline, false, context);
    }
    if (context.json) {
        context.out << QJsonDocument(
                           QJsonObject{
                               {QStringLiteral("files"), list},
                               {QStringLiteral("added"), tally.value(InvoiceImport::Outcome::Added)},
                               {QStringLiteral("alreadyQueued"),
                                tally.value(InvoiceImport::Outcome::AlreadyThere)},
                               {QStringLiteral("replaced"), tally.value(InvoiceImport::Outcome::Replaced)},
                               {QStringLiteral("refused"), bad}})
                           .toJson(QJsonDocument::Indented);
    } else {
        context.err << tr("%1 added, %2 already queued, %3 replaced, %4 refused")
                           .arg(tally.value(InvoiceImport::Outcome::Added))
                           .arg(tally.value(InvoiceImport::Outcome::AlreadyThere))
                           .arg(tally.value(InvoiceImport::Outcome::Replaced))
                           .arg(bad)
                    << Qt::endl;
    }
    return bad == 0 ? ExitOk : ExitFailed;
}

int runStatus(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    if (const auto failed = parse(parser, arguments, context)) {
        return *failed;
    }
    auto services = OutboxCli::open(parser, context, false);
    if (!services) {
        context.err << services.error() << Qt::endl;
        return ExitFailed;
    }
    const auto items = (*services)->store->all();
    if (!items) {
        context.err << items.error().text() << Qt::endl;
        return ExitFailed;
    }
    QHash<InvoiceState, int> counts;
    QJsonArray list;
    for (const OutboxItem &item : *items) {
        ++counts[item.state];
        list.append(OutboxCli::itemJson(item));
    }
    if (context.json) {
        QJsonObject countJson;
        for (const InvoiceState state : kAllInvoiceStates) {
            if (state != InvoiceState::Draft) {
                countJson.insert(invoiceStateKey(state), counts.value(state));
            }
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("counts"), countJson},
                                                 {QStringLiteral("items"), list}})
                           .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const OutboxItem &item : *items) {
        context.out
            << qSetFieldWidth(24) << Qt::left << item.invoiceNumber << qSetFieldWidth(11)
            << invoiceStateName(item.state) << qSetFieldWidth(0) << ' ' << item.ksefNumber
            << (item.offlineMode && item.ksefNumber.isEmpty()
                    ? tr("  offline, %1").arg(OfflineIssuing::dueText(*item.offlineMode, item.offlineDueAt))
                    : QString())
            << (item.error ? QStringLiteral("  — ") + item.error->message : QString()) << Qt::endl;
    }
    QStringList summary;
    for (const InvoiceState state : kAllInvoiceStates) {
        if (counts.value(state) > 0) {
            summary.append(QStringLiteral("%1 %2").arg(counts.value(state)).arg(invoiceStateName(state)));
        }
    }
    context.err << (summary.isEmpty() ? tr("The queue is empty.") : summary.join(QStringLiteral(", ")))
                << Qt::endl;
    OutboxCli::warnIfOnToken(**services, context);
    return ExitOk;
}

int runShow(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("key"),
                                 tr("The invoice's key, number (P_2) or KSeF number."));
    if (const auto failed = parse(parser, arguments, context)) {
        return *failed;
    }
    auto services = OutboxCli::open(parser, context, false);
    if (!services || parser.positionalArguments().size() != 1) {
        context.err << (services ? tr("Name one invoice: kurier-cli show KEY|NUMBER") : services.error())
                    << Qt::endl;
        return services ? ExitUsage : ExitFailed;
    }
    const auto found = (*services)->store->find(parser.positionalArguments().first(), false);
    if (!found || !found->has_value()) {
        context.err << (found
                            ? tr("No invoice \"%1\" in the queue.").arg(parser.positionalArguments().first())
                            : found.error().text())
                    << Qt::endl;
        return ExitFailed;
    }
    QJsonObject json = OutboxCli::itemJson(**found);
    QJsonArray history;
    for (const AuditLog::Entry &entry :
         (*services)->audit->entriesFor((*found)->key).value_or(QList<AuditLog::Entry>())) {
        QJsonObject line = entry.detail;
        line.insert(QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs));
        line.insert(QStringLiteral("kind"), entry.kind);
        history.append(line);
    }
    json.insert(QStringLiteral("history"), history);
    if (context.json) {
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != u"history") {
            context.out
                << it.key() << ": "
                << QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                << Qt::endl;
        }
    }
    for (const QJsonValue &line : history) {
        context.out << "  " << QJsonDocument(line.toObject()).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return ExitOk;
}

int runUpo(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOption(
        {QStringLiteral("out"), tr("Where to write the UPO (its XML, byte for byte)."), tr("file")});
    parser.addOption({QStringLiteral("pdf"), tr("Where to write the UPO as a readable PDF."), tr("file")});
    addDocumentLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("key"),
                                 tr("The invoice's key, number (P_2) or KSeF number."));
    if (const auto failed = parse(parser, arguments, context)) {
        return *failed;
    }
    if (parser.positionalArguments().size() != 1 ||
        (!parser.isSet(QStringLiteral("out")) && !parser.isSet(QStringLiteral("pdf")))) {
        context.err << tr("Usage: kurier-cli upo KEY|NUMBER --out FILE | --pdf FILE") << Qt::endl;
        return ExitUsage;
    }
    auto services = OutboxCli::open(parser, context, false);
    if (!services) {
        context.err << services.error() << Qt::endl;
        return ExitFailed;
    }
    const auto found = (*services)->store->find(parser.positionalArguments().first(), true);
    if (!found || !found->has_value() || (*found)->upo.isEmpty()) {
        context.err << tr("No UPO is stored for \"%1\" (yet).").arg(parser.positionalArguments().first())
                    << Qt::endl;
        return ExitFailed;
    }
    const OutboxItem &item = **found;
    if (parser.isSet(QStringLiteral("out"))) {
        if (auto written = writeFile(parser.value(QStringLiteral("out")), item.upo); !written) {
            context.err << written.error() << Qt::endl;
            return ExitFailed;
        }
        context.err << tr("UPO for %1 (KSeF %2) written to %3")
                           .arg(item.invoiceNumber, item.ksefNumber, parser.value(QStringLiteral("out")))
                    << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("pdf"))) {
        return writeUpoPdf(item, parser, context);
    }
    return ExitOk;
}

} // namespace Kurier::Cli
