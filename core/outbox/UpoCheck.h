#pragma once

#include "ksef/Upo.h"
#include "outbox/OutboxItem.h"

#include <QCoreApplication>

#include <expected>

namespace Kurier {

// Is this UPO the receipt for this invoice? The KSeF number is well-formed with a valid CRC and names the
// seller, the UPO lists it, its SkrotDokumentu is the hash of our bytes, and the seller NIP matches.
struct UpoCheck
{
    Q_DECLARE_TR_FUNCTIONS(UpoCheck)

public:
    static std::expected<Upo::Document, QString> verify(const QByteArray &upoBytes, const QString &ksefNumber,
                                                        const QString &contentHash, const QString &sellerNip);
    // The same against a UPO read once (a session's page confirms thousands of invoices).
    static std::expected<Upo::Document, QString> verify(const Upo &upo, const QString &ksefNumber,
                                                        const QString &contentHash, const QString &sellerNip);
};

} // namespace Kurier
