// An accounting office headless: the real kurier-cli against the real emulator with several subjects, the
// companies of a desktop's settings, their KSeF tokens in the (test session's) system keychain.
//   clients             each company's counts from its own database; a damaged one listed with the reason
//   import --all-companies   a folder of many sellers: each invoice in its seller's company; unknown sellers
//                            and unreadable files listed, nothing stored for them
//   clients add         an unknown seller becomes a client
//   send --all-companies     every company sends with its own credentials and limits: all confirmed, KSeF
//   took
//                            each invoice once, the damaged company is reported and the others go on
//   incoming sync --all-companies   each company's purchase invoices (the bakery sold to the florist): the
//                            florist's three arrive, a second run within the interval asks KSeF nothing
#include "settings/AppSettings.h"
#include "support/CliRunner.h"
#include "support/EmulatorHarness.h"
#include "support/Samples.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

namespace {
const QString kBakery = QStringLiteral("5265877635");
const QString kFlorist = QStringLiteral("7771234567");
const QString kBroken = QStringLiteral("9510001233");
const QString kStranger = QStringLiteral("6340009871");

int requestsSoFar(Test::EmulatorHarness &ksef)
{
    int total = 0;
    const QJsonObject perGroup = ksef.emulator().statsJson().value(u"requestsPerGroup").toObject();
    for (const QJsonValue &count : perGroup) {
        total += count.toInt();
    }
    return total;
}

QHash<QString, QJsonObject> byNip(const QByteArray &json, const QString &list)
{
    QHash<QString, QJsonObject> found;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).object().value(list).toArray()) {
        found.insert(value[QStringLiteral("nip")].toString(), value.toObject());
    }
    return found;
}
} // namespace

class TestCliOffice : public QObject
{
    Q_OBJECT

private slots:
    void anOfficeImportsSendsAndLooksAtItsClients()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.emulator.info=false"));
        Test::EmulatorHarness ksef(Test::EmulatorHarness::fastConfig(kBakery));
        QTemporaryDir data;
        AppSettings settings;
        settings.environment = ksef.baseUrl();
        for (const auto &[nip, name] : {std::pair{kBakery, QStringLiteral("Piekarnia Demo")},
                                        std::pair{kFlorist, QStringLiteral("Kwiaciarnia Demo")},
                                        std::pair{kBroken, QStringLiteral("Warsztat Demo")}}) {
            CompanyProfile company;
            company.nip = nip;
            company.name = name;
            settings.upsertCompany(company);
        }
        settings.firstRunDone = true;
        {
            QSettings stored(data.filePath(QStringLiteral("kurier.ini")), QSettings::IniFormat);
            settings.save(stored);
        }
        // The garage's database is damaged: it is listed with the reason; the others go on.
        const QString brokenPath = settings.companyDatabasePath(data.path(), kBroken);
        QDir().mkpath(QFileInfo(brokenPath).absolutePath());
        {
            QFile broken(brokenPath);
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write(QByteArray(8192, '\x42'));
        }
        Test::CliRunner cli;
        cli.environment.remove(QStringLiteral("KURIER_KSEF_TOKEN"));
        const QStringList desktop{QStringLiteral("--desktop"), data.path()};
        for (const QString &nip : {kBakery, kFlorist, kStranger}) {
            cli.input = ksef.emulator().createDemoSubject(nip).toUtf8() + '\n';
            const auto stored =
                cli({QStringLiteral("credentials"), QStringLiteral("set-token"), QStringLiteral("--base-url"),
                     ksef.baseUrl(), QStringLiteral("--nip"), nip});
            QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        }

        // A folder of a month's invoices of many sellers.
        QTemporaryDir folder;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        for (int i = 1; i <= 3; ++i) {
            write(QStringLiteral("p%1.xml").arg(i),
                  Test::sellerInvoice(kBakery, QStringLiteral("Piekarnia Demo"),
                                      QStringLiteral("P/%1").arg(i), {VatRate::Rate23}, kFlorist));
        }
        for (int i = 1; i <= 2; ++i) {
            write(QStringLiteral("k%1.xml").arg(i),
                  Test::sellerInvoice(kFlorist, QStringLiteral("Kwiaciarnia Demo"),
                                      QStringLiteral("K/%1").arg(i)));
        }
        write(QStringLiteral("obcy.xml"),
              Test::sellerInvoice(kStranger, QStringLiteral("Biuro Podróży"), QStringLiteral("B/1")));
        write(QStringLiteral("zepsuty.xml"), QByteArrayLiteral("<?xml version=\"1.0\"?><Faktura"));

