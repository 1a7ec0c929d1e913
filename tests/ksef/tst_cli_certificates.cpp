// `kurier-cli certificates` as a company on a KSeF token would use it, with the real system keychain (a
// private D-Bus session and GNOME Keyring, see with-keyring.sh) and the real emulator: the token warning, a
// login with a request signed elsewhere, enrolment of both certificates, sending with the Authentication
// certificate, revocation, import — and no key material anywhere on disk.
#include "fa/Fa3Writer.h"
#include "ksef/KsefClient.h"
#include "ksef/crypto/SigningIdentity.h"
#include "ksef/crypto/Xades.h"
#include "render/RenderTestSupport.h"
#include "support/CliRunner.h"
#include "support/EmulatorHarness.h"
#include "support/Files.h"
#include "support/Samples.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Kurier;
using Test::readBytes;
using Test::writeBytes;

namespace {

QJsonArray certificatesOf(const Test::CliRunner::Run &list)
{
    return QJsonDocument::fromJson(list.out).object().value(QStringLiteral("certificates")).toArray();
}

QString serialOf(const QJsonArray &rows, const QString &type)
{
    for (const QJsonValue &row : rows) {
        if (row[QStringLiteral("type")].toString() == type &&
            row[QStringLiteral("onThisComputer")].toBool()) {
            return row[QStringLiteral("serial")].toString();
        }
    }
    return {};
}
} // namespace

class TestCliCertificates : public QObject
{
    Q_OBJECT

