#include "outbox/OutboxStore.h"

#include "audit/AuditLog.h"
#include "ksef/crypto/Crypto.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/TimeBreakdown.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

namespace Kurier {

namespace {
const QString kColumns = QStringLiteral(
    "id, idempotency_key, seller_nip, invoice_kind, invoice_number, issue_date, buyer_nip, gross, currency, "
    "content_hash, source, environment, context_nip, state, state_since, mode, session_ref, invoice_ref, "
    "ksef_number, "
    "acquired_at, duplicate_of, (upo IS NOT NULL OR upo_page IS NOT NULL), upo_verified, upo_received_at, "
    "attempts, next_attempt_at, "
    "error_class, error_code, error_message, error_trace, created_at, updated_at, buyer_name, "
    "offline_mode, offline_due_at, offline_issued_at, offline_kod2, invoicing_mode, corrected_hash");

// The invoice's bytes, and its UPO: its own, or the page of its session's UPO that confirms it.
const QString kBlobColumns =
    QStringLiteral(", (SELECT xml FROM outbox_documents WHERE outbox_documents.id = outbox.id), "
                   "COALESCE(upo, (SELECT bytes FROM upo_pages WHERE upo_pages.id = outbox.upo_page))");

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

OutboxItem readItem(const QSqlQuery &query, bool withBlobs)
{
    OutboxItem item;
    int c = 0;
    item.id = query.value(c++).toLongLong();
    item.key = query.value(c++).toString();
    item.sellerNip = query.value(c++).toString();
    item.invoiceKind = query.value(c++).toString();
    item.invoiceNumber = query.value(c++).toString();
    item.issueDate = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
    item.buyerNip = query.value(c++).toString();
    item.gross = query.value(c++).toString();
    item.currency = query.value(c++).toString();
    item.contentHash = query.value(c++).toString();
    item.source = query.value(c++).toString();
    item.environment = query.value(c++).toString();
    item.contextNip = query.value(c++).toString();
    item.state = invoiceStateFromKey(query.value(c++).toString()).value_or(InvoiceState::Queued);
    item.stateSince = fromMs(query.value(c++));
    item.mode = sendModeFromKey(query.value(c++).toString());
    item.sessionRef = query.value(c++).toString();
    item.invoiceRef = query.value(c++).toString();
    item.ksefNumber = query.value(c++).toString();
    item.acquiredAt = QDateTime::fromString(query.value(c++).toString(), Qt::ISODateWithMs);
    item.duplicateOf = query.value(c++).toString();
    item.hasUpo = query.value(c++).toBool();
    item.upoVerified = query.value(c++).toBool();
    item.upoReceivedAt = fromMs(query.value(c++));
    item.attempts = query.value(c++).toInt();
    item.nextAttemptAt = fromMs(query.value(c++));
    if (const auto errorClass = errorClassFromKey(query.value(c++).toString())) {
        item.error = RecordedError{*errorClass, query.value(c).toInt(), query.value(c + 1).toString(),
                                   query.value(c + 2).toString()};
    }
    c += 3;
    item.createdAt = fromMs(query.value(c++));
    item.updatedAt = fromMs(query.value(c++));
    item.buyerName = query.value(c++).toString();
    item.offlineMode = offlineModeFromKey(query.value(c++).toString());
    item.offlineDueAt = fromMs(query.value(c++));
    item.offlineIssuedAt = fromMs(query.value(c++));
    item.offlineKod2 = query.value(c++).toString();
    item.invoicingMode = query.value(c++).toString();
    item.correctedHash = query.value(c++).toString();
    if (withBlobs) {
        item.xml = query.value(c++).toByteArray();
        item.upo = query.value(c++).toByteArray();
    }
    return item;
}
} // namespace

OutboxStore::NewInvoice OutboxStore::NewInvoice::of(const Fa3Document &document, const QString &source,
                                                    bool hold)
{
    const Invoice &invoice = document.invoice;
    NewInvoice entry;
    entry.sellerNip = invoice.seller.nip;
    entry.invoiceKind = invoiceKindCode(invoice.kind);
    entry.invoiceNumber = invoice.number;
    entry.issueDate = invoice.issueDate;
    entry.buyerNip = invoice.buyer.nip;
    entry.buyerName = invoice.buyer.name;
    entry.gross = document.statedGross ? document.statedGross->toXml() : QString();
    entry.currency = invoice.currency;
    entry.xml = document.original;
    entry.source = source;
    entry.hold = hold;
    return entry;
}

OutboxStore::OutboxStore(QSqlDatabase connection, AuditLog &audit, const Clock &clock)
    : m_db(std::move(connection))
    , m_audit(audit)
    , m_clock(clock)
{}

QString OutboxStore::idempotencyKey(const QString &sellerNip, const QString &invoiceKind,
                                    const QString &invoiceNumber)
{
    const QString material =
        sellerNip.trimmed() + u'|' + invoiceKind.trimmed() + u'|' + invoiceNumber.trimmed();
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

StoreResult<std::pair<OutboxStore::Enqueued, OutboxItem>>
OutboxStore::enqueue(const NewInvoice &invoice, const QString &environment, const QString &contextNip)
{
    return enqueueAll({invoice}, environment, contextNip).constFirst();
}

StoreResult<QList<OutboxItem>> OutboxStore::select(const QString &where, const QVariantList &values,
                                                   bool withBlobs, const QString &tail) const
{
    const TimeBreakdown::Scope measured(m_breakdown, QLatin1StringView("store.read"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1%2 FROM outbox WHERE %3 %4")
                      .arg(kColumns, withBlobs ? kBlobColumns : QString(), where, tail));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
    }
    QList<OutboxItem> items;
    while (query.next()) {
        items.append(readItem(query, withBlobs));
    }
    if (m_breakdown) {
        m_breakdown->addItems(QLatin1StringView("store.read"), items.size());
    }
    return items;
}

StoreResult<QList<OutboxItem>> OutboxStore::eligible(const QDateTime &now, int limit, bool withBlobs) const
{
    return select(QStringLiteral("state = 'queued' AND next_attempt_at <= ?"), {now.toMSecsSinceEpoch()},
                  withBlobs,
                  // Offline invoices first, the earliest deadline first (PROTOCOL.md §12.1).
                  QStringLiteral("ORDER BY offline_mode IS NULL, offline_due_at IS NULL, offline_due_at, id "
                                 "LIMIT %1")
                      .arg(limit));
}

namespace {
QString stateList(const QList<InvoiceState> &states)
{
    QStringList keys;
    for (const InvoiceState state : states) {
        keys.append(u'\'' + invoiceStateKey(state) + u'\'');
    }
    return keys.join(u',');
}
} // namespace

StoreResult<QList<OutboxItem>> OutboxStore::inStates(const QList<InvoiceState> &states, bool withBlobs) const
{
    return select(QStringLiteral("state IN (%1)").arg(stateList(states)), {}, withBlobs,
                  QStringLiteral("ORDER BY id"));
}

StoreResult<QList<OutboxItem>> OutboxStore::inStatesOfSession(const QList<InvoiceState> &states,
                                                              const QString &sessionRef) const
{
    return select(QStringLiteral("state IN (%1) AND COALESCE(session_ref, '') = ?").arg(stateList(states)),
                  {sessionRef}, false, QStringLiteral("ORDER BY id"));
}

StoreResult<QList<OutboxStore::SessionGroup>> OutboxStore::sessionsIn(const QList<InvoiceState> &states) const
{
    const TimeBreakdown::Scope measured(m_breakdown, QLatin1StringView("store.read"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT COALESCE(session_ref, ''), mode, COUNT(*) FROM outbox WHERE state IN "
                           "(%1) GROUP BY COALESCE(session_ref, ''), mode ORDER BY MIN(id)")
                .arg(stateList(states)))) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
    }
    QList<SessionGroup> groups;
    while (query.next()) {
        groups.append(
            {query.value(0).toString(), sendModeFromKey(query.value(1).toString()), query.value(2).toInt()});
    }
    return groups;
}

