#include "outbox/InvoiceImport.h"

#include "fa/Fa3Validator.h"

#include <QFile>

namespace Kurier {

InvoiceImport::InvoiceImport(OutboxStore &store, const Fa3Validator &validator, QString environment,
                             QString contextNip)
    : m_store(store)
    , m_validator(validator)
    , m_environment(std::move(environment))
    , m_contextNip(std::move(contextNip))
{}

QString InvoiceImport::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Added:
        return QStringLiteral("added");
    case Outcome::AlreadyThere:
        return QStringLiteral("already-queued");
    case Outcome::Replaced:
        return QStringLiteral("replaced");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QList<InvoiceImport::Result> InvoiceImport::importFiles(const QStringList &paths,
                                                        const std::function<void(int, int)> &progress)
{
    QList<Result> results;
    QList<OutboxStore::NewInvoice> invoices;
    QList<qsizetype> resultIndex;
    const auto record = [](Result &result,
                           const StoreResult<std::pair<OutboxStore::Enqueued, OutboxItem>> &enqueued) {
        if (!enqueued) {
            result.outcome = Outcome::Refused;
            result.message = enqueued.error().text();
            return;
        }
        result.key = enqueued->second.key;
        result.outcome = enqueued->first == OutboxStore::Enqueued::Added          ? Outcome::Added
                         : enqueued->first == OutboxStore::Enqueued::AlreadyThere ? Outcome::AlreadyThere
                                                                                  : Outcome::Replaced;
    };
    // Valid invoices go into the queue a thousand at a time (one transaction each), not all held in memory.
    const auto flush = [&] {
        const auto enqueued = m_store.enqueueAll(invoices, m_environment, m_contextNip);
        for (qsizetype k = 0; k < enqueued.size(); ++k) {
            record(results[resultIndex[k]], enqueued[k]);
        }
        invoices.clear();
        resultIndex.clear();
    };
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (progress && i % 100 == 0) {
            progress(static_cast<int>(i), static_cast<int>(paths.size()));
        }
        Result result{paths[i], Outcome::Invalid, {}, {}, {}};
        const auto document = readValid(result);
        if (!document) {
            results.append(result);
            continue;
        }
        invoices.append(OutboxStore::NewInvoice::of(*document, paths[i], m_hold));
        resultIndex.append(results.size());
        results.append(result);
        if (invoices.size() >= 1000) {
            flush();
        }
    }
    flush();
    if (progress) {
        progress(static_cast<int>(paths.size()), static_cast<int>(paths.size()));
    }
    return results;
}

std::optional<Fa3Document> InvoiceImport::readValid(Result &result) const
{
    QFile file(result.path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.message = tr("cannot read the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    ValidationReport report = m_validator.validate(file.readAll());
    if (!report.isValid()) {
        QStringList texts;
        for (const ValidationIssue &issue : report.issues) {
            if (issue.isError()) {
                texts.append(issue.text());
            }
        }
        result.message = texts.join(QStringLiteral(" | "));
        return std::nullopt;
    }
    const Invoice &invoice = report.document->invoice;
    result.invoiceNumber = invoice.number;
    if (!m_contextNip.isEmpty() && invoice.seller.nip != m_contextNip) {
        result.outcome = Outcome::Refused;
        result.message = tr("the seller's NIP is %1, but invoices are sent in the context of NIP %2")
                             .arg(invoice.seller.nip, m_contextNip);
        return std::nullopt;
    }
    return std::move(report.document);
}

InvoiceImport::Result InvoiceImport::correctTechnically(const QString &path, qint64 id)
{
    Result result{path, Outcome::Invalid, {}, {}, {}};
    const auto document = readValid(result);
    if (!document) {
        return result;
    }
    const auto corrected =
        m_store.correctTechnically(id, OutboxStore::NewInvoice::of(*document, path, false));
    if (!corrected) {
        result.outcome = Outcome::Refused;
        result.message = corrected.error().text();
        return result;
    }
    result.outcome = Outcome::Replaced;
    result.key = corrected->key;
    return result;
}

} // namespace Kurier
