#include "domain/InvoiceTotals.h"
#include "support/Samples.h"

#include <QTest>

using namespace Kurier;

namespace {
InvoiceLine line(const char *quantity, const char *price, VatRate rate, qint64 discount = 0)
{
    InvoiceLine l;
    l.name = QStringLiteral("x");
    l.quantity = *Quantity::parse(QString::fromLatin1(quantity));
    l.unitPrice = *UnitPrice::parse(QString::fromLatin1(price));
    l.rate = rate;
    l.discount = Money::fromGrosze(discount);
    return l;
}
} // namespace

class TestInvoiceTotals : public QObject
{
    Q_OBJECT

private slots:
    void computesVatOnTheSumPerRate()
    {
        // The official template: 20 × 0.90 + 1 × 25.60 = 43.60 net, VAT 23 % = 10.028 → 10.03, gross 53.63.
        Invoice invoice;
        invoice.lines = {line("20", "0.90", VatRate::Rate23), line("1", "25.60", VatRate::Rate23)};
        const auto totals = InvoiceCalculator::compute(invoice);
        QVERIFY(totals.has_value());
        QCOMPARE(totals->groups.size(), 1);
        QCOMPARE(totals->group(VatGroup::Basic)->net.grosze(), qint64(4360));
        QCOMPARE(totals->group(VatGroup::Basic)->vat.grosze(), qint64(1003));
        QCOMPARE(totals->gross.grosze(), qint64(5363));
    }

    void keepsRatesApartAndInFa3Order()
    {
        Invoice invoice;
        invoice.lines = {line("1", "100", VatRate::Exempt), line("3", "0.33", VatRate::Rate8, 1),
                         line("1", "10", VatRate::Rate23), line("2", "5", VatRate::Rate5),
                         line("1", "7", VatRate::ZeroExport)};
        const auto totals = InvoiceCalculator::compute(invoice);
        QVERIFY(totals.has_value());
        QList<VatGroup> order;
        for (const GroupTotal &g : totals->groups) {
            order.append(g.group);
        }
        QCOMPARE(order, (QList<VatGroup>{VatGroup::Basic, VatGroup::Reduced1, VatGroup::Reduced2,
                                         VatGroup::ZeroExport, VatGroup::Exempt}));
        QCOMPARE(totals->group(VatGroup::Reduced1)->net.grosze(), qint64(98)); // 0.99 − 0.01
        QCOMPARE(totals->group(VatGroup::Reduced1)->vat.grosze(), qint64(8));  // 7.84 → 8
        QCOMPARE(totals->group(VatGroup::Exempt)->vat.grosze(), qint64(0));
        QCOMPARE(totals->net.grosze(), qint64(10000 + 98 + 1000 + 1000 + 700));
        QCOMPARE(totals->gross, totals->net + totals->vat);
    }

    void extractsVatFromGrossPrices()
    {
        Invoice invoice;
        invoice.priceMode = PriceMode::Gross;
        invoice.lines = {line("1", "123.00", VatRate::Rate23), line("1", "1.00", VatRate::Rate23)};
        const auto totals = InvoiceCalculator::compute(invoice);
        QCOMPARE(totals->group(VatGroup::Basic)->vat.grosze(), qint64(2319)); // 124 × 23/123 = 23.187 → 23.19
        QCOMPARE(totals->group(VatGroup::Basic)->net.grosze(), qint64(10081));
        QCOMPARE(totals->gross.grosze(), qint64(12400));
    }

    void correctionSubtractsTheStateBefore()
    {
        Invoice invoice = Test::sampleInvoice(InvoiceKind::Correction);
        const auto totals = InvoiceCalculator::compute(invoice);
        QVERIFY(totals.has_value());
        // before: 3.125 × 123.45 − 1.50 = 384.28; after: 1.125 × 123.45 − 1.50 = 137.38 → difference −246.90
        QCOMPARE(totals->net.grosze(), qint64(-24690));
        QCOMPARE(totals->group(VatGroup::Basic)->vat.grosze(), qint64(-5679)); // −56.787 → −56.79
        QCOMPARE(totals->gross.grosze(), qint64(-24690 - 5679));
    }

    void allocatesAnAdvanceInProportionToTheOrder()
    {
        Invoice invoice;
        invoice.kind = InvoiceKind::Advance;
        invoice.lines = {line("1", "1000", VatRate::Rate23), line("1", "1000", VatRate::Rate8)};
        invoice.advanceReceived = Money::fromGrosze(100000); // 1000.00 of 2310.00 ordered
        const auto totals = InvoiceCalculator::compute(invoice);
        QVERIFY(totals.has_value());
        QCOMPARE(totals->orderValue.grosze(), qint64(231000));
        QCOMPARE(totals->gross.grosze(), qint64(100000)); // the parts always add up to the advance
        const GroupTotal *basic = totals->group(VatGroup::Basic);
        // 1000 × 1230/2310 = 532.47; VAT inside = 532.47 × 23/123 = 99.57
        QCOMPARE(basic->net.grosze() + basic->vat.grosze(), qint64(53247));
        QCOMPARE(basic->vat.grosze(), qint64(9957));
    }

    void settlementDeductsTheAdvance()
    {
        Invoice invoice;
        invoice.kind = InvoiceKind::Settlement;
        invoice.lines = {line("1", "1000", VatRate::Rate23)};
        invoice.advanceReceived = Money::fromGrosze(23000); // 230.00 paid of 1230.00
        const auto totals = InvoiceCalculator::compute(invoice);
        QCOMPARE(totals->gross.grosze(), qint64(100000));
        QCOMPARE(totals->group(VatGroup::Basic)->vat.grosze(), qint64(18699)); // 1000 × 23/123 = 186.99
    }

    void advanceNeedsAnOrder()
    {
        Invoice invoice;
        invoice.kind = InvoiceKind::Advance;
        invoice.advanceReceived = Money::fromGrosze(100);
        QCOMPARE(InvoiceCalculator::compute(invoice).error(), InvoiceCalculator::Error::AdvanceWithoutOrder);
    }

    void foreignCurrencyCarriesVatInPln()
    {
        Invoice invoice;
        invoice.currency = QStringLiteral("EUR");
        invoice.exchangeRate = ExchangeRate::parse(u"4.2537");
        invoice.lines = {line("1", "100", VatRate::Rate23)};
        const auto totals = InvoiceCalculator::compute(invoice);
        // 100.00 EUR → 425.37 PLN; VAT 23 % = 97.8351 → 97.84 PLN
        QCOMPARE(totals->group(VatGroup::Basic)->vat.grosze(), qint64(2300));
        QCOMPARE(totals->group(VatGroup::Basic)->vatPln.grosze(), qint64(9784));
    }

    void reportsOverflowInsteadOfWrapping()
    {
        Invoice invoice;
        invoice.lines = {line("999999999999", "9999999999", VatRate::Rate23)};
        QCOMPARE(InvoiceCalculator::compute(invoice).error(), InvoiceCalculator::Error::Overflow);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceTotals)
#include "tst_invoicetotals.moc"
