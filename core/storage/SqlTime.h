#pragma once

#include <QDateTime>
#include <QVariant>

namespace Kurier::SqlTime {

// Times in the database are ms since the epoch (UTC); NULL for none.
inline QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime fromDb(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace Kurier::SqlTime
