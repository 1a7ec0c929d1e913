#include "domain/Invoice.h"

namespace Kurier {

QString invoiceKindCode(InvoiceKind kind)
{
    switch (kind) {
    case InvoiceKind::Vat:
        return QStringLiteral("VAT");
    case InvoiceKind::Correction:
        return QStringLiteral("KOR");
    case InvoiceKind::Advance:
        return QStringLiteral("ZAL");
    case InvoiceKind::Settlement:
        return QStringLiteral("ROZ");
    case InvoiceKind::Simplified:
        return QStringLiteral("UPR");
    case InvoiceKind::AdvanceCorrection:
        return QStringLiteral("KOR_ZAL");
    case InvoiceKind::SettlementCorrection:
        return QStringLiteral("KOR_ROZ");
    }
    return {};
}

std::optional<InvoiceKind> invoiceKindFromCode(QStringView code)
{
    for (const InvoiceKind kind : kAllInvoiceKinds) {
        if (code.trimmed() == invoiceKindCode(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

bool isCorrection(InvoiceKind kind)
{
    return kind == InvoiceKind::Correction || kind == InvoiceKind::AdvanceCorrection ||
           kind == InvoiceKind::SettlementCorrection;
}

bool isAdvance(InvoiceKind kind)
{
    return kind == InvoiceKind::Advance || kind == InvoiceKind::AdvanceCorrection;
}

bool isSettlement(InvoiceKind kind)
{
    return kind == InvoiceKind::Settlement || kind == InvoiceKind::SettlementCorrection;
}

} // namespace Kurier
