#include "outbox/OutboxQuery.h"

#include "outbox/OutboxStore.h"
#include "storage/SqlDialect.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

namespace {
QDateTime fromMs(const QVariant &value)
{
    return value.isNull() || value.toLongLong() == 0
               ? QDateTime()
               : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The outbox as the list reads it: through its covering index on SQLite (the planner needs the hint).
QString listTable(const QSqlDatabase &db)
{
    return SqlDialect::tableWithIndex(SqlDialect::engineOf(db), QStringLiteral("outbox"),
                                      QStringLiteral("outbox_list"));
}

QString escapedLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}
} // namespace

OutboxQuery::OutboxQuery(QSqlDatabase connection, const Clock &clock, Thresholds thresholds)
    : m_db(std::move(connection))
    , m_clock(clock)
    , m_thresholds(thresholds)
{}

void OutboxQuery::setSort(Column column, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString expression;
    switch (column) {
    case Column::State:
        expression = QStringLiteral("state");
        break;
    case Column::Number:
        expression = QStringLiteral("invoice_number");
        break;
    case Column::Buyer:
        expression = QStringLiteral("COALESCE(NULLIF(buyer_name, ''), buyer_nip)");
        break;
    case Column::IssueDate:
        expression = QStringLiteral("issue_date");
        break;
    case Column::Gross:
        expression = QStringLiteral("CAST(gross AS REAL)");
        break;
    case Column::KsefNumber:
        expression = QStringLiteral("ksef_number");
        break;
    case Column::LastEvent:
        expression = QStringLiteral("updated_at");
        break;
    }
    // The id breaks ties, so that pages never overlap or skip rows.
    m_orderBy = QStringLiteral("%1 %2, id %2").arg(expression, direction);
}

// The conditions as SQL expressions over the row (the values are ours, not the user's: inlined).
QStringList OutboxQuery::conditions() const
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 stuckCut = now - std::chrono::milliseconds(m_thresholds.stuckAfter).count();
    const qint64 upoCut = now - std::chrono::milliseconds(m_thresholds.missingUpoAfter).count();
    return {
        QStringLiteral("(state = 'queued' AND attempts > 0 AND next_attempt_at > %1)").arg(now),
        QStringLiteral("(state IN (%1) AND state_since < %2)").arg(stuckStateKeysSql()).arg(stuckCut),
        QStringLiteral("(state = 'accepted' AND state_since < %1)").arg(upoCut),
    };
}

OutboxQuery::Where OutboxQuery::where(const Filter &filter) const
{
    QStringList parts;
    Where result;
    const QString like = SqlDialect::caseInsensitiveLike(SqlDialect::engineOf(m_db));
    switch (filter.scope) {
    case Filter::Scope::All:
        break;
    case Filter::Scope::NeedsAttention: {
        parts << QStringLiteral("(state = 'rejected' OR %1)").arg(conditions().join(QStringLiteral(" OR ")));
        break;
    }
    case Filter::Scope::InFlight:
        parts << QStringLiteral("state IN (%1)").arg(inFlightStateKeysSql());
        break;
    case Filter::Scope::State:
        parts << QStringLiteral("state = ?");
        result.values << invoiceStateKey(filter.state);
        break;
    case Filter::Scope::Offline:
        parts << QStringLiteral("offline_mode IS NOT NULL");
        break;
    }
    if (filter.from) {
        parts << QStringLiteral("issue_date >= ?");
        result.values << filter.from->toString(Qt::ISODate);
    }
    if (filter.to) {
        parts << QStringLiteral("issue_date <= ?");
        result.values << filter.to->toString(Qt::ISODate);
    }
    if (const QString buyer = filter.buyer.trimmed(); !buyer.isEmpty()) {
        parts << QStringLiteral("(buyer_nip %1 ? ESCAPE '\\' OR buyer_name %1 ? ESCAPE '\\')").arg(like);
        result.values << escapedLike(buyer) << escapedLike(buyer);
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        parts << QStringLiteral("(invoice_number LIKE ?1 ESCAPE '\\' OR buyer_nip LIKE ?1 ESCAPE '\\' OR "
                                "buyer_name LIKE ?1 ESCAPE '\\' OR ksef_number LIKE ?1 ESCAPE '\\' OR "
                                "error_message LIKE ?1 ESCAPE '\\')")
                     .replace(QStringLiteral("?1"), QStringLiteral("?"))
                     .replace(QStringLiteral("LIKE"), like);
        for (int i = 0; i < 5; ++i) {
            result.values << escapedLike(text);
        }
    }
    result.sql =
        parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return result;
}

std::expected<int, QString> OutboxQuery::needingAttention() const
{
    Filter attention;
    attention.scope = Filter::Scope::NeedsAttention;
    const Where w = where(attention);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + listTable(m_db) + w.sql) || !query.next()) {
        return std::unexpected(tr("The outbox cannot be read: %1").arg(query.lastError().text()));
    }
    return query.value(0).toInt();
}

