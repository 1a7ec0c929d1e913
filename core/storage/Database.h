#pragma once

#include "storage/DatabaseLocation.h"
#include "storage/Migration.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <expected>
#include <memory>

namespace Kurier {

// One connection to a company's database, for the thread that opened it (open another Database in another
// thread): a SQLite file, or an office's PostgreSQL server when the location is a server address
// (storage/DatabaseLocation.h). Opening a file applies WAL, synchronous=FULL and foreign keys; opening a
// server sets a lock timeout. Then the schema is brought to the newest version with all pending migrations in
// one transaction — rolled back whole if any statement fails (PostgreSQL's schema changes are transactional
// too). A database from a newer Kurier is refused untouched, and a file that is not a SQLite database is
// reported, never overwritten.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Error
    {
        enum class Code
        {
            CannotOpen,      // the file cannot be opened or created (permissions, missing folder)
            Locked,          // another program holds the file exclusively (past the busy timeout)
            NotADatabase,    // the file exists but is not a SQLite database, or is damaged
            NewerVersion,    // written by a newer Kurier
            MigrationFailed, // a schema change failed; nothing was changed
            SettingsFailed,  // WAL/synchronous/foreign keys could not be applied
            // An office server (PostgreSQL):
            Unreachable,  // no server answers at the address (wrong host or port, server down, firewall)
            AccessDenied, // the user name or password was not accepted
            TlsRefused,   // the server does not offer the TLS the settings require (or its certificate fails)
            NoDriver,     // Qt's PostgreSQL driver (libqt6sql6-psql) is not installed
            BadAddress,   // the server address is not a well-formed postgresql:// address
        };
        Code code = Code::CannotOpen;
        QString path;
        int foundVersion = 0;
        int supportedVersion = 0;
        QString detail;
        QString message() const;
    };

    // `password`: for a server only (the keychain's); libpq's PGPASSWORD and ~/.pgpass apply when empty.
    static std::expected<std::unique_ptr<Database>, Error> open(const QString &location,
                                                                const QString &password = QString());
    static std::expected<std::unique_ptr<Database>, Error>
    open(const QString &location, const QList<Migration> &migrations, const QString &password = QString());
    // Call on the thread that starts workers which open databases, before it starts them. Qt 6.4 sets up its
    // SQL drivers on first use without a lock: two threads opening their first database at once register
    // its clean-up twice, and the program then never ends (its clean-up at exit registers itself again, for
    // ever — seen as a kurier-cli that hung after it had printed everything). Once set up here, it is not.
    static void prepareForThreads();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // The location it was opened with (a file path or a server address).
    const QString &path() const { return m_path; }
    SqlEngine engine() const { return m_engine; }
    int schemaVersion() const;
    static int latestVersion(const QList<Migration> &migrations);

private:
    Database(QString path, QString connectionName, SqlEngine engine);
    std::optional<Error> openFile();                       // SQLite (Database.cpp)
    std::optional<Error> connect(const QString &password); // an office server (DatabaseServer.cpp)
    std::optional<Error> configure();
    std::optional<Error> migrate(const QList<Migration> &migrations);
    Error error(Error::Code code, const QString &detail) const;

    QString m_path;
    QString m_connectionName;
    SqlEngine m_engine = SqlEngine::Sqlite;
};

} // namespace Kurier
