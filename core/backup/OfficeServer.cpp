#include "backup/OfficeServer.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kurier {

namespace {

// Every table of a company, parents before children (foreign keys), meta first.
const QStringList kTables = {
    QStringLiteral("meta"),
    QStringLiteral("rate_events"),
    QStringLiteral("rate_blocks"),
    QStringLiteral("rate_limits"),
    QStringLiteral("ksef_sessions"),
    QStringLiteral("upo_pages"),
    QStringLiteral("outbox"),
    QStringLiteral("outbox_documents"),
    QStringLiteral("audit_log"),
    QStringLiteral("alerts"),
    QStringLiteral("drafts"),
    QStringLiteral("contacts"),
    QStringLiteral("numbering"),
    QStringLiteral("reconcile_runs"),
    QStringLiteral("reconcile_findings"),
    QStringLiteral("incoming_invoices"),
    QStringLiteral("incoming_cursor"),
    QStringLiteral("incoming_runs"),
};
// The tables whose id is an identity column on the server: continued past the copied ids.
const QStringList kIdentityTables = {
    QStringLiteral("upo_pages"),
    QStringLiteral("outbox"),
    QStringLiteral("audit_log"),
    QStringLiteral("alerts"),
    QStringLiteral("drafts"),
    QStringLiteral("reconcile_runs"),
    QStringLiteral("reconcile_findings"),
    QStringLiteral("incoming_runs"),
};

QString identityColumn(const QString &table)
{
    return table == u"audit_log" ? QStringLiteral("seq") : QStringLiteral("id");
}

std::expected<qint64, QString> count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next()) {
        return std::unexpected(query.lastError().text());
    }
    return query.value(0).toLongLong();
}

} // namespace

QString OfficeServer::roleName(Role role)
{
    return role == Role::Sender ? QStringLiteral("kurier_sender") : QStringLiteral("kurier_viewer");
}

std::expected<void, QString> OfficeServer::ensureRoles(const Database &database)
{
    if (database.engine() != SqlEngine::Postgres) {
        return std::unexpected(tr("Roles exist only on an office server."));
    }
    QSqlQuery query(database.connection());
    for (const Role role : {Role::Sender, Role::Viewer}) {
        const QString name = roleName(role);
        if (!query.exec(
                QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') "
                               "THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                    .arg(name))) {
            return std::unexpected(
                tr("The role %1 cannot be created: %2").arg(name, query.lastError().text()));
        }
    }
    for (const QString &statement : SqlDialect::officeGrants()) {
        if (!query.exec(statement)) {
            return std::unexpected(
                tr("The office roles cannot be given their rights: %1").arg(query.lastError().text()));
        }
    }
    return {};
}

std::expected<void, QString> OfficeServer::grant(const Database &database, const QString &user, Role role)
{
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plainName.match(user).hasMatch()) {
        return std::unexpected(
            tr("%1 is not a user name Kurier can grant a role to (lower-case letters, digits and _).")
                .arg(user));
    }
    if (auto roles = ensureRoles(database); !roles) {
        return roles;
    }
    const Role other = role == Role::Sender ? Role::Viewer : Role::Sender;
    QSqlQuery query(database.connection());
    // The other role is revoked only when held: PostgreSQL warns on standard error about revoking a role the
    // user is not a member of (server noise a person should not have to read).
    const auto holds = [&](Role held) {
        QSqlQuery member(database.connection());
        if (!member.prepare(
                QStringLiteral("SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = "
                               "m.roleid JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = ? AND "
                               "u.rolname = ?"))) {
            return true; // cannot tell: revoke, as before
        }
        member.addBindValue(roleName(held));
        member.addBindValue(user);
        return !member.exec() || member.next();
    };
    if (!query.exec(QStringLiteral("GRANT %1 TO %2").arg(roleName(role), user)) ||
        (holds(other) && !query.exec(QStringLiteral("REVOKE %1 FROM %2").arg(roleName(other), user)))) {
        return std::unexpected(
            tr("The role could not be granted to %1: %2").arg(user, query.lastError().text()));
    }
    return {};
}

