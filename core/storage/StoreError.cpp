#include "storage/StoreError.h"

#include <QSqlError>

namespace Kurier {

namespace {
// SQLite's primary result codes (the low byte of the extended code the driver reports).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteConstraint = 19;

StoreError::Code codeOf(const QSqlError &error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    if (!ok) {
        return StoreError::Code::Io; // no SQLite code: the connection itself failed
    }
    switch (native & 0xff) {
    case kSqliteBusy:
    case kSqliteLocked:
        return StoreError::Code::Conflict;
    case kSqliteFull:
        return StoreError::Code::Full;
    case kSqliteConstraint:
        return StoreError::Code::Constraint;
    case kSqliteIoErr:
    case kSqliteCorrupt:
    default:
        return StoreError::Code::Io;
    }
}
} // namespace

StoreError StoreError::fromSql(const QSqlError &error, const QString &what)
{
    return {codeOf(error), what, error.text()};
}

StoreError StoreError::io(const QString &what, const QString &detail)
{
    return {Code::Io, what, detail};
}

} // namespace Kurier
