#include "support/Samples.h"

#include "domain/KsefNumber.h"
#include "fa/Fa3Writer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Kurier::Test {

QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
}

QByteArray sellerInvoice(const QString &sellerNip, const QString &sellerName, const QString &number,
                         const QList<VatRate> &rates, const QString &buyerNip)
{
    Invoice invoice = sampleInvoice(InvoiceKind::Vat, rates);
    invoice.seller.nip = sellerNip;
    invoice.buyer.nip = buyerNip;
    invoice.seller.name = sellerName;
    invoice.number = number;
    invoice.issueDate = QDate::currentDate();
    invoice.saleDate = invoice.issueDate;
    invoice.createdAt = QDateTime::currentDateTimeUtc();
    return *Fa3Writer::write(invoice);
}

Invoice sampleInvoice(InvoiceKind kind, const QList<VatRate> &rates, const QString &currency)
{
    Invoice invoice;
    invoice.kind = kind;
    invoice.number = QStringLiteral("FV/2026/11/%1").arg(invoiceKindCode(kind));
    invoice.issueDate = QDate(2026, 11, 20);
    invoice.issuePlace = QStringLiteral("Kraków");
    invoice.saleDate = QDate(2026, 11, 18);
    invoice.currency = currency;
    if (currency != u"PLN") {
        invoice.exchangeRate = ExchangeRate::parse(u"4.2537");
    }
    invoice.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    invoice.seller.nip = kSellerNip;
    invoice.seller.name = QStringLiteral("Pracownia Stolarska Jan Nowak");
    invoice.seller.address =
        Address{QStringLiteral("PL"), QStringLiteral("ul. Długa 5"), QStringLiteral("31-147 Kraków")};
    invoice.seller.email = QStringLiteral("biuro@stolarz.example");
    invoice.buyer.nip = kBuyerNip;
    invoice.buyer.name = QStringLiteral("Sklep \"Pod Lipą\" & Synowie Sp. z o.o.");
    invoice.buyer.address =
        Address{QStringLiteral("PL"), QStringLiteral("ul. Krótka 1/3"), QStringLiteral("00-001 Warszawa")};
    if (rates.contains(VatRate::ZeroIntraEu)) {
        invoice.buyer.idKind = PartyId::EuVat;
        invoice.buyer.euCountry = QStringLiteral("DE");
        invoice.buyer.euVatNumber = QStringLiteral("123456789");
        invoice.buyer.address =
            Address{QStringLiteral("DE"), QStringLiteral("Hauptstraße 1, 10115 Berlin"), {}};
    }
    int n = 0;
    for (const VatRate rate : rates) {
        ++n;
        InvoiceLine line;
        line.name = QStringLiteral("Usługa stolarska nr %1 (stawka %2)").arg(n).arg(vatRateCode(rate));
        line.unit = QStringLiteral("szt.");
        line.quantity = *Quantity::parse(QStringLiteral("%1.125").arg(n));
        line.unitPrice = *UnitPrice::parse(u"123.45");
        line.discount = n % 2 ? Money::fromGrosze(150) : Money();
        line.rate = rate;
        invoice.lines.append(line);
    }
    invoice.payment.dueDate = QDate(2026, 12, 4);
    invoice.payment.method = PaymentMethod::Transfer;
    invoice.payment.bankAccount = QStringLiteral("61109010140000071219812874");
    invoice.payment.bankName = QStringLiteral("Bank Przykładowy S.A.");
    if (rates.contains(VatRate::Exempt)) {
        invoice.annotations.exemptionBasis = QStringLiteral("art. 43 ust. 1 pkt 37 ustawy o VAT");
    }
    if (rates.contains(VatRate::ReverseCharge)) {
        invoice.annotations.reverseCharge = true;
    }
    const QString corrected =
        KsefNumber::generate(kSellerNip, QDate(2026, 11, 2), QStringLiteral("0100001AF629")).text();
    if (isCorrection(kind)) {
        invoice.correction.reason = QStringLiteral("Błędna ilość towaru");
        invoice.correction.type = 2;
        invoice.correction.corrected.append(
            CorrectedInvoice{QDate(2026, 11, 2), QStringLiteral("FV/2026/11/001"), corrected});
        // The state before the correction: the same lines with a larger quantity.
        const QList<InvoiceLine> after = invoice.lines;
        QList<InvoiceLine> all;
        for (InvoiceLine before : after) {
            before.before = true;
            before.quantity = before.quantity + Quantity::fromInteger(2);
            all.append(before);
        }
        all.append(after);
        invoice.lines = all;
    }
    if (isAdvance(kind)) {
        invoice.advanceReceived = *Money::parse(u"500.00");
    }
    if (isSettlement(kind)) {
        invoice.advanceReceived = *Money::parse(u"200.00");
        invoice.advanceKsefNumbers.append(corrected);
    }
    if (kind == InvoiceKind::Simplified) {
        invoice.buyer.address.reset();
    }
    return invoice;
}

QString testDataPath(const QString &relative)
{
    const QString path = QStringLiteral(KURIER_TEST_DATA_DIR "/ksef/") + relative;
    if (!QFileInfo::exists(path)) {
        qFatal(
            "Test data missing: %s. The official KSeF examples ship with the repository in tests/data/ksef; "
            "restore them with `git checkout -- tests/data`.",
            qPrintable(QDir::toNativeSeparators(path)));
    }
    return path;
}

QStringList officialUpoSamplePaths()
{
    QStringList paths;
    QDirIterator it(testDataPath(QStringLiteral("examples/upo")), {QStringLiteral("*.xml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths.append(it.next());
    }
    if (paths.isEmpty()) {
        qFatal("Test data missing: no UPO samples in %s",
               qPrintable(testDataPath(QStringLiteral("examples/upo"))));
    }
    paths.sort();
    return paths;
}

QStringList officialTemplateNames()
{
    const QStringList names = QDir(testDataPath(QStringLiteral("examples/invoices")))
                                  .entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        qFatal("Test data missing: no invoice templates in tests/data/ksef/examples/invoices");
    }
    return names;
}

QByteArray officialTemplate(const QString &fileName, const QString &invoiceNumber)
{
    QFile file(testDataPath(QStringLiteral("examples/invoices/") + fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("Test data unreadable: %s", qPrintable(file.fileName()));
    }
    QByteArray xml = file.readAll();
    xml.replace("#nip#", kSellerNip.toLatin1());
    xml.replace("#nipOdbiorca#", kBuyerNip.toLatin1());
    xml.replace("#selfInvocingNip#", kBuyerNip.toLatin1());
    xml.replace("#invoice_number#", invoiceNumber.toUtf8());
    xml.replace("#invoicing_date#", "2026-11-20");
    return xml;
}

bool replaceOnce(QByteArray &xml, QByteArrayView from, QByteArrayView to)
{
    const qsizetype at = xml.indexOf(from);
    if (at < 0) {
        return false;
    }
    xml.replace(at, from.size(), to.toByteArray());
    return true;
}

} // namespace Kurier::Test
