// Sending side by side, each client on a fresh ksef-emulator process of its own (production limits, default
// processing delays; one process for both would make them share the context's rate limits): for each size, N
// generated FA(3) invoices (batches of ≤ 10 000) taken from authentication to every invoice's UPO downloaded
//   (a) by a plain client: Kurier's KSeF client with nothing durable — no database, no intents, no audit, no
//       limiter, UPOs not verified — the shape of a minimal KSeF client library;
//   (b) by `kurier-cli send --timings --json` (after `kurier-cli import`), every guarantee kept, with its
//       breakdown by phase.
// and the emulator's own processing time of each batch (close → status 200). Prints one JSON object.
//   kurier-bench-send [--sizes 3000,15141]
#include "BenchSupport.h"
#include "ksef/HttpTransport.h"
#include "ksef/KsefClient.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Kurier;
using namespace Kurier::Bench;

namespace {
const QString kNip = QStringLiteral("5265877635");

QList<KsefClient::BatchFile> readFolder(const QString &folder)
{
    QList<KsefClient::BatchFile> files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            files.append({name, file.readAll()});
        }
    }
    return files;
}

// (a): the least a client must do to hold every UPO. Measured from authentication on, like (b) after its
// start-up; its files are read before the clock starts (Kurier's import has them in its database).
QJsonObject plainClient(const Emulator &emulator, const QList<KsefClient::BatchFile> &files)
{
    SystemClock clock;
    QNetworkAccessManager network;
    HttpTransport transport(network, KsefEnvironment::custom(QUrl(emulator.value("baseUrl"))), nullptr);
    KsefClient client(transport, clock);
    client.setCredentials({KsefCredentials::Method::KsefToken, kNip, emulator.value("token"), {}, {}, {}});
    QElapsedTimer timer;
    timer.start();
    QJsonObject result;
    if (!client.authenticate()) {
        return QJsonObject{{QStringLiteral("error"), QStringLiteral("authentication failed")}};
    }
    // Every batch (≤ 10 000 invoices each) sent first, then each one's results: KSeF processes them
    // meanwhile.
    QStringList sessions;
    for (qsizetype start = 0; start < files.size(); start += 10'000) {
        const auto session = client.sendBatch(files.mid(start, 10'000), {});
        if (!session) {
            return QJsonObject{{QStringLiteral("error"), session.error().message()}};
        }
        sessions.append(*session);
    }
    const qint64 closedAt = timer.elapsed();
    qint64 processedAt = 0;
    qint64 uposMs = 0;
    double emulatorCpu = 0;
    int upos = 0;
    for (const QString &session : std::as_const(sessions)) {
        for (;;) {
            const auto status = client.sessionStatus(session);
            if (status && !status->isPending()) {
                processedAt = std::max(processedAt, timer.elapsed());
                break;
            }
            if (timer.elapsed() > 600'000) {
                return QJsonObject{{QStringLiteral("error"), QStringLiteral("a batch was not processed")}};
            }
            transport.sleep(std::chrono::milliseconds(120)); // within KSeF's 10 status queries a second
        }
        const auto listed = client.allSessionInvoices(session);
        if (!listed) {
            return QJsonObject{{QStringLiteral("error"), listed.error().message()}};
        }
        const qint64 listedAt = timer.elapsed();
        const double cpuBefore = emulator.cpuSeconds();
        for (const auto &upo : client.invoiceUpos(session, *listed)) {
            upos += upo.has_value() ? 1 : 0;
        }
        uposMs += timer.elapsed() - listedAt;
        emulatorCpu += emulator.cpuSeconds() - cpuBefore;
    }
    return QJsonObject{{QStringLiteral("seconds"), timer.elapsed() / 1000.0},
                       {QStringLiteral("upos"), upos},
                       {QStringLiteral("batches"), static_cast<int>(sessions.size())},
                       {QStringLiteral("uposSeconds"), uposMs / 1000.0},
                       {QStringLiteral("emulatorCpuForUposSeconds"), emulatorCpu},
                       {QStringLiteral("closedAtSeconds"), closedAt / 1000.0},
                       {QStringLiteral("processingSeconds"), (processedAt - closedAt) / 1000.0}};
}

// (b): `kurier-cli send` as a user runs it; its own breakdown says where the time went.
QJsonObject kurier(const Emulator &emulator, const QString &folder, const QString &database)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KURIER_KSEF_TOKEN"), emulator.value("token"));
    const QStringList common{QStringLiteral("--db"),       database,
                             QStringLiteral("--base-url"), emulator.value("baseUrl"),
                             QStringLiteral("--nip"),      kNip};
    const auto run = [&](const QStringList &arguments, QByteArray *out) {
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(binary(QStringLiteral("kurier-cli")), arguments + common);
        cli.waitForFinished(-1);
        if (out) {
            *out = cli.readAllStandardOutput();
        }
        return cli.exitCode();
    };
    QElapsedTimer timer;
    timer.start();
    const int imported = run({QStringLiteral("import"), folder}, nullptr);
    const double importSeconds = timer.elapsed() / 1000.0;
    timer.restart();
    QByteArray out;
    const int sent = run({QStringLiteral("send"), QStringLiteral("--timings"), QStringLiteral("--json"),
                          QStringLiteral("--latarnia-every"), QStringLiteral("0")},
                         &out);
    const double seconds = timer.elapsed() / 1000.0;
    const QJsonObject json = QJsonDocument::fromJson(out.trimmed().split('\n').constLast()).object();
    return QJsonObject{{QStringLiteral("importExit"), imported},
                       {QStringLiteral("importSeconds"), importSeconds},
                       {QStringLiteral("sendExit"), sent},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("confirmed"),
                        json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("confirmed"))},
                       {QStringLiteral("timings"), json.value(QStringLiteral("timings"))}};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Batch sizes, comma-separated."),
                      QStringLiteral("n,n"), QStringLiteral("3000,15141")});
    parser.addOption({QStringLiteral("repeat"),
                      QStringLiteral("Runs of each client per size (alternating); the medians are compared."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.process(app);
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    QTemporaryDir dir;
    QJsonArray runs;
    int index = 0;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(u',')) {
        const int invoices = size.toInt();
        // Distinct invoices for every run (on one emulator a second copy would be a duplicate anyway).
        QList<QJsonObject> plains;
        QList<QJsonObject> kuriers;
        for (int attempt = 0; attempt < repeat; ++attempt, ++index) {
            const QString plainFolder = dir.filePath(QStringLiteral("plain-%1").arg(index));
            const QString kurierFolder = dir.filePath(QStringLiteral("kurier-%1").arg(index));
            QProcess::execute(binary(QStringLiteral("kurier-make-invoices")),
                              {plainFolder, size, QStringLiteral("FV/PLAIN/%1").arg(index)});
            QProcess::execute(binary(QStringLiteral("kurier-make-invoices")),
                              {kurierFolder, size, QStringLiteral("FV/KURIER/%1").arg(index)});
            Emulator forPlain;
            Emulator forKurier;
            const QStringList production{QStringLiteral("--demo"), kNip, QStringLiteral("--limits"),
                                         QStringLiteral("production")};
            if (!forPlain.start(production) || !forKurier.start(production)) {
                std::fputs("the emulator did not start\n", stderr);
                return 1;
            }
            plains.append(plainClient(forPlain, readFolder(plainFolder)));
            kuriers.append(
                kurier(forKurier, kurierFolder, dir.filePath(QStringLiteral("kurier-%1.sqlite").arg(index))));
        }
        // The median run of each (by its time), so that one disturbed run does not decide the ratio.
        const auto median = [](QList<QJsonObject> all) {
            std::sort(all.begin(), all.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QStringLiteral("seconds")).toDouble() <
                       b.value(QStringLiteral("seconds")).toDouble();
            });
            return all.value(all.size() / 2);
        };
        const QJsonObject plain = median(plains);
        const QJsonObject sent = median(kuriers);
        QJsonArray allPlain;
        QJsonArray allKurier;
        for (int i = 0; i < plains.size(); ++i) {
            allPlain.append(plains[i].value(QStringLiteral("seconds")));
            allKurier.append(kuriers[i].value(QStringLiteral("seconds")));
        }
        const double plainSeconds = plain.value(QStringLiteral("seconds")).toDouble();
        const double kurierSeconds = sent.value(QStringLiteral("seconds")).toDouble();
        runs.append(QJsonObject{
            {QStringLiteral("invoices"), invoices},
            {QStringLiteral("plain"), plain},
            {QStringLiteral("kurier"), sent},
            {QStringLiteral("plainSecondsEachRun"), allPlain},
            {QStringLiteral("kurierSecondsEachRun"), allKurier},
            {QStringLiteral("kurierOverPlain"), plainSeconds > 0 ? kurierSeconds / plainSeconds : 0.0},
            {QStringLiteral("kurierOverProcessing"),
             kurierSeconds / std::max(0.001, plain.value(QStringLiteral("processingSeconds")).toDouble())}});
    }
    const QJsonObject result{
        {QStringLiteral("machine"), QString(QSysInfo::prettyProductName() +
                                            QStringLiteral(", %1 cores").arg(QThread::idealThreadCount()))},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("goalRatio"), 1.0}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
