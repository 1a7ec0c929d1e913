#include "storage/Database.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

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
    // A server is named without its password; a file by its path.
    const auto server = ServerAddress::parse(path);
    const QString where = server ? server->displayName() : path;
    switch (code) {
    case Code::CannotOpen:
        return tr("Cannot open the database %1: %2").arg(where, detail);
    case Code::Locked:
        return tr("The database %1 is in use by another program that does not let go of it (%2). Close that "
                  "program, or try again later; nothing was changed.")
            .arg(where, detail);
    case Code::NotADatabase:
        return tr("The file %1 is not a Kurier database or it is damaged (%2). It was left untouched; "
                  "restore it "
                  "from a backup or choose another file.")
            .arg(where, detail);
    case Code::NewerVersion:
        return tr("The database %1 was written by a newer version of Kurier (schema %2; this version "
                  "supports up to "
                  "%3). Install the newer Kurier; the database was left untouched.")
            .arg(where)
            .arg(foundVersion)
            .arg(supportedVersion);
    case Code::MigrationFailed:
        return tr("Updating the database %1 to schema %2 failed: %3. Nothing was changed.")
            .arg(where)
            .arg(supportedVersion)
            .arg(detail);
    case Code::SettingsFailed:
        return tr("The database %1 could not be configured safely: %2").arg(where, detail);
    case Code::Unreachable:
        return tr("The office server %1 does not answer (%2). Check the host and port in Settings → Office "
                  "server, and that the server is running.")
            .arg(where, detail);
    case Code::AccessDenied:
        return tr("The office server %1 did not accept the user name or password (%2). Check them in "
                  "Settings → Office server.")
            .arg(where, detail);
    case Code::TlsRefused:
        return tr("The office server %1 refused the encrypted (TLS) connection the settings require (%2). "
                  "Enable TLS on the server or change the TLS mode in Settings → Office server.")
            .arg(where, detail);
    case Code::NoDriver:
        return tr("Kurier cannot reach an office server here: Qt's PostgreSQL driver is not installed "
                  "(Debian package libqt6sql6-psql).");
    case Code::BadAddress:
        return tr("%1 is not a valid office server address (postgresql://USER@HOST:PORT/DATABASE, without a "
                  "password).")
            .arg(path);
    }
    return {};
}

Database::Database(QString path, QString connectionName, SqlEngine engine)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_engine(engine)
{}

