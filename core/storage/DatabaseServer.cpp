// Database: connecting to an office's PostgreSQL server (the SQLite file is opened in Database.cpp).
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

namespace {

// libpq reports a failed connection as text only (no SQLSTATE before the session exists); its sentences are
// stable across versions, and the rest is reported as it came.
Database::Error::Code classify(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(u"ssl") || t.contains(u"certificate") || t.contains(u"tls")) {
        return Database::Error::Code::TlsRefused;
    }
    if (t.contains(u"password") || t.contains(u"authentication") || t.contains(u"pg_hba.conf") ||
        (t.contains(u"role") && t.contains(u"does not exist"))) {
        return Database::Error::Code::AccessDenied;
    }
    if (t.contains(u"connection refused") || t.contains(u"could not translate host name") ||
        t.contains(u"timeout expired") || t.contains(u"no route to host") ||
        t.contains(u"network is unreachable") || t.contains(u"could not connect")) {
        return Database::Error::Code::Unreachable;
    }
    return Database::Error::Code::CannotOpen;
}

} // namespace

std::optional<Database::Error> Database::connect(const QString &password)
{
    const auto address = ServerAddress::parse(m_path);
    if (!address) {
        return error(Error::Code::BadAddress, QString());
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return error(Error::Code::NoDriver, QString());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setDatabaseName(address->database);
    db.setUserName(address->user);
    if (!password.isEmpty()) {
        db.setPassword(password);
    }
    // A writer waits at most 10 s for another's lock (SQLite's busy timeout is 5 s; an office has more
    // writers, each transaction still takes milliseconds); notices ("already exists, skipping") stay out of
    // the log. The options travel with the connection, so a reconnect (Transaction) has them too.
    db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=5;application_name=kurier;"
                                        "options='-c lock_timeout=10000 -c client_min_messages=warning'")
                             .arg(address->sslMode));
    if (!db.open()) {
        const QString text = db.lastError().text();
        return error(classify(text), text.trimmed());
    }
    return std::nullopt;
}

} // namespace Kurier
