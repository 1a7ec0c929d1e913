#include "RateLimiter.h"

#include <QJsonObject>

namespace Kurier::Emulator {

QMap<QString, WindowLimits> RateLimiter::productionTable()
{
    return RateLimitTable::production();
}

QStringList RateLimiter::groups()
{
    return productionTable().keys();
}

void RateLimiter::setProfile(Profile profile)
{
    m_profile = profile;
    if (profile == Profile::Production) {
        m_table = productionTable();
    }
    m_buckets.clear();
}

bool RateLimiter::loadJson(const QJsonObject &rateLimits, bool complete)
{
    // The groups of SetRateLimitsRequest (open-api 2.7.0) are required; the close groups of API 2.8 are not
    // in that schema yet, so they may be given or left at their defaults.
    static const QStringList optional{QStringLiteral("public"), QStringLiteral("onlineSessionClose"),
                                      QStringLiteral("batchSessionClose")};
    if (complete) {
        const QStringList groups = productionTable().keys();
        for (const QString &group : groups) {
            if (!optional.contains(group) && !rateLimits.contains(group)) {
                return false;
            }
        }
    }
    QMap<QString, WindowLimits> table = productionTable();
    for (auto it = rateLimits.begin(); it != rateLimits.end(); ++it) {
        if (!table.contains(it.key()) || !it.value().isObject()) {
            return false;
        }
        const QJsonObject limits = it.value().toObject();
        table[it.key()] = WindowLimits{limits.value(QStringLiteral("perSecond")).toInt(),
                                       limits.value(QStringLiteral("perMinute")).toInt(),
                                       limits.value(QStringLiteral("perHour")).toInt()};
    }
    m_table = table;
    m_profile = Profile::Custom;
    m_buckets.clear();
    return true;
}

QJsonObject RateLimiter::toJson() const
{
    QJsonObject result;
    for (auto it = m_table.begin(); it != m_table.end(); ++it) {
        if (it.key() == u"public") {
            continue;
        }
        result.insert(it.key(), QJsonObject{{QStringLiteral("perSecond"), it->perSecond},
                                            {QStringLiteral("perMinute"), it->perMinute},
                                            {QStringLiteral("perHour"), it->perHour}});
    }
    return result;
}

WindowLimits RateLimiter::limits(const QString &group) const
{
    return m_table.value(group, m_table.value(QStringLiteral("other")));
}

std::optional<int> RateLimiter::acquire(const QString &group, const QString &key, QDateTime now)
{
    if (m_profile == Profile::Off || group.isEmpty()) {
        return std::nullopt;
    }
    const WindowLimits limit = limits(group);
    Bucket &bucket = m_buckets[group + u'|' + key];
    const qint64 t = now.toMSecsSinceEpoch();
    while (!bucket.times.empty() && bucket.times.front() <= t - 3'600'000) {
        bucket.times.pop_front();
    }
    // Count the requests inside each window and find when the oldest of them leaves it.
    qint64 waitMs = 0;
    const struct
    {
        qint64 span;
        int max;
    } windows[] = {{1000, limit.perSecond}, {60'000, limit.perMinute}, {3'600'000, limit.perHour}};
    for (const auto &window : windows) {
        if (window.max <= 0) {
            continue;
        }
        const auto first = std::lower_bound(bucket.times.begin(), bucket.times.end(), t - window.span + 1);
        const auto inWindow = std::distance(first, bucket.times.end());
        if (inWindow >= window.max) {
            // The request that must leave before another is allowed is the max-th newest.
            const qint64 leavingAt = *(bucket.times.end() - window.max) + window.span;
            waitMs = std::max(waitMs, leavingAt - t);
        }
    }
    if (waitMs <= 0) {
        bucket.times.push_back(t);
        if (t - bucket.lastViolation > 3'600'000) {
            bucket.violations = 0;
        }
        return std::nullopt;
    }
    bucket.violations = t - bucket.lastViolation > 3'600'000 ? 1 : bucket.violations + 1;
    bucket.lastViolation = t;
    const qint64 base = (waitMs + 999) / 1000;
    const int escalation = std::min(bucket.violations - 1, 6);
    return static_cast<int>(std::min<qint64>(base << escalation, 3600));
}

} // namespace Kurier::Emulator
