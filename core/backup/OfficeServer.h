#pragma once

#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <expected>
#include <functional>

namespace Kurier {

class Database;

// A company on an office's PostgreSQL server (team mode): its schema and the office's roles, who may do what,
// and moving a company there from its SQLite file.
//
// Roles are the server's own, so its administrator keeps them with the tools they know: kurier_sender may
// read and write everything of a company (send, import, reconcile); kurier_viewer may only read. A person's
// login role is granted one of them (`kurier-cli server grant`). Both are group roles without a login.
class OfficeServer
{
    Q_DECLARE_TR_FUNCTIONS(OfficeServer)

public:
    enum class Role
    {
        Sender,
        Viewer,
    };
    static QString roleName(Role role);

    // Creates the two roles when missing and grants them their rights on every table of the open database
    // (run after the schema exists; Database::open repeats the grants after every migration it applies).
    static std::expected<void, QString> ensureRoles(const Database &database);
    // Grants `role` to the login role `user` (and takes the other away).
    static std::expected<void, QString> grant(const Database &database, const QString &user, Role role);

    struct Rights
    {
        bool maySend = true; // write the outbox: send, import, reconcile, issue invoices
        QString user;        // the server's user; empty for a SQLite file
    };
    // What the connection's user may do. On SQLite everything (the file's permissions decide).
    static Rights rightsOf(const QSqlDatabase &connection);

    struct Moved
    {
        qint64 rows = 0;         // all tables
        qint64 invoices = 0;     // outbox rows
        qint64 auditEntries = 0; // verified before and after
    };
    // Copies the company in the SQLite file `sqlitePath` (verified first: its audit chain must be intact)
    // into the open, empty server database `server` in one transaction, verifies the chain there before
    // committing, and leaves the file as it was. A server database that already holds invoices or audit
    // entries is refused. `progress(table, rowsSoFar)` is called now and then.
    static std::expected<Moved, QString>
    moveFrom(const QString &sqlitePath, const Database &server, const Clock &clock,
             const std::function<void(const QString &, qint64)> &progress = {});
};

} // namespace Kurier
