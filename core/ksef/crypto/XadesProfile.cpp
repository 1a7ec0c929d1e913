#include "ksef/crypto/XadesProfile.h"

#include <QSet>
#include <QXmlStreamReader>

namespace Kurier {

namespace {
constexpr QStringView kDsig = u"http://www.w3.org/2000/09/xmldsig#";
constexpr QStringView kXades = u"http://uri.etsi.org/01903/v1.3.2#";
} // namespace

QStringList XadesProfile::problems(const QByteArray &signedXml)
{
    static const QSet<QString> canonicalisations{
        QStringLiteral("http://www.w3.org/2001/10/xml-exc-c14n#"),
        QStringLiteral("http://www.w3.org/2001/10/xml-exc-c14n#WithComments"),
        QStringLiteral("http://www.w3.org/TR/2001/REC-xml-c14n-20010315"),
        QStringLiteral("http://www.w3.org/2006/12/xml-c14n11")};
    static const QSet<QString> signatureMethods{
        QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"),
        QStringLiteral("http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1"),
        QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256")};
    QXmlStreamReader reader(signedXml);
    int depth = 0;
    int signatures = 0;
    bool signatureOfRoot = false;
    bool canonicalisation = false;
    bool signatureMethod = false;
    bool documentReference = false;
    bool propertiesReference = false;
    bool enveloped = false;
    bool sha256 = true;
    bool signingTime = false;
    bool signingCertificate = false;
    bool keyInfoCertificate = false;
    bool inDocumentReference = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (reader.namespaceUri() == kDsig && reader.name() == u"Reference") {
                inDocumentReference = false;
            }
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        ++depth;
        const QStringView name = reader.name();
        const auto attribute = [&](const char *key) {
            return reader.attributes().value(QLatin1StringView(key)).toString();
        };
        if (reader.namespaceUri() == kDsig) {
            if (name == u"Signature") {
                ++signatures;
                signatureOfRoot = signatureOfRoot || depth == 2;
            } else if (name == u"CanonicalizationMethod") {
                canonicalisation = canonicalisations.contains(attribute("Algorithm"));
            } else if (name == u"SignatureMethod") {
                signatureMethod = signatureMethods.contains(attribute("Algorithm"));
            } else if (name == u"Reference") {
                if (attribute("Type") == u"http://uri.etsi.org/01903#SignedProperties") {
                    propertiesReference = true;
                } else if (reader.attributes().hasAttribute(QStringLiteral("URI")) &&
                           attribute("URI").isEmpty()) {
                    documentReference = true;
                    inDocumentReference = true;
                }
            } else if (name == u"Transform" && inDocumentReference) {
                enveloped = enveloped || attribute("Algorithm") ==
                                             u"http://www.w3.org/2000/09/xmldsig#enveloped-signature";
            } else if (name == u"DigestMethod") {
                sha256 = sha256 && attribute("Algorithm") == u"http://www.w3.org/2001/04/xmlenc#sha256";
            } else if (name == u"X509Certificate") {
                keyInfoCertificate = true;
            }
        } else if (reader.namespaceUri() == kXades) {
            signingTime = signingTime || name == u"SigningTime";
            signingCertificate =
                signingCertificate || name == u"SigningCertificate" || name == u"SigningCertificateV2";
        }
    }
    QStringList found;
    if (reader.hasError()) {
        return {QStringLiteral("the document is not well-formed XML")};
    }
    if (signatures != 1 || !signatureOfRoot) {
        found.append(QStringLiteral("exactly one enveloped signature of the document's root"));
    }
    if (!canonicalisation) {
        found.append(QStringLiteral("C14N canonicalisation"));
    }
    if (!signatureMethod) {
        found.append(QStringLiteral("an RSA-SHA256, RSA-PSS or ECDSA-SHA256 signature"));
    }
    if (!documentReference || !enveloped) {
        found.append(
            QStringLiteral("a reference to the whole document with the enveloped-signature transform"));
    }
    if (!sha256) {
        found.append(QStringLiteral("SHA-256 digests"));
    }
    if (!propertiesReference || !signingTime || !signingCertificate) {
        found.append(QStringLiteral("signed XAdES properties with SigningTime and SigningCertificate"));
    }
    if (!keyInfoCertificate) {
        found.append(QStringLiteral("the signer's certificate in KeyInfo"));
    }
    return found;
}

} // namespace Kurier