        const auto imported = cli(QStringList{QStringLiteral("import"), QStringLiteral("--all-companies"),
                                              folder.path(), QStringLiteral("--json")} +
                                  desktop);
        QCOMPARE(imported.exitCode, 1); // an unknown seller and a broken file: said, not hidden
        const auto companies = byNip(imported.out, QStringLiteral("companies"));
        QCOMPARE(companies.value(kBakery).value(u"added").toInt(), 3);
        QCOMPARE(companies.value(kFlorist).value(u"added").toInt(), 2);
        const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(report.value(u"unknownSellers").toArray().size(), 1);
        QCOMPARE(report.value(u"unknownSellers")[0][u"nip"].toString(), kStranger);
        QCOMPARE(report.value(u"unreadable").toArray().size(), 1);
        QVERIFY(imported.err.contains(u"clients add --nip " + kStranger));

        // The clients at a glance: the damaged one needs attention (exit 3), with its reason.
        auto listed = cli(QStringList{QStringLiteral("clients"), QStringLiteral("--json")} + desktop);
        QCOMPARE(listed.exitCode, 3);
        auto clients = byNip(listed.out, QStringLiteral("clients"));
        QCOMPARE(clients.value(kBakery).value(u"ready").toInt(), 3);
        QCOMPARE(clients.value(kFlorist).value(u"ready").toInt(), 2);
        QVERIFY(!clients.value(kBroken).value(u"problem").toString().isEmpty());
        QVERIFY(clients.value(kBroken).value(u"needsAttention").toBool());

        // The stranger becomes a client; its invoice goes in with the same folder (the rest is there
        // already).
        QCOMPARE(cli(QStringList{QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--nip"),
                                 kStranger, QStringLiteral("--name"), QStringLiteral("Biuro Podróży Demo")} +
                     desktop)
                     .exitCode,
                 0);
        QCOMPARE(
            cli(QStringList{QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--nip"),
                            QStringLiteral("1234567890"), QStringLiteral("--name"), QStringLiteral("Zły")} +
                desktop)
                .exitCode,
            2); // not a NIP
        const auto again = cli(QStringList{QStringLiteral("import"), QStringLiteral("--all-companies"),
                                           folder.path(), QStringLiteral("--json")} +
                               desktop);
        const auto secondPass = byNip(again.out, QStringLiteral("companies"));
        QCOMPARE(secondPass.value(kStranger).value(u"added").toInt(), 1);
        QCOMPARE(secondPass.value(kBakery).value(u"alreadyQueued").toInt(), 3);

        // Send all ready, for every client: each with its own token; the damaged company fails alone.
        const auto sent = cli(QStringList{QStringLiteral("send"), QStringLiteral("--all-companies"),
                                          QStringLiteral("--poll-interval"), QStringLiteral("50"),
                                          QStringLiteral("--json")} +
                                  desktop,
                              180000);
        QCOMPARE(sent.exitCode, 1);
        const auto outcomes = byNip(sent.out, QStringLiteral("clients"));
        QCOMPARE(outcomes.value(kBakery).value(u"result").toString(), QStringLiteral("done"));
        QCOMPARE(outcomes.value(kBakery).value(u"confirmed").toInt(), 3);
        QCOMPARE(outcomes.value(kFlorist).value(u"confirmed").toInt(), 2);
        QCOMPARE(outcomes.value(kStranger).value(u"confirmed").toInt(), 1);
        QCOMPARE(outcomes.value(kBroken).value(u"result").toString(), QStringLiteral("failed"));
        const QJsonObject stats = ksef.emulator().statsJson();
        QCOMPARE(stats.value(u"invoicesAccepted").toInt(), 6);
        QCOMPARE(stats.value(u"duplicateAcceptances").toInt(), 0);

