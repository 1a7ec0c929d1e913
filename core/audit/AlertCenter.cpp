#include "audit/AlertCenter.h"

#include "audit/AuditLog.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonObject>

namespace Kurier {

AlertCenter::AlertCenter(QSqlDatabase connection, AuditLog &audit, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(std::move(connection))
    , m_audit(audit)
    , m_clock(clock)
{}

StoreResult<bool> AlertCenter::raise(const QString &kind, const QString &dedupeKey, const QString &itemKey,
                                     const QString &message)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The alerts cannot be written")));
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO alerts (kind, dedupe_key, item_key, message, raised_at) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    query.addBindValue(kind);
    query.addBindValue(dedupeKey);
    query.addBindValue(itemKey.isEmpty() ? QVariant() : QVariant(itemKey));
    query.addBindValue(message);
    query.addBindValue(now);
    if (!query.exec()) {
        return std::unexpected(
            StoreError::fromSql(query.lastError(), tr("The alerts cannot be read or written")));
    }
    if (query.numRowsAffected() == 0) {
        return false; // already open: notify once
    }
    Alert alert{query.lastInsertId().toLongLong(),
                kind,
                dedupeKey,
                itemKey,
                message,
                QDateTime::fromMSecsSinceEpoch(now, Qt::UTC),
                {}};
    if (const auto logged =
            m_audit.append(QStringLiteral("alert"), itemKey,
                           {{QStringLiteral("alert"), kind}, {QStringLiteral("message"), message}});
        !logged) {
        return std::unexpected(logged.error());
    }
    if (!transaction.commit()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The alerts cannot be written")));
    }
    emit alertRaised(alert);
    return true;
}

StoreResult<void> AlertCenter::acknowledge(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE alerts SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL"));
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec()) {
        return std::unexpected(
            StoreError::fromSql(query.lastError(), tr("The alerts cannot be read or written")));
    }
    return {};
}

StoreResult<bool> AlertCenter::resolve(const QString &dedupeKey, const QString &why)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The alerts cannot be written")));
    }
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "UPDATE alerts SET acknowledged_at = ? WHERE dedupe_key = ? AND acknowledged_at IS NULL"))) {
        return std::unexpected(
            StoreError::fromSql(query.lastError(), tr("The alerts cannot be read or written")));
    }
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    query.addBindValue(dedupeKey);
    if (!query.exec()) {
        return std::unexpected(
            StoreError::fromSql(query.lastError(), tr("The alerts cannot be read or written")));
    }
    if (query.numRowsAffected() == 0) {
        return false;
    }
    if (const auto logged =
            m_audit.append(QStringLiteral("alert"), QString(),
                           {{QStringLiteral("resolved"), dedupeKey}, {QStringLiteral("why"), why}});
        !logged) {
        return std::unexpected(logged.error());
    }
    if (!transaction.commit()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The alerts cannot be written")));
    }
    return true;
}

StoreResult<int> AlertCenter::acknowledgeAll()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE alerts SET acknowledged_at = ? WHERE acknowledged_at IS NULL"));
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    if (!query.exec()) {
        return std::unexpected(
            StoreError::fromSql(query.lastError(), tr("The alerts cannot be read or written")));
    }
    return query.numRowsAffected();
}

StoreResult<QList<Alert>> AlertCenter::open() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, kind, dedupe_key, item_key, message, raised_at FROM alerts "
                                   "WHERE acknowledged_at IS NULL ORDER BY id"))) {
        return std::unexpected(
            StoreError::fromSql(query.lastError(), tr("The alerts cannot be read or written")));
    }
    QList<Alert> alerts;
    while (query.next()) {
        alerts.append(Alert{query.value(0).toLongLong(),
                            query.value(1).toString(),
                            query.value(2).toString(),
                            query.value(3).toString(),
                            query.value(4).toString(),
                            QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC),
                            {}});
    }
    return alerts;
}

} // namespace Kurier
