#include "domain/InvoiceTotals.h"

#include <array>
#include <map>

namespace Kurier {

namespace {

// Gross or net sums per rate, before VAT is derived. Keyed by rate so that 23 % and 22 % (both "Basic") keep
// their own VAT computation; margin-scheme lines (no rate) are kept apart.
struct RateSums
{
    std::map<VatRate, Money> byRate;
    Money margin;
    bool hasMargin = false;
};

std::optional<RateSums> sumLines(const Invoice &invoice)
{
    RateSums sums;
    for (const InvoiceLine &line : invoice.lines) {
        const std::optional<Money> value = InvoiceCalculator::lineValue(line);
        if (!value) {
            return std::nullopt;
        }
        const Money signedValue = line.before ? -*value : *value;
        if (line.rate) {
            sums.byRate[*line.rate] += signedValue;
        } else {
            sums.margin += signedValue;
            sums.hasMargin = true;
        }
    }
    return sums;
}

// Splits `amount` over the entries in proportion to their weights; the largest share takes the rounding rest,
// so the parts always add up to `amount` exactly.
void allocate(Money amount, std::map<VatRate, Money> &weights)
{
    Money totalWeight;
    for (const auto &[rate, weight] : weights) {
        totalWeight += weight;
    }
    if (totalWeight.isZero()) {
        return;
    }
    Money assigned;
    VatRate largest = weights.begin()->first;
    for (auto &[rate, weight] : weights) {
        if (weight > weights[largest]) {
            largest = rate;
        }
    }
    std::map<VatRate, Money> shares;
    for (const auto &[rate, weight] : weights) {
        const Int128 share =
            roundedDivide(static_cast<Int128>(amount.grosze()) * weight.grosze(), totalWeight.grosze());
        shares[rate] = Money::fromGrosze(static_cast<qint64>(share));
        assigned += shares[rate];
    }
    shares[largest] += amount - assigned;
    weights = std::move(shares);
}

} // namespace

const GroupTotal *InvoiceTotals::group(VatGroup g) const
{
    for (const GroupTotal &total : groups) {
        if (total.group == g) {
            return &total;
        }
    }
    return nullptr;
}

std::optional<Money> InvoiceCalculator::lineValue(const InvoiceLine &line)
{
    if (line.statedValue) {
        return line.statedValue;
    }
    const std::optional<Money> product = Money::fromProduct(line.quantity, line.unitPrice);
    if (!product) {
        return std::nullopt;
    }
    return *product - line.discount;
}

std::expected<InvoiceTotals, InvoiceCalculator::Error> InvoiceCalculator::compute(const Invoice &invoice)
{
    std::optional<RateSums> sums = sumLines(invoice);
    if (!sums) {
        return std::unexpected(Error::Overflow);
    }
    InvoiceTotals totals;
    PriceMode mode = invoice.priceMode;

    if (isAdvance(invoice.kind) || (isSettlement(invoice.kind) && !invoice.advanceReceived.isZero())) {
        // The lines are the whole order. Work in gross so that the advance can be split by the order's
        // shares.
        std::map<VatRate, Money> orderGross;
        for (const auto &[rate, value] : sums->byRate) {
            const int percent = vatPercent(rate).value_or(0);
            orderGross[rate] = mode == PriceMode::Net ? value + value.vatOnNet(percent) : value;
            totals.orderValue += orderGross[rate];
        }
        totals.orderValue += sums->margin;
        if (orderGross.empty()) {
            return std::unexpected(Error::AdvanceWithoutOrder);
        }
        std::map<VatRate, Money> advance = orderGross;
        allocate(invoice.advanceReceived, advance);
        if (isAdvance(invoice.kind)) {
            sums->byRate = std::move(advance);
        } else {
            for (auto &[rate, gross] : orderGross) {
                gross -= advance[rate];
            }
            sums->byRate = std::move(orderGross);
        }
        mode = PriceMode::Gross;
    }

    std::array<GroupTotal, std::size(kAllVatGroups)> byGroup{};
    std::array<bool, std::size(kAllVatGroups)> present{};
    for (const auto &[rate, value] : sums->byRate) {
        const auto index = static_cast<std::size_t>(vatGroup(rate));
        const int percent = vatPercent(rate).value_or(0);
        const Money vat = mode == PriceMode::Net ? value.vatOnNet(percent) : value.vatInGross(percent);
        const Money net = mode == PriceMode::Net ? value : value - vat;
        GroupTotal &total = byGroup[index];
        total.group = vatGroup(rate);
        total.net += net;
        total.vat += vat;
        if (invoice.currency != u"PLN" && invoice.exchangeRate) {
            total.vatPln += net.converted(*invoice.exchangeRate).vatOnNet(percent);
        }
        present[index] = true;
    }
    if (sums->hasMargin) {
        const auto index = static_cast<std::size_t>(VatGroup::Margin);
        byGroup[index].group = VatGroup::Margin;
        byGroup[index].net = sums->margin;
        present[index] = true;
    }
    for (std::size_t i = 0; i < byGroup.size(); ++i) {
        if (!present[i]) {
            continue;
        }
        totals.groups.append(byGroup[i]);
        totals.net += byGroup[i].net;
        totals.vat += byGroup[i].vat;
        totals.vatPln += byGroup[i].vatPln;
    }
    totals.gross = totals.net + totals.vat;
    return totals;
}

} // namespace Kurier
