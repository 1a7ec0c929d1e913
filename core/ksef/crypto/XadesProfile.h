#pragma once

#include <QByteArray>
#include <QStringList>

namespace Kurier {

// The XAdES profile KSeF accepts for a signed AuthTokenRequest (API 2.7: a signature outside it draws the
// X-System-Warning sig-001, later a refusal): one enveloped ds:Signature of the root, C14N (exclusive or
// not), RSA-SHA256, RSA-PSS or ECDSA-SHA256, a Reference to the whole document (URI="", the
// enveloped-signature transform, SHA-256), a Reference to the xades:SignedProperties, a SigningTime and a
// SigningCertificate (V1 or V2), and the signer's certificate in KeyInfo. What is missing, in plain words
// (empty: inside the profile). The signature's cryptographic validity is Xades::verify's.
class XadesProfile
{
public:
    static QStringList problems(const QByteArray &signedXml);
};

} // namespace Kurier