void Database::prepareForThreads()
{
    (void)QSqlDatabase::drivers(); // sets the drivers up (and their clean-up at exit) on this thread, once
}

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
    if (m_engine == SqlEngine::Postgres) {
        // The version lives in its own one-row table; a database without it is empty (version 0).
        if (!query.exec(QStringLiteral("SELECT to_regclass('kurier_schema') IS NOT NULL")) || !query.next()) {
            return -1;
        }
        if (!query.value(0).toBool()) {
            return 0;
        }
        if (!query.exec(QStringLiteral("SELECT version FROM kurier_schema")) || !query.next()) {
            return query.lastError().isValid() ? -1 : 0;
        }
        return query.value(0).toInt();
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

std::expected<std::unique_ptr<Database>, Database::Error> Database::open(const QString &location,
                                                                         const QString &password)
{
    return open(location, Migration::bundled(), password);
}

std::expected<std::unique_ptr<Database>, Database::Error>
Database::open(const QString &location, const QList<Migration> &migrations, const QString &password)
{
    const SqlEngine engine = ServerAddress::isServer(location) ? SqlEngine::Postgres : SqlEngine::Sqlite;
    std::unique_ptr<Database> database(new Database(location, nextConnectionName(), engine));
    if (auto failure = engine == SqlEngine::Postgres ? database->connect(password) : database->openFile()) {
        return std::unexpected(*failure);
    }
    // Reading the version also makes SQLite parse the file: a damaged one fails here, before any write. A
    // server answers, but its schema may not be readable: usually a user without a role of the office yet.
    const int version = database->schemaVersion();
    if (version < 0) {
        QSqlQuery probe(database->connection());
        probe.exec(engine == SqlEngine::Postgres ? QStringLiteral("SELECT version FROM kurier_schema")
                                                 : QStringLiteral("PRAGMA user_version"));
        // SQLITE_BUSY (5) or SQLITE_LOCKED (6): held by another program, not damaged.
        const QString native = probe.lastError().nativeErrorCode();
        const bool locked = engine == SqlEngine::Sqlite && (native == u"5" || native == u"6");
        return std::unexpected(database->error(engine == SqlEngine::Postgres ? Error::Code::CannotOpen
                                               : locked                      ? Error::Code::Locked
                                                                             : Error::Code::NotADatabase,
                                               probe.lastError().databaseText()));
    }
    const int latest = latestVersion(migrations);
    if (version > latest) {
        Error e = database->error(Error::Code::NewerVersion, QString());
        e.foundVersion = version;
        e.supportedVersion = latest;
        return std::unexpected(e);
    }
    if (auto failure = engine == SqlEngine::Sqlite ? database->configure() : std::nullopt) {
        return std::unexpected(*failure);
    }
    if (auto failure = database->migrate(migrations)) {
        return std::unexpected(*failure);
    }
    return database;
}

std::optional<Database::Error> Database::openFile()
{
    // The file is never opened here other than through SQLite: closing any other descriptor of a database
    // file drops every POSIX lock this process holds on it (fcntl semantics), so another process could then
    // take a connection of ours for gone and delete the WAL under it. SQLite itself refuses a file that is
    // not a database (SQLITE_NOTADB) on the first read, before anything is written.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return error(Error::Code::CannotOpen, db.lastError().text());
    }
    return std::nullopt;
}

std::optional<Database::Error> Database::configure()
{
    QSqlQuery query(connection());
    // Switching a new file to WAL needs it to itself for a moment, and SQLite does not wait for that (no busy
    // handler): two processes opening one new database at once (the desktop and kurier-cli) try again for up
    // to 5 s, as the busy timeout would.
    bool switched = false;
    for (int attempt = 0; attempt < 50 && !switched; ++attempt) {
        switched = query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && query.next();
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (switched || (code != 5 && code != 6)) { // SQLITE_BUSY, SQLITE_LOCKED
            break;
        }
        QThread::msleep(100);
    }
    if (!switched || query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
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
    // Take the schema's write lock now, so two processes starting at once migrate one after the other.
    for (const QString &begin : SqlDialect::beginWrite(m_engine, WriteLock::Schema)) {
        if (!query.exec(begin)) {
            return fail(query.lastError().text());
        }
    }
    if (m_engine == SqlEngine::Postgres &&
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS kurier_schema (version BIGINT NOT NULL)"))) {
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
            if (!query.exec(SqlDialect::schemaStatement(m_engine, statement))) {
                return fail(QStringLiteral("%1 (%2): %3")
                                .arg(migration.version)
                                .arg(migration.name, query.lastError().text()));
            }
        }
        qCInfo(lcStorage) << "applied migration" << migration.version << migration.name;
    }
    const QString setVersion =
        m_engine == SqlEngine::Postgres
            ? QStringLiteral("DELETE FROM kurier_schema; INSERT INTO kurier_schema (version) VALUES (%1)")
            : QStringLiteral("PRAGMA user_version=%1");
    QStringList finish = setVersion.arg(latest).split(QStringLiteral("; "));
    if (m_engine == SqlEngine::Postgres) {
        finish += SqlDialect::officeGrants(); // the office's roles get their rights on the new tables too
    }
    bool versionSet = true;
    for (const QString &statement : std::as_const(finish)) {
        versionSet = versionSet && query.exec(statement);
    }
    if (!versionSet || !query.exec(QStringLiteral("COMMIT"))) {
        return fail(query.lastError().text());
    }
    return std::nullopt;
}

} // namespace Kurier
