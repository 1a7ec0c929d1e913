// The outbox at scale, as a user runs it: N invoice files imported with `kurier-cli import` and taken to
// confirmed-with-UPO by `kurier-cli send`, against a separate ksef-emulator process with the production rate
// limits; then start-up recovery of R items left in `sending`. Prints one JSON object.
//   kurier-bench-outbox [--invoices N] [--recovery R]
#include "BenchSupport.h"
#include "ratelimit/RateLimitTable.h"
#include "services/OutboxServices.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Kurier;
using namespace Kurier::Bench;

namespace {
const QString kNip = QStringLiteral("5265877635");
const QString kBuyer = QStringLiteral("1111111111"); // the buyer of every generated invoice

int runCli(const QStringList &arguments, const QString &token, QByteArray *out = nullptr)
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KURIER_KSEF_TOKEN"), token);
    cli.setProcessEnvironment(environment);
    cli.start(binary(QStringLiteral("kurier-cli")), arguments);
    cli.waitForFinished(-1);
    if (out) {
        *out = cli.readAllStandardOutput();
    }
    return cli.exitCode();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("invoices"), QStringLiteral("Invoices to send."), QStringLiteral("n"),
                      QStringLiteral("15141")});
    parser.addOption({QStringLiteral("recovery"), QStringLiteral("Items in flight for the recovery figure."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.process(app);
    const int invoices = parser.value(QStringLiteral("invoices")).toInt();
    const int recoveryItems = parser.value(QStringLiteral("recovery")).toInt();
    QTemporaryDir dir;
    QJsonObject result{
        {QStringLiteral("machine"), QString(QSysInfo::prettyProductName() +
                                            QStringLiteral(", %1 cores").arg(QThread::idealThreadCount()))}};

    // 1. N invoices, production limits, as the user does it.
    {
        const QString folder = dir.filePath(QStringLiteral("invoices"));
        QProcess::execute(binary(QStringLiteral("kurier-make-invoices")),
                          {folder, QString::number(invoices), QStringLiteral("FV/BENCH")});
        Emulator emulator;
        if (!emulator.start({QStringLiteral("--demo"), kNip, QStringLiteral("--subject"), kBuyer,
                             QStringLiteral("--limits"), QStringLiteral("production")})) {
            std::fputs("the emulator did not start\n", stderr);
            return 1;
        }
        const QString token = emulator.info.value(QStringLiteral("token")).toString();
        const QStringList common{
            QStringLiteral("--db"),       dir.filePath(QStringLiteral("bench.sqlite")),
            QStringLiteral("--base-url"), emulator.info.value(QStringLiteral("baseUrl")).toString(),
            QStringLiteral("--nip"),      kNip};
        QElapsedTimer timer;
        timer.start();
        const int imported = runCli(QStringList{QStringLiteral("import"), folder} + common, token);
        const double importSeconds = timer.elapsed() / 1000.0;
        const int sent = runCli(
            QStringList{QStringLiteral("send"), QStringLiteral("--poll-interval"), QStringLiteral("200")} +
                common,
            token);
        const double totalSeconds = timer.elapsed() / 1000.0;
        QByteArray statusJson;
        runCli(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + common, token, &statusJson);
        const QJsonObject counts =
            QJsonDocument::fromJson(statusJson).object().value(QStringLiteral("counts")).toObject();
        const QJsonObject stats =
            getJson(emulator.info.value(QStringLiteral("controlUrl")).toString() + QStringLiteral("/stats"));
        const int perHour = RateLimitTable::production().value(QStringLiteral("invoiceSend")).perHour;
        result.insert(
            QStringLiteral("send"),
            QJsonObject{
                {QStringLiteral("invoices"), invoices},
                {QStringLiteral("importExit"), imported},
                {QStringLiteral("sendExit"), sent},
                {QStringLiteral("importSeconds"), importSeconds},
                {QStringLiteral("totalSeconds"), totalSeconds},
                {QStringLiteral("confirmed"), counts.value(QStringLiteral("confirmed")).toInt()},
                {QStringLiteral("tooManyRequests"), stats.value(QStringLiteral("tooManyRequests")).toInt()},
                {QStringLiteral("duplicateAcceptances"),
                 stats.value(QStringLiteral("duplicateAcceptances")).toInt()},
                {QStringLiteral("requestsPerGroup"), stats.value(QStringLiteral("requestsPerGroup"))},
                {QStringLiteral("naiveOneByOneHours"), static_cast<double>(invoices) / perHour},
                {QStringLiteral("goalSeconds"), 25}});

        // 1b. The buyer's side: the same invoices synchronised as purchase invoices (`kurier-cli incoming`),
        // production limits, against what one-by-one downloads would need under the same limits.
        QThread::msleep(static_cast<unsigned long>(invoices) + 1000); // KSeF puts the last ones in storage
        const QStringList buyer{
            QStringLiteral("--db"),       dir.filePath(QStringLiteral("buyer.sqlite")),
            QStringLiteral("--base-url"), emulator.info.value(QStringLiteral("baseUrl")).toString(),
            QStringLiteral("--nip"),      kBuyer};
        const QString buyerToken =
            emulator.info.value(QStringLiteral("tokens")).toObject().value(kBuyer).toString();
        const QJsonObject before =
            getJson(emulator.info.value(QStringLiteral("controlUrl")).toString() + QStringLiteral("/stats"));
        QElapsedTimer incoming;
        incoming.start();
        QByteArray syncJson;
        const int synced = runCli(
            QStringList{QStringLiteral("incoming"), QStringLiteral("sync"), QStringLiteral("--force"),
                        QStringLiteral("--since"), QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                        QStringLiteral("--max-exports"), QStringLiteral("20"), QStringLiteral("--json")} +
                buyer,
            buyerToken, &syncJson);
        const double incomingSeconds = incoming.elapsed() / 1000.0;
        const QJsonObject after =
            getJson(emulator.info.value(QStringLiteral("controlUrl")).toString() + QStringLiteral("/stats"));
        const QJsonObject run = QJsonDocument::fromJson(syncJson).object();
        const int downloadsPerHour =
            RateLimitTable::production().value(QStringLiteral("invoiceDownload")).perHour;
        result.insert(QStringLiteral("incoming"),
                      QJsonObject{{QStringLiteral("invoices"), invoices},
                                  {QStringLiteral("syncExit"), synced},
                                  {QStringLiteral("seconds"), incomingSeconds},
                                  {QStringLiteral("stored"), run.value(QStringLiteral("added")).toInt()},
                                  {QStringLiteral("exports"), run.value(QStringLiteral("exports")).toInt()},
                                  {QStringLiteral("problems"), run.value(QStringLiteral("problems")).toInt()},
                                  {QStringLiteral("tooManyRequests"),
                                   after.value(QStringLiteral("tooManyRequests")).toInt() -
                                       before.value(QStringLiteral("tooManyRequests")).toInt()},
                                  {QStringLiteral("naiveOneByOneHours"),
                                   static_cast<double>(invoices) / downloadsPerHour},
                                  {QStringLiteral("downloadsPerHour"), downloadsPerHour}});
    }

    // 2. Start-up recovery: R items in `sending` whose batch KSeF has processed while "the program was down".
    {
        Emulator emulator;
        if (!emulator.start({QStringLiteral("--demo"), kNip, QStringLiteral("--subject"), kBuyer,
                             QStringLiteral("--limits"), QStringLiteral("off")})) {
            return 1;
        }
        SystemClock clock;
        auto services = *OutboxServices::open(
            dir.filePath(QStringLiteral("recovery.sqlite")),
            KsefEnvironment::custom(QUrl(emulator.info.value(QStringLiteral("baseUrl")).toString())), kNip,
            clock);
        services->client->setCredentials({KsefCredentials::Method::KsefToken,
                                          kNip,
                                          emulator.info.value(QStringLiteral("token")).toString(),
                                          {},
                                          {},
                                          {}});
        const QString folder = dir.filePath(QStringLiteral("invoices"));
        QList<OutboxStore::NewInvoice> batch;
        const QStringList files =
            QDir(folder).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name).mid(0, recoveryItems);
        for (int i = 0; i < files.size(); ++i) {
            QFile file(QDir(folder).filePath(files[i]));
            file.open(QIODevice::ReadOnly);
            batch.append({kNip,
                          QStringLiteral("VAT"),
                          QStringLiteral("FV/BENCH/%1").arg(i + 1),
                          QDate::currentDate(),
                          {},
                          {},
                          {},
                          QStringLiteral("PLN"),
                          file.readAll(),
                          file.fileName(),
                          false});
        }
        services->store->enqueueAll(batch, services->environment.key(), kNip);
        // Exactly what the engine does before a batch leaves — then the "crash": the outcome is never stored.
        const auto items = *services->store->eligible(clock.now(), recoveryItems);
        QList<KsefClient::BatchFile> package;
        for (const OutboxItem &item : items) {
            package.append({QStringLiteral("%1.xml").arg(item.id), item.xml});
        }
        KsefClient::BatchOptions options;
        options.onOpened = [&](const QString &reference) {
            QList<std::pair<qint64, OutboxStore::Update>> intents;
            for (const OutboxItem &item : items) {
                OutboxStore::Update intent = OutboxStore::Update::to(InvoiceState::Sending, reference);
                intent.mode = SendMode::Batch;
                intents.append({item.id, intent});
            }
            return services->store->apply(intents).has_value();
        };
        const auto session = services->client->sendBatch(package, options);
        for (int i = 0; session && i < 600; ++i) { // KSeF processes the batch while Kurier is down
            const auto status = services->client->sessionStatus(*session);
            if (status && status->code >= 200) {
                break;
            }
            QThread::msleep(100);
        }
        auto restarted = *OutboxServices::open(dir.filePath(QStringLiteral("recovery.sqlite")),
                                               services->environment, kNip, clock);
        restarted->client->setTokens(services->client->tokens());
        services.reset();
        QElapsedTimer timer;
        timer.start();
        const auto resolved = restarted->engine->recover();
        const double seconds = timer.elapsed() / 1000.0;
        const auto counts = *restarted->store->counts();
        result.insert(QStringLiteral("recovery"),
                      QJsonObject{{QStringLiteral("items"), recoveryItems},
                                  {QStringLiteral("resolved"), resolved.value_or(-1)},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("stillSending"), counts.value(InvoiceState::Sending)},
                                  {QStringLiteral("accepted"), counts.value(InvoiceState::Accepted)},
                                  {QStringLiteral("goalSeconds"), 1}});
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
