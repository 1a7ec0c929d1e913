// OutboxStore::enqueueAll(): invoices into the outbox — new ones in runs of multi-row statements, the rest
// (already there, replacing a rejected one, a number twice in one list) one by one.
#include "audit/AuditLog.h"
#include "ksef/crypto/Crypto.h"
#include "outbox/OutboxStore.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Kurier {

QList<StoreResult<std::pair<OutboxStore::Enqueued, OutboxItem>>>
OutboxStore::enqueueAll(const QList<NewInvoice> &invoices, const QString &environment,
                        const QString &contextNip)
{
    QList<StoreResult<std::pair<Enqueued, OutboxItem>>> results;
    const auto failAll = [&](const QSqlError &error) {
        results.clear();
        for (qsizetype i = 0; i < invoices.size(); ++i) {
            results.append(std::unexpected(StoreError::fromSql(error, tr("The queue cannot be written"))));
        }
        return results;
    };
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return failAll(transaction.sqlError());
    }
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        results.append(std::unexpected(StoreError::notFound(QString()))); // every one is set below
    }
    // The plain case of an import — invoices new to the outbox, each key once in the list — is written in
    // runs of multi-row statements (a round trip per 100 invoices instead of ten per invoice on an office
    // server); everything else (already there, replacing a rejected one, the same number twice in the list, a
    // run that fails) goes one by one, each in its own savepoint, as before.
    QStringList keys;
    keys.reserve(invoices.size());
    for (const NewInvoice &invoice : invoices) {
        keys.append(idempotencyKey(invoice.sellerNip, invoice.invoiceKind, invoice.invoiceNumber));
    }
    QSet<QString> present;
    for (qsizetype start = 0; start < keys.size(); start += 500) {
        const QStringList chunk = keys.mid(start, 500);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT idempotency_key FROM outbox WHERE idempotency_key IN (%1)")
                          .arg(QStringList(chunk.size(), QStringLiteral("?")).join(u',')));
        for (const QString &key : chunk) {
            query.addBindValue(key);
        }
        if (!query.exec()) {
            return failAll(query.lastError());
        }
        while (query.next()) {
            present.insert(query.value(0).toString());
        }
    }
    QList<qsizetype> plain;
    QList<qsizetype> oneByOne;
    QSet<QString> seen;
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const bool repeated = seen.contains(keys[i]);
        seen.insert(keys[i]);
        (present.contains(keys[i]) || repeated ? oneByOne : plain).append(i);
    }
    for (qsizetype start = 0; start < plain.size(); start += kInsertRun) {
        const QList<qsizetype> run = plain.mid(start, kInsertRun);
        QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT run"));
        if (insertRun(invoices, keys, run, environment, contextNip, results)) {
            QSqlQuery(m_db).exec(QStringLiteral("RELEASE run"));
        } else {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO run"));
            QSqlQuery(m_db).exec(QStringLiteral("RELEASE run"));
            oneByOne += run; // one by one: each gets its own outcome
        }
    }
    std::sort(oneByOne.begin(), oneByOne.end());
    for (const qsizetype i : std::as_const(oneByOne)) {
        QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT one"));
        auto result = enqueueOne(invoices[i], environment, contextNip);
        QSqlQuery(m_db).exec(result ? QStringLiteral("RELEASE one") : QStringLiteral("ROLLBACK TO one"));
        results[i] = std::move(result);
    }
    if (!transaction.commit()) {
        return failAll(transaction.sqlError());
    }
    return results;
}

bool OutboxStore::insertRun(const QList<NewInvoice> &invoices, const QStringList &keys,
                            const QList<qsizetype> &run, const QString &environment,
                            const QString &contextNip,
                            QList<StoreResult<std::pair<Enqueued, OutboxItem>>> &results)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO outbox (idempotency_key, seller_nip, invoice_kind, "
                       "invoice_number, issue_date, buyer_nip, buyer_name, gross, "
                       "currency, content_hash, source, environment, context_nip, state, "
                       "state_since, created_at, updated_at) VALUES %1 RETURNING id, idempotency_key")
            .arg(
                QStringList(run.size(), QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                    .join(u',')));
    QHash<QString, QString> hashes;
    for (const qsizetype i : run) {
        const NewInvoice &invoice = invoices[i];
        const QString hash = Crypto::sha256Base64(invoice.xml);
        hashes.insert(keys[i], hash);
        for (const QVariant &value : QVariantList{
                 keys[i], invoice.sellerNip, invoice.invoiceKind, invoice.invoiceNumber,
                 invoice.issueDate.toString(Qt::ISODate), invoice.buyerNip, invoice.buyerName, invoice.gross,
                 invoice.currency, hash, invoice.source, environment, contextNip,
                 invoiceStateKey(invoice.hold ? InvoiceState::Draft : InvoiceState::Queued), now, now, now}) {
            insert.addBindValue(value);
        }
    }
    if (!insert.exec()) {
        return false;
    }
    QHash<QString, qint64> ids;
    while (insert.next()) {
        ids.insert(insert.value(1).toString(), insert.value(0).toLongLong());
    }
    if (ids.size() != run.size()) {
        return false;
    }
    QSqlQuery documents(m_db);
    documents.prepare(QStringLiteral("INSERT INTO outbox_documents (id, xml) VALUES %1")
                          .arg(QStringList(run.size(), QStringLiteral("(?, ?)")).join(u',')));
    QList<AuditLog::NewEntry> entries;
    entries.reserve(run.size());
    for (const qsizetype i : run) {
        const NewInvoice &invoice = invoices[i];
        documents.addBindValue(ids.value(keys[i]));
        documents.addBindValue(invoice.xml);
        entries.append(
            {QStringLiteral("transition"), keys[i],
             QJsonObject{{QStringLiteral("to"),
                          invoiceStateKey(invoice.hold ? InvoiceState::Draft : InvoiceState::Queued)},
                         {QStringLiteral("number"), invoice.invoiceNumber},
                         {QStringLiteral("contentHash"), hashes.value(keys[i])},
                         {QStringLiteral("source"), invoice.source}}});
    }
    if (!documents.exec() || !m_audit.appendAll(entries)) {
        return false;
    }
    for (const qsizetype i : run) {
        const NewInvoice &invoice = invoices[i];
        OutboxItem item;
        item.id = ids.value(keys[i]);
        item.key = keys[i];
        item.sellerNip = invoice.sellerNip;
        item.invoiceKind = invoice.invoiceKind;
        item.invoiceNumber = invoice.invoiceNumber;
        item.contentHash = hashes.value(keys[i]);
        item.state = invoice.hold ? InvoiceState::Draft : InvoiceState::Queued;
        results[i] = std::pair{Enqueued::Added, item};
    }
    return true;
}

