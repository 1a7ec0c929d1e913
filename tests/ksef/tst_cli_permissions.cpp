// `kurier-cli permissions` and `kurier-cli identity` as an owner and an accounting office use them
// (PROTOCOL.md §22), with the real system keychain (a private D-Bus session, see with-keyring.sh) and the
// real emulator: the owner grants the office; the office sends for the client with its own certificate and
// none of the client's secrets; a read-only grant and a revoke keep the queue waiting with a plain message;
// the audit log names who acted.
#include "fa/Fa3Writer.h"
#include "ksef/KsefClient.h"
#include "ksef/crypto/SigningIdentity.h"
#include "support/CliRunner.h"
#include "support/EmulatorHarness.h"
#include "support/Files.h"
#include "support/Samples.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace Kurier;
using Test::writeBytes;

namespace {
const QString kOfficeNip = QStringLiteral("9876543210");

// Whether `kurier-cli status --json` shows invoices waiting to be sent and none failed or given up (the
// others confirmed).
bool waiting(const Test::CliRunner::Run &status)
{
    const QJsonArray items =
        QJsonDocument::fromJson(status.out).object().value(QStringLiteral("items")).toArray();
    bool all = false;
    for (const QJsonValue &item : items) {
        const QString state = item[QStringLiteral("state")].toString();
        if (state != u"queued" && state != u"confirmed") {
            all = false;
            break;
        }
        all = all || state == u"queued";
    }
    if (!all) {
        qWarning().noquote() << status.out;
    }
    return all;
}

QJsonArray rowsOf(const Test::CliRunner::Run &run)
{
    return QJsonDocument::fromJson(run.out).array();
}

// Every file Kurier wrote under `folder` (databases, logs), as bytes.
QByteArray everythingUnder(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}
} // namespace

class TestCliPermissions : public QObject
{
    Q_OBJECT

    Test::CliRunner cli;
    QTemporaryDir m_dir;

