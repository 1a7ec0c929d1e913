#include "support/TestDatabase.h"

#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace Kurier::Test {

namespace {
[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "FAIL: %s\n", qPrintable(why));
    std::exit(1);
}
} // namespace

QString postgresClusterUrl()
{
    const QString file = qEnvironmentVariable("KURIER_TEST_POSTGRES");
    if (file.isEmpty()) {
        return {};
    }
    QFile address(file);
    if (!address.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("the PostgreSQL test cluster is not running (no %1: see postgres_cluster_start)")
                 .arg(file));
    }
    return QString::fromUtf8(address.readAll()).trimmed();
}

bool onPostgres()
{
    return !qEnvironmentVariable("KURIER_TEST_POSTGRES").isEmpty();
}

QString newPostgresDatabase()
{
    static int counter = 0;
    const auto cluster = ServerAddress::parse(postgresClusterUrl());
    if (!cluster) {
        fail(QStringLiteral("no PostgreSQL test cluster (KURIER_TEST_POSTGRES)"));
    }
    const QString name = QStringLiteral("t_%1_%2_%3")
                             .arg(QCoreApplication::applicationName().isEmpty()
                                      ? QStringLiteral("test")
                                      : QCoreApplication::applicationName().replace(u'-', u'_'))
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter)
                             .toLower();
    {
        QSqlDatabase maintenance =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("kurier-test-maintenance"));
        maintenance.setHostName(cluster->host);
        maintenance.setPort(cluster->port);
        maintenance.setUserName(cluster->user);
        maintenance.setDatabaseName(cluster->database);
        if (!maintenance.open()) {
            fail(QStringLiteral("the PostgreSQL test cluster does not answer: %1")
                     .arg(maintenance.lastError().text()));
        }
        QSqlQuery query(maintenance);
        if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            fail(
                QStringLiteral("cannot create the test database %1: %2").arg(name, query.lastError().text()));
        }
        maintenance.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kurier-test-maintenance"));
    ServerAddress address = *cluster;
    address.database = name;
    return address.toLocation();
}

QString databaseLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgres()) {
        return dir.filePath(name);
    }
    static QHash<QString, QString> made;
    const QString key = dir.path() + u'/' + name;
    auto it = made.find(key);
    if (it == made.end()) {
        it = made.insert(key, newPostgresDatabase());
    }
    return *it;
}

} // namespace Kurier::Test
