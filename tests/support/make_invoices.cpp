// kurier-make-invoices DIR COUNT [PREFIX] [SELLER_NIP]: writes COUNT valid FA(3) invoices of the demo seller
// (or of SELLER_NIP), dated today and numbered PREFIX/1…, for the chaos test, the benchmarks and trying
// Kurier out.
#include "fa/Fa3Writer.h"
#include "support/Samples.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Kurier;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: kurier-make-invoices DIR COUNT [PREFIX] [SELLER_NIP]\n", stderr);
        return 2;
    }
    const QDir dir(args[1]);
    QDir().mkpath(dir.absolutePath());
    const int count = args[2].toInt();
    const QString prefix = args.value(3, QStringLiteral("FV"));
    Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23, VatRate::Rate8});
    invoice.issueDate = QDate::currentDate();
    invoice.saleDate = invoice.issueDate;
    invoice.createdAt = QDateTime::currentDateTimeUtc();
    if (args.size() > 4) {
        invoice.seller.nip = args[4];
        invoice.seller.name = QStringLiteral("Klient biura %1 sp. z o.o.").arg(args[4]);
    }
    for (int i = 1; i <= count; ++i) {
        invoice.number = QStringLiteral("%1/%2").arg(prefix).arg(i);
        const auto xml = Fa3Writer::write(invoice);
        QFile file(dir.filePath(QStringLiteral("invoice-%1.xml").arg(i, 6, 10, QLatin1Char('0'))));
        if (!xml || !file.open(QIODevice::WriteOnly) || file.write(*xml) != xml->size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    return 0;
}
