#pragma once
// What the benchmarks share: the programs beside them, a ksef-emulator process of their own, `kurier-cli` as
// a user runs it, and a throw-away PostgreSQL cluster (tests/support/postgres-cluster.sh) for the team-mode
// figures.
#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace Kurier::Bench {

inline QString binary(const QString &name)
{
    return QCoreApplication::applicationDirPath() + u'/' + name;
}

// GET `url` → its JSON object (the emulator's control API).
inline QJsonObject getJson(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

// A ksef-emulator process on a free loopback port; `info` is the JSON line it prints when it listens.
struct Emulator
{
    QProcess process;
    QJsonObject info;
    bool start(const QStringList &arguments)
    {
        process.start(binary(QStringLiteral("ksef-emulator")),
                      QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!process.waitForStarted() || !process.waitForReadyRead(10000)) {
            return false;
        }
        info = QJsonDocument::fromJson(process.readLine()).object();
        return !info.isEmpty();
    }
    QString value(const char *key) const { return info.value(QLatin1StringView(key)).toString(); }
    // CPU seconds the emulator process has used so far (user + system, from /proc).
    double cpuSeconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(process.processId()));
        if (!stat.open(QIODevice::ReadOnly)) {
            return 0;
        }
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 12 ? (fields[11].toDouble() + fields[12].toDouble()) / 100.0 : 0.0;
    }
    ~Emulator()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

// A PostgreSQL server of the benchmark's own (initdb in a temporary folder, a free loopback port), stopped
// when this goes out of scope; databases are made in it on demand.
class PostgresCluster
{
public:
    PostgresCluster() = default;
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;
    ~PostgresCluster()
    {
        if (m_started) {
            QProcess::execute(QStringLiteral("bash"), {script(), QStringLiteral("stop"), m_state.path()});
        }
    }
    // False (and why, in `error`) when the server could not be started.
    bool start(QString *error)
    {
        QProcess starting;
        starting.setProcessChannelMode(QProcess::MergedChannels);
        starting.start(QStringLiteral("bash"), {script(), QStringLiteral("start"), m_state.path()});
        starting.waitForFinished(120000);
        m_started = starting.exitStatus() == QProcess::NormalExit && starting.exitCode() == 0;
        QFile url(m_state.filePath(QStringLiteral("url")));
        if (!m_started || !url.open(QIODevice::ReadOnly)) {
            *error = QString::fromLocal8Bit(starting.readAll());
            return false;
        }
        m_maintenance = QString::fromUtf8(url.readAll()).trimmed();
        return true;
    }
    // A new empty database → its location (postgresql://…), or nothing.
    std::optional<QString> createDatabase(const QString &name) const
    {
        auto address = ServerAddress::parse(m_maintenance);
        if (!address) {
            return std::nullopt;
        }
        bool created = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
            db.setHostName(address->host);
            db.setPort(address->port);
            db.setUserName(address->user);
            db.setDatabaseName(address->database);
            created = db.open() && QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
        if (!created) {
            return std::nullopt;
        }
        address->database = name;
        return address->toLocation();
    }

private:
    static QString script() { return QStringLiteral(KURIER_SOURCE_DIR "/tests/support/postgres-cluster.sh"); }
    QTemporaryDir m_state;
    QString m_maintenance;
    bool m_started = false;
};

} // namespace Kurier::Bench
