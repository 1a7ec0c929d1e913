#pragma once

#include <QString>

#include <optional>

namespace Kurier {

// Where a company's data lives: a SQLite file (a path, the default for one person on one machine) or an
// office's PostgreSQL server, written as postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE. The password is
// never part of it (it is in the system keychain, or libpq's own ~/.pgpass or PGPASSWORD).
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    // libpq's sslmode: disable | prefer | require | verify-ca | verify-full
    QString sslMode = QStringLiteral("prefer");

    // True when `location` names a server (postgresql:// or postgres://).
    static bool isServer(const QString &location);
    // Nothing when `location` is not a well-formed server address.
    static std::optional<ServerAddress> parse(const QString &location);
    QString toLocation() const;
    // For people and logs: user@host:port/database (TLS mode).
    QString displayName() const;
    bool operator==(const ServerAddress &) const = default;
};

} // namespace Kurier