std::expected<OutboxQuery::Overview, QString> OutboxQuery::overview() const
{
    const QStringList c = conditions(); // retry waiting, stuck, missing UPO
    const SqlEngine engine = SqlDialect::engineOf(m_db);
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT COUNT(*) FILTER (WHERE state IN (%4)), COUNT(*) FILTER (WHERE %1), "
                           "COUNT(*) FILTER (WHERE %2), COUNT(*) FILTER (WHERE state = 'rejected'), "
                           "COUNT(*) FILTER (WHERE %3) FROM %5")
                .arg(c.at(1), c.at(2), c.at(0), inFlightStateKeysSql(), listTable(m_db))) ||
        !query.next()) {
        return std::unexpected(tr("The outbox cannot be read: %1").arg(query.lastError().text()));
    }
    Overview overview{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(),
                      query.value(3).toInt(), query.value(4).toInt()};
    QSqlQuery offline(m_db);
    offline.prepare(
        QStringLiteral("SELECT COUNT(*), COUNT(*) FILTER (WHERE offline_due_at < ?) FROM %2 WHERE %1")
            .arg(OutboxStore::offlineWaitingSql(),
                 SqlDialect::tableWithIndex(engine, QStringLiteral("outbox"),
                                            QStringLiteral("outbox_by_offline_due"))));
    offline.addBindValue(m_clock.now().toMSecsSinceEpoch());
    if (!offline.exec() || !offline.next()) {
        return std::unexpected(tr("The outbox cannot be read: %1").arg(offline.lastError().text()));
    }
    overview.offlineWaiting = offline.value(0).toInt();
    overview.offlineOverdue = offline.value(1).toInt();
    return overview;
}

std::expected<QList<OutboxRow>, QString> OutboxQuery::offlineDue(int limit) const
{
    return fetch({QStringLiteral(" WHERE ") + OutboxStore::offlineWaitingSql(), {}},
                 QStringLiteral("offline_due_at IS NULL, offline_due_at, id"), 0, limit);
}

std::expected<QList<OutboxRow>, QString> OutboxQuery::fetch(const Where &w, const QString &orderBy,
                                                            int offset, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, idempotency_key, invoice_number, invoice_kind, issue_date, buyer_nip, "
                       "buyer_name, gross, currency, ksef_number, state, state_since, updated_at, "
                       "next_attempt_at, attempts, error_code, error_message, error_trace, "
                       "(upo IS NOT NULL OR upo_page IS NOT NULL), offline_mode, offline_due_at, "
                       "invoicing_mode, %1 FROM outbox%2 "
                       "ORDER BY %3 LIMIT %4 OFFSET %5")
            .arg(conditions().join(QStringLiteral(", ")), w.sql, orderBy)
            .arg(limit)
            .arg(offset));
    for (const QVariant &value : w.values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(tr("The outbox cannot be read: %1").arg(query.lastError().text()));
    }
    QList<OutboxRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        OutboxRow row;
        int c = 0;
        row.id = query.value(c++).toLongLong();
        row.key = query.value(c++).toString();
        row.invoiceNumber = query.value(c++).toString();
        row.invoiceKind = query.value(c++).toString();
        row.issueDate = QDate::fromString(query.value(c++).toString(), Qt::ISODate);
        row.buyerNip = query.value(c++).toString();
        row.buyerName = query.value(c++).toString();
        row.gross = query.value(c++).toString();
        row.currency = query.value(c++).toString();
        row.ksefNumber = query.value(c++).toString();
        row.state = invoiceStateFromKey(query.value(c++).toString()).value_or(InvoiceState::Queued);
        row.stateSince = fromMs(query.value(c++));
        row.updatedAt = fromMs(query.value(c++));
        row.nextAttemptAt = fromMs(query.value(c++));
        row.attempts = query.value(c++).toInt();
        row.errorCode = query.value(c++).toInt();
        row.errorMessage = query.value(c++).toString();
        row.errorTrace = query.value(c++).toString();
        row.hasUpo = query.value(c++).toBool();
        row.offlineMode = offlineModeFromKey(query.value(c++).toString());
        row.offlineDueAt = fromMs(query.value(c++));
        row.invoicingMode = query.value(c++).toString();
        row.retryWaiting = query.value(c++).toBool();
        row.stuck = query.value(c++).toBool();
        row.missingUpo = query.value(c++).toBool();
        rows.append(row);
    }
    return rows;
}

std::expected<QList<qint64>, QString> OutboxQuery::ids() const
{
    const Where w = where(m_filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The list index holds every column a filter or an order needs: reading it never touches the table's
    // rows, which carry the XML and the UPO (SQLite would otherwise pick the state index for ORDER BY state
    // and read every row it finds).
    query.prepare(QStringLiteral("SELECT id FROM %3%1 ORDER BY %2").arg(w.sql, m_orderBy, listTable(m_db)));
    for (const QVariant &value : w.values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(tr("The outbox cannot be read: %1").arg(query.lastError().text()));
    }
    QList<qint64> result;
    while (query.next()) {
        result.append(query.value(0).toLongLong());
    }
    return result;
}

std::expected<QList<OutboxRow>, QString> OutboxQuery::rows(const QList<qint64> &ids) const
{
    if (ids.isEmpty()) {
        return QList<OutboxRow>();
    }
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids) {
        list << QString::number(id);
    }
    auto found = fetch(Where{QStringLiteral(" WHERE id IN (%1)").arg(list.join(u',')), {}},
                       QStringLiteral("id"), 0, static_cast<int>(ids.size()));
    if (!found) {
        return std::unexpected(found.error());
    }
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < found->size(); ++i) {
        position.insert((*found)[i].id, i);
    }
    QList<OutboxRow> ordered;
    ordered.reserve(ids.size());
    for (const qint64 id : ids) {
        if (const auto it = position.constFind(id); it != position.constEnd()) {
            ordered.append((*found)[*it]);
        }
    }
    return ordered;
}

std::expected<std::optional<OutboxRow>, QString> OutboxQuery::row(qint64 id) const
{
    auto rows = fetch(Where{QStringLiteral(" WHERE id = ?"), {id}}, QStringLiteral("id"), 0, 1);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    return rows->isEmpty() ? std::optional<OutboxRow>() : std::optional<OutboxRow>(rows->first());
}

} // namespace Kurier
