#include "domain/VatRate.h"

namespace Kurier {

QString vatRateCode(VatRate rate)
{
    switch (rate) {
    case VatRate::Rate23:
        return QStringLiteral("23");
    case VatRate::Rate22:
        return QStringLiteral("22");
    case VatRate::Rate8:
        return QStringLiteral("8");
    case VatRate::Rate7:
        return QStringLiteral("7");
    case VatRate::Rate5:
        return QStringLiteral("5");
    case VatRate::Rate4:
        return QStringLiteral("4");
    case VatRate::Rate3:
        return QStringLiteral("3");
    case VatRate::Zero:
        return QStringLiteral("0 KR");
    case VatRate::ZeroIntraEu:
        return QStringLiteral("0 WDT");
    case VatRate::ZeroExport:
        return QStringLiteral("0 EX");
    case VatRate::Exempt:
        return QStringLiteral("zw");
    case VatRate::ReverseCharge:
        return QStringLiteral("oo");
    case VatRate::NotTaxableAbroad:
        return QStringLiteral("np I");
    case VatRate::NotTaxableEuServices:
        return QStringLiteral("np II");
    }
    return {};
}

std::optional<VatRate> vatRateFromCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (const VatRate rate : kAllVatRates) {
        if (trimmed == vatRateCode(rate)) {
            return rate;
        }
    }
    return std::nullopt;
}

std::optional<int> vatPercent(VatRate rate)
{
    switch (rate) {
    case VatRate::Rate23:
        return 23;
    case VatRate::Rate22:
        return 22;
    case VatRate::Rate8:
        return 8;
    case VatRate::Rate7:
        return 7;
    case VatRate::Rate5:
        return 5;
    case VatRate::Rate4:
        return 4;
    case VatRate::Rate3:
        return 3;
    default:
        return std::nullopt;
    }
}

VatGroup vatGroup(VatRate rate)
{
    switch (rate) {
    case VatRate::Rate23:
    case VatRate::Rate22:
        return VatGroup::Basic;
    case VatRate::Rate8:
    case VatRate::Rate7:
        return VatGroup::Reduced1;
    case VatRate::Rate5:
        return VatGroup::Reduced2;
    case VatRate::Rate4:
    case VatRate::Rate3:
        return VatGroup::TaxiFlatRate;
    case VatRate::Zero:
        return VatGroup::ZeroDomestic;
    case VatRate::ZeroIntraEu:
        return VatGroup::ZeroIntraEu;
    case VatRate::ZeroExport:
        return VatGroup::ZeroExport;
    case VatRate::Exempt:
        return VatGroup::Exempt;
    case VatRate::ReverseCharge:
        return VatGroup::ReverseCharge;
    case VatRate::NotTaxableAbroad:
        return VatGroup::NotTaxableAbroad;
    case VatRate::NotTaxableEuServices:
        return VatGroup::NotTaxableEuServices;
    }
    return VatGroup::Basic;
}

bool vatGroupHasTax(VatGroup group)
{
    return group == VatGroup::Basic || group == VatGroup::Reduced1 || group == VatGroup::Reduced2 ||
           group == VatGroup::TaxiFlatRate;
}

QString vatGroupNetField(VatGroup group)
{
    switch (group) {
    case VatGroup::Basic:
        return QStringLiteral("P_13_1");
    case VatGroup::Reduced1:
        return QStringLiteral("P_13_2");
    case VatGroup::Reduced2:
        return QStringLiteral("P_13_3");
    case VatGroup::TaxiFlatRate:
        return QStringLiteral("P_13_4");
    case VatGroup::ZeroDomestic:
        return QStringLiteral("P_13_6_1");
    case VatGroup::ZeroIntraEu:
        return QStringLiteral("P_13_6_2");
    case VatGroup::ZeroExport:
        return QStringLiteral("P_13_6_3");
    case VatGroup::Exempt:
        return QStringLiteral("P_13_7");
    case VatGroup::NotTaxableAbroad:
        return QStringLiteral("P_13_8");
    case VatGroup::NotTaxableEuServices:
        return QStringLiteral("P_13_9");
    case VatGroup::ReverseCharge:
        return QStringLiteral("P_13_10");
    case VatGroup::Margin:
        return QStringLiteral("P_13_11");
    }
    return {};
}

QString vatGroupTaxField(VatGroup group)
{
    switch (group) {
    case VatGroup::Basic:
        return QStringLiteral("P_14_1");
    case VatGroup::Reduced1:
        return QStringLiteral("P_14_2");
    case VatGroup::Reduced2:
        return QStringLiteral("P_14_3");
    case VatGroup::TaxiFlatRate:
        return QStringLiteral("P_14_4");
    default:
        return {};
    }
}

} // namespace Kurier
