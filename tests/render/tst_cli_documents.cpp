// kurier-cli pdf and upo --pdf, as a user runs them: the real binary on a real database, after the invoices
// went through the real emulator over HTTP. No display: the command renders on its own.
#include "fa/Fa3Writer.h"
#include "ksef/QrLinks.h"
#include "render/RenderTestSupport.h"
#include "support/CliRunner.h"
#include "support/EmulatorHarness.h"
#include "support/Files.h"
#include "support/Samples.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

using namespace Kurier;
using Test::readBytes;
using Test::writeBytes;

class TestCliDocuments : public QObject
{
    Q_OBJECT

    Test::CliRunner cli;

private slots:
    void pdfAndUpoPdfOfASentInvoice()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.emulator.info=false"));
        Test::EmulatorHarness ksef(Test::EmulatorHarness::fastConfig(Test::kSellerNip));
        QTemporaryDir dir;
        QProcessEnvironment &environment = cli.environment;
        environment.insert(QStringLiteral("KURIER_KSEF_TOKEN"),
                           ksef.emulator().createDemoSubject(Test::kSellerNip));
        // Like a server or a cron job: no display, no platform chosen.
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        cli.common = {QStringLiteral("--db"),       dir.filePath(QStringLiteral("kurier.sqlite")),
                      QStringLiteral("--base-url"), ksef.baseUrl(),
                      QStringLiteral("--nip"),      Test::kSellerNip};

        const auto xml =
            Fa3Writer::write(Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23, VatRate::Rate8}));
        QVERIFY(xml.has_value());
        const QString file = dir.filePath(QStringLiteral("fv.xml"));
        QVERIFY(writeBytes(file, *xml));
        QCOMPARE(cli({QStringLiteral("import"), file}).exitCode, 0);
        const Test::CliRunner::Run send = cli({QStringLiteral("send")});
        QVERIFY2(send.exitCode == 0, qPrintable(send.err));
        const Test::CliRunner::Run show =
            cli({QStringLiteral("show"), QStringLiteral("FV/2026/11/VAT"), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QString ksefNumber = QJsonDocument::fromJson(show.out).object().value(u"ksefNumber").toString();
        QVERIFY2(!ksefNumber.isEmpty(), show.out.constData());
        // The queue options may come before the command too: `kurier-cli --db F … show N --json`.
        Test::CliRunner optionsFirst;
        optionsFirst.environment = environment;
        const Test::CliRunner::Run shown =
            optionsFirst(cli.common + QStringList{QStringLiteral("show"), QStringLiteral("FV/2026/11/VAT"),
                                                  QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QCOMPARE(shown.out, show.out);

        const QString pdfPath = dir.filePath(QStringLiteral("fv.pdf"));
        const Test::CliRunner::Run pdf =
            cli({QStringLiteral("pdf"), QStringLiteral("FV/2026/11/VAT"), QStringLiteral("--out"), pdfPath});
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QVERIFY2(pdf.err.contains(pdfPath), qPrintable(pdf.err));
        const Test::PdfReader invoice(readBytes(pdfPath));
        const QString text = invoice.compactText();
        QVERIFY(text.contains(QStringLiteral("FV/2026/11/VAT")));
        QVERIFY(text.contains(ksefNumber));
        QVERIFY(text.contains(Test::kSellerNip) && text.contains(Test::kBuyerNip));
        // KOD I for the environment the invoice went to (the emulator verifies at its own origin).
        const QString link = QrLinks::invoiceVerification(*KsefEnvironment::fromText(ksef.baseUrl()),
                                                          Test::kSellerNip, QDate(2026, 11, 20), *xml);
        QVERIFY(link.startsWith(ksef.origin() + QStringLiteral("/invoice/5265877635/20-11-2026/")));
        QCOMPARE(invoice.qrCodes(), QStringList{link});
        invoice.png(110, QStringLiteral(KURIER_BINARY_DIR "/renderings"), QStringLiteral("cli-invoice"), 1);

        const QString upoPath = dir.filePath(QStringLiteral("upo.pdf"));
        const QString upoXml = dir.filePath(QStringLiteral("upo.xml"));
        const Test::CliRunner::Run upo =
            cli({QStringLiteral("upo"), ksefNumber, QStringLiteral("--pdf"), upoPath, QStringLiteral("--out"),
                 upoXml, QStringLiteral("--document-language"), QStringLiteral("en")});
        QVERIFY2(upo.exitCode == 0, qPrintable(upo.err));
        const QString upoText = Test::PdfReader(readBytes(upoPath)).compactText();
        QVERIFY(upoText.contains(QStringLiteral("Officialreceipt(UPO)")));
        QVERIFY(upoText.contains(ksefNumber));
        QVERIFY(upoText.contains(QStringLiteral("FV/2026/11/VAT")));
        QVERIFY(!readBytes(upoXml).isEmpty());

        // The reconciliation report as a PDF (what a bookkeeper files away), from a run and from the stored
        // one.
        const QString reportPath = dir.filePath(QStringLiteral("reconciliation.pdf"));
        const Test::CliRunner::Run reconciled =
            cli({QStringLiteral("reconcile"), QStringLiteral("--pdf"), reportPath});
        QVERIFY2(reconciled.exitCode == 0, qPrintable(reconciled.err + QString::fromUtf8(reconciled.out)));
        const QString reportText = Test::PdfReader(readBytes(reportPath)).compactText();
        QVERIFY2(reportText.contains(QStringLiteral("NIP5265877635")), qPrintable(reportText.left(300)));
        QVERIFY(reportText.contains(QStringLiteral("KSeF")));
        QVERIFY(QFile::remove(reportPath));
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--show"), QStringLiteral("last"),
                      QStringLiteral("--pdf"), reportPath})
                     .exitCode,
                 0);
        QVERIFY(
            Test::PdfReader(readBytes(reportPath)).compactText().contains(QStringLiteral("NIP5265877635")));

        // Wrong requests: a clear message, the right exit code, and no file left behind.
        const QString nothing = dir.filePath(QStringLiteral("nothing.pdf"));
        const Test::CliRunner::Run unknown =
            cli({QStringLiteral("pdf"), QStringLiteral("FV/NOPE"), QStringLiteral("--out"), nothing});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("FV/NOPE")), qPrintable(unknown.err));
        QCOMPARE(cli({QStringLiteral("pdf"), QStringLiteral("FV/2026/11/VAT")}).exitCode, 2);
        const Test::CliRunner::Run language =
            cli({QStringLiteral("pdf"), QStringLiteral("FV/2026/11/VAT"), QStringLiteral("--out"), nothing,
                 QStringLiteral("--document-language"), QStringLiteral("de")});
        QCOMPARE(language.exitCode, 2);
        QVERIFY2(language.err.contains(QStringLiteral("\"de\"")), qPrintable(language.err));
        QVERIFY(!QFile::exists(nothing));
        const Test::CliRunner::Run unwritable =
            cli({QStringLiteral("pdf"), QStringLiteral("FV/2026/11/VAT"), QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("missing/dir/fv.pdf"))});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(QStringLiteral("missing/dir")), qPrintable(unwritable.err));
    }

private:
};

QTEST_MAIN(TestCliDocuments)
#include "tst_cli_documents.moc"
