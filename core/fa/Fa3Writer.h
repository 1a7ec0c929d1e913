#pragma once

#include "domain/Invoice.h"
#include "domain/InvoiceTotals.h"

#include <QByteArray>

#include <expected>

namespace Kurier {

// Writes an Invoice as FA(3) XML (namespace http://crd.gov.pl/wzor/2025/06/25/13775/). The totals (P_13_x,
// P_14_x, P_15) are computed from the lines by InvoiceCalculator, never taken from the caller.
class Fa3Writer
{
public:
    static std::expected<QByteArray, InvoiceCalculator::Error> write(const Invoice &invoice);
    static QString systemInfo();
};

} // namespace Kurier
