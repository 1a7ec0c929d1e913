// kurier-cli incoming: the purchase invoices KSeF keeps for this company — synchronise, list, save, mark
// read.
#include "OutboxCli.h"
#include "incoming/IncomingStore.h"
#include "incoming/IncomingSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

namespace Kurier::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kurier::Cli", text);
}

QJsonObject invoiceJson(const IncomingInvoice &invoice)
{
    QJsonObject json{
        {QStringLiteral("ksefNumber"), invoice.ksefNumber},
        {QStringLiteral("invoiceNumber"), invoice.invoiceNumber},
        {QStringLiteral("issueDate"), invoice.issueDate.toString(Qt::ISODate)},
        {QStringLiteral("sellerNip"), invoice.sellerNip},
        {QStringLiteral("sellerName"), invoice.sellerName},
        {QStringLiteral("net"), invoice.netAmount},
        {QStringLiteral("vat"), invoice.vatAmount},
        {QStringLiteral("gross"), invoice.grossAmount},
        {QStringLiteral("currency"), invoice.currency},
        {QStringLiteral("type"), invoice.invoiceType},
        {QStringLiteral("storedInKsef"), invoice.permanentStorageDate.toString(Qt::ISODateWithMs)},
        {QStringLiteral("new"), invoice.isNew()}};
    if (!invoice.problem.isEmpty()) {
        json.insert(QStringLiteral("problem"), invoice.problem);
    }
    return json;
}

int sync(const QCommandLineParser &parser, OutboxServices &services, IncomingStore &store,
         CliContext &context)
{
    IncomingSync::Options options;
    options.force = parser.isSet(QStringLiteral("force"));
    options.trigger = parser.isSet(QStringLiteral("timer")) ? QStringLiteral("timer") : QStringLiteral("cli");
    options.maxExports = std::max(1, parser.value(QStringLiteral("max-exports")).toInt());
    if (parser.isSet(QStringLiteral("since"))) {
        const QDate since = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid()) {
            context.err << tr("Dates are YYYY-MM-DD.") << Qt::endl;
            return ExitUsage;
        }
        options.firstFrom = QDateTime(since, QTime(0, 0), QTimeZone("Europe/Warsaw")).toUTC();
    }
    if (const auto credentials = OutboxCli::loadCredentials(services); !credentials) {
        context.err << credentials.error() << Qt::endl;
        return ExitFailed;
    }
    if (context.progress) {
        options.windowStored = [&](const IncomingRun &run, const IncomingStore::Stored &stored) {
            context.err << tr("  package %1: %2 invoices, %3 new")
                               .arg(run.exports + 1)
                               .arg(stored.added + stored.duplicates)
                               .arg(stored.added)
                        << Qt::endl;
        };
    }
    IncomingSync sync(store, *services.client, context.clock);
    const IncomingSync::Outcome outcome = sync.run(options);
    if (context.json) {
        QJsonObject json = outcome.run.toJson();
        json.insert(QStringLiteral("message"), outcome.message);
        json.insert(QStringLiteral("addedKsefNumbers"), QJsonArray::fromStringList(outcome.added));
        if (outcome.nextAllowed.isValid()) {
            json.insert(QStringLiteral("nextAllowed"), outcome.nextAllowed.toString(Qt::ISODateWithMs));
        }
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        (outcome.status == IncomingSync::Outcome::Status::Failed ? context.err : context.out)
            << outcome.message << Qt::endl;
    }
    if (outcome.status == IncomingSync::Outcome::Status::Failed) {
        return ExitFailed;
    }
    return outcome.run.problems > 0 ? ExitAttention : ExitOk;
}