StoreResult<std::pair<OutboxStore::Enqueued, OutboxItem>>
OutboxStore::enqueueOne(const NewInvoice &invoice, const QString &environment, const QString &contextNip)
{
    const QString key = idempotencyKey(invoice.sellerNip, invoice.invoiceKind, invoice.invoiceNumber);
    const QString hash = Crypto::sha256Base64(invoice.xml);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const auto existing = find(key, false);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    QSqlQuery query(m_db);
    if (existing->has_value()) {
        const OutboxItem &item = **existing;
        if (item.contentHash == hash) {
            return std::pair{Enqueued::AlreadyThere, item};
        }
        if (item.state != InvoiceState::Rejected && item.state != InvoiceState::Cancelled &&
            item.state != InvoiceState::Draft) {
            return std::unexpected(StoreError::constraint(
                tr("Invoice %1 of seller %2 is already in the queue (%3) with different content. KSeF takes "
                   "one "
                   "invoice per number: give the new one its own number, or cancel the queued one first.")
                    .arg(invoice.invoiceNumber, invoice.sellerNip, invoiceStateName(item.state))));
        }
        query.prepare(QStringLiteral("UPDATE outbox SET content_hash = ?, source = ?, issue_date = "
                                     "?, buyer_nip = ?, buyer_name = ?, gross = ?, "
                                     "currency = ?, state = ?, state_since = ?, session_ref = NULL, "
                                     "invoice_ref = NULL, attempts = 0, "
                                     "next_attempt_at = 0, error_class = NULL, error_code = NULL, "
                                     "error_message = NULL, error_trace = NULL, "
                                     "updated_at = ? WHERE id = ?"));
        for (const QVariant &value :
             QVariantList{hash, invoice.source, invoice.issueDate.toString(Qt::ISODate), invoice.buyerNip,
                          invoice.buyerName, invoice.gross, invoice.currency,
                          invoiceStateKey(invoice.hold ? InvoiceState::Draft : InvoiceState::Queued), now,
                          now, item.id}) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be written")));
        }
        if (const auto written = writeDocument(item.id, invoice.xml); !written) {
            return std::unexpected(written.error());
        }
        if (const auto logged =
                m_audit.append(QStringLiteral("transition"), key,
                               {{QStringLiteral("from"), invoiceStateKey(item.state)},
                                {QStringLiteral("to"),
                                 invoiceStateKey(invoice.hold ? InvoiceState::Draft : InvoiceState::Queued)},
                                {QStringLiteral("note"), QStringLiteral("replaced with new content")},
                                {QStringLiteral("contentHash"), hash},
                                {QStringLiteral("source"), invoice.source}});
            !logged) {
            return std::unexpected(logged.error());
        }
        auto replaced = find(key, false);
        return std::pair{Enqueued::Replaced, replaced ? replaced->value_or(OutboxItem()) : OutboxItem()};
    }
    query.prepare(QStringLiteral("INSERT INTO outbox (idempotency_key, seller_nip, invoice_kind, "
                                 "invoice_number, issue_date, buyer_nip, buyer_name, gross, "
                                 "currency, content_hash, source, environment, context_nip, state, "
                                 "state_since, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : QVariantList{
             key, invoice.sellerNip, invoice.invoiceKind, invoice.invoiceNumber,
             invoice.issueDate.toString(Qt::ISODate), invoice.buyerNip, invoice.buyerName, invoice.gross,
             invoice.currency, hash, invoice.source, environment, contextNip,
             invoiceStateKey(invoice.hold ? InvoiceState::Draft : InvoiceState::Queued), now, now, now}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be written")));
    }
    if (const auto written = writeDocument(query.lastInsertId().toLongLong(), invoice.xml); !written) {
        return std::unexpected(written.error());
    }
    if (const auto logged =
            m_audit.append(QStringLiteral("transition"), key,
                           {{QStringLiteral("to"),
                             invoiceStateKey(invoice.hold ? InvoiceState::Draft : InvoiceState::Queued)},
                            {QStringLiteral("number"), invoice.invoiceNumber},
                            {QStringLiteral("contentHash"), hash},
                            {QStringLiteral("source"), invoice.source}});
        !logged) {
        return std::unexpected(logged.error());
    }
    OutboxItem item;
    item.id = query.lastInsertId().toLongLong();
    item.key = key;
    item.sellerNip = invoice.sellerNip;
    item.invoiceKind = invoice.invoiceKind;
    item.invoiceNumber = invoice.invoiceNumber;
    item.contentHash = hash;
    item.state = invoice.hold ? InvoiceState::Draft : InvoiceState::Queued;
    return std::pair{Enqueued::Added, item};
}

} // namespace Kurier
