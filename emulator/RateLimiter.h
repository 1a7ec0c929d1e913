#pragma once

#include "ratelimit/RateLimitTable.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <deque>
#include <optional>

namespace Kurier::Emulator {

using Kurier::WindowLimits;

// KSeF's rate limiting (PROTOCOL.md §14): sliding windows of 1 s, 60 s and 3600 s per endpoint group and per
// (context, client IP) — per IP alone for public endpoints. A 429 carries Retry-After: the seconds until the
// oldest request leaves the exceeded window, doubled for every further violation within the hour (the
// escalation KSeF describes as "the block grows with repeated violations").
class RateLimiter
{
public:
    enum class Profile
    {
        Production,
        Off,
        Custom,
    };

    static QMap<QString, WindowLimits> productionTable();
    static QStringList groups(); // the keys of GET /rate-limits, plus "public"

    void setProfile(Profile profile);
    // {group: {perSecond, perMinute, perHour}}; `complete` requires every group (as KSeF's test-data endpoint
    // does).
    bool loadJson(const QJsonObject &rateLimits, bool complete = false);
    QJsonObject toJson() const; // GET /rate-limits body
    Profile profile() const { return m_profile; }
    WindowLimits limits(const QString &group) const;

    // Records the request when allowed; otherwise returns the Retry-After in seconds.
    std::optional<int> acquire(const QString &group, const QString &key, QDateTime now);

private:
    struct Bucket
    {
        std::deque<qint64> times; // ms since epoch, oldest first, at most one hour back
        int violations = 0;
        qint64 lastViolation = 0;
    };

    Profile m_profile = Profile::Production;
    QMap<QString, WindowLimits> m_table = productionTable();
    QHash<QString, Bucket> m_buckets;
};

} // namespace Kurier::Emulator
