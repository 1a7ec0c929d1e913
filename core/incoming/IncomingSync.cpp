#include "incoming/IncomingSync.h"

#include "fa/Fa3Reader.h"
#include "ksef/KsefJson.h"
#include "ksef/crypto/Crypto.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace Kurier {
namespace {

Q_LOGGING_CATEGORY(lcIncoming, "kurier.incoming")

QString amount(const QJsonObject &metadata, const QString &name)
{
    const QJsonValue value = metadata.value(name);
    return value.isDouble() ? QString::number(value.toDouble(), 'f', 2) : value.toString();
}

} // namespace

IncomingSync::IncomingSync(IncomingStore &store, KsefClient &client, const Clock &clock)
    : m_store(store)
    , m_client(client)
    , m_clock(clock)
{}

std::expected<QDateTime, QString> IncomingSync::nextAllowed(const Options &options) const
{
    const auto last = m_store.lastRun(invoiceSubjectKey(options.subject));
    if (!last) {
        return std::unexpected(last.error());
    }
    if (!last->has_value()) {
        return m_clock.now();
    }
    return (*last)->startedAt.addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(options.minInterval).count());
}

IncomingSync::Outcome IncomingSync::run(const Options &options)
{
    Outcome outcome;
    const auto failed = [&](const QString &message) {
        outcome.status = Outcome::Status::Failed;
        outcome.message = message;
        return outcome;
    };
    if (!options.force) {
        const auto allowed = nextAllowed(options);
        if (!allowed) {
            return failed(allowed.error());
        }
        if (*allowed > m_clock.now()) {
            outcome.status = Outcome::Status::NotDue;
            outcome.nextAllowed = *allowed;
            outcome.message =
                tr("The purchase invoices were synchronised less than %n minute(s) ago; the next "
                   "synchronisation may start at %1.",
                   nullptr, int(options.minInterval.count()))
                    .arg(allowed->toLocalTime().toString(QStringLiteral("HH:mm")));
            return outcome;
        }
    }
    const auto cursor = m_store.cursor(invoiceSubjectKey(options.subject));
    if (!cursor) {
        return failed(cursor.error());
    }
    auto begun = m_store.beginRun(invoiceSubjectKey(options.subject), options.trigger);
    if (!begun) {
        return failed(begun.error());
    }
    IncomingRun &run = *begun;
    outcome.run = run;
    QDateTime from = cursor->has_value()           ? (*cursor)->nextFrom
                     : options.firstFrom.isValid() ? options.firstFrom
                                                   : m_clock.now().addDays(-30);
    bool reachedHwm = false;
    while (!reachedHwm && run.exports < options.maxExports) {
        auto window = exportWindow(options, from, run.problems);
        if (!window) {
            run.outcome = IncomingRun::Outcome::Failed;
            run.error = window.error();
            break;
        }
        ++run.exports;
        run.listed += int(window->invoices.size());
        const auto stored = m_store.storeWindow(run, window->invoices, window->next);
        if (!stored) {
            run.outcome = IncomingRun::Outcome::Failed;
            run.error = stored.error();
            break;
        }
        run.added += stored->added;
        outcome.added += stored->addedNumbers;
        qCInfo(lcIncoming) << "window from" << from << "listed" << window->invoices.size() << "added"
                           << stored->added << "next" << window->next.nextFrom;
        if (options.windowStored) {
            options.windowStored(run, *stored);
        }
        from = window->next.nextFrom;
        reachedHwm = window->reachedHwm;
    }
    if (run.outcome == IncomingRun::Outcome::Running) {
        run.outcome = reachedHwm ? IncomingRun::Outcome::Done : IncomingRun::Outcome::Incomplete;
    }
    if (const auto finished = m_store.finishRun(run); !finished && run.error.isEmpty()) {
        run.error = finished.error();
    }
    outcome.run = run;
    switch (run.outcome) {
    case IncomingRun::Outcome::Done:
        outcome.status = Outcome::Status::Done;
        outcome.message = tr("%n new purchase invoice(s).", nullptr, run.added);
        break;
    case IncomingRun::Outcome::Incomplete:
        outcome.status = Outcome::Status::Incomplete;
        outcome.message = tr("%n new purchase invoice(s); more are waiting in KSeF and come with the next "
                             "synchronisation (KSeF allows 20 exports an hour).",
                             nullptr, run.added);
        break;
    default:
        outcome.status = Outcome::Status::Failed;
        outcome.message =
            tr("The purchase invoices could not be synchronised: %1 (%n invoice(s) stored before "
               "the failure are kept; the next synchronisation continues from there).",
               nullptr, run.added)
                .arg(run.error);
        break;
    }
    if (run.problems > 0) {
        outcome.message +=
            u' ' + tr("%n invoice(s) came without a readable XML: each is kept with the reason.", nullptr,
                      run.problems);
    }
    return outcome;
}

