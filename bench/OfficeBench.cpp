// A year of an accounting office: N client companies × M invoices each (FA(3), generated, each company its
// own seller NIP) in one folder, imported into each company's own database by seller NIP, sent by every
// company with its own credentials and KSeF limits until each invoice is confirmed with its UPO, then
// reconciled — the path of the Clients view and `kurier-cli … --all-companies` (ClientRouting, ClientWork),
// against a ksef-emulator process with the production limits that keeps its state on disk (--data-dir: the
// incremental storage carries every invoice of the year).
//
// Figures: each phase's wall time and time per company; the peak memory of this process and its memory after
// each phase (what a company costs, and whether anything grows with the companies done); the emulator's
// memory; and whether the emulator keeps up — the sending time of the last companies ÷ that of the first ones
// (its store and indexes grew by all the companies between), and one company's invoice query with the whole
// year stored ÷ the same query when it held only that company's invoices. The naive reference beside the
// sending: one company after another (the sum of the companies' own times).
//   kurier-bench-office [--companies 100] [--invoices 2000]
#include "BenchSupport.h"
#include "domain/Nip.h"
#include "office/ClientRouting.h"
#include "office/ClientWork.h"
#include "services/OutboxServices.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>

#include <cstdio>
#include <numeric>

using namespace Kurier;
using namespace Kurier::Bench;

