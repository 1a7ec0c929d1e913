#pragma once

#include "ksef/crypto/AsymmetricKey.h"
#include "ksef/crypto/Certificate.h"

#include <QCoreApplication>

#include <expected>

namespace Kurier {

// A certificate with its private key — what XAdES authentication signs with — read from the files users
// have: a PKCS#12 bundle (.p12/.pfx) with its password, or a PEM certificate and a PEM private key.
struct SigningIdentity
{
    Q_DECLARE_TR_FUNCTIONS(SigningIdentity)

public:
    AsymmetricKey key;
    Certificate certificate;

    static std::expected<SigningIdentity, QString> fromPkcs12(const QByteArray &bundle,
                                                              const QString &password);
    static std::expected<SigningIdentity, QString> fromPem(const QByteArray &certificatePem,
                                                           const QByteArray &keyPem);
    // A PKCS#12 bundle of this identity (AES-256, PBKDF2), e.g. to export a generated test seal.
    std::expected<QByteArray, QString> toPkcs12(const QString &password, const QString &friendlyName) const;
};

} // namespace Kurier
