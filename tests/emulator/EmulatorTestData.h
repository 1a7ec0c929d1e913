#pragma once

#include "fa/Fa3Writer.h"
#include "support/Samples.h"

#include <QDate>

namespace Kurier::Test {

// An FA(3) invoice from the demo seller, issued today (Warsaw time is close enough to UTC for a test that
// runs away from midnight; the date is taken from the same clock the emulator uses).
inline QByteArray emulatorInvoice(const QString &number, QDate issueDate = QDate::currentDate())
{
    Invoice invoice = sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23, VatRate::Rate8});
    invoice.number = number;
    invoice.issueDate = issueDate;
    invoice.saleDate = issueDate;
    invoice.createdAt = QDateTime::currentDateTimeUtc();
    return *Fa3Writer::write(invoice);
}

} // namespace Kurier::Test