std::expected<IncomingSync::Window, QString> IncomingSync::exportWindow(const Options &options,
                                                                        const QDateTime &from, int &problems)
{
    KsefClient::MetadataQuery query;
    query.subject = options.subject;
    query.dateType = InvoiceDateType::PermanentStorage;
    query.from = from;
    query.restrictToHwm = true;
    // KSeF refuses ranges over 100 days: a cursor that old (a long break) is caught up window by window.
    const QDateTime limit = KsefClient::MetadataQuery::windows(from, m_clock.now()).first().second;
    if (limit < m_clock.now()) {
        query.to = limit;
    }
    const auto exported = m_client.exportInvoices(query);
    if (!exported) {
        return std::unexpected(exported.error().message());
    }
    QHash<QString, QByteArray> files;
    QJsonArray entries;
    bool hasMetadata = false;
    for (const ZipArchive::Entry &file : exported->files) {
        if (file.name == u"_metadata.json") {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(file.data, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                return std::unexpected(tr("KSeF's export package has an unreadable _metadata.json: %1")
                                           .arg(error.errorString()));
            }
            entries = document.object().value(QStringLiteral("invoices")).toArray();
            hasMetadata = true;
        } else {
            files.insert(file.name, file.data);
        }
    }
    if (!hasMetadata) {
        return std::unexpected(tr("KSeF's export package has no _metadata.json."));
    }
    Window window;
    QDateTime last;
    for (const QJsonValue &entry : std::as_const(entries)) {
        IncomingInvoice invoice = invoiceFrom(entry.toObject(), files, invoiceSubjectKey(options.subject));
        if (invoice.ksefNumber.isEmpty() || !invoice.permanentStorageDate.isValid()) {
            return std::unexpected(
                tr("KSeF's export package lists an invoice without a KSeF number or storage "
                   "date; nothing of this package was stored."));
        }
        problems += invoice.problem.isEmpty() ? 0 : 1;
        last = std::max(last, invoice.permanentStorageDate);
        window.invoices.append(invoice);
    }
    window.next.hwm = exported->permanentStorageHwmDate;
    if (exported->isTruncated) {
        // Cut at 10 000: the next window starts at the last record's date (its invoices are read again,
        // stored once).
        const QDateTime lastStored =
            exported->lastPermanentStorageDate.isValid() ? exported->lastPermanentStorageDate : last;
        if (!lastStored.isValid() || lastStored <= from) {
            return std::unexpected(
                tr("More than 10 000 purchase invoices share one storage time: KSeF's export "
                   "cannot be continued past %1.")
                    .arg(from.toString(Qt::ISODateWithMs)));
        }
        window.next.nextFrom = lastStored;
        return window;
    }
    // Everything up to the HWM (or to the `to` sent) is in: continue from there.
    QDateTime reached = exported->permanentStorageHwmDate;
    if (query.to.isValid() && (!reached.isValid() || query.to < reached)) {
        reached = query.to;
    }
    if (!reached.isValid()) {
        reached = last.isValid() ? last : from; // KSeF gave no HWM: never skip past what was seen
    }
    window.next.nextFrom = std::max(reached, from);
    window.reachedHwm = !query.to.isValid();
    return window;
}

IncomingInvoice IncomingSync::invoiceFrom(const QJsonObject &metadata,
                                          const QHash<QString, QByteArray> &files,
                                          const QString &subjectType) const
{
    const InvoiceMetadata parsed = KsefJson::invoiceMetadata(metadata);
    IncomingInvoice invoice;
    invoice.ksefNumber = parsed.ksefNumber;
    invoice.subjectType = subjectType;
    invoice.invoiceNumber = parsed.invoiceNumber;
    invoice.issueDate = parsed.issueDate;
    invoice.sellerNip = parsed.sellerNip;
    invoice.sellerName = parsed.sellerName;
    invoice.buyerId = parsed.buyerNip;
    invoice.netAmount = amount(metadata, QStringLiteral("netAmount"));
    invoice.vatAmount = amount(metadata, QStringLiteral("vatAmount"));
    invoice.grossAmount = amount(metadata, QStringLiteral("grossAmount"));
    invoice.currency = parsed.currency;
    invoice.invoiceType = metadata.value(QStringLiteral("invoiceType")).toString();
    invoice.permanentStorageDate = parsed.permanentStorageDate;
    invoice.invoiceHash = parsed.invoiceHash;
    invoice.metadata = metadata;
    const auto file = files.constFind(parsed.ksefNumber + QStringLiteral(".xml"));
    if (file == files.constEnd()) {
        invoice.problem = tr("KSeF's export package has no XML for this invoice.");
        return invoice;
    }
    invoice.xml = *file;
    if (!parsed.invoiceHash.isEmpty() && Crypto::sha256Base64(invoice.xml) != parsed.invoiceHash) {
        invoice.problem = tr("The XML does not match the SHA-256 KSeF states for this invoice.");
        return invoice;
    }
    const auto document = Fa3Reader::read(invoice.xml);
    if (!document) {
        invoice.problem =
            tr("The XML cannot be read as an FA(3) invoice: %1").arg(document.error().message());
    } else if (invoice.sellerName.isEmpty()) {
        invoice.sellerName = document->invoice.seller.name;
    }
    return invoice;
}

} // namespace Kurier
