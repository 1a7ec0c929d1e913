// OutboxStore's side of reconciliation: adopting invoices KSeF has and the outbox did not, and the lists that
// tell KSeF's records from ours.
#include "audit/AuditLog.h"
#include "ksef/crypto/Crypto.h"
#include "outbox/OutboxStore.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

StoreResult<std::optional<OutboxItem>> OutboxStore::adopt(const NewInvoice &invoice,
                                                          const QString &environment,
                                                          const QString &contextNip, const Adoption &adoption)
{
    const QString key = idempotencyKey(invoice.sellerNip, invoice.invoiceKind, invoice.invoiceNumber);
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    const auto existing = find(key, false);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (existing->has_value()) {
        return std::optional<OutboxItem>();
    }
    const InvoiceState state = adoption.upo.isEmpty() ? InvoiceState::Accepted : InvoiceState::Confirmed;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const QString hash = Crypto::sha256Base64(invoice.xml);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (idempotency_key, seller_nip, invoice_kind, invoice_number, issue_date, "
        "buyer_nip, "
        "buyer_name, gross, currency, content_hash, source, environment, context_nip, state, "
        "state_since, "
        "mode, session_ref, invoice_ref, ksef_number, acquired_at, upo, upo_received_at, upo_verified, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)"));
    for (const QVariant &value : QVariantList{
             key,
             invoice.sellerNip,
             invoice.invoiceKind,
             invoice.invoiceNumber,
             invoice.issueDate.toString(Qt::ISODate),
             invoice.buyerNip,
             invoice.buyerName,
             invoice.gross,
             invoice.currency,
             hash,
             invoice.source,
             environment,
             contextNip,
             invoiceStateKey(state),
             now,
             sendModeKey(adoption.mode),
             adoption.sessionRef,
             adoption.invoiceRef,
             adoption.ksefNumber,
             adoption.acquiredAt.toUTC().toString(Qt::ISODateWithMs),
             adoption.upo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(adoption.upo),
             adoption.upo.isEmpty() ? QVariant() : QVariant(now),
             adoption.upoVerified ? 1 : 0,
             now,
             now}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be written")));
    }
    if (const auto written = writeDocument(query.lastInsertId().toLongLong(), invoice.xml); !written) {
        return std::unexpected(written.error());
    }
    if (const auto logged = m_audit.append(QStringLiteral("transition"), key,
                                           {{QStringLiteral("to"), invoiceStateKey(state)},
                                            {QStringLiteral("number"), invoice.invoiceNumber},
                                            {QStringLiteral("note"), QStringLiteral("adopted from KSeF")},
                                            {QStringLiteral("ksefNumber"), adoption.ksefNumber},
                                            {QStringLiteral("session"), adoption.sessionRef},
                                            {QStringLiteral("contentHash"), hash},
                                            {QStringLiteral("source"), invoice.source}});
        !logged) {
        return std::unexpected(logged.error());
    }
    if (!transaction.commit()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    auto adopted = find(key, false);
    if (!adopted) {
        return std::unexpected(adopted.error());
    }
    return *adopted;
}

StoreResult<QHash<QString, QString>> OutboxStore::ksefNumbersByKey() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT idempotency_key, ksef_number FROM outbox"))) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
    }
    QHash<QString, QString> numbers;
    while (query.next()) {
        numbers.insert(query.value(0).toString(), query.value(1).toString());
    }
    return numbers;
}

StoreResult<QSet<QString>> OutboxStore::knownSessions() const
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT reference FROM ksef_sessions UNION "
                           "SELECT DISTINCT session_ref FROM outbox WHERE session_ref IS NOT NULL"))) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
    }
    QSet<QString> sessions;
    while (query.next()) {
        sessions.insert(query.value(0).toString());
    }
    return sessions;
}

StoreResult<bool> OutboxStore::hasInvoiceNumber(const QString &sellerNip, const QString &invoiceNumber) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE seller_nip = ? AND invoice_number = ? LIMIT 1"));
    query.addBindValue(sellerNip);
    query.addBindValue(invoiceNumber);
    if (!query.exec()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
    }
    return query.next();
}

} // namespace Kurier
