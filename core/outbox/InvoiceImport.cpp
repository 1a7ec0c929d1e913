#include "outbox/InvoiceImport.h"

#include "fa/Fa3Validator.h"

#include <QFile>
#include <QThread>
#include <QThreadPool>

#include <atomic>

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

QString InvoiceImport::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Added:
        return tr("added");
    case Outcome::AlreadyThere:
        return tr("already in the queue");
    case Outcome::Replaced:
        return tr("replaced");
    case Outcome::Invalid:
        return tr("invalid");
    case Outcome::Refused:
        return tr("refused");
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
    // Files are read and checked on every core, a thousand at a time (each thread with a validator of its
    // own: the compiled schema is shared, a validation context is not), then stored in their order.
    constexpr qsizetype kChunk = 1000;
    const int threads = std::max(1, QThread::idealThreadCount());
    for (qsizetype start = 0; start < paths.size(); start += kChunk) {
        if (progress) {
            progress(static_cast<int>(start), static_cast<int>(paths.size()));
        }
        const qsizetype count = std::min(kChunk, paths.size() - start);
        QList<Result> chunk;
        QList<std::optional<Fa3Document>> documents(count);
        for (qsizetype i = 0; i < count; ++i) {
            chunk.append(Result{paths[start + i], Outcome::Invalid, {}, {}, {}});
        }
        std::atomic<qsizetype> next{0};
        const auto work = [&] {
            const Fa3Validator validator(m_validator.clock());
            for (qsizetype i = next++; i < count; i = next++) {
                documents[i] = readValid(chunk[i], validator);
            }
        };
        if (threads == 1 || count < 16) {
            for (qsizetype i = 0; i < count; ++i) {
                documents[i] = readValid(chunk[i]);
            }
        } else {
            QThreadPool pool;
            pool.setMaxThreadCount(threads);
            for (int t = 0; t < threads; ++t) {
                pool.start(work);
            }
            pool.waitForDone();
        }
        for (qsizetype i = 0; i < count; ++i) {
            if (documents[i]) {
                invoices.append(OutboxStore::NewInvoice::of(*documents[i], chunk[i].path, m_hold));
                resultIndex.append(results.size());
            }
            results.append(chunk[i]);
        }
        flush();
    }
    if (progress) {
        progress(static_cast<int>(paths.size()), static_cast<int>(paths.size()));
    }
    return results;
}

std::optional<Fa3Document> InvoiceImport::readValid(Result &result) const
{
    return readValid(result, m_validator);
}

std::optional<Fa3Document> InvoiceImport::readValid(Result &result, const Fa3Validator &validator) const
{
    QFile file(result.path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.message = tr("cannot read the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    ValidationReport report = validator.validate(file.readAll());
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
