// The chaos test (issue: the durable outbox): 500 invoices sent by `kurier-cli run` to an emulator with
// random 500s, timeouts, lost replies, 429s, 435s and 150 holds, killed with SIGKILL at random moments at
// least 30 times and restarted each time. At the end every invoice is confirmed with a verified UPO, KSeF
// accepted each (NIP, kind, P_2) exactly once, nothing is lost, and the audit chain verifies.
#include "support/CliRunner.h"
#include "support/EmulatorHarness.h"

#include <QDir>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

namespace {
const QString kNip = QStringLiteral("5265877635");
const QString kBin = QStringLiteral(KURIER_BINARY_DIR "/bin/");
constexpr int kInvoices = 500;
constexpr int kKills = 30;

QJsonObject limits(int perSecond, int perMinute, int perHour)
{
    return {{QStringLiteral("perSecond"), perSecond},
            {QStringLiteral("perMinute"), perMinute},
            {QStringLiteral("perHour"), perHour}};
}

using Test::everyNthFault;
} // namespace

class TestChaosKill9 : public QObject
{
    Q_OBJECT

    Test::CliRunner cli;

private slots:
    void killedThirtyTimesNothingLostNothingTwice()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.emulator.info=false"));
        Emulator::EmulatorConfig config = Test::EmulatorHarness::fastConfig();
        config.limitsProfile = QStringLiteral("custom");
        // Tighter than the production table the client starts from, so that real 429s happen.
        config.customLimits = QJsonObject{{QStringLiteral("invoiceSend"), limits(4, 120, 2000)},
                                          {QStringLiteral("onlineSession"), limits(3, 60, 1000)},
                                          {QStringLiteral("invoiceStatus"), limits(6, 300, 5000)},
                                          {QStringLiteral("sessionInvoiceList"), limits(6, 200, 5000)},
                                          {QStringLiteral("sessionMisc"), limits(8, 300, 5000)}};
        config.demoNip = kNip;
        Test::EmulatorHarness ksef(config);
        const QString token = ksef.emulator().createDemoSubject(kNip);
        for (const QJsonObject &rule :
             {everyNthFault("500", "invoiceSend", 9), everyNthFault("lost-reply", "invoiceSend", 13),
              everyNthFault("delay", "sessionInvoiceList", 7, 2500), everyNthFault("503", "sessionMisc", 11),
              everyNthFault("lost-reply", "batchSession", 5), everyNthFault("reset", "invoiceStatus", 17)}) {
            QCOMPARE(ksef.control("POST", QStringLiteral("/faults"), rule).status, 200);
        }
        QCOMPARE(ksef.control("POST", QStringLiteral("/decrypt-failures"),
                              {{QStringLiteral("rate"), 0.03}, {QStringLiteral("code"), 435}})
                     .status,
                 200);
        QCOMPARE(ksef.control("POST", QStringLiteral("/hold"), {{QStringLiteral("enabled"), true}}).status,
                 200);

