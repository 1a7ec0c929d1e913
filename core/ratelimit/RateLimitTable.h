#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Kurier {

// Requests allowed in the sliding windows of 1 s, 60 s and 3600 s; 0 = that window has no limit.
struct WindowLimits
{
    int perSecond = 0;
    int perMinute = 0;
    int perHour = 0;
    bool operator==(const WindowLimits &) const = default;
};

// KSeF's endpoint groups and their limits (PROTOCOL.md §14). The group names are the keys of
// GET /rate-limits, plus "public" for the per-IP budget of the unauthenticated endpoints.
namespace RateLimitTable {

QMap<QString, WindowLimits> production();

// The group a request belongs to: `path` is relative to the API root (no /v2), without the query. Empty for
// what KSeF does not limit (presigned storage URLs are not API paths and never reach this).
QString groupFor(QByteArrayView method, QStringView path);

// The body of GET /rate-limits as a table (the "public" group keeps its production value); nothing when the
// body does not have the expected shape.
std::optional<QMap<QString, WindowLimits>> fromJson(const QJsonObject &rateLimits);

} // namespace RateLimitTable
} // namespace Kurier
