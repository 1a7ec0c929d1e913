// OutboxStore::attention(): the counts an office's Clients view shows of one company, read in two statements;
// leaseSession(): which of several Kurier processes on one database polls a KSeF session.
#include "outbox/OutboxStore.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

StoreResult<OutboxStore::Attention> OutboxStore::attention(const QDateTime &stuckBefore,
                                                           const QDateTime &missingUpoBefore,
                                                           const QDateTime &now,
                                                           const QDateTime &offlineDueBefore) const
{
    auto counts = this->counts();
    if (!counts) {
        return std::unexpected(counts.error());
    }
    Attention attention;
    attention.counts = *counts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT "
                                 "  sum(CASE WHEN state IN (%2) AND state_since < ? THEN 1 ELSE 0 END), "
                                 "  sum(CASE WHEN state = 'accepted' AND state_since < ? THEN 1 ELSE 0 END), "
                                 "  sum(CASE WHEN %1 AND offline_due_at < ? THEN 1 ELSE 0 END), "
                                 "  sum(CASE WHEN %1 AND offline_due_at < ? THEN 1 ELSE 0 END) "
                                 "FROM outbox WHERE state IN (%2, 'accepted') OR offline_mode IS NOT NULL")
                      .arg(offlineWaitingSql(), stuckStateKeysSql()));
    query.addBindValue(stuckBefore.toMSecsSinceEpoch());
    query.addBindValue(missingUpoBefore.toMSecsSinceEpoch());
    query.addBindValue(offlineDueBefore.toMSecsSinceEpoch());
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec() || !query.next()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
    }
    attention.stuck = query.value(0).toInt();
    attention.missingUpo = query.value(1).toInt();
    attention.offlineDue = query.value(2).toInt();
    attention.offlineOverdue = query.value(3).toInt();
    return attention;
}

StoreResult<bool> OutboxStore::leaseSession(const QString &sessionRef, const QString &holder,
                                            const QDateTime &until)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery take(m_db);
    take.prepare(QStringLiteral("INSERT INTO session_leases (session_ref, holder, until) VALUES (?, ?, ?) "
                                "ON CONFLICT (session_ref) DO UPDATE SET holder = excluded.holder, "
                                "until = excluded.until "
                                "WHERE session_leases.holder = excluded.holder OR session_leases.until < ?"));
    take.addBindValue(sessionRef);
    take.addBindValue(holder);
    take.addBindValue(until.toMSecsSinceEpoch());
    take.addBindValue(now);
    QSqlQuery held(m_db);
    held.prepare(QStringLiteral("SELECT holder FROM session_leases WHERE session_ref = ?"));
    held.addBindValue(sessionRef);
    if (!take.exec() || !held.exec() || !held.next()) {
        return std::unexpected(
            StoreError::fromSql(take.lastError().isValid() ? take.lastError() : held.lastError(),
                                tr("The queue cannot be written")));
    }
    const bool mine = held.value(0).toString() == holder;
    held.finish();
    if (!transaction.commit()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    return mine;
}

StoreResult<void> OutboxStore::noteCredentials(const CredentialsNote &note)
{
    const QString value =
        note.kind + u'|' + QString::number(note.expiresAt.isValid() ? note.expiresAt.toMSecsSinceEpoch() : 0);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('credentials', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(value);
    if (!query.exec()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be written")));
    }
    return {};
}

StoreResult<OutboxStore::CredentialsNote> OutboxStore::credentialsNote() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'credentials'"))) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
    }
    CredentialsNote note;
    if (query.next()) {
        const QString value = query.value(0).toString();
        note.kind = value.section(u'|', 0, 0);
        const qint64 ms = value.section(u'|', 1).toLongLong();
        note.expiresAt = ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    }
    return note;
}

} // namespace Kurier
