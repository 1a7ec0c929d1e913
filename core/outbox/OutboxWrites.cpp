// The outbox's writes: apply() (every change checked against the transition table, written in runs, audited),
// with the reads and writes it builds on.
#include "audit/AuditLog.h"
#include "ksef/crypto/Crypto.h"
#include "outbox/ChangeRuns.h"
#include "outbox/OutboxStore.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/TimeBreakdown.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace Kurier {

StoreResult<void> OutboxStore::apply(const QList<std::pair<qint64, Update>> &changes)
{
    if (changes.isEmpty()) {
        return {};
    }
    const TimeBreakdown::Scope measured(m_breakdown, QLatin1StringView("store.write"), changes.size());
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto current = currentOf(changes);
    if (!current) {
        return std::unexpected(current.error());
    }
    ChangeRuns runs(m_db);
    int dropped = 0; // changes decided from a state the item has left (another Kurier was first)
    QList<AuditLog::NewEntry> entries;
    entries.reserve(changes.size());
    for (const auto &[id, update] : changes) {
        const auto found = current->find(id);
        if (found == current->end()) {
            return std::unexpected(StoreError::notFound(tr("Queue item %1 does not exist.").arg(id)));
        }
        const QString key = found->key;
        const InvoiceState from = found->state;
        const bool offline = found->offline;
        if (update.seen && *update.seen != from) {
            ++dropped;
            continue;
        }
        if (update.state) {
            found->state = *update.state; // a later change of the same item in this list starts here
        }
        if (update.expectOffline && *update.expectOffline != offline) {
            return std::unexpected(StoreError::conflict(
                tr("Invoice %1 was issued offline meanwhile; it goes in the next pass.").arg(key.left(12))));
        }
        QStringList sets{QStringLiteral("updated_at = ?")};
        QVariantList values{now};
        QJsonObject detail;
        if (update.expect && *update.expect != from) {
            return std::unexpected(StoreError::conflict(
                tr("Invoice %1 is no longer %2 (now %3): another Kurier took it.")
                    .arg(key.left(12), invoiceStateKey(*update.expect), invoiceStateKey(from))));
        }
        if (update.state && *update.state != from) {
            if (!isTransitionAllowed(from, *update.state)) {
                return std::unexpected(StoreError::constraint(
                    tr("Invoice %1 cannot go from %2 to %3.")
                        .arg(key.left(12), invoiceStateKey(from), invoiceStateKey(*update.state))));
            }
            sets << QStringLiteral("state = ?") << QStringLiteral("state_since = ?");
            values << invoiceStateKey(*update.state) << now;
            detail.insert(QStringLiteral("from"), invoiceStateKey(from));
            detail.insert(QStringLiteral("to"), invoiceStateKey(*update.state));
        }
        const auto set = [&](const char *column, const QVariant &value, const char *auditName = nullptr) {
            sets << QLatin1StringView(column) + QStringLiteral(" = ?");
            values << value;
            if (auditName) {
                detail.insert(QLatin1StringView(auditName), QJsonValue::fromVariant(value));
            }
        };
        if (update.mode)
            set("mode", sendModeKey(*update.mode), "mode");
        if (update.sessionRef)
            set("session_ref", update.sessionRef->isEmpty() ? QVariant() : QVariant(*update.sessionRef),
                "session");
        if (update.invoiceRef)
            set("invoice_ref", update.invoiceRef->isEmpty() ? QVariant() : QVariant(*update.invoiceRef),
                "invoiceRef");
        if (update.ksefNumber)
            set("ksef_number", *update.ksefNumber, "ksefNumber");
        if (update.acquiredAt)
            set("acquired_at", update.acquiredAt->toString(Qt::ISODateWithMs));
        if (update.duplicateOf)
            set("duplicate_of", *update.duplicateOf, "duplicateOf");
        if (update.invoicingMode)
            set("invoicing_mode", *update.invoicingMode, "invoicingMode");
        if (update.upo) {
            set("upo", *update.upo);
            set("upo_received_at", now);
            detail.insert(QStringLiteral("upoHash"), Crypto::sha256Base64(*update.upo));
        }
        if (update.upoPage) {
            set("upo_page", update.upoPage->id, "upoPage");
            set("upo_received_at", now);
            detail.insert(QStringLiteral("upoHash"), update.upoPage->sha256);
        }
        if (update.upoVerified) {
            set("upo_verified", *update.upoVerified ? 1 : 0); // an INTEGER column on both engines
            detail.insert(QStringLiteral("upoVerified"), *update.upoVerified);
        }
        if (update.countAttempt) {
            sets << QStringLiteral("attempts = attempts + 1");
        }
        if (update.nextAttemptAt)
            set("next_attempt_at", update.nextAttemptAt->toMSecsSinceEpoch());
        if (update.error) {
            const RecordedError &error = *update.error;
            set("error_class", errorClassKey(error.errorClass));
            set("error_code", error.code);
            set("error_message", error.message);
            set("error_trace", error.traceId);
            detail.insert(QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("class"), errorClassKey(error.errorClass)},
                                      {QStringLiteral("code"), error.code},
                                      {QStringLiteral("message"), error.message},
                                      {QStringLiteral("traceId"), error.traceId}});
        } else if (update.clearError) {
            for (const char *column : {"error_class", "error_code", "error_message", "error_trace"}) {
                set(column, QVariant());
            }
        }
        if (!update.note.isEmpty()) {
            detail.insert(QStringLiteral("note"), update.note);
        }
        // A run of changes that set the same columns to the same values (the intents of a batch, its outcome,
        // its confirmation by the session's UPO) is one statement per 500 items; each keeps its audit entry.
        if (const auto written = runs.add(id, sets, values); !written) {
            return written;
        }
        entries.append({QStringLiteral("transition"), key, detail});
    }
    if (const auto written = runs.flush(); !written) {
        return written;
    }
    if (dropped > 0) {
        qCDebug(lcOutbox) << dropped << "change(s) dropped: another Kurier moved the invoices on first";
    }
    if (const auto logged = appendAudit(entries); !logged) {
        return std::unexpected(logged.error());
    }
    if (!commit(transaction)) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    return {};
}