OfficeServer::Rights OfficeServer::rightsOf(const QSqlDatabase &connection)
{
    Rights rights;
    if (SqlDialect::engineOf(connection) != SqlEngine::Postgres) {
        return rights;
    }
    QSqlQuery query(connection);
    if (query.exec(
            QStringLiteral("SELECT current_user, has_table_privilege(current_user, 'outbox', 'UPDATE')")) &&
        query.next()) {
        rights.user = query.value(0).toString();
        rights.maySend = query.value(1).toBool();
    } else {
        rights.maySend = false; // what cannot be read cannot be sent either
    }
    return rights;
}

std::expected<OfficeServer::Moved, QString>
OfficeServer::moveFrom(const QString &sqlitePath, const Database &server, const Clock &clock,
                       const std::function<void(const QString &, qint64)> &progress)
{
    if (server.engine() != SqlEngine::Postgres) {
        return std::unexpected(tr("A company can be moved only to an office server."));
    }
    if (ServerAddress::isServer(sqlitePath)) {
        return std::unexpected(tr("%1 is not a database file.").arg(sqlitePath));
    }
    auto source = Database::open(sqlitePath);
    if (!source) {
        return std::unexpected(source.error().message());
    }
    const QSqlDatabase from = (*source)->connection();
    const QSqlDatabase to = server.connection();
    const auto before = AuditLog(from, clock).verify();
    if (!before) {
        return std::unexpected(before.error().text());
    }
    if (!before->intact) {
        return std::unexpected(
            tr("The audit log of %1 is broken at entry %2 (%3); it was not moved. Restore the "
               "file from a backup first.")
                .arg(sqlitePath)
                .arg(before->firstBadSeq)
                .arg(before->problem));
    }
    Transaction transaction(to);
    if (!transaction.isOpen()) {
        return std::unexpected(tr("The office server cannot be written: %1").arg(transaction.error()));
    }
    for (const QString &table : {QStringLiteral("outbox"), QStringLiteral("audit_log")}) {
        const auto rows = count(to, table);
        if (!rows) {
            return std::unexpected(tr("The office server cannot be read: %1").arg(rows.error()));
        }
        if (*rows > 0) {
            return std::unexpected(
                tr("The database %1 on the office server already holds a company (%2 rows in "
                   "%3); nothing was moved. Move into a new, empty database.")
                    .arg(to.databaseName())
                    .arg(*rows)
                    .arg(table));
        }
    }
    Moved moved;
    QSqlQuery clear(to);
    for (const QString &table : kTables) {
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
            return std::unexpected(tr("%1 cannot be read: %2").arg(table, read.lastError().text()));
        }
        const QSqlRecord record = read.record();
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        // A new database has its own meta rows (created_at, the empty audit head): the file's replace them.
        if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(table))) {
            return std::unexpected(tr("%1 cannot be written: %2").arg(table, clear.lastError().text()));
        }
        QSqlQuery write(to);
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        qint64 rows = 0;
        while (read.next()) {
            for (int i = 0; i < record.count(); ++i) {
                write.bindValue(i, read.value(i));
            }
            if (!write.exec()) {
                return std::unexpected(tr("Row %1 of %2 cannot be written: %3")
                                           .arg(rows + 1)
                                           .arg(table, write.lastError().text()));
            }
            if (++rows % 1000 == 0 && progress) {
                progress(table, rows);
            }
        }
        if (progress) {
            progress(table, rows);
        }
        moved.rows += rows;
        if (table == u"outbox") {
            moved.invoices = rows;
        }
    }
    for (const QString &table : kIdentityTables) {
        if (!clear.exec(SqlDialect::resetIdentity(SqlEngine::Postgres, table, identityColumn(table)))) {
            return std::unexpected(tr("%1 cannot be written: %2").arg(table, clear.lastError().text()));
        }
    }
    const auto after = AuditLog(to, clock).verify();
    if (!after || !after->intact || after->entries != before->entries) {
        return std::unexpected(
            tr("The audit log did not arrive intact on the office server (%1); nothing was "
               "moved.")
                .arg(after ? after->problem : after.error().text()));
    }
    if (!transaction.commit()) {
        return std::unexpected(tr("The office server cannot be written: %1").arg(transaction.error()));
    }
    moved.auditEntries = after->entries;
    return moved;
}

} // namespace Kurier
