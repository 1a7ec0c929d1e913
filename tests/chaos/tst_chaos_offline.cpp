// The chaos test of issue 18 (offline modes): `kurier-cli run` killed with SIGKILL at random moments while
// the emulator's Latarnia announces and ends failures at random (the API answers 503 during them) and
// invoices arrive in waves — issued offline during a failure (failure mode), by choice (offline24), or as
// usual. The company's Offline certificate is in the real system keychain (a private D-Bus session and GNOME
// Keyring, see with-keyring.sh). At the end: every invoice confirmed with a verified UPO, nothing lost,
// nothing accepted twice, every offline invoice sent with offlineMode: true and taken by KSeF as offline,
// before its deadline, and the audit chain verifies.
#include "ksef/KsefClient.h"
#include "ksef/crypto/Xades.h"
#include "support/CliRunner.h"
#include "support/EmulatorHarness.h"
#include "support/Files.h"

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
constexpr int kPerSet = 90;
constexpr int kKills = 18;

using Test::everyNthFault;
} // namespace

class TestChaosOffline : public QObject
{
    Q_OBJECT

    Test::CliRunner cli;

    // The Offline certificate, enrolled with a login request signed elsewhere (as a user would).
    void enrolOfflineCertificate(const QTemporaryDir &dir)
    {
        const QString request = dir.filePath(QStringLiteral("logowanie.xml"));
        const QString signedFile = dir.filePath(QStringLiteral("logowanie-podpisane.xml"));
        const auto written = cli(
            {QStringLiteral("certificates"), QStringLiteral("request"), QStringLiteral("--out"), request});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        const auto seal = KsefClient::selfSignedSeal(kNip, QStringLiteral("Firma Testowa"));
        QVERIFY(Test::writeBytes(signedFile, *Xades::sign(Test::readBytes(request), seal->first, seal->second,
                                                          QDateTime::currentDateTimeUtc())));
        const auto enrolled =
            cli({QStringLiteral("certificates"), QStringLiteral("enrol"), QStringLiteral("--type"),
                 QStringLiteral("offline"), QStringLiteral("--request"), request, QStringLiteral("--signed"),
                 signedFile});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    }

private slots:
    void failuresAnnouncedAndEndedWhileKilled()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.emulator.info=false"));
        Emulator::EmulatorConfig config = Test::EmulatorHarness::fastConfig(kNip);
        Test::EmulatorHarness ksef(config);
        const QString token = ksef.emulator().createDemoSubject(kNip);
        QTemporaryDir dir;
        cli.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        cli.environment.remove(QStringLiteral("KURIER_KSEF_TOKEN"));
        cli.common = {QStringLiteral("--db"),       dir.filePath(QStringLiteral("kurier.sqlite")),
                      QStringLiteral("--base-url"), ksef.baseUrl(),
                      QStringLiteral("--nip"),      kNip};
        cli.input = token.toUtf8() + '\n';
        QCOMPARE(cli({QStringLiteral("credentials"), QStringLiteral("set-token")}).exitCode, 0);
        enrolOfflineCertificate(dir);
        for (const QJsonObject &rule :
             {everyNthFault("500", "invoiceSend", 11), everyNthFault("lost-reply", "invoiceSend", 7),
              everyNthFault("reset", "invoiceStatus", 13)}) {
            QCOMPARE(ksef.control("POST", QStringLiteral("/faults"), rule).status, 200);
        }

