#pragma once

#include "ksef/KsefCertificates.h"
#include "ksef/KsefTypes.h"
#include "ksef/SecretStore.h"
#include "ksef/crypto/SigningIdentity.h"

#include <QCoreApplication>

namespace Kurier {

// KSeF credentials per (environment, context NIP), kept in a SecretStore (the system keychain): a KSeF token,
// or a signing identity (certificate and private key, as PEM) for XAdES; and beside them the company's KSeF
// certificates, one per type (Authentication logs in, Offline signs KOD II).
class CredentialVault
{
    Q_DECLARE_TR_FUNCTIONS(CredentialVault)

public:
    explicit CredentialVault(SecretStore &store);

    std::expected<void, QString> saveToken(const QString &environment, const QString &nip,
                                           const QString &token);
    std::expected<void, QString> saveIdentity(const QString &environment, const QString &nip,
                                              const SigningIdentity &identity);
    // The credentials to log in with: the KSeF Authentication certificate when one is stored and valid at
    // `now`, else the token or signing identity, else the acting identity in the company's context
    // (throughPermissions); an error naming what to do when there are none.
    std::expected<KsefCredentials, QString> load(const QString &environment, const QString &nip,
                                                 QDateTime now = QDateTime::currentDateTimeUtc());

    std::expected<void, QString> saveKsefCertificate(const QString &environment, const QString &nip,
                                                     const KsefCertificate &certificate);
    // The stored KSeF certificate of `type`; nothing when there is none.
    std::expected<std::optional<KsefCertificate>, QString>
    ksefCertificate(const QString &environment, const QString &nip, KsefCertificateType type);
    std::expected<void, QString> removeKsefCertificate(const QString &environment, const QString &nip,
                                                       KsefCertificateType type);
    // Whether the company logs in with a KSeF token: a token is stored and no Authentication certificate
    // valid at `now` takes its place (load() prefers the certificate). After enrolment this is false,
    // although the token stays stored as the way back.
    bool usesToken(const QString &environment, const QString &nip,
                   QDateTime now = QDateTime::currentDateTimeUtc());
    std::expected<void, QString> remove(const QString &environment, const QString &nip);

    // The identity this computer acts as for companies without credentials of their own (PROTOCOL.md §22):
    // an accounting office's certificate, or a bookkeeper's or employee's own — kept once, never per client.
    // KSeF decides by the permissions it holds where it may log in and what it may do there.
    std::expected<void, QString> saveActingIdentity(const QString &environment,
                                                    const SigningIdentity &identity);
    std::expected<std::optional<SigningIdentity>, QString> actingIdentity(const QString &environment);
    std::expected<void, QString> removeActingIdentity(const QString &environment);
    // Whether the company has credentials of its own (a token, a signing identity, a valid Authentication
    // certificate); without them load() logs in with the acting identity.
    bool hasOwnCredentials(const QString &environment, const QString &nip,
                           QDateTime now = QDateTime::currentDateTimeUtc());

    static QString keyFor(const QString &environment, const QString &nip);
    static QString keyFor(const QString &environment, const QString &nip, KsefCertificateType type);

private:
    SecretStore &m_store;
};

} // namespace Kurier