namespace {

// kB of a /proc/PID/status field (VmRSS, VmHWM).
double megabytes(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

QString nipOf(int company)
{
    // 9 digits, then the check digit (a base with check digit 10 has no valid NIP: the next base).
    for (int base = 526'000'000 + company * 37;; ++base) {
        const QString candidate = QString::number(base);
        for (int check = 0; check <= 9; ++check) {
            const QString nip = candidate + QString::number(check);
            if (Nip::isValid(nip)) {
                return nip;
            }
        }
    }
}

// One company's invoice query (its sales, the whole year's window) against the emulator as it is now: the
// median seconds of `rounds` queries, through the company's own KSeF client (KSeF allows 8 a second, 16 a
// minute: a few).
double querySeconds(const ClientEntry &client, const KsefEnvironment &environment, const QString &token,
                    int rounds)
{
    const SystemClock clock;
    auto services = OutboxServices::open(client.location, environment, client.nip, clock);
    if (!services) {
        return -1;
    }
    KsefCredentials credentials;
    credentials.contextNip = client.nip;
    credentials.ksefToken = token;
    (*services)->useCredentials(credentials);
    KsefClient::MetadataQuery query;
    query.subject = InvoiceSubject::Seller;
    query.from = QDateTime::currentDateTimeUtc().addDays(-30);
    (void)(*services)->client->queryMetadata(query); // the login, not measured
    QList<double> seconds;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!(*services)->client->queryMetadata(query)) {
            return -1;
        }
        seconds.append(timer.nsecsElapsed() / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds.at(seconds.size() / 2); // the median: one disturbed query does not decide
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("companies"), QStringLiteral("Client companies."), QStringLiteral("n"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("invoices"), QStringLiteral("Invoices per company."),
                      QStringLiteral("n"), QStringLiteral("2000")});
    parser.process(app);
    const int companies = std::max(2, parser.value(QStringLiteral("companies")).toInt());
    const int perCompany = std::max(1, parser.value(QStringLiteral("invoices")).toInt());

    QTemporaryDir dir;
    QStringList arguments{QStringLiteral("--limits"), QStringLiteral("production"),
                          QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("emulator"))};
    QList<ClientEntry> clients;
    for (int i = 0; i < companies; ++i) {
        ClientEntry client;
        client.nip = nipOf(i);
        client.name = QStringLiteral("Klient %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        client.location = dir.filePath(QStringLiteral("companies/%1.sqlite").arg(client.nip));
        clients.append(client);
        arguments << QStringLiteral("--subject") << client.nip;
    }
    Emulator emulator;
    if (!emulator.start(arguments)) {
        std::fputs("the emulator did not start\n", stderr);
        return 1;
    }
    const QJsonObject tokens = emulator.info.value(QStringLiteral("tokens")).toObject();
    for (ClientEntry &client : clients) {
        client.environment = emulator.value("baseUrl");
    }
    QDir().mkpath(dir.filePath(QStringLiteral("companies")));

    // The year's invoices, one folder per company, read as one folder of many sellers.
    QStringList files;
    for (int i = 0; i < companies; ++i) {
        const QString folder = dir.filePath(QStringLiteral("invoices/%1").arg(i));
        QProcess::execute(
            binary(QStringLiteral("kurier-make-invoices")),
            {folder, QString::number(perCompany), QStringLiteral("FV/%1").arg(i + 1), clients[i].nip});
        QDirIterator found(folder, {QStringLiteral("*.xml")}, QDir::Files);
        while (found.hasNext()) {
            files << found.next();
        }
    }
    const qint64 self = QCoreApplication::applicationPid();
    const SystemClock clock;
    QSet<QString> nips;
    for (const ClientEntry &client : std::as_const(clients)) {
        nips.insert(client.nip);
    }

    QElapsedTimer timer;
    timer.start();
    const ClientRouting::Plan plan = ClientRouting::route(files, nips);
    ClientRouting::ImportOptions importOptions;
    importOptions.environment = *KsefEnvironment::fromText(emulator.value("baseUrl"));
    int imported = 0;
    for (const ClientRouting::Imported &company :
         ClientRouting::importPlan(plan, clients, importOptions, clock)) {
        imported += company.added;
    }
    const double importSeconds = timer.elapsed() / 1000.0;
    const double afterImportMb = megabytes(self, "VmRSS:");

    // Before the others send: one company's query when the emulator holds only its invoices.
    ClientWork::Options options;
    options.environment = importOptions.environment;
    options.credentials = [&tokens](const ClientEntry &client) -> std::expected<KsefCredentials, QString> {
        KsefCredentials credentials;
        credentials.contextNip = client.nip;
        credentials.ksefToken = tokens.value(client.nip).toString();
        return credentials;
    };
    options.passes.busy = std::chrono::milliseconds(500);
    options.passes.idle = std::chrono::milliseconds(2000);
    options.passes.retryHorizon = std::chrono::seconds(60);
    QMutex lock;
    QList<qint64> started(companies, -1);
    QList<qint64> ended(companies, -1);
    QElapsedTimer clockOfRun;
    options.progress = [&](int index, const QString &) {
        const QMutexLocker locked(&lock);
        if (started[index] < 0) {
            started[index] = clockOfRun.elapsed();
        }
        ended[index] = clockOfRun.elapsed();
    };
    const std::atomic_bool cancel{false};
    clockOfRun.start();
    const QList<ClientWork::Outcome> first = ClientWork::run({clients.first()}, options, cancel);
    const QString firstToken = tokens.value(clients.first().nip).toString();
    const double firstQuery = querySeconds(clients.first(), options.environment, firstToken, 4);

    std::fill(started.begin(), started.end(), -1);
    clockOfRun.start();
    const QList<ClientEntry> others = clients.mid(1);
    const QList<ClientWork::Outcome> sent = ClientWork::run(others, options, cancel);
    const double sendSeconds = clockOfRun.elapsed() / 1000.0;
    const double afterSendMb = megabytes(self, "VmRSS:");
    const double lastQuery = querySeconds(clients.first(), options.environment, firstToken, 4);
    int confirmed = first.value(0).confirmed;
    int failed = 0;
    double sequential = 0; // one company after another: the sum of their own times
    QList<double> durations;
    for (int i = 0; i < sent.size(); ++i) {
        if (sent[i].result != ClientWork::Result::Done) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(sent[i].client.name), qPrintable(sent[i].message));
        }
        confirmed += sent[i].confirmed;
        failed += sent[i].result == ClientWork::Result::Failed ? 1 : 0;
        const double seconds = std::max<qint64>(0, ended[i] - started[i]) / 1000.0;
        durations.append(seconds);
        sequential += seconds;
    }
    const qsizetype tenth = std::max<qsizetype>(1, durations.size() / 10);
    const auto mean = [](const QList<double> &values) {
        return values.isEmpty() ? 0.0 : std::accumulate(values.begin(), values.end(), 0.0) / values.size();
    };
    const double firstCompanies = mean(durations.mid(0, tenth));
    const double lastCompanies = mean(durations.mid(durations.size() - tenth));

    options.task = ClientWork::Task::Reconcile;
    options.reconcile.trigger = QStringLiteral("timer");
    timer.restart();
    const QList<ClientWork::Outcome> reconciled = ClientWork::run(clients, options, cancel);
    const double reconcileSeconds = timer.elapsed() / 1000.0;
    int clean = 0;
    for (const ClientWork::Outcome &outcome : reconciled) {
        clean += outcome.result == ClientWork::Result::Done ? 1 : 0;
    }
    const QJsonObject stats = getJson(emulator.value("controlUrl") + QStringLiteral("/stats"));

    const QJsonObject result{
        {QStringLiteral("companies"), companies},
        {QStringLiteral("invoicesPerCompany"), perCompany},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("importSeconds"), importSeconds},
        {QStringLiteral("confirmed"), confirmed},
        {QStringLiteral("failedCompanies"), failed},
        {QStringLiteral("sendSeconds"), sendSeconds},
        {QStringLiteral("sendSecondsPerCompany"), sendSeconds / std::max(1, companies - 1)},
        {QStringLiteral("sequentialSeconds"), sequential},
        {QStringLiteral("firstCompaniesSeconds"), firstCompanies},
        {QStringLiteral("lastCompaniesSeconds"), lastCompanies},
        {QStringLiteral("lastOverFirst"), lastCompanies / std::max(0.001, firstCompanies)},
        {QStringLiteral("queryFirstSeconds"), firstQuery},
        {QStringLiteral("queryLastSeconds"), lastQuery},
        {QStringLiteral("queryLastOverFirst"), lastQuery / std::max(0.001, firstQuery)},
        {QStringLiteral("reconcileSeconds"), reconcileSeconds},
        {QStringLiteral("reconciledClean"), clean},
        {QStringLiteral("peakMb"), megabytes(self, "VmHWM:")},
        {QStringLiteral("afterImportMb"), afterImportMb},
        {QStringLiteral("afterSendMb"), afterSendMb},
        {QStringLiteral("emulatorMb"), megabytes(emulator.process.processId(), "VmRSS:")},
        {QStringLiteral("emulatorAccepted"), stats.value(QStringLiteral("invoicesAccepted"))},
        {QStringLiteral("duplicateAcceptances"), stats.value(QStringLiteral("duplicateAcceptances"))},
        {QStringLiteral("tooManyRequests"), stats.value(QStringLiteral("tooManyRequests"))},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return confirmed == companies * perCompany && failed == 0 ? 0 : 1;
}
