#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Kurier {

// The SQL that differs between the two engines Kurier stores a company in: the embedded SQLite file (one
// person, one machine) and an office's PostgreSQL server (many desktops and kurier-cli processes). Everything
// else the stores write is the SQL both engines accept; what is not lives here, once.
enum class SqlEngine
{
    Sqlite,
    Postgres,
};

// Which writers a write transaction excludes. SQLite has one write lock per file, so both are the same there;
// on PostgreSQL each is a transaction-level advisory lock, so a permit of the rate limiter never waits behind
// a large outbox transaction while two outbox writers still never interleave.
enum class WriteLock
{
    CompanyData, // the outbox, audit chain, alerts, numbering, reconciliation, purchase invoices, drafts
    RateLimit,   // the shared sliding windows of KSeF's limits
    Schema,      // a migration: one process at a time brings the schema up to date
};

namespace SqlDialect {

// PostgreSQL: the channel a committed change of company data is announced on (LISTEN/NOTIFY).
inline constexpr char kChangesChannel[] = "kurier_changes";

SqlEngine engineOf(const QSqlDatabase &db);

// The statements that open a top-level write transaction holding `lock` (the first statement of the
// transaction takes it, so every read after it sees what the previous holder committed).
QStringList beginWrite(SqlEngine engine, WriteLock lock);

// One statement of a migration (resources/sql, written for SQLite) as this engine runs it: on PostgreSQL
// INTEGER is BIGINT (times are ms since the epoch), an INTEGER PRIMARY KEY an identity column, BLOB is BYTEA,
// WITHOUT ROWID and SQLite's covering list index are left out, and SQLite's strftime('now') is
// to_char(now()).
QString schemaStatement(SqlEngine engine, const QString &statement);

// The larger of two values: SQLite's scalar max(), PostgreSQL's GREATEST().
QString greatest(SqlEngine engine);

// The case-insensitive LIKE (SQLite's LIKE is, PostgreSQL's is not).
QString caseInsensitiveLike(SqlEngine engine);

// "FROM table INDEXED BY index" on SQLite (its planner needs the hint for the list's covering index), the
// plain table elsewhere.
QString tableWithIndex(SqlEngine engine, const QString &table, const QString &index);

// Sets an identity column's next value past the largest id, after rows were copied in with their own ids.
QString resetIdentity(SqlEngine engine, const QString &table, const QString &column);

// PostgreSQL: the rights of the office's two roles (backup/OfficeServer.h) on every table, for the roles
// that exist (granting is repeated after each migration, so a new table is covered too).
QStringList officeGrants();

} // namespace SqlDialect
} // namespace Kurier