StoreResult<QList<OutboxItem>> OutboxStore::inStatesSince(const QList<InvoiceState> &states,
                                                          const QDateTime &before) const
{
    return select(QStringLiteral("state IN (%1) AND state_since < ?").arg(stateList(states)),
                  {before.toMSecsSinceEpoch()}, false, QStringLiteral("ORDER BY id"));
}

StoreResult<QList<OutboxItem>> OutboxStore::all() const
{
    return select(QStringLiteral("1 = 1"), {}, false, QStringLiteral("ORDER BY id"));
}

StoreResult<std::optional<OutboxItem>> OutboxStore::find(const QString &keyOrNumber, bool withBlobs) const
{
    const auto found =
        select(QStringLiteral("idempotency_key = ? OR ksef_number = ? OR invoice_number = ?"),
               {keyOrNumber, keyOrNumber, keyOrNumber}, withBlobs, QStringLiteral("ORDER BY id LIMIT 1"));
    if (!found) {
        return std::unexpected(found.error());
    }
    return found->isEmpty() ? std::optional<OutboxItem>() : std::optional<OutboxItem>(found->first());
}

StoreResult<QHash<InvoiceState, int>> OutboxStore::counts() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"))) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
    }
    QHash<InvoiceState, int> counts;
    while (query.next()) {
        if (const auto state = invoiceStateFromKey(query.value(0).toString())) {
            counts.insert(*state, query.value(1).toInt());
        }
    }
    return counts;
}

