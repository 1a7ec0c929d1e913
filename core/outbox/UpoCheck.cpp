#include "outbox/UpoCheck.h"

#include "domain/KsefNumber.h"

namespace Kurier {

std::expected<Upo::Document, QString> UpoCheck::verify(const QByteArray &upoBytes, const QString &ksefNumber,
                                                       const QString &contentHash, const QString &sellerNip)
{
    const auto upo = Upo::parse(upoBytes);
    if (!upo) {
        return std::unexpected(upo.error());
    }
    return verify(*upo, ksefNumber, contentHash, sellerNip);
}

std::expected<Upo::Document, QString> UpoCheck::verify(const Upo &upo, const QString &ksefNumber,
                                                       const QString &contentHash, const QString &sellerNip)
{
    const auto number = KsefNumber::parse(ksefNumber);
    if (!number) {
        return std::unexpected(tr("The KSeF number %1 is not valid.").arg(ksefNumber));
    }
    if (number->sellerNip() != sellerNip) {
        return std::unexpected(tr("The KSeF number %1 belongs to seller %2, not %3.")
                                   .arg(ksefNumber, number->sellerNip(), sellerNip));
    }
    const Upo::Document *document = upo.find(ksefNumber);
    if (!document) {
        return std::unexpected(tr("The UPO does not list the KSeF number %1.").arg(ksefNumber));
    }
    if (document->invoiceHash != contentHash) {
        return std::unexpected(tr("The UPO confirms other content (hash %1) than the invoice sent (hash %2).")
                                   .arg(document->invoiceHash, contentHash));
    }
    if (!document->sellerNip.isEmpty() && document->sellerNip != sellerNip) {
        return std::unexpected(tr("The UPO names seller %1, not %2.").arg(document->sellerNip, sellerNip));
    }
    return *document;
}

} // namespace Kurier
