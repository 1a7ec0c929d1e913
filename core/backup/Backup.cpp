#include "backup/Backup.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Kurier {
namespace {

// A read-only connection of its own to a backup file, closed when it goes.
class ReadOnly
{
public:
    explicit ReadOnly(const QString &path)
        : m_name(QStringLiteral("kurier-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open) {
            m_error = db.lastError().text();
        }
    }
    ~ReadOnly()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnly(const ReadOnly &) = delete;
    ReadOnly &operator=(const ReadOnly &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

std::optional<QString> scalar(const QSqlDatabase &db, const QString &sql, QVariant *value)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return query.lastError().text().isEmpty() ? QStringLiteral("no result") : query.lastError().text();
    }
    *value = query.value(0);
    return std::nullopt;
}

} // namespace

std::expected<Backup::Info, QString> Backup::inspect(const QString &file)
{
    const auto bad = [&](const QString &why) {
        return std::unexpected(
            tr("%1 is not a usable Kurier backup: %2").arg(QDir::toNativeSeparators(file), why));
    };
    QFile header(file);
    if (!header.open(QIODevice::ReadOnly)) {
        return bad(header.errorString());
    }
    if (header.read(16) != QByteArrayLiteral("SQLite format 3\0")) {
        return bad(tr("it is not a SQLite database."));
    }
    header.close();
    ReadOnly backup(file);
    if (!backup.isOpen()) {
        return bad(backup.error());
    }
    QVariant value;
    if (const auto failed = scalar(backup.db(), QStringLiteral("PRAGMA integrity_check"), &value)) {
        return bad(*failed);
    }
    if (value.toString() != u"ok") {
        return bad(tr("SQLite finds it damaged (%1).").arg(value.toString()));
    }
    Info info;
    info.path = file;
    (void)scalar(backup.db(), QStringLiteral("PRAGMA user_version"), &value);
    info.schemaVersion = value.toInt();
    const int latest = Database::latestVersion(Migration::bundled());
    if (info.schemaVersion > latest) {
        return bad(tr("it was written by a newer Kurier (schema %1, this one knows %2).")
                       .arg(info.schemaVersion)
                       .arg(latest));
    }
    if (const auto failed = scalar(backup.db(), QStringLiteral("SELECT COUNT(*) FROM outbox"), &value)) {
        return bad(tr("it has no outbox (%1).").arg(*failed));
    }
    info.invoices = value.toLongLong();
    const SystemClock clock;
    const AuditLog audit(backup.db(), clock);
    const auto verified = audit.verify();
    if (!verified) {
        return bad(verified.error().text());
    }
    if (!verified->intact) {
        return bad(tr("its audit log was altered: %1").arg(verified->problem));
    }
    info.auditEntries = verified->entries;
    if (!scalar(backup.db(), QStringLiteral("SELECT MAX(at) FROM audit_log"), &value) && !value.isNull()) {
        info.lastActivity = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    }
    return info;
}

std::expected<Backup::Info, QString> Backup::write(const Database &database, const QString &target)
{
    if (database.engine() == SqlEngine::Postgres) {
        return std::unexpected(
            tr("A company on an office server is backed up on the server (pg_dump; README, "
               "\"Team mode\"), not by Kurier."));
    }
    if (QFileInfo::exists(target)) {
        return std::unexpected(
            tr("%1 exists already: choose another name.").arg(QDir::toNativeSeparators(target)));
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return std::unexpected(
            tr("The folder for %1 cannot be created.").arg(QDir::toNativeSeparators(target)));
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery vacuum(database.connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(partial);
    if (!vacuum.exec()) {
        QFile::remove(partial);
        return std::unexpected(tr("The backup could not be written: %1").arg(vacuum.lastError().text()));
    }
    auto info = inspect(partial);
    if (!info) {
        QFile::remove(partial);
        return std::unexpected(info.error());
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return std::unexpected(
            tr("The backup could not be written: %1").arg(QDir::toNativeSeparators(target)));
    }
    info->path = target;
    return info;
}

std::expected<QString, QString> Backup::restore(const QString &backupFile, const QString &databasePath,
                                                const Clock &clock)
{
    const auto info = inspect(backupFile);
    if (!info) {
        return std::unexpected(info.error());
    }
    // The backup is copied next to the database first: a full disk or a failed copy leaves the database as it
    // was.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming)) {
        QFile::remove(incoming);
        return std::unexpected(
            tr("The backup could not be copied next to %1.").arg(QDir::toNativeSeparators(databasePath)));
    }
    QString kept;
    if (QFileInfo::exists(databasePath)) {
        const QFileInfo current(databasePath);
        kept =
            current.absolutePath() + u'/' + current.completeBaseName() + QStringLiteral(".before-restore-") +
            clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'.' + current.suffix();
        if (!QFile::rename(databasePath, kept)) {
            QFile::remove(incoming);
            return std::unexpected(tr("%1 could not be set aside: is Kurier still running?")
                                       .arg(QDir::toNativeSeparators(databasePath)));
        }
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(databasePath + suffix)) {
                QFile::rename(databasePath + suffix, kept + suffix);
            }
        }
    }
    if (!QFile::rename(incoming, databasePath)) {
        if (!kept.isEmpty()) {
            QFile::rename(kept, databasePath);
        }
        return std::unexpected(tr("The backup could not take the database's place."));
    }
    return kept;
}

std::expected<std::optional<QString>, QString>
Backup::daily(const Database &database, const QString &directory, int keep, const Clock &clock)
{
    if (database.engine() == SqlEngine::Postgres) {
        return std::optional<QString>(); // the server is backed up where it runs (README, "Team mode")
    }
    const QString stem = QFileInfo(database.path()).completeBaseName();
    QDir dir(directory);
    const QStringList existing =
        dir.entryList({stem + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    if (!existing.isEmpty() &&
        QFileInfo(dir.filePath(existing.first())).lastModified().toUTC().addDays(1) > clock.now()) {
        return std::optional<QString>();
    }
    const QString target =
        dir.filePath(stem + u'-' + clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                     QStringLiteral(".sqlite"));
    const auto written = write(database, target);
    if (!written) {
        return std::unexpected(written.error());
    }
    const QStringList all =
        dir.entryList({stem + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i) {
        QFile::remove(dir.filePath(all.at(i)));
    }
    return std::optional<QString>(target);
}

} // namespace Kurier
