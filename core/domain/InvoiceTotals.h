#pragma once

#include "domain/Invoice.h"

#include <expected>

namespace Kurier {

struct GroupTotal
{
    VatGroup group = VatGroup::Basic;
    Money net;    // P_13_x
    Money vat;    // P_14_x (zero for groups without tax)
    Money vatPln; // P_14_xW: the VAT in PLN for invoices in a foreign currency
    bool operator==(const GroupTotal &) const = default;
};

struct InvoiceTotals
{
    QList<GroupTotal> groups; // in FA(3) order, only groups that occur
    Money net;
    Money vat;
    Money gross; // P_15
    Money vatPln;
    Money orderValue; // advance invoices: the gross value of the whole order (WartoscZamowienia)

    const GroupTotal *group(VatGroup g) const;
};

// Computes what an invoice's lines add up to, exactly as FA(3) and the VAT act require: line values rounded
// to the grosz, VAT per rate on the sum of the lines (net prices) or extracted from the gross sum (gross
// prices), rounding half away from zero, correction lines "before" subtracted, advances allocated to the
// rates in proportion to the order.
class InvoiceCalculator
{
public:
    enum class Error
    {
        Overflow,
        AdvanceWithoutOrder, // an advance/settlement amount but no order lines to allocate it to
    };

    static std::expected<InvoiceTotals, Error> compute(const Invoice &invoice);
    // The value of one line (P_11 or P_11A): what the file says, else quantity × unit price − discount.
    static std::optional<Money> lineValue(const InvoiceLine &line);
};

} // namespace Kurier
