#include "storage/Database.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStorage, "kurier.storage")

namespace Kurier {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kurier-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString Database::Error::message() const
{
    switch (code) {
    case Code::CannotOpen:
        return tr("Cannot open the database %1: %2").arg(path, detail);
    case Code::NotADatabase:
        return tr("The file %1 is not a Kurier database or it is damaged (%2). It was left untouched; "
                  "restore it "
                  "from a backup or choose another file.")
            .arg(path, detail);
    case Code::NewerVersion:
        return tr("The database %1 was written by a newer version of Kurier (schema %2; this version "
                  "supports up to "
                  "%3). Install the newer Kurier; the database was left untouched.")
            .arg(path)
            .arg(foundVersion)
            .arg(supportedVersion);
    case Code::MigrationFailed:
        return tr("Updating the database %1 to schema %2 failed: %3. Nothing was changed.")
            .arg(path)
            .arg(supportedVersion)
            .arg(detail);
    case Code::SettingsFailed:
        return tr("The database %1 could not be configured safely: %2").arg(path, detail);
    }
    return {};
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Database::Error Database::error(Error::Code code, const QString &detail) const
{
    Error e;
    e.code = code;
    e.path = m_path;
    e.detail = detail;
    return e;
}

int Database::latestVersion(const QList<Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

std::expected<std::unique_ptr<Database>, Database::Error> Database::open(const QString &path)
{
    return open(path, Migration::bundled());
}

std::expected<std::unique_ptr<Database>, Database::Error> Database::open(const QString &path,
                                                                         const QList<Migration> &migrations)
{
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    // The file is never opened here other than through SQLite: closing any other descriptor of a database
    // file drops every POSIX lock this process holds on it (fcntl semantics), so another process could then
    // take a connection of ours for gone and delete the WAL under it. SQLite itself refuses a file that is
    // not a database (SQLITE_NOTADB) on the first read below, before anything is written.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return std::unexpected(database->error(Error::Code::CannotOpen, db.lastError().text()));
    }
    // Reading the version also makes SQLite parse the file: a damaged one fails here, before any write.
    const int version = database->schemaVersion();
    if (version < 0) {
        QSqlQuery probe(db);
        probe.exec(QStringLiteral("PRAGMA user_version"));
        return std::unexpected(database->error(Error::Code::NotADatabase, probe.lastError().databaseText()));
    }
    const int latest = latestVersion(migrations);
    if (version > latest) {
        Error e = database->error(Error::Code::NewerVersion, QString());
        e.foundVersion = version;
        e.supportedVersion = latest;
        return std::unexpected(e);
    }
    if (auto failure = database->configure()) {
        return std::unexpected(*failure);
    }
    if (auto failure = database->migrate(migrations)) {
        return std::unexpected(*failure);
    }
    return database;
}

std::optional<Database::Error> Database::configure()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        const QString detail =
            query.lastError().isValid() ? query.lastError().text() : tr("WAL journal mode is not available");
        const bool damaged =
            query.lastError().nativeErrorCode() == u"26" || query.lastError().nativeErrorCode() == u"11";
        return error(damaged ? Error::Code::NotADatabase : Error::Code::SettingsFailed, detail);
    }
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (!query.exec(pragma)) {
            return error(Error::Code::SettingsFailed, query.lastError().text());
        }
    }
    return std::nullopt;
}

std::optional<Database::Error> Database::migrate(const QList<Migration> &migrations)
{
    const int from = schemaVersion();
    const int latest = latestVersion(migrations);
    if (from >= latest) {
        return std::nullopt;
    }
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    const auto fail = [&](const QString &detail) {
        query.exec(QStringLiteral("ROLLBACK"));
        Error e = error(Error::Code::MigrationFailed, detail);
        e.foundVersion = from;
        e.supportedVersion = latest;
        qCWarning(lcStorage) << "migration failed, rolled back:" << detail;
        return e;
    };
    // IMMEDIATE: take the write lock now, so two processes starting at once migrate one after the other.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(query.lastError().text());
    }
    if (schemaVersion() != from) {
        query.exec(QStringLiteral("ROLLBACK"));
        return migrate(migrations); // another process migrated meanwhile
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= from) {
            continue;
        }
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                return fail(QStringLiteral("%1 (%2): %3")
                                .arg(migration.version)
                                .arg(migration.name, query.lastError().text()));
            }
        }
        qCInfo(lcStorage) << "applied migration" << migration.version << migration.name;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(latest)) ||
        !query.exec(QStringLiteral("COMMIT"))) {
        return fail(query.lastError().text());
    }
    return std::nullopt;
}

} // namespace Kurier
