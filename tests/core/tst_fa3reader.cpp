#include "fa/Fa3Reader.h"
#include "fa/Fa3Validator.h"
#include "fa/Fa3Writer.h"
#include "support/Samples.h"

#include <QTest>

using namespace Kurier;

class TestFa3Reader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(Test::officialTemplateNames().size() == 6,
                 qPrintable(QStringLiteral("expected the six official templates in %1")
                                .arg(Test::testDataPath(QStringLiteral("examples/invoices")))));
    }

    void importsEveryOfficialTemplate_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const QString &name : Test::officialTemplateNames()) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }
    void importsEveryOfficialTemplate()
    {
        QFETCH(QString, fileName);
        const QByteArray xml = Test::officialTemplate(fileName);
        QVERIFY(!xml.isEmpty());
        const ValidationReport report = m_validator.validate(xml);
        for (const ValidationIssue &issue : report.issues) {
            qWarning().noquote() << issue.text();
        }
        QVERIFY(report.isValid());
        const Invoice &invoice = report.document->invoice;
        QCOMPARE(invoice.seller.nip, Test::kSellerNip);
        QVERIFY(!invoice.number.isEmpty());
        QVERIFY(invoice.issueDate.isValid());
        QVERIFY(!invoice.seller.name.isEmpty());
        QVERIFY(report.document->statedGross.has_value());
        QCOMPARE(report.document->original, xml); // the bytes that get sent are the bytes that came in
    }

    void extractsTheFieldsOfTheBasicTemplate()
    {
        const auto doc = Fa3Reader::read(
            Test::officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml"), QStringLiteral("42")));
        QVERIFY(doc.has_value());
        const Invoice &invoice = doc->invoice;
        QCOMPARE(invoice.kind, InvoiceKind::Vat);
        QCOMPARE(invoice.number, QStringLiteral("FA/GRQMB-42/05/2025"));
        QCOMPARE(invoice.issueDate, QDate(2025, 9, 1));
        QCOMPARE(invoice.issuePlace, QStringLiteral("Warszawa"));
        QCOMPARE(invoice.periodFrom, std::optional<QDate>(QDate(2026, 1, 1)));
        QCOMPARE(invoice.periodTo, std::optional<QDate>(QDate(2026, 2, 28)));
        QCOMPARE(invoice.currency, QStringLiteral("PLN"));
        QCOMPARE(invoice.seller.name, QStringLiteral("Elektrownia S.A."));
        QCOMPARE(invoice.buyer.nip, QStringLiteral("1111111111"));
        QCOMPARE(invoice.buyer.name, QStringLiteral("F.H.U. Jan Kowalski"));
        QCOMPARE(invoice.buyer.address->line1, QStringLiteral("ul. Polna 1"));
        QCOMPARE(invoice.lines.size(), 2);
        QCOMPARE(invoice.lines[0].name, QStringLiteral("Razem za energię czynną"));
        QCOMPARE(invoice.lines[0].unit, QStringLiteral("kWh"));
        QCOMPARE(invoice.lines[0].quantity, *Quantity::parse(u"20"));
        QCOMPARE(invoice.lines[0].rate, std::optional<VatRate>(VatRate::Rate23));
        QCOMPARE(invoice.lines[1].statedValue, Money::parse(u"25.60"));
        QCOMPARE(doc->statedGroups.size(), 1);
        QCOMPARE(doc->statedGroups[0].net.grosze(), qint64(4360));
        QCOMPARE(doc->statedGroups[0].vat.grosze(), qint64(1003));
        QCOMPARE(doc->statedGross->grosze(), qint64(5363));
        QCOMPARE(invoice.payment.dueDate, std::optional<QDate>(QDate(2026, 3, 15)));
        QCOMPARE(invoice.payment.method, std::optional<PaymentMethod>(PaymentMethod::Transfer));
        QCOMPARE(invoice.payment.bankAccount, QStringLiteral("73111111111111111111111111"));
        QVERIFY(doc->line(QStringLiteral("Fa/P_15")) > 0);
    }

    void readsTheExemptionBasisButNotTheNoExemptionMarker()
    {
        // P_19N = 1 says "no exemption"; it was once read as an exemption basis "1".
        const auto plain = Fa3Writer::write(Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23}));
        QVERIFY(plain.has_value());
        QVERIFY(plain->contains("<P_19N>1</P_19N>"));
        const auto read = Fa3Reader::read(*plain);
        QVERIFY(read.has_value());
        QCOMPARE(read->invoice.annotations.exemptionBasis, QString());
        const auto exempt = Fa3Writer::write(Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Exempt}));
        QVERIFY(exempt.has_value());
        const auto readExempt = Fa3Reader::read(*exempt);
        QVERIFY(readExempt.has_value());
        QCOMPARE(readExempt->invoice.annotations.exemptionBasis,
                 QStringLiteral("art. 43 ust. 1 pkt 37 ustawy o VAT"));
    }

    void detectsTheAttachment()
    {
        const auto doc = Fa3Reader::read(
            Test::officialTemplate(QStringLiteral("csharp-invoice-template-fa-3-with-attachment.xml")));
        QVERIFY(doc.has_value());
        QVERIFY(doc->invoice.hasAttachment);
    }

    void refusesFa2WithWhatItFound()
    {
        QByteArray xml = Test::officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml"));
        QVERIFY(Test::replaceOnce(xml, "http://crd.gov.pl/wzor/2025/06/25/13775/",
                                  "http://crd.gov.pl/wzor/2023/06/29/12648/"));
        const auto doc = Fa3Reader::read(xml);
        QVERIFY(!doc.has_value());
        QCOMPARE(doc.error().code, Fa3Reader::Error::Code::Fa2);
        QVERIFY(doc.error().message().contains(u"FA(2)"));
        QVERIFY(doc.error().message().contains(u"FA(3)"));
    }

    void refusesUnknownDocumentsNamingTheNamespace()
    {
        const auto doc =
            Fa3Reader::read("<?xml version=\"1.0\"?><Invoice "
                            "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>");
        QVERIFY(!doc.has_value());
        QCOMPARE(doc.error().code, Fa3Reader::Error::Code::UnknownDocument);
        QVERIFY(doc.error().message().contains(u"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"));
        QVERIFY(doc.error().message().contains(u"Invoice"));
    }

    void reportsMalformedXmlWithItsPosition_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QByteArray truncated = Test::officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml"));
        truncated.truncate(truncated.size() / 2);
        QTest::newRow("truncated") << truncated;
        QByteArray mismatched = Test::officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml"));
        mismatched.replace("</P_2>", "</P_3>");
        QTest::newRow("mismatched tag") << mismatched;
        QTest::newRow("not xml") << QByteArray("%PDF-1.7 binary");
        QTest::newRow("empty") << QByteArray();
    }
    void reportsMalformedXmlWithItsPosition()
    {
        QFETCH(QByteArray, xml);
        const auto doc = Fa3Reader::read(xml);
        QVERIFY(!doc.has_value());
        QCOMPARE(doc.error().code, Fa3Reader::Error::Code::NotWellFormed);
        QVERIFY(!doc.error().message().isEmpty());
    }

    void neverExpandsExternalEntities()
    {
        const QByteArray xxe =
            "<?xml version=\"1.0\"?><!DOCTYPE Faktura [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            "<Faktura xmlns=\"http://crd.gov.pl/wzor/2025/06/25/13775/\"><Fa><P_2>&x;</P_2></Fa>"
            "</Faktura>";
        const ValidationReport report = m_validator.validate(xxe);
        QVERIFY(!report.isValid());
        if (report.document) {
            QVERIFY(!report.document->invoice.number.contains(u"root:"));
        }
    }

    void aDoctypeIsRefusedWithAPlainMessage()
    {
        // Even a harmless DOCTYPE (no entities) in an otherwise valid invoice: refused, with our sentence and
        // the line of the declaration — not libxml2's internal text.
        QByteArray xml = Test::officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml"));
        QVERIFY(m_validator.validate(xml).isValid());
        const qsizetype rootAt = xml.indexOf("<Faktura");
        QVERIFY(rootAt > 0);
        xml.insert(rootAt, "\n<!DOCTYPE Faktura>\n");
        const ValidationReport report = m_validator.validate(xml);
        QVERIFY(!report.isValid());
        QVERIFY(!report.document);
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().code, IssueCode::NotWellFormed);
        QVERIFY2(report.issues.first().message.startsWith(u"invoices may not declare a DOCTYPE"),
                 qPrintable(report.issues.first().message));
        QCOMPARE(report.issues.first().line, xml.first(rootAt).count('\n') + 2);

        const auto read = Fa3Reader::read(xml);
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code, Fa3Reader::Error::Code::NotWellFormed);
        QVERIFY2(read.error().message().contains(u"DOCTYPE"), qPrintable(read.error().message()));
    }

private:
    ManualClock m_clock{Test::testNow()};
    Fa3Validator m_validator{m_clock};
};

QTEST_GUILESS_MAIN(TestFa3Reader)
#include "tst_fa3reader.moc"
