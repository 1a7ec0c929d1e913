// Two processes hammering one endpoint group through the shared limiter never exceed KSeF's window: the
// emulator (a real server with the rate limits on) counts zero 429s. Without the shared database they do.
#include "support/EmulatorHarness.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

namespace {
const QString kNip = QStringLiteral("5265877635");
constexpr int kCallsPerProcess = 12;

Emulator::EmulatorConfig limitedConfig()
{
    Emulator::EmulatorConfig config = Test::EmulatorHarness::fastConfig();
    config.limitsProfile = QStringLiteral("custom");
    config.customLimits =
        QJsonObject{{QStringLiteral("other"), QJsonObject{{QStringLiteral("perSecond"), 5},
                                                          {QStringLiteral("perMinute"), 60},
                                                          {QStringLiteral("perHour"), 600}}}};
    config.demoNip = kNip;
    return config;
}
} // namespace

class TestRateLimitProcesses : public QObject
{
    Q_OBJECT

private slots:
    void twoProcessesShareOneBudget_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("one database") << true;
        QTest::newRow("two databases (control)") << false;
    }
    void twoProcessesShareOneBudget()
    {
        QFETCH(bool, shared);
        Test::EmulatorHarness ksef(limitedConfig());
        const QString token = ksef.emulator().createDemoSubject(kNip);
        QTemporaryDir dir;
        std::array<QProcess, 2> probes;
        for (int i = 0; i < 2; ++i) {
            // Two processes — or, in the _pg variant, two machines of an office — on one database (or two).
            const QString db = Test::databaseLocation(
                dir, shared ? QStringLiteral("kurier.sqlite") : QStringLiteral("kurier-%1.sqlite").arg(i));
            probes[i].start(QStringLiteral(KURIER_BINARY_DIR "/tests/ksef/kurier-ratelimit-probe"),
                            {db, ksef.baseUrl(), kNip, token, QString::number(kCallsPerProcess)});
        }
        for (QProcess &probe : probes) {
            QVERIFY(probe.waitForStarted());
        }
        // The emulator lives in this thread: keep its event loop turning while the probes run.
        QTRY_VERIFY_WITH_TIMEOUT(
            probes[0].state() == QProcess::NotRunning && probes[1].state() == QProcess::NotRunning, 120000);
        const QJsonObject stats = ksef.emulator().statsJson();
        const qint64 tooMany = stats.value(QStringLiteral("tooManyRequests")).toInteger();
        const qint64 requests = stats.value(QStringLiteral("requestsPerGroup"))
                                    .toObject()
                                    .value(QStringLiteral("other"))
                                    .toInteger();
        qInfo("%s: %lld requests in group \"other\", %lld answered 429", shared ? "shared" : "separate",
              requests, tooMany);
        if (shared) {
            for (QProcess &probe : probes) {
                const QByteArray out = probe.readAllStandardOutput();
                QVERIFY2(probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0,
                         QByteArray(out + probe.readAllStandardError()).constData());
                QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("ok")).toInt(),
                         kCallsPerProcess);
            }
            QCOMPARE(tooMany, 0);
            QVERIFY(requests >= 2 * kCallsPerProcess);
        } else {
            QVERIFY2(tooMany > 0, "two separate budgets should overrun the shared window");
        }
    }
};

QTEST_GUILESS_MAIN(TestRateLimitProcesses)
#include "tst_ratelimit_processes.moc"