        // Three sets: issued offline in a failure, offline24 by choice, and as usual.
        const QStringList prefixes{QStringLiteral("FV/AWARIA"), QStringLiteral("FV/OFF24"),
                                   QStringLiteral("FV/ONLINE")};
        QHash<QString, QStringList> files;
        for (const QString &prefix : prefixes) {
            const QString folder = dir.filePath(QString(prefix).replace(u'/', u'-'));
            QCOMPARE(QProcess::execute(kBin + QStringLiteral("kurier-make-invoices"),
                                       {folder, QString::number(kPerSet), prefix}),
                     0);
            for (const QString &name :
                 QDir(folder).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
                files[prefix].append(folder + u'/' + name);
            }
            QCOMPARE(files[prefix].size(), kPerSet);
        }
        auto *random = QRandomGenerator::global();
        bool failure = false;
        int failuresAnnounced = 0;
        int kills = 0;
        QHash<QString, int> imported;
        const auto importWave = [&](const QString &prefix, const QStringList &extra) {
            const int from = imported.value(prefix);
            const int size = std::min(kPerSet - from, 10 + static_cast<int>(random->bounded(20)));
            if (size <= 0) {
                return;
            }
            const auto run =
                cli(QStringList{QStringLiteral("import")} + extra + files[prefix].mid(from, size));
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            imported[prefix] = from + size;
        };
        const auto allImported = [&] {
            for (const QString &prefix : prefixes) {
                if (imported.value(prefix) < kPerSet) {
                    return false;
                }
            }
            return true;
        };
        for (int round = 0; round < kKills || !allImported(); ++round) {
            if (random->bounded(3) == 0 || (round % 5 == 4)) {
                failure = !failure;
                failuresAnnounced += failure ? 1 : 0;
                QCOMPARE(ksef.control("POST", QStringLiteral("/latarnia"),
                                      {{QStringLiteral("status"),
                                        failure ? QStringLiteral("FAILURE") : QStringLiteral("AVAILABLE")},
                                       {QStringLiteral("title"), QStringLiteral("Awaria KSeF")}})
                             .status,
                         200);
            }
            if (failure) {
                importWave(prefixes[0], {QStringLiteral("--offline"), QStringLiteral("failure")});
            } else {
                importWave(prefixes[1], {QStringLiteral("--offline"), QStringLiteral("offline24")});
                importWave(prefixes[2], {});
            }
            if (failure && imported.value(prefixes[0]) >= kPerSet) {
                failure = false; // nothing left to issue in a failure: let the rest go
                QCOMPARE(ksef.control("POST", QStringLiteral("/latarnia"),
                                      {{QStringLiteral("status"), QStringLiteral("AVAILABLE")}})
                             .status,
                         200);
            }
            QProcess run;
            run.setProcessEnvironment(cli.environment);
            run.start(kBin + QStringLiteral("kurier-cli"),
                      QStringList{QStringLiteral("run"), QStringLiteral("--poll-interval"),
                                  QStringLiteral("50"), QStringLiteral("--request-timeout"),
                                  QStringLiteral("1500"), QStringLiteral("--latarnia-every"),
                                  QStringLiteral("1")} +
                          cli.common);
            QVERIFY(run.waitForStarted());
            QTest::qWait(static_cast<int>(random->bounded(300, 2000)));
            run.kill(); // SIGKILL: mid-request or mid-transaction
            QVERIFY(run.waitForFinished());
            ++kills;
        }
        QVERIFY(failuresAnnounced > 0);
        // KSeF is back for good; one `send` finishes what the kills left.
        QCOMPARE(ksef.control("POST", QStringLiteral("/latarnia"),
                              {{QStringLiteral("status"), QStringLiteral("AVAILABLE")}})
                     .status,
                 200);
        QCOMPARE(ksef.control("DELETE", QStringLiteral("/faults")).status, 200);
        const auto finished =
            cli({QStringLiteral("send"), QStringLiteral("--poll-interval"), QStringLiteral("50"),
                 QStringLiteral("--wait-retries"), QStringLiteral("120"), QStringLiteral("--latarnia-every"),
                 QStringLiteral("1")},
                180000);
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.err));

        const auto statusRun = cli({QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonArray items =
            QJsonDocument::fromJson(statusRun.out).object().value(QStringLiteral("items")).toArray();
        int confirmed = 0;
        int offline = 0;
        int offlineAsOffline = 0;
        int beforeDeadline = 0;
        QStringList notDeclared;
        QStringList late;
        for (const QJsonValue &item : items) {
            confirmed += item[QStringLiteral("state")].toString() == u"confirmed" &&
                         item[QStringLiteral("upo")].toBool();
            const QString number = item[QStringLiteral("number")].toString();
            const bool issuedOffline = !number.startsWith(prefixes[2]);
            if (!issuedOffline) {
                continue;
            }
            ++offline;
            QCOMPARE(item[QStringLiteral("offlineMode")].toString(), number.startsWith(prefixes[0])
                                                                         ? QStringLiteral("failure")
                                                                         : QStringLiteral("offline24"));
            offlineAsOffline += item[QStringLiteral("invoicingMode")].toString() == u"Offline";
            const QDateTime due =
                QDateTime::fromString(item[QStringLiteral("offlineDueAt")].toString(), Qt::ISODateWithMs);
            const QDateTime acquired =
                QDateTime::fromString(item[QStringLiteral("acquiredAt")].toString(), Qt::ISODateWithMs);
            if (due.isValid() && acquired.isValid() && acquired < due) {
                ++beforeDeadline;
            } else {
                late.append(QStringLiteral("%1 (due %2, acquired %3)")
                                .arg(number, item[QStringLiteral("offlineDueAt")].toString(),
                                     item[QStringLiteral("acquiredAt")].toString()));
            }
            // The audit trail shows the intent to send with offlineMode: true.
            const auto shown = cli(
                {QStringLiteral("show"), item[QStringLiteral("key")].toString(), QStringLiteral("--json")});
            if (!shown.out.contains("offlineMode: true")) {
                notDeclared.append(number);
            }
        }
        const QJsonObject stats = ksef.emulator().statsJson();
        const auto audit = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        qInfo(
            "kills %d, failures announced %d, invoices %lld, confirmed %d, offline %d (as offline %d, before "
            "the deadline %d); emulator: accepted %d, duplicate acceptances %d, declared offline %d, faults "
            "%d",
            kills, failuresAnnounced, static_cast<long long>(items.size()), confirmed, offline,
            offlineAsOffline, beforeDeadline, stats.value(QStringLiteral("invoicesAccepted")).toInt(),
            stats.value(QStringLiteral("duplicateAcceptances")).toInt(),
            stats.value(QStringLiteral("offlineDeclared")).toInt(),
            stats.value(QStringLiteral("faultsInjected")).toInt());
        QVERIFY(kills >= kKills);
        QCOMPARE(items.size(), 3 * kPerSet); // nothing lost
        QCOMPARE(confirmed, 3 * kPerSet);
        QCOMPARE(stats.value(QStringLiteral("duplicateAcceptances")).toInt(), 0); // nothing twice
        QCOMPARE(stats.value(QStringLiteral("invoicesAccepted")).toInt(), 3 * kPerSet);
        QCOMPARE(offline, 2 * kPerSet);
        QCOMPARE(offlineAsOffline, offline);
        QVERIFY2(notDeclared.isEmpty(), qPrintable(notDeclared.join(u' ')));
        QVERIFY(stats.value(QStringLiteral("offlineDeclared")).toInt() >= offline);
        QVERIFY2(beforeDeadline == offline, qPrintable(late.join(u", ")));
        QCOMPARE(audit.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestChaosOffline)
#include "tst_chaos_offline.moc"
