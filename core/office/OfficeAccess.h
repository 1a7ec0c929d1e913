#pragma once

#include "ksef/KsefEnvironment.h"
#include "ksef/crypto/SigningIdentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>

namespace Kurier {

// The companies that gave an accounting office access in KSeF (PROTOCOL.md §22), as the office's identity
// reads them: logged in in the office's own context, the entity-grants query. No client's secret is involved.
class OfficeAccess
{
    Q_DECLARE_TR_FUNCTIONS(OfficeAccess)

public:
    struct Client
    {
        QString nip;
        bool read = false;
        bool write = false;
        bool canDelegate = false;
        QDateTime since;
        QString access() const { return write ? QStringLiteral("read-write") : QStringLiteral("read"); }
    };

    // The NIP the identity's certificate names (a seal's VATPL-…, a person's TINPL-…); empty when none.
    static QString identityNip(const SigningIdentity &identity);
    // Every client that granted `identity`'s entity invoice rights, one row per client (rights merged).
    // Blocks the calling thread while KSeF answers (call it from a worker thread).
    static std::expected<QList<Client>, QString> clientsWhoGranted(const KsefEnvironment &environment,
                                                                   const SigningIdentity &identity);
};

} // namespace Kurier