StoreResult<int> OutboxStore::releaseDrafts(const QList<qint64> &ids, const QString &note)
{
    const auto drafts = inStates({InvoiceState::Draft}, false);
    if (!drafts) {
        return std::unexpected(drafts.error());
    }
    QList<std::pair<qint64, Update>> release;
    for (const OutboxItem &item : *drafts) {
        if (ids.isEmpty() || ids.contains(item.id)) {
            Update update = Update::to(InvoiceState::Queued);
            update.seen = InvoiceState::Draft; // another desktop may have sent it meanwhile
            update.note = note;
            release.append({item.id, update});
        }
    }
    if (const auto applied = apply(release); !applied) {
        return std::unexpected(applied.error());
    }
    return static_cast<int>(release.size());
}

StoreResult<QHash<qint64, OutboxStore::Current>>
OutboxStore::currentOf(const QList<std::pair<qint64, Update>> &changes) const
{
    // Read in chunks (one statement per 500 items, not one per item: a batch changes 10 000 at once).
    QList<qint64> ids;
    ids.reserve(changes.size());
    for (const auto &change : changes) {
        ids.append(change.first);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QHash<qint64, Current> current;
    current.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT id, idempotency_key, state, offline_mode IS NOT NULL FROM outbox "
                           "WHERE id IN (%1)")
                .arg(QStringList(chunk.size(), QStringLiteral("?")).join(u',')));
        for (const qint64 id : chunk) {
            query.addBindValue(id);
        }
        if (!query.exec()) {
            return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
        }
        while (query.next()) {
            current.insert(
                query.value(0).toLongLong(),
                Current{query.value(1).toString(),
                        invoiceStateFromKey(query.value(2).toString()).value_or(InvoiceState::Queued),
                        query.value(3).toBool()});
        }
    }
    return current;
}

StoreResult<void> OutboxStore::writeDocument(qint64 id, const QByteArray &xml)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO outbox_documents (id, xml) VALUES (?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET xml = excluded.xml"));
    query.addBindValue(id);
    query.addBindValue(xml);
    if (!query.exec()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be written")));
    }
    return {};
}

StoreResult<void> OutboxStore::appendAudit(const QList<AuditLog::NewEntry> &entries)
{
    const TimeBreakdown::Scope measured(m_breakdown, QLatin1StringView("store.audit"), entries.size());
    return m_audit.appendAll(entries);
}

bool OutboxStore::commit(Transaction &transaction) const
{
    const TimeBreakdown::Scope measured(m_breakdown, QLatin1StringView("store.commit"), 1);
    return transaction.commit();
}

} // namespace Kurier