StoreResult<std::optional<QDateTime>> OutboxStore::nextAttempt() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued'"))) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
    }
    if (!query.next() || query.value(0).isNull()) {
        return std::optional<QDateTime>();
    }
    return std::optional<QDateTime>(fromMs(query.value(0)));
}

StoreResult<int> OutboxStore::retryNow(const QList<qint64> &ids)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    QStringList idTexts;
    for (const qint64 id : ids) {
        idTexts << QString::number(id);
    }
    const QString only =
        ids.isEmpty() ? QString() : QStringLiteral(" AND id IN (%1)").arg(idTexts.join(u','));
    if (!transaction.isOpen() ||
        !query.exec(
            QStringLiteral(
                "UPDATE outbox SET next_attempt_at = 0 WHERE state = 'queued' AND next_attempt_at > 0") +
            only)) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be written")));
    }
    const int count = query.numRowsAffected();
    if (count > 0) {
        if (const auto logged =
                m_audit.append(QStringLiteral("retry-now"), {}, {{QStringLiteral("items"), count}});
            !logged) {
            return std::unexpected(logged.error());
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    return count;
}

StoreResult<void> OutboxStore::log(const QString &kind, const QList<QJsonObject> &details)
{
    if (details.isEmpty()) {
        return {};
    }
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The audit log cannot be written")));
    }
    QList<AuditLog::NewEntry> entries;
    entries.reserve(details.size());
    for (const QJsonObject &detail : details) {
        entries.append({kind, {}, detail});
    }
    if (const auto logged = appendAudit(entries); !logged) {
        return logged;
    }
    if (!commit(transaction)) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The audit log cannot be written")));
    }
    return {};
}

StoreResult<void> OutboxStore::recordSession(const QString &reference, const QString &kind,
                                             const QString &environment, const QString &contextNip,
                                             const QDateTime &validUntil)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO ksef_sessions (reference, kind, environment, context_nip, opened_at, "
        "valid_until, state) VALUES (?, ?, ?, ?, ?, ?, 'open') ON CONFLICT (reference) DO UPDATE "
        "SET kind = excluded.kind, environment = excluded.environment, context_nip = "
        "excluded.context_nip, opened_at = excluded.opened_at, valid_until = excluded.valid_until, "
        "state = 'open', closed_at = NULL"));
    for (const QVariant &value :
         QVariantList{reference, kind, environment, contextNip, m_clock.now().toMSecsSinceEpoch(),
                      validUntil.isValid() ? QVariant(validUntil.toMSecsSinceEpoch()) : QVariant()}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(
            StoreError::fromSql(query.lastError(), tr("The list of KSeF sessions cannot be written")));
    }
    return {};
}

StoreResult<void> OutboxStore::markSession(const QString &reference, const QString &state)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE ksef_sessions SET state = ?, closed_at = ? WHERE reference = ?"));
    query.addBindValue(state);
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    query.addBindValue(reference);
    if (!query.exec()) {
        return std::unexpected(
            StoreError::fromSql(query.lastError(), tr("The list of KSeF sessions cannot be written")));
    }
    return {};
}

StoreResult<QStringList> OutboxStore::openSessions(const QString &kind) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT reference FROM ksef_sessions WHERE state = 'open' AND kind = ? ORDER BY opened_at"));
    query.addBindValue(kind);
    if (!query.exec()) {
        return std::unexpected(
            StoreError::fromSql(query.lastError(), tr("The list of KSeF sessions cannot be read")));
    }
    QStringList references;
    while (query.next()) {
        references.append(query.value(0).toString());
    }
    return references;
}

} // namespace Kurier
