// OutboxStore's invoices issued outside KSeF: marking, deadlines when an announced window ends, and technical
// corrections (PROTOCOL.md §12).
#include "audit/AuditLog.h"
#include "ksef/crypto/Crypto.h"
#include "outbox/OutboxStore.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

namespace {
QVariant msOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}

QString dueKey(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

StoreResult<OutboxItem> OutboxStore::byId(qint64 id) const
{
    auto found = select(QStringLiteral("id = ?"), {id}, false);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->isEmpty()) {
        return std::unexpected(StoreError::notFound(tr("Queue item %1 does not exist.").arg(id)));
    }
    return found->first();
}

StoreResult<OutboxItem> OutboxStore::writableItem(const Transaction &transaction, qint64 id) const
{
    if (!transaction.isOpen()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    return byId(id);
}

StoreResult<OutboxItem> OutboxStore::markOffline(qint64 id, const OfflineIssue &issue)
{
    Transaction transaction(m_db);
    const auto found = writableItem(transaction, id);
    if (!found) {
        return std::unexpected(found.error());
    }
    const OutboxItem &item = *found;
    const bool neverSent = (item.state == InvoiceState::Draft || item.state == InvoiceState::Queued) &&
                           item.sessionRef.isEmpty() && item.attempts == 0 && item.ksefNumber.isEmpty();
    if (!neverSent) {
        return std::unexpected(StoreError::constraint(
            tr("Invoice %1 has already gone to KSeF (%2): how it was issued cannot change any more.")
                .arg(item.invoiceNumber, invoiceStateName(item.state))));
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE outbox SET offline_mode = ?, offline_due_at = ?, offline_issued_at = "
                       "?, offline_kod2 = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &value :
         QVariantList{offlineModeKey(issue.mode), msOrNull(issue.dueAt), msOrNull(issue.issuedAt),
                      issue.kod2.isEmpty() ? QVariant() : QVariant(issue.kod2),
                      m_clock.now().toMSecsSinceEpoch(), id}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be written")));
    }
    if (const auto logged =
            m_audit.append(QStringLiteral("offline"), item.key,
                           {{QStringLiteral("mode"), offlineModeKey(issue.mode)},
                            {QStringLiteral("dueAt"), dueKey(issue.dueAt)},
                            {QStringLiteral("kod2"), !issue.kod2.isEmpty()},
                            {QStringLiteral("previousMode"),
                             item.offlineMode ? offlineModeKey(*item.offlineMode) : QString()}});
        !logged) {
        return std::unexpected(logged.error());
    }
    if (!transaction.commit()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    return byId(id);
}

QString OutboxStore::offlineWaitingSql()
{
    return QStringLiteral(
        "offline_mode IS NOT NULL AND state NOT IN ('accepted', 'confirmed', 'cancelled') AND "
        "ksef_number IS NULL");
}

StoreResult<QList<OutboxItem>> OutboxStore::offlineWaiting() const
{
    return select(offlineWaitingSql(), {}, false,
                  QStringLiteral("ORDER BY offline_due_at IS NULL, offline_due_at, id"));
}

StoreResult<int> OutboxStore::windowEnded(OfflineMode mode, const QDateTime &end, bool extendWaiting)
{
    // Every invoice of the window gets its deadline, also one that reached KSeF before anybody saw the window
    // end (the record shows it was in time); only the ones still waiting are extended.
    const auto offline = select(QStringLiteral("offline_mode IS NOT NULL AND state <> 'cancelled'"), {},
                                false, QStringLiteral("ORDER BY id"));
    if (!offline) {
        return std::unexpected(offline.error());
    }
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET offline_due_at = ?, updated_at = ? WHERE id = ?"));
    int changed = 0;
    for (const OutboxItem &item : *offline) {
        std::optional<QDateTime> due;
        if (item.offlineMode == mode && !item.offlineDueAt.isValid()) {
            due = OfflineDeadline::due(mode, item.issueDate, end);
        } else if (extendWaiting && item.isOfflineWaiting() && item.offlineDueAt.isValid()) {
            due = OfflineDeadline::extendedByFailure(item.offlineDueAt, end);
        }
        if (!due || *due == item.offlineDueAt) {
            continue;
        }
        for (const QVariant &value :
             QVariantList{due->toMSecsSinceEpoch(), m_clock.now().toMSecsSinceEpoch(), item.id}) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be written")));
        }
        if (const auto logged = m_audit.append(QStringLiteral("offline"), item.key,
                                               {{QStringLiteral("mode"), offlineModeKey(*item.offlineMode)},
                                                {QStringLiteral("dueAt"), dueKey(*due)},
                                                {QStringLiteral("previousDueAt"), dueKey(item.offlineDueAt)},
                                                {QStringLiteral("windowEnded"), dueKey(end)},
                                                {QStringLiteral("window"), offlineModeKey(mode)}});
            !logged) {
            return std::unexpected(logged.error());
        }
        ++changed;
    }
    if (!transaction.commit()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    return changed;
}

StoreResult<OutboxItem> OutboxStore::correctTechnically(qint64 id, const NewInvoice &correction)
{
    Transaction transaction(m_db);
    const auto found = writableItem(transaction, id);
    if (!found) {
        return std::unexpected(found.error());
    }
    const OutboxItem &item = *found;
    if (!item.ksefNumber.isEmpty() || item.state == InvoiceState::Accepted ||
        item.state == InvoiceState::Confirmed) {
        return std::unexpected(StoreError::constraint(
            tr("Invoice %1 was accepted by KSeF (%2): a technical correction is only for an offline invoice "
               "KSeF rejected. Change an accepted invoice with a correcting invoice (Correct…).")
                .arg(item.invoiceNumber, item.ksefNumber)));
    }
    if (!item.offlineMode || item.state != InvoiceState::Rejected) {
        return std::unexpected(StoreError::constraint(
            tr("Invoice %1 is not an offline invoice rejected by KSeF (it is %2): a technical correction "
               "is only for those.")
                .arg(item.invoiceNumber, invoiceStateName(item.state))));
    }
    if (!item.correctedHash.isEmpty()) {
        return std::unexpected(StoreError::constraint(
            tr("Invoice %1 was already corrected once; KSeF accepts one technical correction of an "
               "invoice. Issue it again with a new number instead.")
                .arg(item.invoiceNumber)));
    }
    if (idempotencyKey(correction.sellerNip, correction.invoiceKind, correction.invoiceNumber) != item.key) {
        return std::unexpected(StoreError::constraint(
            tr("The correction must be the same invoice (seller %1, number %2, kind %3); the file is %4 "
               "of seller %5.")
                .arg(item.sellerNip, item.invoiceNumber, item.invoiceKind, correction.invoiceNumber,
                     correction.sellerNip)));
    }
    const QString hash = Crypto::sha256Base64(correction.xml);
    if (hash == item.contentHash) {
        return std::unexpected(StoreError::constraint(
            tr("The file is the rejected invoice itself, unchanged: fix what KSeF refused first.")));
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE outbox SET content_hash = ?, source = ?, corrected_hash = ?, state = 'queued', "
        "state_since = ?, session_ref = NULL, invoice_ref = NULL, next_attempt_at = 0, error_class = NULL, "
        "error_code = NULL, error_message = NULL, error_trace = NULL, updated_at = ? WHERE id = ?"));
    for (const QVariant &value : QVariantList{hash, correction.source, item.contentHash, now, now, id}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be written")));
    }
    if (const auto written = writeDocument(id, correction.xml); !written) {
        return std::unexpected(written.error());
    }
    if (const auto logged = m_audit.append(QStringLiteral("transition"), item.key,
                                           {{QStringLiteral("from"), invoiceStateKey(item.state)},
                                            {QStringLiteral("to"), invoiceStateKey(InvoiceState::Queued)},
                                            {QStringLiteral("note"), QStringLiteral("technical correction")},
                                            {QStringLiteral("correctedHash"), item.contentHash},
                                            {QStringLiteral("contentHash"), hash},
                                            {QStringLiteral("source"), correction.source}});
        !logged) {
        return std::unexpected(logged.error());
    }
    if (!transaction.commit()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    return byId(id);
}

} // namespace Kurier
