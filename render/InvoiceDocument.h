#pragma once

#include "AmountInWords.h"
#include "PagedDocument.h"
#include "fa/Fa3Document.h"
#include "ksef/KsefEnvironment.h"

#include <QCoreApplication>

#include <expected>
#include <memory>

namespace Kurier {

struct OutboxItem;

// What an invoice's printout shows beside the invoice itself: its KSeF number and the QR codes.
struct InvoicePrintout
{
    Fa3Document document;    // read from the stored XML (the bytes the hash and KOD I are computed from)
    QString ksefNumber;      // empty until KSeF has assigned one
    QString verificationUrl; // KOD I
    // Issued offline (no KSeF number yet): KOD I is labelled OFFLINE and KOD II (the issuer's certificate)
    // gets its place; certificateUrl fills it when an Offline certificate signed it.
    bool offline = false;
    QString certificateUrl;
    DocumentLanguage language = DocumentLanguage::Polish;

    // From a stored outbox item (with its XML loaded): the verification link for the item's environment.
    static std::expected<InvoicePrintout, QString> forItem(const OutboxItem &item, DocumentLanguage language);
    // From an invoice's XML as KSeF keeps it (a purchase invoice): the verification link for `environment`.
    static std::expected<InvoicePrintout, QString> forXml(const QByteArray &xml, const QString &ksefNumber,
                                                          const std::optional<KsefEnvironment> &environment,
                                                          DocumentLanguage language);
};

// The invoice as a printable document, close to the Ministry's own visualisation: header with the number
// and KSeF number, seller and buyer, details, lines (before/after for corrections, the order for advance
// invoices), the VAT summary per rate (with PLN VAT for foreign currency), the amount due in words,
// annotations, payment, and KOD I with its label.
class InvoiceDocument
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)

public:
    static std::expected<std::unique_ptr<PagedDocument>, QString> build(const InvoicePrintout &printout);
    static std::expected<QByteArray, QString> pdf(const InvoicePrintout &printout);
};

} // namespace Kurier
