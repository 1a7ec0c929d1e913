// The team-mode chaos test (issue: one office, many desktops, one outbox on PostgreSQL): 1,000 invoices on
// one PostgreSQL database, sent by two `kurier-cli run` processes and one desktop (`kurier`, offscreen) at
// once to an emulator with random 500s, lost replies and resets, at the production rate limits. Each process
// is killed with SIGKILL at random 15 times and started again; the database server is restarted (as after a
// crash: immediate shutdown) twice meanwhile. At the end every invoice is confirmed with a verified UPO, KSeF
// accepted each exactly once, every invoice number is there once, the shared limiter kept the production
// limits (0 × 429), and the audit chain verifies.
#include "settings/AppSettings.h"
#include "support/CliRunner.h"
#include "support/EmulatorHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>

using namespace Kurier;

namespace {
const QString kNip = QStringLiteral("5265877635");
const QString kBin = QStringLiteral(KURIER_BINARY_DIR "/bin/");
const QString kCluster = QStringLiteral(KURIER_SOURCE_DIR "/tests/support/postgres-cluster.sh");
constexpr int kInvoices = 1000;
constexpr int kKillsEach = 15;

using Test::everyNthFault;
} // namespace

class TestChaosTeam : public QObject
{
    Q_OBJECT

    Test::CliRunner cli;

    QString m_desktopData;

