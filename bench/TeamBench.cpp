// Team mode at scale (the office server): N generated invoices imported and taken to confirmed-with-UPO
//   (a) on a SQLite file by one `kurier-cli send` — the single-user reference of the same run;
//   (b) on a PostgreSQL database by one `kurier-cli send`;
//   (c) on a PostgreSQL database by two `kurier-cli send` processes at once (two desktops of an office),
//       sharing the claims, the numbering and the rate limiter through the server,
// each against a fresh ksef-emulator process with the production rate limits and default processing delays,
// on a throw-away PostgreSQL cluster of the benchmark's own. Prints one JSON object.
//   kurier-bench-team [--invoices 15141] [--senders 2]
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSysInfo>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Kurier;
using namespace Kurier::Bench;

namespace {
const QString kNip = QStringLiteral("5265877635");

// Import, then `senders` × `kurier-cli send` started together; the clock runs until the last one ends.
QJsonObject sendAll(const QString &folder, const QString &location, int senders)
{
    Emulator emulator;
    if (!emulator.start(
            {QStringLiteral("--demo"), kNip, QStringLiteral("--limits"), QStringLiteral("production")})) {
        return QJsonObject{{QStringLiteral("error"), QStringLiteral("the emulator did not start")}};
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KURIER_KSEF_TOKEN"), emulator.value("token"));
    const QStringList common{QStringLiteral("--db"),       location,
                             QStringLiteral("--base-url"), emulator.value("baseUrl"),
                             QStringLiteral("--nip"),      kNip};
    const auto start = [&](QProcess &cli, const QStringList &arguments) {
        cli.setProcessEnvironment(environment);
        cli.start(binary(QStringLiteral("kurier-cli")), arguments + common);
    };
    QElapsedTimer timer;
    timer.start();
    QProcess import;
    start(import, {QStringLiteral("import"), folder});
    import.waitForFinished(-1);
    const double importSeconds = timer.elapsed() / 1000.0;
    timer.restart();
    std::vector<std::unique_ptr<QProcess>> running;
    for (int i = 0; i < senders; ++i) {
        running.push_back(std::make_unique<QProcess>());
        start(*running.back(),
              {QStringLiteral("send"), QStringLiteral("--poll-interval"), QStringLiteral("200"),
               QStringLiteral("--latarnia-every"), QStringLiteral("0")});
    }
    QJsonArray exits;
    QJsonArray complaints; // what a sender that failed said last
    for (const auto &cli : running) {
        cli->waitForFinished(-1);
        exits.append(cli->exitCode());
        if (cli->exitCode() != 0) {
            complaints.append(QString::fromUtf8(cli->readAllStandardError().right(600)));
        }
    }
    const double sendSeconds = timer.elapsed() / 1000.0;
    QProcess status;
    start(status, {QStringLiteral("status"), QStringLiteral("--json")});
    status.waitForFinished(-1);
    const QJsonObject counts = QJsonDocument::fromJson(status.readAllStandardOutput())
                                   .object()
                                   .value(QStringLiteral("counts"))
                                   .toObject();
    QProcess audit;
    start(audit, {QStringLiteral("audit"), QStringLiteral("verify")});
    audit.waitForFinished(-1);
    const QJsonObject stats = getJson(emulator.value("controlUrl") + QStringLiteral("/stats"));
    return QJsonObject{
        {QStringLiteral("senders"), senders},
        {QStringLiteral("importExit"), import.exitCode()},
        {QStringLiteral("sendExits"), exits},
        {QStringLiteral("sendComplaints"), complaints},
        {QStringLiteral("importSeconds"), importSeconds},
        {QStringLiteral("sendSeconds"), sendSeconds},
        {QStringLiteral("totalSeconds"), importSeconds + sendSeconds},
        {QStringLiteral("confirmed"), counts.value(QStringLiteral("confirmed")).toInt()},
        {QStringLiteral("accepted"), stats.value(QStringLiteral("invoicesAccepted")).toInt()},
        {QStringLiteral("duplicateAcceptances"), stats.value(QStringLiteral("duplicateAcceptances")).toInt()},
        {QStringLiteral("tooManyRequests"), stats.value(QStringLiteral("tooManyRequests")).toInt()},
        {QStringLiteral("auditVerified"), audit.exitCode() == 0}};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("invoices"), QStringLiteral("Invoices to send."), QStringLiteral("n"),
                      QStringLiteral("15141")});
    parser.addOption({QStringLiteral("senders"), QStringLiteral("kurier-cli send processes on the server."),
                      QStringLiteral("n"), QStringLiteral("2")});
    parser.process(app);
    const int invoices = parser.value(QStringLiteral("invoices")).toInt();
    const int senders = std::max(1, parser.value(QStringLiteral("senders")).toInt());
    QTemporaryDir dir;
    PostgresCluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "PostgreSQL did not start: %s\n", qPrintable(error));
        return 1;
    }
    const QString folder = dir.filePath(QStringLiteral("invoices"));
    QProcess::execute(binary(QStringLiteral("kurier-make-invoices")),
                      {folder, QString::number(invoices), QStringLiteral("FV/TEAM")});

    const QJsonObject sqlite = sendAll(folder, dir.filePath(QStringLiteral("team.sqlite")), 1);
    const auto one = cluster.createDatabase(QStringLiteral("bench_one"));
    const auto many = cluster.createDatabase(QStringLiteral("bench_many"));
    if (!one || !many) {
        std::fputs("the benchmark's databases could not be created\n", stderr);
        return 1;
    }
    const QJsonObject postgresOne = sendAll(folder, *one, 1);
    const QJsonObject postgresMany = sendAll(folder, *many, senders);
    const auto ratio = [&](const QJsonObject &run) {
        return run.value(QStringLiteral("totalSeconds")).toDouble() /
               std::max(0.001, sqlite.value(QStringLiteral("totalSeconds")).toDouble());
    };
    const QJsonObject result{
        {QStringLiteral("machine"), QString(QSysInfo::prettyProductName() +
                                            QStringLiteral(", %1 cores").arg(QThread::idealThreadCount()))},
        {QStringLiteral("invoices"), invoices},
        {QStringLiteral("sqlite"), sqlite},
        {QStringLiteral("postgresOne"), postgresOne},
        {QStringLiteral("postgresMany"), postgresMany},
        {QStringLiteral("postgresOneOverSqlite"), ratio(postgresOne)},
        {QStringLiteral("postgresManyOverSqlite"), ratio(postgresMany)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