int list(const QCommandLineParser &parser, IncomingStore &store, CliContext &context)
{
    IncomingStore::Filter filter;
    filter.newOnly = parser.isSet(QStringLiteral("new"));
    filter.text = parser.value(QStringLiteral("search"));
    filter.limit = parser.value(QStringLiteral("limit")).toInt();
    const auto invoices = store.list(filter);
    if (!invoices) {
        context.err << invoices.error() << Qt::endl;
        return ExitFailed;
    }
    if (context.json) {
        QJsonArray array;
        for (const IncomingInvoice &invoice : *invoices) {
            array.append(invoiceJson(invoice));
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const IncomingInvoice &invoice : *invoices) {
        context.out << (invoice.isNew() ? "* " : "  ") << invoice.ksefNumber << "  "
                    << invoice.issueDate.toString(Qt::ISODate) << "  " << invoice.invoiceNumber << "  "
                    << invoice.sellerNip << " " << invoice.sellerName << "  " << invoice.grossAmount << ' '
                    << invoice.currency;
        if (!invoice.problem.isEmpty()) {
            context.out << "  ! " << invoice.problem;
        }
        context.out << Qt::endl;
    }
    context.out << QCoreApplication::translate("Kurier::Cli", "%n purchase invoice(s)", nullptr,
                                               int(invoices->size()))
                << Qt::endl;
    return ExitOk;
}

int save(const QCommandLineParser &parser, IncomingStore &store, CliContext &context)
{
    const QString name = parser.positionalArguments().value(1);
    const QString path = parser.value(QStringLiteral("out"));
    if (name.isEmpty() || path.isEmpty()) {
        context.err << tr("Name one invoice and a file: kurier-cli incoming save KSEF-NUMBER --out FILE")
                    << Qt::endl;
        return ExitUsage;
    }
    const auto found = store.find(name);
    if (!found || !found->has_value()) {
        context.err << (found ? tr("No purchase invoice \"%1\".").arg(name) : found.error()) << Qt::endl;
        return ExitFailed;
    }
    if ((*found)->xml.isEmpty()) {
        context.err << tr("KSeF gave no XML for %1: %2").arg((*found)->ksefNumber, (*found)->problem)
                    << Qt::endl;
        return ExitFailed;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write((*found)->xml) != (*found)->xml.size() ||
        !file.commit()) {
        context.err << tr("%1 cannot be written: %2").arg(path, file.errorString()) << Qt::endl;
        return ExitFailed;
    }
    (void)store.markRead({(*found)->ksefNumber});
    return ExitOk;
}

} // namespace

int runIncoming(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("sync (default) | list | save KSEF-NUMBER --out FILE | read [KSEF-NUMBER…]"));
    parser.addOption({QStringLiteral("force"),
                      tr("Synchronise now even if the last synchronisation was less than 15 minutes ago.")});
    parser.addOption({QStringLiteral("since"),
                      tr("The first synchronisation starts at this date (default: 30 days ago)."),
                      tr("date")});
    parser.addOption(
        {QStringLiteral("max-exports"),
         tr("At most this many export packages in this run (KSeF allows 20 an hour; default 4)."), tr("n"),
         QStringLiteral("4")});
    parser.addOption({QStringLiteral("timer"), tr("Run by a timer (recorded as such).")});
    parser.addOption({QStringLiteral("new"), tr("list: only invoices not looked at yet.")});
    parser.addOption(
        {QStringLiteral("search"), tr("list: number, seller NIP or name contains this."), tr("text")});
    parser.addOption({QStringLiteral("limit"), tr("list: at most this many."), tr("n")});
    parser.addOption({QStringLiteral("out"), tr("save: the file for the invoice's XML."), tr("file")});
    parser.addOption(
        {QStringLiteral("every"),
         tr("sync --all-companies: a company's purchase invoices no sooner than this many minutes after its "
            "last synchronisation (default 15, at least 15)."),
         tr("minutes"), QStringLiteral("15")});
    parser.addOptions(OfficeSetup::options());
    if (const auto failed = OutboxCli::parseArguments(parser, arguments, context)) {
        return *failed;
    }
    const QString action = parser.positionalArguments().value(0, QStringLiteral("sync"));
    if (!QStringList{QStringLiteral("sync"), QStringLiteral("list"), QStringLiteral("save"),
                     QStringLiteral("read")}
             .contains(action)) {
        context.err << tr("Unknown action \"%1\": sync, list, save or read.").arg(action) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("all-companies"))) {
        if (action != u"sync") {
            context.err
                << tr("--all-companies synchronises (incoming sync); list the purchase invoices of one "
                      "company at a time.")
                << Qt::endl;
            return ExitUsage;
        }
        context.json = context.json || parser.isSet(QStringLiteral("json"));
        ClientWork::Options options;
        options.task = ClientWork::Task::Purchases;
        options.forcePurchases = parser.isSet(QStringLiteral("force"));
        options.purchasesEvery = std::chrono::minutes(parser.value(QStringLiteral("every")).toInt());
        return workAllCompanies(parser, options, context);
    }
    auto opened = OutboxCli::open(parser, context, action == u"sync");
    if (!opened) {
        context.err << opened.error() << Qt::endl;
        return ExitFailed;
    }
    OutboxServices &services = **opened;
    IncomingStore store(services.database->connection(), *services.audit, context.clock);
    if (action == u"sync") {
        return sync(parser, services, store, context);
    }
    if (action == u"list") {
        return list(parser, store, context);
    }
    if (action == u"save") {
        return save(parser, store, context);
    }
    const auto read = store.markRead(parser.positionalArguments().mid(1));
    if (!read) {
        context.err << read.error() << Qt::endl;
        return ExitFailed;
    }
    context.out << QCoreApplication::translate("Kurier::Cli", "%n invoice(s) marked as read.", nullptr, *read)
                << Qt::endl;
    return ExitOk;
}

} // namespace Kurier::Cli
