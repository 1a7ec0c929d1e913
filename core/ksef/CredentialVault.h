#pragma once

#include "ksef/KsefTypes.h"
#include "ksef/SecretStore.h"
#include "ksef/crypto/SigningIdentity.h"

#include <QCoreApplication>

namespace Kurier {

// KSeF credentials per (environment, context NIP), kept in a SecretStore (the system keychain): a KSeF token,
// or a signing identity (certificate and private key, as PEM) for XAdES.
class CredentialVault
{
    Q_DECLARE_TR_FUNCTIONS(CredentialVault)

public:
    explicit CredentialVault(SecretStore &store);

    std::expected<void, QString> saveToken(const QString &environment, const QString &nip,
                                           const QString &token);
    std::expected<void, QString> saveIdentity(const QString &environment, const QString &nip,
                                              const SigningIdentity &identity);
    // The stored credentials; an error naming what to do when there are none.
    std::expected<KsefCredentials, QString> load(const QString &environment, const QString &nip);
    std::expected<void, QString> remove(const QString &environment, const QString &nip);

    static QString keyFor(const QString &environment, const QString &nip);

private:
    SecretStore &m_store;
};

} // namespace Kurier
