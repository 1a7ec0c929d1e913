#include "fa/Fa3Reader.h"
#include "fa/Fa3Validator.h"
#include "fa/Fa3Writer.h"
#include "fa/SchemaValidator.h"
#include "support/Samples.h"

#include <QTest>

using namespace Kurier;

class TestFa3Writer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_schema.isReady()); }

    // Every kind × every VAT rate: the output validates against the official FA(3) XSD and passes Kurier's
    // own semantic rules (the totals Kurier writes are the totals Kurier checks).
    void everyKindAndRateValidates_data()
    {
        QTest::addColumn<InvoiceKind>("kind");
        QTest::addColumn<VatRate>("rate");
        for (const InvoiceKind kind : kAllInvoiceKinds) {
            for (const VatRate rate : kAllVatRates) {
                QTest::addRow("%s %s", qPrintable(invoiceKindCode(kind)), qPrintable(vatRateCode(rate)))
                    << kind << rate;
            }
        }
    }
    void everyKindAndRateValidates()
    {
        QFETCH(InvoiceKind, kind);
        QFETCH(VatRate, rate);
        const auto xml = Fa3Writer::write(Test::sampleInvoice(kind, {rate}));
        QVERIFY(xml.has_value());
        const ValidationIssues schemaIssues = m_schema.validate(*xml);
        for (const ValidationIssue &issue : schemaIssues) {
            qWarning().noquote() << issue.text();
        }
        QVERIFY(schemaIssues.isEmpty());
        const ValidationReport report = m_validator.validate(*xml);
        for (const ValidationIssue &issue : report.issues) {
            qWarning().noquote() << issue.text();
        }
        QVERIFY(report.isValid());
        QVERIFY(!hasErrors(report.issues));
    }

    void mixedRatesForeignCurrencyAndGrossPricesValidate()
    {
        Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat,
                                              {VatRate::Rate23, VatRate::Rate8, VatRate::Rate5,
                                               VatRate::Exempt, VatRate::Zero, VatRate::ReverseCharge},
                                              QStringLiteral("EUR"));
        invoice.priceMode = PriceMode::Gross;
        invoice.annotations.splitPayment = true;
        invoice.annotations.cashAccounting = true;
        invoice.periodFrom = QDate(2026, 11, 1);
        invoice.periodTo = QDate(2026, 11, 30);
        const auto xml = Fa3Writer::write(invoice);
        QVERIFY(xml.has_value());
        QVERIFY(m_schema.validate(*xml).isEmpty());
        QVERIFY(xml->contains("<P_14_1W>"));
        QVERIFY(xml->contains("<KursWaluty>4.2537</KursWaluty>"));
        QVERIFY(xml->contains("<P_11A>"));
        QVERIFY(xml->contains("<P_18A>1</P_18A>"));
        QVERIFY(m_validator.validate(*xml).isValid());
    }

    void marginSchemeValidates()
    {
        Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat);
        invoice.lines[0].rate.reset();
        invoice.annotations.margin = MarginScheme::UsedGoods;
        const auto xml = Fa3Writer::write(invoice);
        QVERIFY(m_schema.validate(*xml).isEmpty());
        QVERIFY(xml->contains("<P_13_11>"));
        QVERIFY(xml->contains("<P_PMarzy_3_1>1</P_PMarzy_3_1>"));
    }

    void escapesTextAndKeepsPolishCharacters()
    {
        const auto xml = Fa3Writer::write(Test::sampleInvoice(InvoiceKind::Vat));
        QVERIFY(xml->contains("Sklep &quot;Pod Lipą&quot; &amp; Synowie") ||
                xml->contains("Sklep \"Pod Lipą\" &amp; Synowie"));
        QVERIFY(!xml->startsWith("\xEF\xBB\xBF"));
        QVERIFY(xml->startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    // What the writer writes, the reader reads back: the fields Kurier relies on survive the round trip.
    void roundTripsThroughTheReader_data()
    {
        QTest::addColumn<InvoiceKind>("kind");
        for (const InvoiceKind kind : kAllInvoiceKinds) {
            QTest::addRow("%s", qPrintable(invoiceKindCode(kind))) << kind;
        }
    }
    void roundTripsThroughTheReader()
    {
        QFETCH(InvoiceKind, kind);
        const Invoice original = Test::sampleInvoice(kind, {VatRate::Rate23, VatRate::Rate8});
        const auto xml = Fa3Writer::write(original);
        const auto doc = Fa3Reader::read(*xml);
        QVERIFY(doc.has_value());
        const Invoice &read = doc->invoice;
        QCOMPARE(read.kind, original.kind);
        QCOMPARE(read.number, original.number);
        QCOMPARE(read.issueDate, original.issueDate);
        QCOMPARE(read.seller.nip, original.seller.nip);
        QCOMPARE(read.seller.name, original.seller.name);
        QCOMPARE(read.buyer.nip, original.buyer.nip);
        QCOMPARE(read.buyer.name, original.buyer.name);
        QCOMPARE(read.currency, original.currency);
        QCOMPARE(read.lines.size(), original.lines.size());
        QCOMPARE(read.lines.first().name, original.lines.first().name);
        QCOMPARE(read.payment.dueDate, original.payment.dueDate);
        QCOMPARE(read.payment.bankAccount, original.payment.bankAccount);
        QCOMPARE(read.correction.corrected, original.correction.corrected);
        QCOMPARE(read.advanceKsefNumbers, original.advanceKsefNumbers);
        const auto totals = InvoiceCalculator::compute(original);
        QCOMPARE(doc->statedGross, std::optional<Money>(totals->gross));
        QCOMPARE(doc->statedGroups.size(), totals->groups.size());
        QCOMPARE(doc->original, *xml);
    }

private:
    SchemaValidator m_schema;
    ManualClock m_clock{Test::testNow()};
    Fa3Validator m_validator{m_clock};
};

QTEST_GUILESS_MAIN(TestFa3Writer)
#include "tst_fa3writer.moc"
