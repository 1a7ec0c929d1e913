// The worker's small commands from the window (retry, resolve, mark read): every write of the desktop goes
// through the worker's thread and connection, like sending does.
#include "incoming/IncomingStore.h"
#include "reconcile/ReconcileStore.h"
#include "services/OutboxServices.h"
#include "services/OutboxWorker.h"
#include "storage/Database.h"

namespace Kurier {

void OutboxWorker::retry(const QList<qint64> &ids)
{
    if (!m_services || ids.isEmpty()) {
        return;
    }
    const auto rejected = m_services->store->inStates({InvoiceState::Rejected}, false);
    if (!rejected) {
        emit actionFinished(rejected.error().text(), false);
        return;
    }
    QList<std::pair<qint64, OutboxStore::Update>> changes;
    for (const OutboxItem &item : *rejected) {
        if (ids.contains(item.id)) {
            OutboxStore::Update update = OutboxStore::Update::to(InvoiceState::Queued);
            update.expect = InvoiceState::Rejected; // someone may have cancelled it meanwhile
            update.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
            update.note = QStringLiteral("retried by the user");
            changes.append({item.id, update});
        }
    }
    if (const auto applied = m_services->store->apply(changes); !applied) {
        emit actionFinished(tr("Nothing was retried: %1").arg(applied.error().text()), false);
        return;
    }
    send(ids); // queued ones waiting for a later attempt go now too
}

void OutboxWorker::resolveFindings(const QList<qint64> &findingIds, const QString &reason)
{
    if (!m_services) {
        return;
    }
    ReconcileStore reports(m_services->database->connection(), *m_services->audit, m_clock);
    int resolved = 0;
    QString error;
    for (const qint64 id : findingIds) {
        if (const auto done = reports.resolve(id, reason); !done) {
            error = done.error();
            break;
        }
        ++resolved;
    }
    emit findingsResolved(resolved, error);
}

void OutboxWorker::markPurchasesRead(const QStringList &ksefNumbers)
{
    if (!m_services) {
        return;
    }
    IncomingStore purchases(m_services->database->connection(), *m_services->audit, m_clock);
    if (const auto marked = purchases.markRead(ksefNumbers); !marked) {
        emit actionFinished(marked.error(), false);
        return;
    }
    emit purchasesRead(ksefNumbers, purchases.count(true).value_or(0));
}

} // namespace Kurier