        listed = cli(QStringList{QStringLiteral("clients"), QStringLiteral("--json")} + desktop);
        clients = byNip(listed.out, QStringLiteral("clients"));
        // Each company's credentials are noted as it sends: a KSeF token, assured until the end of 2026 —
        // which needs a person from 30 days before.
        const QDateTime tokensEnd =
            QDateTime::fromString(QStringLiteral("2026-12-31T22:59:59Z"), Qt::ISODate);
        const bool tokensEndSoon = tokensEnd < QDateTime::currentDateTimeUtc().addDays(30);
        for (const QString &nip : {kBakery, kFlorist, kStranger}) {
            QCOMPARE(clients.value(nip).value(u"ready").toInt(), 0);
            QCOMPARE(clients.value(nip).value(u"inFlight").toInt(), 0);
            QCOMPARE(clients.value(nip).value(u"credentials").toString(), QStringLiteral("token"));
            QCOMPARE(
                QDateTime::fromString(clients.value(nip).value(u"credentialsExpire").toString(), Qt::ISODate),
                tokensEnd);
            QCOMPARE(clients.value(nip).value(u"needsAttention").toBool(), tokensEndSoon);
        }
        QCOMPARE(clients.value(kBakery).value(u"confirmed").toInt(), 3);
        // A second send has nothing to do and asks KSeF nothing for the companies with nothing to send.
        const int requests = requestsSoFar(ksef);
        QVERIFY(requests > 0);
        const auto idle = cli(
            QStringList{QStringLiteral("send"), QStringLiteral("--all-companies"), QStringLiteral("--json")} +
            desktop);
        QCOMPARE(byNip(idle.out, QStringLiteral("clients")).value(kBakery).value(u"result").toString(),
                 QStringLiteral("nothing"));
        QCOMPARE(requestsSoFar(ksef), requests);

        // The purchase invoices of every client: the florist bought from the bakery.
        QTest::qWait(400); // KSeF's queries see an invoice once it is in permanent storage
        const auto purchases = cli(QStringList{QStringLiteral("incoming"), QStringLiteral("sync"),
                                               QStringLiteral("--all-companies"), QStringLiteral("--json")} +
                                   desktop);
        QVERIFY2(purchases.exitCode == 1, qPrintable(purchases.err + QString::fromUtf8(purchases.out)));
        auto fetched = byNip(purchases.out, QStringLiteral("clients"));
        QVERIFY2(fetched.contains(kFlorist), qPrintable(purchases.err + QString::fromUtf8(purchases.out)));
        QCOMPARE(fetched.value(kFlorist).value(u"result").toString(), QStringLiteral("done"));
        QCOMPARE(fetched.value(kFlorist).value(u"purchases").toInt(), 3);
        QCOMPARE(fetched.value(kBakery).value(u"purchases").toInt(), 0);
        QCOMPARE(fetched.value(kStranger).value(u"result").toString(), QStringLiteral("done"));
        QCOMPARE(fetched.value(kBroken).value(u"result").toString(), QStringLiteral("failed"));
        listed = cli(QStringList{QStringLiteral("clients"), QStringLiteral("--json")} + desktop);
        QCOMPARE(byNip(listed.out, QStringLiteral("clients")).value(kFlorist).value(u"newPurchases").toInt(),
                 3);

        // Again at once: no company is due (KSeF allows 20 exports an hour): nothing is asked of KSeF.
        const int beforeAgain = requestsSoFar(ksef);
        const auto again2 = cli(QStringList{QStringLiteral("incoming"), QStringLiteral("sync"),
                                            QStringLiteral("--all-companies"), QStringLiteral("--json")} +
                                desktop);
        fetched = byNip(again2.out, QStringLiteral("clients"));
        QVERIFY2(fetched.contains(kFlorist), qPrintable(again2.err + QString::fromUtf8(again2.out)));
        QCOMPARE(fetched.value(kFlorist).value(u"result").toString(), QStringLiteral("nothing"));
        QCOMPARE(fetched.value(kBakery).value(u"result").toString(), QStringLiteral("nothing"));
        QCOMPARE(requestsSoFar(ksef), beforeAgain);
        // A person's --force asks at once; nothing new is stored twice.
        const auto forced = cli(QStringList{QStringLiteral("incoming"), QStringLiteral("sync"),
                                            QStringLiteral("--all-companies"), QStringLiteral("--force"),
                                            QStringLiteral("--json")} +
                                desktop);
        fetched = byNip(forced.out, QStringLiteral("clients"));
        QCOMPARE(fetched.value(kFlorist).value(u"result").toString(), QStringLiteral("done"));
        QCOMPARE(fetched.value(kFlorist).value(u"purchases").toInt(), 0);
        QVERIFY(requestsSoFar(ksef) > beforeAgain);
        // Not one company at a time: list and save stay per company.
        QCOMPARE(cli(QStringList{QStringLiteral("incoming"), QStringLiteral("list"),
                                 QStringLiteral("--all-companies")} +
                     desktop)
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOffice)
#include "tst_cli_office.moc"
