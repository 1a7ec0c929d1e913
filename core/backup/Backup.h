#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <expected>
#include <optional>

namespace Kurier {

class Clock;
class Database;

// Backups of a company's database, and restoring one.
//
// A backup is a consistent copy made while the database is in use (SQLite's VACUUM INTO: one read
// transaction, every page, no WAL beside it), written under a temporary name and renamed when complete, then
// checked like a restore would check it. Restoring checks the backup first (a SQLite file, intact, not from a
// newer Kurier, the audit log's hash chain unbroken) and changes nothing when it is not; otherwise the
// current database is kept beside it (`….before-restore-<time>.sqlite`) and the backup takes its place.
// Invoices sent after the backup was made are still in KSeF: the next reconciliation adopts them with their
// UPOs.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    struct Info
    {
        QString path;
        int schemaVersion = 0;
        qint64 invoices = 0;     // rows in the outbox
        qint64 auditEntries = 0; // entries of the audit log, chain verified
        QDateTime lastActivity;  // the newest audit entry
    };

    // Writes a backup of the open `database` to `target` (refused if it exists). → what it holds
    static std::expected<Info, QString> write(const Database &database, const QString &target);
    // Opens a backup read-only and checks it. → what it holds
    static std::expected<Info, QString> inspect(const QString &file);
    // Replaces the database file at `databasePath` (no program may have it open) with the checked backup. →
    // the path the previous database was kept at (empty when there was none)
    static std::expected<QString, QString> restore(const QString &backupFile, const QString &databasePath,
                                                   const Clock &clock);
    // The automatic backup: one a day into `directory` (`<stem>-YYYYMMDD-HHMMSS.sqlite`), keeping the newest
    // `keep`. → the file written, or nothing when the newest is less than a day old.
    static std::expected<std::optional<QString>, QString>
    daily(const Database &database, const QString &directory, int keep, const Clock &clock);
};

} // namespace Kurier
