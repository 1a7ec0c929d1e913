#pragma once

#include <QString>

#include <optional>

namespace Kurier {

// The VAT rates of FA(3) (TStawkaPodatku).
enum class VatRate
{
    Rate23,
    Rate22,
    Rate8,
    Rate7,
    Rate5,
    Rate4,
    Rate3,
    Zero,                 // "0 KR": 0 % domestic
    ZeroIntraEu,          // "0 WDT": intra-community supply of goods
    ZeroExport,           // "0 EX": export of goods
    Exempt,               // "zw"
    ReverseCharge,        // "oo": domestic reverse charge
    NotTaxableAbroad,     // "np I": outside Poland (except art. 100 ust. 1 pkt 4)
    NotTaxableEuServices, // "np II": services under art. 100 ust. 1 pkt 4
};

// Where an FA(3) invoice reports the sum of a rate: P_13_1/P_14_1 … P_13_11.
enum class VatGroup
{
    Basic,                // P_13_1, P_14_1 (23 %, 22 %)
    Reduced1,             // P_13_2, P_14_2 (8 %, 7 %)
    Reduced2,             // P_13_3, P_14_3 (5 %)
    TaxiFlatRate,         // P_13_4, P_14_4 (4 %, 3 %)
    ZeroDomestic,         // P_13_6_1
    ZeroIntraEu,          // P_13_6_2
    ZeroExport,           // P_13_6_3
    Exempt,               // P_13_7
    NotTaxableAbroad,     // P_13_8
    NotTaxableEuServices, // P_13_9
    ReverseCharge,        // P_13_10
    Margin,               // P_13_11
};

inline constexpr VatRate kAllVatRates[] = {
    VatRate::Rate23,
    VatRate::Rate22,
    VatRate::Rate8,
    VatRate::Rate7,
    VatRate::Rate5,
    VatRate::Rate4,
    VatRate::Rate3,
    VatRate::Zero,
    VatRate::ZeroIntraEu,
    VatRate::ZeroExport,
    VatRate::Exempt,
    VatRate::ReverseCharge,
    VatRate::NotTaxableAbroad,
    VatRate::NotTaxableEuServices,
};

inline constexpr VatGroup kAllVatGroups[] = {
    VatGroup::Basic,
    VatGroup::Reduced1,
    VatGroup::Reduced2,
    VatGroup::TaxiFlatRate,
    VatGroup::ZeroDomestic,
    VatGroup::ZeroIntraEu,
    VatGroup::ZeroExport,
    VatGroup::Exempt,
    VatGroup::NotTaxableAbroad,
    VatGroup::NotTaxableEuServices,
    VatGroup::ReverseCharge,
    VatGroup::Margin,
};

QString vatRateCode(VatRate rate); // the FA(3) P_12 value: "23", "0 KR", "zw", "np I"…
std::optional<VatRate> vatRateFromCode(QStringView code);
// The percentage for rates that carry tax; nothing for 0 %, exempt, reverse charge and not taxable.
std::optional<int> vatPercent(VatRate rate);
VatGroup vatGroup(VatRate rate);
bool vatGroupHasTax(VatGroup group);      // P_14_x exists for this group
QString vatGroupNetField(VatGroup group); // "P_13_1"
QString vatGroupTaxField(VatGroup group); // "P_14_1", or empty where the group has no tax field

} // namespace Kurier
