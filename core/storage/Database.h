#pragma once

#include "storage/Migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <expected>
#include <memory>

namespace Kurier {

// One SQLite connection to Kurier's database, for the thread that opened it (open another Database in another
// thread). Opening applies WAL, synchronous=FULL and foreign keys, then brings the schema to the newest
// version with all pending migrations in one transaction — rolled back whole if any statement fails. A
// database from a newer Kurier is refused untouched, and a file that is not a SQLite database is reported,
// never overwritten.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Error
    {
        enum class Code
        {
            CannotOpen,      // the file cannot be opened or created (permissions, missing folder, locked)
            NotADatabase,    // the file exists but is not a SQLite database, or is damaged
            NewerVersion,    // written by a newer Kurier
            MigrationFailed, // a schema change failed; nothing was changed
            SettingsFailed,  // WAL/synchronous/foreign keys could not be applied
        };
        Code code = Code::CannotOpen;
        QString path;
        int foundVersion = 0;
        int supportedVersion = 0;
        QString detail;
        QString message() const;
    };

    static std::expected<std::unique_ptr<Database>, Error> open(const QString &path);
    static std::expected<std::unique_ptr<Database>, Error> open(const QString &path,
                                                                const QList<Migration> &migrations);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    static int latestVersion(const QList<Migration> &migrations);

private:
    Database(QString path, QString connectionName);
    std::optional<Error> configure();
    std::optional<Error> migrate(const QList<Migration> &migrations);
    Error error(Error::Code code, const QString &detail) const;

    QString m_path;
    QString m_connectionName;
};

} // namespace Kurier