    Test::CliRunner cli;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.emulator.info=false"));
        cli.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        cli.environment.remove(QStringLiteral("KURIER_KSEF_TOKEN"));
    }

    void fromATokenToCertificates()
    {
        Test::EmulatorHarness ksef(Test::EmulatorHarness::fastConfig(Test::kSellerNip));
        const QString token = ksef.emulator().createDemoSubject(Test::kSellerNip);
        cli.common = {QStringLiteral("--db"),       m_dir.filePath(QStringLiteral("kurier.sqlite")),
                      QStringLiteral("--base-url"), ksef.baseUrl(),
                      QStringLiteral("--nip"),      Test::kSellerNip};
        cli.input = token.toUtf8() + '\n';
        QCOMPARE(cli({QStringLiteral("credentials"), QStringLiteral("set-token")}).exitCode, 0);

        // On a token: the warning with the way to a certificate; enrolment needs a signature login.
        const auto list =
            cli({QStringLiteral("certificates"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(list.out).object().value(QStringLiteral("usesToken")).toBool());
        QVERIFY2(list.err.contains(QStringLiteral("31 December 2026")), qPrintable(list.err));
        // The date is the desktop's setting (Settings → KSeF), which kurier-cli reads too: moved to 30
        // November 2027, every warning follows; send and status warn as well.
        const QString desktop = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                QStringLiteral("/Kurier/Kurier");
        QVERIFY(QDir().mkpath(desktop));
        {
            QSettings ini(desktop + QStringLiteral("/kurier.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("ksef/tokensEndOn"), QStringLiteral("2027-11-30"));
        }
        const auto moved = cli({QStringLiteral("certificates"), QStringLiteral("list")});
        QVERIFY2(moved.err.contains(QStringLiteral("30 November 2027")), qPrintable(moved.err));
        const auto status = cli({QStringLiteral("status")});
        QVERIFY2(status.err.contains(QStringLiteral("tokens are only assured until 30 November 2027")),
                 qPrintable(status.err));
        QVERIFY(QFile::remove(desktop + QStringLiteral("/kurier.ini")));
        QCOMPARE(certificatesOf(list).size(), 0);
        const auto refused = cli({QStringLiteral("certificates"), QStringLiteral("enrol")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("signature")), qPrintable(refused.err));

        // Kurier writes the request; the user's software signs it (here: a test seal, as that software
        // would).
        const QString request = m_dir.filePath(QStringLiteral("logowanie.xml"));
        const QString signedFile = m_dir.filePath(QStringLiteral("logowanie-podpisane.xml"));
        const auto written = cli(
            {QStringLiteral("certificates"), QStringLiteral("request"), QStringLiteral("--out"), request});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        // Until when, with its date and Polish time (not a bare "21:30").
        const QString until = QString::fromUtf8(written.out);
        QVERIFY2(until.contains(u"before " + QDate::currentDate().toString(Qt::ISODate)) ||
                     until.contains(u"before " + QDate::currentDate().addDays(1).toString(Qt::ISODate)),
                 written.out.constData());
        QVERIFY2(written.out.contains("Polish time"), written.out.constData());
        const auto seal = KsefClient::selfSignedSeal(Test::kSellerNip, QStringLiteral("Firma Testowa"));
        QVERIFY(writeBytes(signedFile, *Xades::sign(readBytes(request), seal->first, seal->second,
                                                    QDateTime::currentDateTimeUtc())));
        const QStringList enrolWith{QStringLiteral("certificates"), QStringLiteral("enrol"),
                                    QStringLiteral("--request"), request, QStringLiteral("--signed")};
        const auto unsignedFile = cli(enrolWith + QStringList{request});
        QCOMPARE(unsignedFile.exitCode, 1);
        QVERIFY2(unsignedFile.err.contains(QStringLiteral("not signed")), qPrintable(unsignedFile.err));
        // A signed file changed afterwards: Kurier's own message, not xmlsec's internal error lines.
        QByteArray tampered = readBytes(signedFile);
        QVERIFY(tampered.contains(Test::kSellerNip.toUtf8()));
        tampered.replace(Test::kSellerNip.toUtf8(), "1111111111");
        const QString tamperedFile = m_dir.filePath(QStringLiteral("logowanie-zmienione.xml"));
        QVERIFY(writeBytes(tamperedFile, tampered));
        const auto changed = cli(enrolWith + QStringList{tamperedFile});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(!changed.err.contains(QStringLiteral("func=")) &&
                     !changed.err.contains(QStringLiteral("xmlSec")),
                 qPrintable(changed.err));
        QVERIFY2(changed.err.contains(QStringLiteral("not valid")), qPrintable(changed.err));
        const auto enrolled = cli(enrolWith + QStringList{signedFile});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QCOMPARE(enrolled.out.count("issued"), 2);

        const auto both =
            cli({QStringLiteral("certificates"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray rows = certificatesOf(both);
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows) {
            QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("active"));
        }
        // Every login now uses the Authentication certificate: not "on a token", and no tokens-end warning.
        QVERIFY(!QJsonDocument::fromJson(both.out).object().value(QStringLiteral("usesToken")).toBool());
        QVERIFY2(!both.err.contains(QStringLiteral("31 December 2026")), qPrintable(both.err));
        const QString authentication = serialOf(rows, QStringLiteral("Authentication"));
        QVERIFY(!serialOf(rows, QStringLiteral("Offline")).isEmpty());

        // From now on Kurier logs in with the Authentication certificate (the emulator counts those logins).
        const auto xml = Fa3Writer::write(Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23}));
        const QString invoice = m_dir.filePath(QStringLiteral("fv.xml"));
        QVERIFY(writeBytes(invoice, *xml));
        QCOMPARE(cli({QStringLiteral("import"), invoice}).exitCode, 0);
        const int loginsBefore =
            ksef.emulator().statsJson().value(QStringLiteral("ksefCertificateLogins")).toInt();
        const auto sent = cli({QStringLiteral("send")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY(ksef.emulator().statsJson().value(QStringLiteral("ksefCertificateLogins")).toInt() >
                loginsBefore);
        // Kurier's XAdES signature is inside KSeF's profile: the emulator (which checks it) sent no sig-001.
        const auto alerts = cli({QStringLiteral("alerts"), QStringLiteral("--json")});
        for (const QJsonValue &alert :
             QJsonDocument::fromJson(alerts.out).object().value(u"alerts").toArray()) {
            QVERIFY2(alert[QStringLiteral("kind")].toString() != u"system-warning",
                     qPrintable(alert[QStringLiteral("message")].toString()));
        }

        issueOfflineAndPrint(ksef);

        // Revocation names its consequences and wants --yes; then the certificate is gone from the keychain
        // and KSeF lists it as revoked; Kurier falls back to the token.
        const QStringList revoke{QStringLiteral("certificates"), QStringLiteral("revoke"),
                                 QStringLiteral("--serial"), authentication};
        const auto unconfirmed = cli(revoke);
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY(unconfirmed.err.contains(QStringLiteral("KOD II")));
        const auto revoked = cli(revoke + QStringList{QStringLiteral("--yes")});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        const QJsonArray after = certificatesOf(
            cli({QStringLiteral("certificates"), QStringLiteral("list"), QStringLiteral("--json")}));
        QVERIFY(serialOf(after, QStringLiteral("Authentication")).isEmpty());
        bool listedRevoked = false;
        for (const QJsonValue &row : after) {
            listedRevoked |= row[QStringLiteral("serial")].toString() == authentication &&
                             row[QStringLiteral("status")].toString() == u"revoked";
        }
        QVERIFY(listedRevoked);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    // With the Offline certificate in the keychain: invoices imported as issued offline, their printout with
    // both QR codes (KOD II genuine for the emulator), the deadlines, and sending them with offlineMode.
    void issueOfflineAndPrint(Test::EmulatorHarness &ksef)
    {
        const QDate today = QDate::currentDate();
        QStringList files;
        for (const auto &[number, date] : {std::pair{QStringLiteral("FV/OFF/1"), today},
                                           std::pair{QStringLiteral("FV/OFF/2"), today.addDays(-7)}}) {
            Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23});
            invoice.number = number;
            invoice.issueDate = date;
            invoice.saleDate = date;
            files.append(m_dir.filePath(QString(number).replace(u'/', u'-') + QStringLiteral(".xml")));
            QVERIFY(writeBytes(files.last(), *Fa3Writer::write(invoice)));
        }
        const auto unknown = cli(
            {QStringLiteral("import"), QStringLiteral("--offline"), QStringLiteral("later"), files.first()});
        QCOMPARE(unknown.exitCode, 2);
        const auto imported = cli({QStringLiteral("import"), QStringLiteral("--offline"),
                                   QStringLiteral("offline24"), files.first(), files.last()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // Each with its deadline in Polish time; the one of a week ago said plainly to be late, and its KOD
        // II made with a certificate younger than the invoice.
        QVERIFY2(imported.out.contains("FV/OFF/1 issued offline24") && imported.out.contains("Polish time"),
                 imported.out.constData());
        QVERIFY2(imported.err.contains(QStringLiteral("FV/OFF/2: Its deadline")) &&
                     imported.err.contains(QStringLiteral("days ago")),
                 qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("FV/OFF/2: The invoice is dated")),
                 qPrintable(imported.err));

        // The one dated a week ago is overdue already: exit 3 for scripts and the daily timer.
        const auto listed =
            cli({QStringLiteral("offline"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 3);
        const QJsonObject list = QJsonDocument::fromJson(listed.out).object();
        QCOMPARE(list.value(QStringLiteral("invoices")).toArray().size(), 2);
        QCOMPARE(list.value(QStringLiteral("overdue")).toInt(), 1);
        for (const QJsonValue &row : list.value(QStringLiteral("invoices")).toArray()) {
            QCOMPARE(row[QStringLiteral("offlineMode")].toString(), QStringLiteral("offline24"));
            QVERIFY(row[QStringLiteral("kod2")].toBool());
        }

#ifdef KURIER_CLI_RENDER
        // The printout: KOD I labelled OFFLINE and KOD II labelled CERTYFIKAT, both decoded by zbar; the
        // emulator says KOD II is genuine.
        const QString pdf = m_dir.filePath(QStringLiteral("offline.pdf"));
        const auto printed =
            cli({QStringLiteral("pdf"), QStringLiteral("FV/OFF/1"), QStringLiteral("--out"), pdf});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        const Test::PdfReader reader(readBytes(pdf));
        QVERIFY(reader.text().contains(QStringLiteral("OFFLINE")));
        QVERIFY(reader.text().contains(QStringLiteral("CERTYFIKAT")));
        const QStringList codes = reader.qrCodes();
        QCOMPARE(codes.size(), 2);
        const QString kod2 = codes.filter(QStringLiteral("/certificate/")).value(0);
        QVERIFY2(!kod2.isEmpty(), qPrintable(codes.join(u' ')));
        QVERIFY(!codes.filter(QStringLiteral("/invoice/")).isEmpty());
        const QJsonObject answer = ksef.request("GET", kod2).json();
        QVERIFY2(answer.value(QStringLiteral("genuine")).toBool(),
                 QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());

#endif
        // Sent as offline invoices: KSeF's invoicingMode is Offline; nothing is waiting any more.
        const int declaredBefore =
            ksef.emulator().statsJson().value(QStringLiteral("offlineDeclared")).toInt();
        const auto sent = cli({QStringLiteral("send")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QCOMPARE(ksef.emulator().statsJson().value(QStringLiteral("offlineDeclared")).toInt(),
                 declaredBefore + 2);
        const auto shown =
            cli({QStringLiteral("show"), QStringLiteral("FV/OFF/2"), QStringLiteral("--json")});
        const QJsonObject item = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(item.value(QStringLiteral("invoicingMode")).toString(), QStringLiteral("Offline"));
        QCOMPARE(cli({QStringLiteral("offline"), QStringLiteral("list")}).exitCode, 0);
        // Its mode cannot change any more.
        const auto again =
            cli({QStringLiteral("offline"), QStringLiteral("issue"), QStringLiteral("FV/OFF/2"),
                 QStringLiteral("--mode"), QStringLiteral("failure")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already gone to KSeF")), qPrintable(again.err));
    }

    void importPemPairAndP12()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const AsymmetricKey caKey = *AsymmetricKey::generateEc();
        const Certificate ca = *Certificate::selfSigned(caKey, {{QStringLiteral("CN"), QStringLiteral("CA")}},
                                                        now.addDays(-2), now.addYears(3));
        const AsymmetricKey key = *AsymmetricKey::generateEc();
        const Certificate offline = *Certificate::issue(
            key, {{QStringLiteral("CN"), QStringLiteral("Firma Testowa")}}, ca, caKey, now.addDays(-1),
            now.addYears(2), 0x0FEDCBA987654321ULL, Certificate::KeyUsage::NonRepudiation);
        const QString certFile = m_dir.filePath(QStringLiteral("offline.crt"));
        const QString keyFile = m_dir.filePath(QStringLiteral("offline.key"));
        const QString otherKeyFile = m_dir.filePath(QStringLiteral("other.key"));
        QVERIFY(writeBytes(certFile, offline.pem()));
        QVERIFY(writeBytes(keyFile, key.encryptedPrivateKeyPem("hasło-klucza")));
        QVERIFY(writeBytes(otherKeyFile, AsymmetricKey::generateEc()->privateKeyPem()));
        const QStringList import{QStringLiteral("certificates"), QStringLiteral("import"),
                                 QStringLiteral("--cert"), certFile, QStringLiteral("--key")};

        cli.input = "złe\n";
        const auto wrongPassword = cli(import + QStringList{keyFile});
        QCOMPARE(wrongPassword.exitCode, 1);
        QVERIFY2(wrongPassword.err.contains(QStringLiteral("password is wrong")),
                 qPrintable(wrongPassword.err));
        const auto mismatched = cli(import + QStringList{otherKeyFile});
        QCOMPARE(mismatched.exitCode, 1);
        QVERIFY2(mismatched.err.contains(QStringLiteral("does not belong")), qPrintable(mismatched.err));
        cli.input = "hasło-klucza\n";
        const auto imported = cli(import + QStringList{keyFile});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains("Offline certificate 0FEDCBA987654321 imported"));

        // The same certificate as one .p12 (replaces the stored Offline certificate).
        const QString p12 = m_dir.filePath(QStringLiteral("offline.p12"));
        QVERIFY(writeBytes(
            p12, *SigningIdentity{key, offline}.toPkcs12(QStringLiteral("p12"), QStringLiteral("x"))));
        cli.input = "p12\n";
        const auto fromP12 =
            cli({QStringLiteral("certificates"), QStringLiteral("import"), QStringLiteral("--p12"), p12});
        QVERIFY2(fromP12.exitCode == 0, qPrintable(fromP12.err));
        QVERIFY(fromP12.out.contains("Offline"));
    }

    // After everything: no private key in the database, beside it, or in what the commands printed.
    void noKeyMaterialOnDisk()
    {
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.endsWith(u".key") || path.endsWith(u".p12")) {
                continue; // the test's own input files
            }
            const QByteArray bytes = readBytes(path);
            QVERIFY2(!bytes.contains("PRIVATE KEY"), qPrintable(path));
            ++checked;
        }
        QVERIFY(checked >= 2); // the database and the request files at least
    }
};

QTEST_GUILESS_MAIN(TestCliCertificates)
#include "tst_cli_certificates.moc"
