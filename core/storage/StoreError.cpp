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

// PostgreSQL's SQLSTATE (five characters, a class of two and a condition of three).
StoreError::Code codeOfSqlState(const QString &state)
{
    const QStringView klass = QStringView(state).left(2);
    if (klass == u"23") {
        return StoreError::Code::Constraint;
    }
    if (state == u"40001" || state == u"40P01" || state == u"55P03" || state == u"57014") {
        return StoreError::Code::Conflict; // serialisation, deadlock, lock timeout, statement timeout
    }
    if (state == u"42501") {
        return StoreError::Code::Forbidden;
    }
    if (klass == u"53") {
        return StoreError::Code::Full;
    }
    return StoreError::Code::Io;
}

StoreError::Code codeOf(const QSqlError &error)
{
    if (error.nativeErrorCode().size() == 5) {
        return codeOfSqlState(error.nativeErrorCode()); // SQLite's codes have at most four digits
    }
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