    // Senders 0 and 1 are `kurier-cli run`, sender 2 the desktop.
    QProcess *startRun(std::array<QProcess, 3> &runs, int which)
    {
        QProcess &run = runs[which];
        run.setProcessEnvironment(cli.environment);
        run.setProcessChannelMode(QProcess::MergedChannels);
        if (which == 2) {
            run.start(kBin + QStringLiteral("kurier"),
                      {QStringLiteral("--data-dir"), m_desktopData, QStringLiteral("--no-tray")});
        } else {
            run.start(kBin + QStringLiteral("kurier-cli"),
                      QStringList{QStringLiteral("run"), QStringLiteral("--poll-interval"),
                                  QStringLiteral("50"), QStringLiteral("--request-timeout"),
                                  QStringLiteral("1500")} +
                          cli.common);
        }
        return run.waitForStarted() ? &run : nullptr;
    }

private slots:
    void twoSendersKilledAndAServerRestartedNothingLostNothingTwice()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.emulator.info=false"));
        QTemporaryDir state;
        QCOMPARE(QProcess::execute(QStringLiteral("bash"), {kCluster, QStringLiteral("start"), state.path()}),
                 0);
        const auto stopCluster = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("bash"), {kCluster, QStringLiteral("stop"), state.path()});
        });
        QFile url(state.filePath(QStringLiteral("url")));
        QVERIFY(url.open(QIODevice::ReadOnly));
        const QString location = QString::fromUtf8(url.readAll()).trimmed(); // its maintenance database

        Emulator::EmulatorConfig config = Test::EmulatorHarness::fastConfig();
        config.limitsProfile = QStringLiteral("production");
        config.demoNip = kNip;
        Test::EmulatorHarness ksef(config);
        const QString token = ksef.emulator().createDemoSubject(kNip);
        for (const QJsonObject &rule :
             {everyNthFault("500", "invoiceSend", 9), everyNthFault("lost-reply", "invoiceSend", 13),
              everyNthFault("lost-reply", "batchSession", 5), everyNthFault("reset", "invoiceStatus", 17)}) {
            QCOMPARE(ksef.control("POST", QStringLiteral("/faults"), rule).status, 200);
        }

        QTemporaryDir dir;
        cli.environment.insert(QStringLiteral("KURIER_KSEF_TOKEN"), token);
        cli.common = {QStringLiteral("--db"),  location, QStringLiteral("--base-url"), ksef.baseUrl(),
                      QStringLiteral("--nip"), kNip};
        QCOMPARE(QProcess::execute(kBin + QStringLiteral("kurier-make-invoices"),
                                   {dir.filePath(QStringLiteral("invoices")), QString::number(kInvoices),
                                    QStringLiteral("FV/TEAM")}),
                 0);
        const QStringList files = QDir(dir.filePath(QStringLiteral("invoices")))
                                      .entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), kInvoices);

        // The desktop: the company on the office server, its KSeF token in the (test session's) keychain.
        QTemporaryDir desktopData;
        m_desktopData = desktopData.path();
        {
            QSettings stored(desktopData.filePath(QStringLiteral("kurier.ini")), QSettings::IniFormat);
            AppSettings settings;
            settings.environment = ksef.baseUrl();
            CompanyProfile company;
            company.nip = kNip;
            company.name = QStringLiteral("Biuro Testowe");
            company.officeServer = location;
            settings.upsertCompany(company);
            settings.firstRunDone = true;
            settings.requestTimeoutSeconds = 5;
            settings.save(stored);
        }
        cli.input = token.toUtf8() + '\n';
        QCOMPARE(cli({QStringLiteral("credentials"), QStringLiteral("set-token")}).exitCode, 0);
        cli.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

        std::array<QProcess, 3> runs;
        std::array<int, 3> kills{0, 0, 0};
        // The desktop alone first: it sends the first wave itself (its credentials, its worker, the server).
        QVERIFY(startRun(runs, 2));
        {
            const QString wave = dir.filePath(QStringLiteral("wave-desktop"));
            QDir().mkpath(wave);
            for (int i = 0; i < 10; ++i) {
                QFile::copy(dir.filePath(QStringLiteral("invoices/") + files[i]), wave + u'/' + files[i]);
            }
            QCOMPARE(cli({QStringLiteral("import"), wave}).exitCode, 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            ksef.emulator().statsJson().value(QStringLiteral("invoicesAccepted")).toInt() == 10, 60000);
        int imported = 10;
        for (int which = 0; which < 2; ++which) {
            QVERIFY(startRun(runs, which));
        }
        const auto done = [&] {
            return std::all_of(kills.begin(), kills.end(), [](int k) { return k >= kKillsEach; });
        };
        auto *random = QRandomGenerator::global();
        int restarts = 0;
        int ended = 0; // senders that ended by themselves (none should)
        for (int round = 0; !done(); ++round) {
            if (imported < kInvoices) { // waves of 100 while the senders run: some go online, some in batches
                const QString wave = dir.filePath(QStringLiteral("wave-%1").arg(round));
                QDir().mkpath(wave);
                const int size = round % 2 == 0 ? 100 : 15;
                for (int i = imported; i < std::min(kInvoices, imported + size); ++i) {
                    QFile::copy(dir.filePath(QStringLiteral("invoices/") + files[i]), wave + u'/' + files[i]);
                }
                QCOMPARE(cli({QStringLiteral("import"), wave}).exitCode, 0);
                imported = std::min(kInvoices, imported + size);
            }
            QTest::qWait(static_cast<int>(random->bounded(300, 1500)));
            int which = int(random->bounded(3));
            while (kills[which] >= kKillsEach) {
                which = (which + 1) % 3;
            }
            runs[which].kill(); // SIGKILL: no cleanup, mid-request or mid-transaction
            QVERIFY(runs[which].waitForFinished());
            ++kills[which];
            const int killed = kills[0] + kills[1] + kills[2];
            if (killed == 15 || killed == 30) {
                // The server goes down hard while the other sender works, and comes back.
                QCOMPARE(QProcess::execute(QStringLiteral("bash"),
                                           {kCluster, QStringLiteral("restart"), state.path()}),
                         0);
                ++restarts;
            }
            QVERIFY(startRun(runs, which));
            // The other senders outlive a server restart (they reconnect); one that ended anyway is started
            // again.
            for (int other = 0; other < 3; ++other) {
                if (other != which && runs[other].state() == QProcess::NotRunning) {
                    qWarning("sender %d had ended: %s", other, runs[other].readAll().right(400).constData());
                    ++ended;
                    QVERIFY(startRun(runs, other));
                }
            }
        }
        for (QProcess &run : runs) {
            run.kill();
            run.waitForFinished();
        }
        QCOMPARE(imported, kInvoices);
        const int faultsInjected =
            ksef.emulator().statsJson().value(QStringLiteral("faultsInjected")).toInt();
        QVERIFY2(faultsInjected > 0, "no fault was injected: the chaos test tested nothing");
        // Calm weather: one `send` finishes whatever the kills left.
        QCOMPARE(ksef.control("DELETE", QStringLiteral("/faults")).status, 200);
        QCOMPARE(cli({QStringLiteral("send"), QStringLiteral("--poll-interval"), QStringLiteral("50"),
                      QStringLiteral("--wait-retries"), QStringLiteral("120")},
                     300000)
                     .exitCode,
                 0);

        const Test::CliRunner::Run statusRun = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(statusRun.exitCode, 0);
        const QJsonArray items =
            QJsonDocument::fromJson(statusRun.out).object().value(QStringLiteral("items")).toArray();
        int confirmedWithUpo = 0;
        QSet<QString> ksefNumbers;
        QSet<QString> invoiceNumbers;
        for (const QJsonValue &item : items) {
            confirmedWithUpo += item[QStringLiteral("state")] == QStringLiteral("confirmed") &&
                                item[QStringLiteral("upo")].toBool();
            ksefNumbers.insert(item[QStringLiteral("ksefNumber")].toString());
            invoiceNumbers.insert(item[QStringLiteral("number")].toString());
        }
        const QJsonObject stats = ksef.emulator().statsJson();
        const Test::CliRunner::Run audit =
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        qInfo("kills %d + %d + %d (desktop), senders that ended by themselves %d, server restarts %d, "
              "invoices %d, confirmed with a verified UPO %d, distinct KSeF "
              "numbers %lld, invoice numbers %lld",
              kills[0], kills[1], kills[2], ended, restarts, kInvoices, confirmedWithUpo,
              static_cast<long long>(ksefNumbers.size()), static_cast<long long>(invoiceNumbers.size()));
        qInfo("emulator: accepted %d, duplicate acceptances %d, 429 sent %d, faults injected %d, audit: %s",
              stats.value(QStringLiteral("invoicesAccepted")).toInt(),
              stats.value(QStringLiteral("duplicateAcceptances")).toInt(),
              stats.value(QStringLiteral("tooManyRequests")).toInt(), faultsInjected,
              audit.out.trimmed().constData());
        QCOMPARE(restarts, 2);
        QCOMPARE(ended, 0);
        QCOMPARE(items.size(), kInvoices); // nothing lost
        QCOMPARE(confirmedWithUpo, kInvoices);
        QCOMPARE(ksefNumbers.size(), kInvoices);
        QCOMPARE(invoiceNumbers.size(), kInvoices); // no number twice, none missing
        QCOMPARE(stats.value(QStringLiteral("duplicateAcceptances")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("invoicesAccepted")).toInt(), kInvoices);
        QCOMPARE(stats.value(QStringLiteral("tooManyRequests")).toInt(), 0); // the shared limiter held
        QCOMPARE(audit.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestChaosTeam)
#include "tst_chaos_team.moc"
