#pragma once

#include "ksef/crypto/AsymmetricKey.h"
#include "ksef/crypto/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <expected>

namespace Kurier {

// XAdES-BES enveloped signatures (xmlsec1 with OpenSSL) as KSeF expects them on AuthTokenRequest (PROTOCOL.md
// §4.3): a Reference to the whole document (enveloped-signature + exclusive C14N, SHA-256), a Reference to
// the SignedProperties (SigningTime, SigningCertificate), RSA-SHA256, and the certificate in
// KeyInfo/X509Data.
class Xades
{
public:
    static std::expected<QByteArray, QString> sign(const QByteArray &xml, const AsymmetricKey &key,
                                                   const Certificate &certificate, QDateTime signingTime);

    struct Verified
    {
        Certificate certificate; // the signer, from KeyInfo
    };
    enum class Failure
    {
        Unreadable, // not well-formed XML
        NoSignature,
        TooManySignatures,
        Invalid, // digest or signature value wrong, or no usable certificate
    };
    // Verifies the single enveloped signature; self-signed certificates are accepted (chain checking is a
    // policy decision of the caller). References may only point into the document itself.
    static std::expected<Verified, Failure> verify(const QByteArray &xml);
    // The document without its enveloped ds:Signature elements (for XSDs that do not declare the signature).
    static QByteArray withoutSignatures(const QByteArray &xml);
};

} // namespace Kurier
