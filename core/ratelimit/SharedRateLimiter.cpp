#include "ratelimit/SharedRateLimiter.h"

#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

namespace {
struct Window
{
    qint64 spanMs;
    int WindowLimits::*limit;
};
constexpr Window kWindows[] = {{1000, &WindowLimits::perSecond},
                               {60'000, &WindowLimits::perMinute},
                               {3'600'000, &WindowLimits::perHour}};

} // namespace

SharedRateLimiter::SharedRateLimiter(QSqlDatabase connection, QString environment, QString contextNip,
                                     const Clock &clock)
    : m_db(std::move(connection))
    , m_environment(std::move(environment))
    , m_contextNip(std::move(contextNip))
    , m_clock(clock)
{}

QString SharedRateLimiter::laneFor(const QString &group) const
{
    // Public endpoints are limited per client address, whatever the context.
    return m_environment + u'|' + (group == u"public" ? QStringLiteral("*") : m_contextNip);
}

QString SharedRateLimiter::error(const QString &what, const QString &detail) const
{
    return tr("The rate-limit budget in %1 could not be %2: %3").arg(m_db.databaseName(), what, detail);
}

WindowLimits SharedRateLimiter::limits(const QString &group) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT per_second, per_minute, per_hour FROM rate_limits WHERE lane = ? AND grp = ?"));
    query.addBindValue(laneFor(group));
    query.addBindValue(group);
    if (query.exec() && query.next()) {
        return WindowLimits{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
    }
    const auto table = RateLimitTable::production();
    return table.value(group, table.value(QStringLiteral("other")));
}

std::expected<void, QString> SharedRateLimiter::setLimits(const QMap<QString, WindowLimits> &limits)
{
    Transaction transaction(m_db, WriteLock::RateLimit);
    if (!transaction.isOpen()) {
        return std::unexpected(error(tr("updated"), m_db.lastError().text()));
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO rate_limits (lane, grp, per_second, per_minute, per_hour) VALUES (?, ?, ?, ?, "
        "?) ON CONFLICT (lane, grp) DO UPDATE SET per_second = excluded.per_second, per_minute = "
        "excluded.per_minute, per_hour = excluded.per_hour"));
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        query.addBindValue(laneFor(it.key()));
        query.addBindValue(it.key());
        query.addBindValue(it->perSecond);
        query.addBindValue(it->perMinute);
        query.addBindValue(it->perHour);
        if (!query.exec()) {
            return std::unexpected(error(tr("updated"), query.lastError().text()));
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(error(tr("updated"), m_db.lastError().text()));
    }
    return {};
}

std::expected<qint64, QString> SharedRateLimiter::tryAcquire(const QString &group)
{
    if (group.isEmpty()) {
        return 0; // not limited by KSeF (presigned storage)
    }
    Transaction transaction(m_db, WriteLock::RateLimit);
    if (!transaction.isOpen()) {
        return std::unexpected(error(tr("read"), m_db.lastError().text()));
    }
    const QString lane = laneFor(group);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery query(m_db);

    query.prepare(QStringLiteral("SELECT until_ms FROM rate_blocks WHERE lane = ? AND grp = ?"));
    query.addBindValue(lane);
    query.addBindValue(group);
    if (!query.exec()) {
        return std::unexpected(error(tr("read"), query.lastError().text()));
    }
    if (query.next() && query.value(0).toLongLong() > now) {
        return query.value(0).toLongLong() - now;
    }

    const WindowLimits limit = limits(group);
    qint64 waitMs = 0;
    query.prepare(QStringLiteral("SELECT at_ms FROM rate_events WHERE lane = ? AND grp = ? AND at_ms > ? "
                                 "ORDER BY at_ms DESC LIMIT 1 OFFSET ?"));
    for (const Window &window : kWindows) {
        const int max = limit.*(window.limit);
        if (max <= 0) {
            continue;
        }
        const qint64 span = window.spanMs + m_marginMs;
        // The max-th newest permit inside the window: while it is there, the window is full.
        query.addBindValue(lane);
        query.addBindValue(group);
        query.addBindValue(now - span);
        query.addBindValue(max - 1);
        if (!query.exec()) {
            return std::unexpected(error(tr("read"), query.lastError().text()));
        }
        if (query.next()) {
            waitMs = std::max(waitMs, query.value(0).toLongLong() + span - now + 1);
        }
    }
    if (waitMs > 0) {
        return waitMs;
    }
    query.prepare(QStringLiteral("DELETE FROM rate_events WHERE lane = ? AND grp = ? AND at_ms <= ?"));
    query.addBindValue(lane);
    query.addBindValue(group);
    query.addBindValue(now - kWindows[2].spanMs - m_marginMs);
    const bool pruned = query.exec();
    query.prepare(QStringLiteral("INSERT INTO rate_events (lane, grp, at_ms) VALUES (?, ?, ?)"));
    query.addBindValue(lane);
    query.addBindValue(group);
    query.addBindValue(now);
    if (!pruned || !query.exec() || !transaction.commit()) {
        return std::unexpected(error(tr("updated"), query.lastError().text()));
    }
    return 0;
}

std::expected<void, QString> SharedRateLimiter::block(const QString &group,
                                                      std::chrono::milliseconds duration)
{
    const qint64 until = m_clock.now().toMSecsSinceEpoch() + duration.count();
    Transaction transaction(m_db, WriteLock::RateLimit);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "INSERT INTO rate_blocks (lane, grp, until_ms) VALUES (?, ?, ?) "
            "ON CONFLICT (lane, grp) DO UPDATE SET until_ms = %1(rate_blocks.until_ms, excluded.until_ms)")
            .arg(SqlDialect::greatest(SqlDialect::engineOf(m_db))));
    query.addBindValue(laneFor(group));
    query.addBindValue(group);
    query.addBindValue(until);
    if (!transaction.isOpen() || !query.exec() || !transaction.commit()) {
        return std::unexpected(error(tr("updated"), query.lastError().text()));
    }
    return {};
}

SharedRateLimiter::Budget SharedRateLimiter::budget(const QString &group) const
{
    Budget budget;
    budget.limits = limits(group);
    const QString lane = laneFor(group);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM rate_events WHERE lane = ? AND grp = ? AND at_ms > ?"));
    for (const Window &window : kWindows) {
        const int max = budget.limits.*(window.limit);
        query.addBindValue(lane);
        query.addBindValue(group);
        query.addBindValue(now - window.spanMs - m_marginMs);
        const int used = query.exec() && query.next() ? query.value(0).toInt() : 0;
        budget.remaining.*(window.limit) = max > 0 ? std::max(0, max - used) : 0;
    }
    query.prepare(QStringLiteral("SELECT until_ms FROM rate_blocks WHERE lane = ? AND grp = ?"));
    query.addBindValue(lane);
    query.addBindValue(group);
    if (query.exec() && query.next()) {
        budget.blockedForMs = std::max<qint64>(0, query.value(0).toLongLong() - now);
    }
    return budget;
}

} // namespace Kurier
