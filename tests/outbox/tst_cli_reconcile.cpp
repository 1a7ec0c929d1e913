// kurier-cli reconcile as a script or the daily timer runs it: the real binary against the real emulator.
// The exit status says whether anything needs a person; --json and --csv carry the report; stored reports
// can be shown again, and findings resolved with a reason.
#include "emulator/EmulatorTestData.h"
#include "settings/AppSettings.h"
#include "support/CliRunner.h"
#include "support/EmulatorHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>

using namespace Kurier;

class TestCliReconcile : public QObject
{
    Q_OBJECT

private slots:
    void exitStatusJsonCsvShowAndResolve()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.emulator.info=false"));
        Test::EmulatorHarness ksef(Test::EmulatorHarness::fastConfig(Test::kSellerNip));
        QTemporaryDir dir;
        Test::CliRunner cli;
        cli.environment.insert(QStringLiteral("KURIER_KSEF_TOKEN"),
                               ksef.emulator().createDemoSubject(Test::kSellerNip));
        cli.common = {QStringLiteral("--db"),       dir.filePath(QStringLiteral("kurier.sqlite")),
                      QStringLiteral("--base-url"), ksef.baseUrl(),
                      QStringLiteral("--nip"),      Test::kSellerNip};

        // Nothing sent yet, nothing in KSeF: clean, exit 0.
        const auto clean = cli({QStringLiteral("reconcile"), QStringLiteral("--json")});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        const QJsonObject first = QJsonDocument::fromJson(clean.out).object();
        QCOMPARE(first.value(u"outcome").toString(), QStringLiteral("clean"));
        QCOMPARE(first.value(u"needsAttention").toBool(), false);

        // An invoice held in KSeF's processing: with a zero threshold it is stuck → exit 3, and the CSV says
        // so.
        ksef.control("POST", QStringLiteral("/hold"), {{QStringLiteral("enabled"), true}});
        const QString file = dir.filePath(QStringLiteral("fv.xml"));
        QFile xml(file);
        QVERIFY(xml.open(QIODevice::WriteOnly));
        xml.write(Test::emulatorInvoice(QStringLiteral("FV/CLI/1")));
        xml.close();
        QCOMPARE(cli({QStringLiteral("import"), file}).exitCode, 0);
        // `send` keeps polling an invoice KSeF holds; stopped after a few seconds, the invoice is in KSeF.
        (void)cli({QStringLiteral("send"), QStringLiteral("--wait-retries"), QStringLiteral("0")}, 4000);
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        const auto stuck = cli({QStringLiteral("reconcile"), QStringLiteral("--stuck-after"),
                                QStringLiteral("0"), QStringLiteral("--json"), QStringLiteral("--csv"), csv});
        QVERIFY2(stuck.exitCode == 3, qPrintable(stuck.err + QString::fromUtf8(stuck.out)));
        const QJsonObject report = QJsonDocument::fromJson(stuck.out).object();
        QCOMPARE(report.value(u"outcome").toString(), QStringLiteral("attention"));
        qint64 findingId = 0;
        for (const QJsonValue &value : report.value(u"findings").toArray()) {
            if (value.toObject().value(u"kind").toString() == u"stuck") {
                findingId = value.toObject().value(u"id").toInteger();
                QCOMPARE(value.toObject().value(u"invoiceNumber").toString(), QStringLiteral("FV/CLI/1"));
            }
        }
        QVERIFY(findingId > 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().contains("stuck,yes,FV/CLI/1"));

        // The stored report again, in words; then the finding resolved (a reason is required).
        const auto shown =
            cli({QStringLiteral("reconcile"), QStringLiteral("--show"), QStringLiteral("last")});
        QCOMPARE(shown.exitCode, 3);
        QVERIFY2(shown.out.contains("FV/CLI/1"), shown.out.constData());
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--resolve"), QString::number(findingId)})
                     .exitCode,
                 2);
        const auto resolved =
            cli({QStringLiteral("reconcile"), QStringLiteral("--resolve"), QString::number(findingId),
                 QStringLiteral("--reason"), QStringLiteral("checked with KSeF support")});
        QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.err));
        QCOMPARE(
            cli({QStringLiteral("reconcile"), QStringLiteral("--show"), QStringLiteral("last")}).exitCode, 0);
        const auto audit = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(audit.exitCode, 0);

        // A wrong date is a usage error that changes nothing.
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--from"), QStringLiteral("yesterday")})
                     .exitCode,
                 2);
        ksef.control("POST", QStringLiteral("/release"));
    }

    void theDailyTimerReconcilesEveryDesktopCompany()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.emulator.info=false"));
        Test::EmulatorHarness ksef(Test::EmulatorHarness::fastConfig(Test::kSellerNip));
        QTemporaryDir dataDir;
        // The desktop's settings: one company in the emulator's environment, and its database with one
        // invoice.
        AppSettings settings;
        settings.environment = ksef.baseUrl();
        CompanyProfile profile;
        profile.nip = Test::kSellerNip;
        profile.name = QStringLiteral("Pracownia Testowa");
        settings.upsertCompany(profile);
        settings.firstRunDone = true;
        {
            QSettings stored(dataDir.filePath(QStringLiteral("kurier.ini")), QSettings::IniFormat);
            settings.save(stored);
        }
        Test::CliRunner cli;
        cli.environment.insert(QStringLiteral("KURIER_KSEF_TOKEN"),
                               ksef.emulator().createDemoSubject(Test::kSellerNip));
        const QStringList company{
            QStringLiteral("--db"),       settings.companyDatabasePath(dataDir.path(), Test::kSellerNip),
            QStringLiteral("--base-url"), ksef.baseUrl(),
            QStringLiteral("--nip"),      Test::kSellerNip};
        const QString file = dataDir.filePath(QStringLiteral("fv.xml"));
        QFile xml(file);
        QVERIFY(xml.open(QIODevice::WriteOnly));
        xml.write(Test::emulatorInvoice(QStringLiteral("FV/TIMER/1")));
        xml.close();
        QCOMPARE(cli(QStringList{QStringLiteral("import"), file} + company).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("send")} + company).exitCode, 0);

        // What kurier-reconcile.service runs.
        const auto run = cli({QStringLiteral("reconcile"), QStringLiteral("--desktop"), dataDir.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
        QVERIFY(run.out.contains("Pracownia Testowa"));
        QVERIFY(run.out.contains("clean"));
        const auto shown = cli(QStringList{QStringLiteral("reconcile"), QStringLiteral("--show"),
                                           QStringLiteral("last"), QStringLiteral("--json")} +
                               company);
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"trigger").toString(),
                 QStringLiteral("timer"));
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"invoicesListed").toInt(), 1);

        // No desktop set up there: nothing to do, not an error.
        QTemporaryDir empty;
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--desktop"), empty.path()}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliReconcile)
#include "tst_cli_reconcile.moc"
