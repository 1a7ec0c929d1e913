// Invoices and UPOs rendered to real PDFs and read back with poppler (text, pages) and zbar (QR codes).
#include "AmountInWords.h"
#include "DocumentText.h"
#include "InvoiceDocument.h"
#include "QrCode.h"
#include "ReconcileDocument.h"
#include "UpoDocument.h"
#include "domain/KsefNumber.h"
#include "fa/Fa3Reader.h"
#include "fa/Fa3Writer.h"
#include "ksef/QrLinks.h"
#include "outbox/OutboxItem.h"
#include "render/RenderTestSupport.h"
#include "support/Samples.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTest>

using namespace Kurier;
using namespace Kurier::Test;

namespace {

const QString kPngDir = QStringLiteral(KURIER_BINARY_DIR "/renderings");

QString ksefNumberFor(const QString &nip)
{
    return KsefNumber::generate(nip, QDate(2026, 11, 20), QStringLiteral("0100001AF629")).text();
}

InvoicePrintout printoutOf(const QByteArray &xml, DocumentLanguage language = DocumentLanguage::Polish)
{
    OutboxItem item;
    item.xml = xml;
    item.environment = QStringLiteral("test");
    auto document = Fa3Reader::read(xml);
    item.ksefNumber = document ? ksefNumberFor(document->invoice.seller.nip) : QString();
    auto printout = InvoicePrintout::forItem(item, language);
    return printout.value_or(InvoicePrintout{});
}

// What the issue asks every rendered invoice to show, read back from the PDF's text.
void verifyInvoiceText(const InvoicePrintout &printout, const PdfReader &reader)
{
    const QString text = reader.compactText();
    const Invoice &invoice = printout.document.invoice;
    const DocumentText t(printout.language);
    QVERIFY2(text.contains(PdfReader::compact(invoice.number)), qPrintable(invoice.number));
    QVERIFY2(text.contains(invoice.seller.nip), "seller NIP");
    if (invoice.buyer.idKind == PartyId::Nip) {
        QVERIFY2(text.contains(invoice.buyer.nip), "buyer NIP");
    }
    for (const InvoiceLine &line : invoice.lines) {
        QVERIFY2(text.contains(PdfReader::compact(line.name)), qPrintable(line.name));
    }
    for (const QString &nip : printout.document.thirdPartyNips) {
        QVERIFY2(text.contains(nip), qPrintable(nip));
    }
    for (const GroupTotal &group : printout.document.statedGroups) {
        QVERIFY2(text.contains(PdfReader::compact(t.money(group.net))), qPrintable(group.net.toXml()));
        QVERIFY2(text.contains(PdfReader::compact(t.money(group.vat))), qPrintable(group.vat.toXml()));
        QVERIFY2(text.contains(PdfReader::compact(t.money(group.net + group.vat))),
                 qPrintable((group.net + group.vat).toXml()));
    }
    QVERIFY(printout.document.statedGross.has_value());
    const QString gross =
        PdfReader::compact(t.money(*printout.document.statedGross) + u' ' + invoice.currency);
    QVERIFY2(text.contains(gross), qPrintable(gross));
    QVERIFY2(text.contains(printout.ksefNumber), "KSeF number");
}

// Writes the invoice as FA(3), reads it back and renders it; fails the test when the layout is wider than the
// page (a table or an unbroken word overflowing).
QByteArray renderFitting(const Invoice &invoice, InvoicePrintout &printout)
{
    const auto xml = Fa3Writer::write(invoice);
    if (!xml) {
        QTest::qFail("the invoice cannot be written", __FILE__, __LINE__);
        return {};
    }
    printout = printoutOf(*xml);
    auto document = InvoiceDocument::build(printout);
    const auto pdf = document ? (*document)->pdf() : std::unexpected(document.error());
    if (!pdf) {
        QTest::qFail(qPrintable(pdf.error()), __FILE__, __LINE__);
        return {};
    }
    if ((*document)->widthUsed() > 1.002) {
        QTest::qFail(
            qPrintable(QStringLiteral("the layout is %1 × the page width").arg((*document)->widthUsed())),
            __FILE__, __LINE__);
        return {};
    }
    return *pdf;
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private slots:
    void amountInWords_data()
    {
        QTest::addColumn<qint64>("grosze");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("polish");
        QTest::addColumn<QString>("expected");
        const auto pl = [](const char *name, qint64 grosze, const char *text) {
            QTest::newRow(name) << grosze << QStringLiteral("PLN") << true << QString::fromUtf8(text);
        };
        pl("0", 0, "zero złotych 00/100");
        pl("1", 100, "jeden złoty 00/100");
        pl("2", 200, "dwa złote 00/100");
        pl("5", 500, "pięć złotych 00/100");
        pl("12", 1200, "dwanaście złotych 00/100");
        pl("22", 2200, "dwadzieścia dwa złote 00/100");
        pl("21", 2100, "dwadzieścia jeden złotych 00/100");
        pl("0.07", 7, "zero złotych 07/100");
        pl("231.50", 23150, "dwieście trzydzieści jeden złotych 50/100");
        pl("1000", 100000, "tysiąc złotych 00/100");
        pl("2500", 250000, "dwa tysiące pięćset złotych 00/100");
        pl("5000", 500000, "pięć tysięcy złotych 00/100");
        pl("12345.67", 1234567, "dwanaście tysięcy trzysta czterdzieści pięć złotych 67/100");
        pl("22000", 2200000, "dwadzieścia dwa tysiące złotych 00/100");
        pl("1000000", 100000000, "milion złotych 00/100");
        pl("2000001", 200000100, "dwa miliony jeden złotych 00/100");
        pl("-15.20", -1520, "minus piętnaście złotych 20/100");
        pl("-0.50", -50, "minus zero złotych 50/100");
        QTest::newRow("eur") << qint64(10000) << QStringLiteral("EUR") << true
                             << QStringLiteral("sto EUR 00/100");
        QTest::newRow("en") << qint64(23150) << QStringLiteral("PLN") << false
                            << QStringLiteral("two hundred thirty-one PLN 50/100");
        QTest::newRow("en-million") << qint64(100200300) << QStringLiteral("EUR") << false
                                    << QStringLiteral("one million two thousand three EUR 00/100");
    }
    void amountInWords()
    {
        QFETCH(qint64, grosze);
        QFETCH(QString, currency);
        QFETCH(bool, polish);
        QFETCH(QString, expected);
        QCOMPARE(AmountInWords::amount(Money::fromGrosze(grosze), currency,
                                       polish ? DocumentLanguage::Polish : DocumentLanguage::English),
                 expected);
    }

    void verificationLinkFollowsTheProtocol()
    {
        const QByteArray xml = officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml"));
        QVERIFY(!xml.isEmpty());
        // An independent Base64URL of the file's SHA-256 (Qt's hash, not Kurier's OpenSSL wrapper).
        QString hash =
            QString::fromLatin1(QCryptographicHash::hash(xml, QCryptographicHash::Sha256).toBase64());
        hash.replace(u'+', u'-').replace(u'/', u'_').remove(u'=');
        QCOMPARE(hash.size(), 43);
        const QString link = QrLinks::invoiceVerification(*KsefEnvironment::fromText(QStringLiteral("test")),
                                                          kSellerNip, QDate(2026, 2, 1), xml);
        QCOMPARE(
            link,
            QStringLiteral("https://qr-test.ksef.mf.gov.pl/invoice/%1/01-02-2026/%2").arg(kSellerNip, hash));
        QVERIFY(QrLinks::invoiceVerification(*KsefEnvironment::fromText(QStringLiteral("production")),
                                             kSellerNip, QDate(2026, 2, 1), xml)
                    .startsWith(u"https://qr.ksef.mf.gov.pl/invoice/"));
        QVERIFY(QrLinks::invoiceVerification(*KsefEnvironment::fromText(QStringLiteral("demo")), kSellerNip,
                                             QDate(2026, 2, 1), xml)
                    .startsWith(u"https://qr-demo.ksef.mf.gov.pl/invoice/"));
        QCOMPARE(QrLinks::invoiceVerification(
                     *KsefEnvironment::fromText(QStringLiteral("http://127.0.0.1:8123/v2")), kSellerNip,
                     QDate(2026, 2, 1), xml),
                 QStringLiteral("http://127.0.0.1:8123/invoice/%1/01-02-2026/%2").arg(kSellerNip, hash));
        QCOMPARE(QrLinks::invoiceLabel(QString()), QStringLiteral("OFFLINE"));
    }

    void qrCodeDecodesToItsText()
    {
        const QString text = QStringLiteral("https://qr-test.ksef.mf.gov.pl/invoice/5265877635/20-11-2026/"
                                            "UtQp9Gpc51y-u3xApZjIjgkpZ01js-J8KflSPW8WzIE");
        const auto code = QrCode::encode(text);
        QVERIFY(code.has_value());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(code->image(4).save(file));
        QCOMPARE(PdfReader::decode(file), QStringList{text});
        QVERIFY(!QrCode::encode(QString(8000, u'x')).has_value());
    }

    void officialTemplates_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : officialTemplateNames()) {
            QTest::newRow(qPrintable(name)) << name;
        }
        QVERIFY(officialTemplateNames().size() >= 6);
    }
    void officialTemplates()
    {
        QFETCH(QString, name);
        const QByteArray xml = officialTemplate(name, QStringLiteral("FV/2026/11/0042"));
        const InvoicePrintout printout = printoutOf(xml);
        QVERIFY(!printout.verificationUrl.isEmpty());
        const auto pdf = InvoiceDocument::pdf(printout);
        QVERIFY2(pdf.has_value(), pdf ? "" : qPrintable(pdf.error()));
        const PdfReader reader(*pdf);
        reader.png(110, kPngDir, QFileInfo(name).completeBaseName(), 1);
        verifyInvoiceText(printout, reader);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(reader.qrCodes(reader.pages()), QStringList{printout.verificationUrl});
    }

    void generatedInvoices_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("english");
        const QList<VatRate> rates{VatRate::Rate23, VatRate::Rate8, VatRate::Rate5, VatRate::Exempt};
        for (const InvoiceKind kind : kAllInvoiceKinds) {
            QTest::newRow(qPrintable(invoiceKindCode(kind))) << int(kind) << QStringLiteral("PLN") << false;
        }
        QTest::newRow("VAT-EUR") << int(InvoiceKind::Vat) << QStringLiteral("EUR") << false;
        QTest::newRow("VAT-en") << int(InvoiceKind::Vat) << QStringLiteral("PLN") << true;
        QTest::newRow("KOR-EUR-en") << int(InvoiceKind::Correction) << QStringLiteral("EUR") << true;
    }
    void generatedInvoices()
    {
        QFETCH(int, kind);
        QFETCH(QString, currency);
        QFETCH(bool, english);
        const Invoice invoice = sampleInvoice(
            InvoiceKind(kind), {VatRate::Rate23, VatRate::Rate8, VatRate::Rate5, VatRate::Exempt}, currency);
        const auto xml = Fa3Writer::write(invoice);
        QVERIFY(xml.has_value());
        const InvoicePrintout printout =
            printoutOf(*xml, english ? DocumentLanguage::English : DocumentLanguage::Polish);
        const auto pdf = InvoiceDocument::pdf(printout);
        QVERIFY2(pdf.has_value(), pdf ? "" : qPrintable(pdf.error()));
        const PdfReader reader(*pdf);
        reader.png(110, kPngDir,
                   QStringLiteral("generated-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        verifyInvoiceText(printout, reader);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString text = reader.compactText();
        const DocumentText t(printout.language);
        QVERIFY(text.contains(PdfReader::compact(t(u"Sprzedawca", "Seller"))));
        QVERIFY(text.contains(PdfReader::compact(
            AmountInWords::amount(*printout.document.statedGross, currency, printout.language))));
        if (isCorrection(invoice.kind)) {
            QVERIFY(text.contains(
                PdfReader::compact(t(u"Pozycje przed korektą", "Lines before the correction"))));
            QVERIFY(text.contains(invoice.correction.corrected.first().ksefNumber));
            QVERIFY(text.contains(PdfReader::compact(invoice.correction.reason)));
        }
        if (currency != u"PLN") {
            QVERIFY(text.contains(PdfReader::compact(t(u"Kwota podatku w PLN", "VAT in PLN"))));
            for (const GroupTotal &group : printout.document.statedGroups) {
                QVERIFY(text.contains(PdfReader::compact(t.money(group.vatPln))));
            }
            QVERIFY(text.contains(t.decimal(*invoice.exchangeRate)));
        }
        if (!invoice.annotations.exemptionBasis.isEmpty()) {
            QVERIFY(text.contains(PdfReader::compact(invoice.annotations.exemptionBasis)));
        }
        QVERIFY(text.contains(invoice.payment.bankAccount));
        QCOMPARE(reader.qrCodes(reader.pages()), QStringList{printout.verificationUrl});
    }

    void longInvoiceFlowsOverPagesWithRepeatedHeaders()
    {
        Invoice invoice = sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23});
        invoice.lines.clear();
        for (int i = 1; i <= 300; ++i) {
            InvoiceLine line;
            line.name = QStringLiteral("Pozycja %1: listwa dębowa %2 cm").arg(i).arg(100 + i);
            line.unit = QStringLiteral("szt.");
            line.quantity = Quantity::fromInteger(i % 7 + 1);
            line.unitPrice = *UnitPrice::parse(u"12.34");
            line.rate = i % 3 ? VatRate::Rate23 : VatRate::Rate8;
            invoice.lines.append(line);
        }
        InvoicePrintout printout;
        const QByteArray pdf = renderFitting(invoice, printout);
        if (QTest::currentTestFailed()) {
            return;
        }
        const PdfReader reader(pdf);
        const int pages = reader.pages();
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        for (int page = 1; page <= pages; ++page) {
            const QString text = reader.compactText(page);
            QVERIFY2(text.contains(PdfReader::compact(QStringLiteral("Strona %1 z %2").arg(page).arg(pages))),
                     qPrintable(QString::number(page)));
            // Every page that continues the lines table starts with its header again.
            if (page < pages - 1) {
                QVERIFY2(text.contains(QStringLiteral("Nazwatowarulubusługi")),
                         qPrintable(QString::number(page)));
            }
        }
        verifyInvoiceText(printout, reader);
        QCOMPARE(reader.qrCodes(pages), QStringList{printout.verificationUrl});
        reader.png(60, kPngDir, QStringLiteral("long-300-lines"), 2);
    }

    void longNamesWrapAndNothingOverflows()
    {
        Invoice invoice = sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23, VatRate::Rate8});
        invoice.lines[0].name = QStringLiteral("Bardzo") + QString(300, u'x') + QStringLiteral("Koniec");
        invoice.lines[1].name = QStringLiteral("Kompleksowa usługa ").repeated(12).trimmed();
        invoice.seller.name = QStringLiteral("Przedsiębiorstwo Handlowo-Usługowe ").repeated(8).trimmed();
        invoice.buyer.name = QStringLiteral("Spółka") + QString(150, u'w');
        InvoicePrintout printout;
        const QByteArray pdf = renderFitting(invoice, printout);
        if (QTest::currentTestFailed()) {
            return;
        }
        const PdfReader reader(pdf);
        verifyInvoiceText(printout, reader);
        QVERIFY(reader.compactText().contains(PdfReader::compact(invoice.seller.name)));
        reader.png(110, kPngDir, QStringLiteral("long-names"), 1);
    }

    void offlineInvoiceIsLabelledAndLeavesRoomForKod2()
    {
        const auto xml = Fa3Writer::write(sampleInvoice(InvoiceKind::Vat));
        QVERIFY(xml.has_value());
        OutboxItem item;
        item.xml = *xml;
        item.environment = QStringLiteral("demo");
        const auto printout = InvoicePrintout::forItem(item, DocumentLanguage::Polish);
        QVERIFY(printout.has_value());
        QVERIFY(printout->offline);
        QVERIFY(printout->verificationUrl.startsWith(
            u"https://qr-demo.ksef.mf.gov.pl/invoice/5265877635/20-11-2026/"));
        const auto pdf = InvoiceDocument::pdf(*printout);
        QVERIFY(pdf.has_value());
        const PdfReader reader(*pdf);
        const QString text = reader.compactText();
        QVERIFY(text.contains(QStringLiteral("OFFLINE")));
        QVERIFY(text.contains(QStringLiteral("MiejscenaKODII")));
        QCOMPARE(reader.qrCodes(reader.pages()), QStringList{printout->verificationUrl});
        reader.png(110, kPngDir, QStringLiteral("offline"), 1);
    }

    void badInvoiceXmlIsRefusedWithAMessage()
    {
        OutboxItem item;
        item.environment = QStringLiteral("test");
        item.xml = officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml")).left(700);
        const auto truncated = InvoicePrintout::forItem(item, DocumentLanguage::Polish);
        QVERIFY(!truncated.has_value());
        QVERIFY(!truncated.error().isEmpty());
        item.xml.clear();
        QVERIFY(!InvoicePrintout::forItem(item, DocumentLanguage::Polish).has_value());
    }

    void upoSamples_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : officialUpoSamplePaths()) {
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }
    void upoSamples()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto upo = Upo::parse(file.readAll());
        QVERIFY(upo.has_value());
        const auto pdf = UpoDocument::pdf(*upo, DocumentLanguage::Polish);
        QVERIFY(pdf.has_value());
        const PdfReader reader(*pdf);
        reader.png(110, kPngDir, QStringLiteral("upo-") + QFileInfo(path).completeBaseName(), 1);
        const QString text = reader.compactText();
        QVERIFY(text.contains(QStringLiteral("UrzędowePoświadczenieOdbioru")));
        QVERIFY(text.contains(upo->sessionReference));
        for (const Upo::Document &document : upo->documents) {
            QVERIFY2(text.contains(document.ksefNumber), qPrintable(document.ksefNumber));
            QVERIFY2(text.contains(PdfReader::compact(document.invoiceNumber)),
                     qPrintable(document.invoiceNumber));
            QVERIFY2(text.contains(document.invoiceHash), qPrintable(document.invoiceHash));
        }
        // The raw XML is referenced by its hash and reproduced in full.
        QVERIFY(text.contains(
            QString::fromLatin1(QCryptographicHash::hash(upo->raw, QCryptographicHash::Sha256).toHex())));
        QVERIFY(text.contains(QStringLiteral("<Potwierdzenie")) ||
                text.contains(QStringLiteral(":Potwierdzenie")));
        const auto english = UpoDocument::pdf(*upo, DocumentLanguage::English);
        QVERIFY(english.has_value());
        QVERIFY(PdfReader(*english).compactText().contains(QStringLiteral("Officialreceipt(UPO)")));
    }

    // One invoice of a session's UPO (Kurier keeps a batch's session UPO for all its invoices): its entry
    // only, the page's size, and the XML named by its hash instead of printed (a page lists up to 10 000).
    void aSessionUpoPrintsTheOneInvoiceItIsShownFor()
    {
        const QString path =
            officialUpoSamplePaths().filter(QStringLiteral("upo-sesja-kontekst-id-nip")).value(0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto upo = Upo::parse(file.readAll());
        QVERIFY(upo.has_value());
        QCOMPARE(upo->documents.size(), 2);
        const Upo::Document shown = upo->documents[1];
        const Upo::Document other = upo->documents[0];
        const auto pdf = UpoDocument::pdf(*upo, DocumentLanguage::Polish, shown.ksefNumber);
        QVERIFY(pdf.has_value());
        const PdfReader reader(*pdf);
        reader.png(110, kPngDir, QStringLiteral("upo-session-one-invoice"), 1);
        const QString text = reader.compactText();
        QVERIFY(text.contains(shown.ksefNumber));
        QVERIFY(text.contains(shown.invoiceHash));
        QVERIFY(!text.contains(other.ksefNumber));
        QVERIFY(text.contains(QStringLiteral("UPOzbiorczesesji(liczbapotwierdzonychfaktur:2)")));
        QVERIFY(text.contains(
            QString::fromLatin1(QCryptographicHash::hash(upo->raw, QCryptographicHash::Sha256).toHex())));
        QVERIFY(!text.contains(QStringLiteral(":Potwierdzenie")) &&
                !text.contains(QStringLiteral("<Potwierdzenie")));
        // A KSeF number the page does not list, or a UPO of one invoice: everything, as before.
        const auto all = UpoDocument::pdf(*upo, DocumentLanguage::English, QStringLiteral("5265877635-x"));
        QVERIFY(all.has_value());
        const QString allText = PdfReader(*all).compactText();
        QVERIFY(allText.contains(other.ksefNumber) && allText.contains(shown.ksefNumber));
    }

    void reconciliationReportListsWhatNeedsAPersonFirst()
    {
        ReconcileReport report;
        report.id = 42;
        report.outcome = ReconcileReport::Outcome::Attention;
        report.startedAt = QDateTime(QDate(2026, 11, 26), QTime(6, 0), Qt::UTC);
        report.finishedAt = report.startedAt.addSecs(40);
        report.from = report.startedAt.addDays(-31);
        report.to = report.startedAt;
        report.itemsChecked = 3;
        report.sessionsChecked = 7;
        report.invoicesListed = 120;
        report.metadataQueries = 1;
        ReconcileFinding adopted;
        adopted.kind = ReconcileFinding::Kind::OrphanKsef;
        adopted.invoiceNumber = QStringLiteral("FV/OTHER/1");
        adopted.ksefNumber = QStringLiteral("5265877635-20261126-0100001AF629-AB");
        adopted.action = QStringLiteral("Adopted as confirmed with its UPO.");
        ReconcileFinding stuck;
        stuck.kind = ReconcileFinding::Kind::Stuck;
        stuck.needsHuman = true;
        stuck.invoiceNumber = QStringLiteral("FV/STUCK/7");
        stuck.sessionRef = QStringLiteral("20261126-SO-2F5C1E8000-4A3B2C1D0E-7F");
        stuck.since = report.startedAt.addSecs(-3 * 3600);
        stuck.lastAnswer = QStringLiteral("150 Trwa przetwarzanie");
        stuck.action = QStringLiteral("Ask KSeF support about session 20261126-SO-2F5C1E8000-4A3B2C1D0E-7F.");
        report.findings = {adopted, stuck};

        const auto pdf =
            ReconcileDocument::pdf(report, QStringLiteral("Kurier Demo sp. z o.o. (NIP 5265877635)"));
        QVERIFY(pdf.has_value());
        const PdfReader reader(*pdf);
        reader.png(110, kPngDir, QStringLiteral("reconciliation"), 1);
        const QString text = reader.compactText();
        for (const QString &expected :
             {QStringLiteral("NIP5265877635"), QStringLiteral("FV/OTHER/1"), QStringLiteral("FV/STUCK/7"),
              adopted.ksefNumber, stuck.sessionRef, QStringLiteral("150Trwaprzetwarzanie"),
              PdfReader::compact(ReconcileFinding::kindName(ReconcileFinding::Kind::Stuck))}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        QVERIFY2(text.indexOf(QStringLiteral("FV/STUCK/7")) < text.indexOf(QStringLiteral("FV/OTHER/1")),
                 "what needs a person comes first");
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