    QString invoiceFile(const QString &number)
    {
        Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23});
        invoice.number = number;
        const QString path = m_dir.filePath(number.section(u'/', -1) + QStringLiteral(".xml"));
        writeBytes(path, *Fa3Writer::write(invoice));
        return path;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.emulator.info=false"));
        cli.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        cli.environment.remove(QStringLiteral("KURIER_KSEF_TOKEN"));
    }

    void anOfficeWorksForItsClientUnderPermissions()
    {
        Test::EmulatorHarness ksef(Test::EmulatorHarness::fastConfig(Test::kSellerNip));
        const QString token = ksef.emulator().createDemoSubject(Test::kSellerNip);
        const QString ownerDb = m_dir.filePath(QStringLiteral("owner/kurier.sqlite"));
        const QString officeDb = m_dir.filePath(QStringLiteral("office/kurier.sqlite"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("owner")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("office")));
        const QStringList client{QStringLiteral("--base-url"), ksef.baseUrl(), QStringLiteral("--nip"),
                                 Test::kSellerNip};
        const auto asOwner = [&](QStringList arguments) {
            return cli(arguments << QStringLiteral("--db") << ownerDb << client);
        };
        const auto asOffice = [&](QStringList arguments) {
            return cli(arguments << QStringLiteral("--db") << officeDb << client);
        };
        // The open alerts that say the office lost its access to the client.
        const auto accessAlerts = [&] {
            QStringList messages;
            const auto alerts = asOffice({QStringLiteral("alerts"), QStringLiteral("--json")});
            for (const QJsonValue &alert :
                 QJsonDocument::fromJson(alerts.out).object().value(u"alerts").toArray()) {
                if (alert[QStringLiteral("kind")].toString() == u"access-lost") {
                    messages.append(alert[QStringLiteral("message")].toString());
                }
            }
            return messages;
        };

        // The office's own identity, kept once (its seal as a .p12).
        const auto seal = KsefClient::selfSignedSeal(kOfficeNip, QStringLiteral("Biuro Rachunkowe Demo"));
        const QString p12 = m_dir.filePath(QStringLiteral("biuro.p12"));
        QVERIFY(writeBytes(p12, *SigningIdentity{seal->first, seal->second}.toPkcs12(
                                    QStringLiteral("tajne"), QStringLiteral("Biuro"))));
        cli.input = "tajne\n";
        const auto set =
            asOffice({QStringLiteral("identity"), QStringLiteral("set"), QStringLiteral("--p12"), p12});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(seal->second.fingerprintSha256().toUtf8()), set.out.constData());

        // Without a grant the office's login is refused, in plain words, and the invoice waits.
        QCOMPARE(asOffice({QStringLiteral("import"), invoiceFile(QStringLiteral("FV/B/1"))}).exitCode, 0);
        const auto refused =
            asOffice({QStringLiteral("send"), QStringLiteral("--wait-retries"), QStringLiteral("0")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("holds no permission in this company")),
                 qPrintable(refused.err));
        QVERIFY(waiting(asOffice({QStringLiteral("status"), QStringLiteral("--json")})));

        // The owner grants the office read-only access; listing shows it.
        cli.input = token.toUtf8() + '\n';
        QCOMPARE(asOwner({QStringLiteral("credentials"), QStringLiteral("set-token")}).exitCode, 0);
        const auto readOnly =
            asOwner({QStringLiteral("permissions"), QStringLiteral("grant"), QStringLiteral("--to"),
                     kOfficeNip, QStringLiteral("--office"), QStringLiteral("Biuro Rachunkowe Demo"),
                     QStringLiteral("--rights"), QStringLiteral("read")});
        QVERIFY2(readOnly.exitCode == 0, qPrintable(readOnly.err + QString::fromUtf8(readOnly.out)));
        QVERIFY2(readOnly.out.contains("Done"), readOnly.out.constData());
        // The client's token is on the owner's computer only: the office's computer has none of it.
        QCOMPARE(asOwner({QStringLiteral("credentials"), QStringLiteral("remove")}).exitCode, 0);

        // Read-only: sending is refused with the missing permission named; nothing is marked failed.
        const auto notWrite =
            asOffice({QStringLiteral("send"), QStringLiteral("--wait-retries"), QStringLiteral("0")});
        QCOMPARE(notWrite.exitCode, 1);
        QVERIFY2(notWrite.err.contains(QStringLiteral("InvoiceWrite")), qPrintable(notWrite.err));
        QVERIFY(waiting(asOffice({QStringLiteral("status"), QStringLiteral("--json")})));
        QCOMPARE(ksef.emulator().statsJson().value(QStringLiteral("invoicesAccepted")).toInt(), 0);
        QCOMPARE(accessAlerts().size(), 1); // the login refusal and the missing permission: one alert

        // Granted write as well: the same queue goes, with the office's certificate.
        cli.input = token.toUtf8() + '\n';
        QCOMPARE(asOwner({QStringLiteral("credentials"), QStringLiteral("set-token")}).exitCode, 0);
        const auto write =
            asOwner({QStringLiteral("permissions"), QStringLiteral("grant"), QStringLiteral("--to"),
                     kOfficeNip, QStringLiteral("--office"), QStringLiteral("Biuro Rachunkowe Demo"),
                     QStringLiteral("--rights"), QStringLiteral("write")});
        QVERIFY2(write.exitCode == 0, qPrintable(write.err));
        const auto listed =
            asOwner({QStringLiteral("permissions"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(rowsOf(listed).size(), 2);
        QCOMPARE(asOwner({QStringLiteral("credentials"), QStringLiteral("remove")}).exitCode, 0);
        const auto sent = asOffice({QStringLiteral("send")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QCOMPARE(ksef.emulator().statsJson().value(QStringLiteral("invoicesAccepted")).toInt(), 1);
        QCOMPARE(accessAlerts().size(), 0); // closed by itself once KSeF let the office work again

        // The office lists the clients that gave it access.
        const auto clients =
            cli({QStringLiteral("permissions"), QStringLiteral("clients"), QStringLiteral("--json"),
                 QStringLiteral("--db"), m_dir.filePath(QStringLiteral("office/own.sqlite")),
                 QStringLiteral("--base-url"), ksef.baseUrl(), QStringLiteral("--nip"), kOfficeNip});
        QVERIFY2(clients.exitCode == 0, qPrintable(clients.err));
        QCOMPARE(rowsOf(clients).size(), 2);
        QCOMPARE(rowsOf(clients)[0][QStringLiteral("context")].toString(), Test::kSellerNip);

        // The audit log names who acted: the office's certificate, through permissions.
        const auto audit = asOffice({QStringLiteral("audit"), QStringLiteral("export")});
        QVERIFY2(audit.out.contains(seal->second.serialHex().toUtf8()), audit.out.left(2000).constData());
        QVERIFY(audit.out.contains("throughPermissions"));

        // The owner revokes: a confirmation that names the consequence first.
        cli.input = token.toUtf8() + '\n';
        QCOMPARE(asOwner({QStringLiteral("credentials"), QStringLiteral("set-token")}).exitCode, 0);
        const QString id = rowsOf(listed)[0][QStringLiteral("id")].toString();
        const QStringList revoke{QStringLiteral("permissions"), QStringLiteral("revoke"),
                                 QStringLiteral("--id"), id};
        const auto unconfirmed = asOwner(revoke);
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.err.contains(QStringLiteral("passed it on")), qPrintable(unconfirmed.err));
        for (const QJsonValue &row : rowsOf(listed)) {
            const auto revoked =
                asOwner({QStringLiteral("permissions"), QStringLiteral("revoke"), QStringLiteral("--id"),
                         row[QStringLiteral("id")].toString(), QStringLiteral("--yes")});
            QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        }
        QCOMPARE(asOwner({QStringLiteral("credentials"), QStringLiteral("remove")}).exitCode, 0);
        QCOMPARE(asOffice({QStringLiteral("import"), invoiceFile(QStringLiteral("FV/B/2"))}).exitCode, 0);
        const auto afterRevoke =
            asOffice({QStringLiteral("send"), QStringLiteral("--wait-retries"), QStringLiteral("0")});
        QCOMPARE(afterRevoke.exitCode, 1);
        QVERIFY2(afterRevoke.err.contains(QStringLiteral("holds no permission")),
                 qPrintable(afterRevoke.err));
        QVERIFY(waiting(asOffice({QStringLiteral("status"), QStringLiteral("--json")})));
        // One alert for the company says what happened and what to ask for; sending again adds no second one.
        (void)asOffice({QStringLiteral("send"), QStringLiteral("--wait-retries"), QStringLiteral("0")});
        const QStringList lost = accessAlerts();
        QCOMPARE(lost.size(), 1);
        QVERIFY2(lost.first().contains(QStringLiteral("Biuro Rachunkowe Demo")) &&
                     lost.first().contains(QStringLiteral("grants the permission again")),
                 qPrintable(lost.first()));

        // Nothing of the client's token is anywhere on the office's side.
        QVERIFY(!everythingUnder(m_dir.filePath(QStringLiteral("office"))).contains(token.toUtf8()));
        QCOMPARE(asOffice({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void badInputIsRefusedBeforeKsef()
    {
        const QStringList common{QStringLiteral("--db"),       m_dir.filePath(QStringLiteral("bad.sqlite")),
                                 QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"),
                                 QStringLiteral("--nip"),      Test::kSellerNip};
        const auto badPesel = cli(QStringList{QStringLiteral("permissions"), QStringLiteral("grant"),
                                              QStringLiteral("--to"), QStringLiteral("44051401358"),
                                              QStringLiteral("--rights"), QStringLiteral("read")} +
                                  common);
        QCOMPARE(badPesel.exitCode, 2);
        QVERIFY2(badPesel.err.contains(QStringLiteral("PESEL")), qPrintable(badPesel.err));
        const auto badRight = cli(QStringList{QStringLiteral("permissions"), QStringLiteral("grant"),
                                              QStringLiteral("--to"), QStringLiteral("44051401359"),
                                              QStringLiteral("--rights"), QStringLiteral("owner")} +
                                  common);
        QCOMPARE(badRight.exitCode, 2);
        const auto officeIntrospection =
            cli(QStringList{QStringLiteral("permissions"), QStringLiteral("grant"), QStringLiteral("--to"),
                            kOfficeNip, QStringLiteral("--office"), QStringLiteral("Biuro"),
                            QStringLiteral("--rights"), QStringLiteral("introspection")} +
                common);
        QCOMPARE(officeIntrospection.exitCode, 1);
        const auto noFile =
            cli(QStringList{QStringLiteral("identity"), QStringLiteral("set"), QStringLiteral("--p12"),
                            m_dir.filePath(QStringLiteral("none.p12"))} +
                common);
        QCOMPARE(noFile.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliPermissions)
#include "tst_cli_permissions.moc"
