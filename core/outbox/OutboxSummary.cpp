// OutboxStore::attention(): the counts an office's Clients view shows of one company, read in two statements.
#include "outbox/OutboxStore.h"

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
    query.prepare(
        QStringLiteral(
            "SELECT "
            "  sum(CASE WHEN state IN ('submitted', 'processing') AND state_since < ? THEN 1 ELSE 0 END), "
            "  sum(CASE WHEN state = 'accepted' AND state_since < ? THEN 1 ELSE 0 END), "
            "  sum(CASE WHEN %1 AND offline_due_at < ? THEN 1 ELSE 0 END), "
            "  sum(CASE WHEN %1 AND offline_due_at < ? THEN 1 ELSE 0 END) "
            "FROM outbox WHERE state IN ('submitted', 'processing', 'accepted') OR offline_mode IS NOT NULL")
            .arg(offlineWaitingSql()));
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

} // namespace Kurier
