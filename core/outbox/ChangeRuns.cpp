#include "outbox/ChangeRuns.h"

#include <QSqlError>

namespace Kurier {

namespace {
constexpr qsizetype kRowsPerStatement = 500;
} // namespace

StoreResult<void> ChangeRuns::add(qint64 id, const QStringList &assignments, const QVariantList &values)
{
    if (assignments != m_assignments || values != m_values || m_ids.contains(id)) {
        if (const auto written = flush(); !written) {
            return written;
        }
        m_assignments = assignments;
        m_values = values;
    }
    m_ids.insert(id);
    m_order.append(id);
    return {};
}

StoreResult<void> ChangeRuns::flush()
{
    for (qsizetype start = 0; start < m_order.size(); start += kRowsPerStatement) {
        const QList<qint64> chunk = m_order.mid(start, kRowsPerStatement);
        const QString sql =
            chunk.size() == 1
                ? QStringLiteral("UPDATE outbox SET %1 WHERE id = ?").arg(m_assignments.join(u", "))
                : QStringLiteral("UPDATE outbox SET %1 WHERE id IN (%2)")
                      .arg(m_assignments.join(u", "),
                           QStringList(chunk.size(), QStringLiteral("?")).join(u','));
        QVariantList binds = m_values;
        for (const qint64 id : chunk) {
            binds.append(id);
        }
        if (const auto written = execute(sql, binds); !written) {
            return written;
        }
    }
    m_order.clear();
    m_ids.clear();
    return {};
}

StoreResult<void> ChangeRuns::execute(const QString &sql, const QVariantList &binds)
{
    auto [cached, added] = m_statements.try_emplace(sql, m_db);
    if (added) {
        cached->second.prepare(sql);
    }
    QSqlQuery &write = cached->second;
    for (const QVariant &value : binds) {
        write.addBindValue(value);
    }
    if (!write.exec()) {
        return std::unexpected(StoreError::fromSql(write.lastError(), tr("The queue cannot be written")));
    }
    return {};
}

} // namespace Kurier