        QTemporaryDir dir;
        cli.environment.insert(QStringLiteral("KURIER_KSEF_TOKEN"), token);
        cli.common = {QStringLiteral("--db"),       dir.filePath(QStringLiteral("kurier.sqlite")),
                      QStringLiteral("--base-url"), ksef.baseUrl(),
                      QStringLiteral("--nip"),      kNip};
        QCOMPARE(QProcess::execute(kBin + QStringLiteral("kurier-make-invoices"),
                                   {dir.filePath(QStringLiteral("invoices")), QString::number(kInvoices),
                                    QStringLiteral("FV/CHAOS")}),
                 0);
        // The invoices arrive in waves between the kills: small ones go online, large ones in batches.
        QStringList files = QDir(dir.filePath(QStringLiteral("invoices")))
                                .entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), kInvoices);
        const QList<int> waves{8, 90, 12, 150, 6, 120, 14, 100};
        QDir waveDir(dir.filePath(QStringLiteral("waves")));
        int kills = 0;
        int imported = 0;
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < kKills || imported < kInvoices; ++round) {
            if (round % 4 == 0 && imported < kInvoices) {
                const int size = std::min(waves.value((round / 4) % waves.size()), kInvoices - imported);
                const QString wave = dir.filePath(QStringLiteral("wave-%1").arg(round));
                QDir().mkpath(wave);
                for (int i = imported; i < imported + size; ++i) {
                    QFile::copy(dir.filePath(QStringLiteral("invoices/") + files[i]), wave + u'/' + files[i]);
                }
                QCOMPARE(cli({QStringLiteral("import"), wave}).exitCode, 0);
                imported += size;
            }
            if (round == kKills / 2) {
                ksef.control("POST",
                             QStringLiteral("/release")); // the held invoices finish; new ones no longer wait
            }
            QProcess run;
            run.setProcessEnvironment(cli.environment);
            run.start(kBin + QStringLiteral("kurier-cli"),
                      QStringList{QStringLiteral("run"), QStringLiteral("--poll-interval"),
                                  QStringLiteral("50"), QStringLiteral("--request-timeout"),
                                  QStringLiteral("1500")} +
                          cli.common);
            QVERIFY(run.waitForStarted());
            QTest::qWait(static_cast<int>(random->bounded(150, 1600)));
            run.kill(); // SIGKILL: no cleanup, no flush, mid-request or mid-transaction
            QVERIFY(run.waitForFinished());
            ++kills;
        }
        // The storm was real: the emulator injected faults while the processes were being killed.
        const int faultsInjected =
            ksef.emulator().statsJson().value(QStringLiteral("faultsInjected")).toInt();
        QVERIFY2(faultsInjected > 0, "no fault was injected: the chaos test tested nothing");
        // Calm weather: the faults stop and one `send` finishes whatever the kills left.
        QCOMPARE(ksef.control("DELETE", QStringLiteral("/faults")).status, 200);
        ksef.control("POST", QStringLiteral("/release"));
        QCOMPARE(cli({QStringLiteral("send"), QStringLiteral("--poll-interval"), QStringLiteral("50"),
                      QStringLiteral("--wait-retries"), QStringLiteral("120")},
                     300000)
                     .exitCode,
                 0);

        const Test::CliRunner::Run statusRun = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(statusRun.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(statusRun.out).object();
        const QJsonArray items = status.value(QStringLiteral("items")).toArray();
        int confirmedWithUpo = 0;
        QSet<QString> numbers;
        for (const QJsonValue &item : items) {
            confirmedWithUpo += item[QStringLiteral("state")] == QStringLiteral("confirmed") &&
                                item[QStringLiteral("upo")].toBool();
            numbers.insert(item[QStringLiteral("ksefNumber")].toString());
        }
        const QJsonObject stats = ksef.emulator().statsJson();
        const Test::CliRunner::Run audit =
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        qInfo("kills %d, invoices %d, confirmed with a verified UPO %d, distinct KSeF numbers %lld", kills,
              kInvoices, confirmedWithUpo, static_cast<long long>(numbers.size()));
        qInfo("emulator: accepted %d, duplicate acceptances %d, 429 sent %d, faults injected %d, audit: %s",
              stats.value(QStringLiteral("invoicesAccepted")).toInt(),
              stats.value(QStringLiteral("duplicateAcceptances")).toInt(),
              stats.value(QStringLiteral("tooManyRequests")).toInt(),
              stats.value(QStringLiteral("faultsInjected")).toInt(), audit.out.trimmed().constData());
        QVERIFY(kills >= kKills);
        QCOMPARE(items.size(), kInvoices); // nothing lost
        QCOMPARE(confirmedWithUpo, kInvoices);
        QCOMPARE(numbers.size(), kInvoices);
        QCOMPARE(stats.value(QStringLiteral("duplicateAcceptances")).toInt(), 0); // nothing accepted twice
        QCOMPARE(stats.value(QStringLiteral("invoicesAccepted")).toInt(), kInvoices);
        QCOMPARE(audit.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestChaosKill9)
#include "tst_chaos_kill9.moc"
