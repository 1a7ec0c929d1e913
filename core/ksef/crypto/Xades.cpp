#include "ksef/crypto/Xades.h"

#include "ksef/crypto/Crypto.h"

#include <QLoggingCategory>
#include <QMutex>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/templates.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>

#include <memory>

namespace Kurier {

namespace {
Q_LOGGING_CATEGORY(lcXmlsec, "kurier.ksef.xmlsec", QtWarningMsg)

constexpr char kXadesNs[] = "http://uri.etsi.org/01903/v1.3.2#";
constexpr char kDsigNs[] = "http://www.w3.org/2000/09/xmldsig#";

const xmlChar *x(const char *text)
{
    return reinterpret_cast<const xmlChar *>(text);
}

// xmlsec reports every failed check on standard error by default ("func=xmlSecOpenSSLEvpDigestVerify:…"
// before Kurier's own message for a tampered file): library noise, for the debug log only.
void xmlsecError(const char *file, int line, const char *func, const char *errorObject,
                 const char *errorSubject, int reason, const char *message)
{
    qCDebug(lcXmlsec) << "xmlsec:" << (func ? func : "") << (errorObject ? errorObject : "")
                      << (errorSubject ? errorSubject : "") << reason << (message ? message : "") << file
                      << line;
}

bool initialise()
{
    static const bool ready = [] {
        xmlInitParser();
        const bool started =
            xmlSecInit() >= 0 && xmlSecCryptoAppInit(nullptr) >= 0 && xmlSecCryptoInit() >= 0;
        xmlSecErrorsSetCallback(xmlsecError);
        return started;
    }();
    return ready;
}

using Doc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

Doc parse(const QByteArray &xml)
{
    return Doc(xmlReadMemory(xml.constData(), static_cast<int>(xml.size()), nullptr, nullptr,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
               &xmlFreeDoc);
}

// Registers every Id attribute of xades:SignedProperties so that URI="#…" references resolve.
void registerIds(xmlDocPtr doc, xmlNodePtr node)
{
    for (xmlNodePtr child = node; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (xmlAttrPtr id = xmlHasProp(child, x("Id"))) {
            xmlChar *value = xmlNodeListGetString(doc, id->children, 1);
            if (value && !xmlGetID(doc, value)) {
                xmlAddID(nullptr, doc, value, id);
            }
            xmlFree(value);
        }
        registerIds(doc, child->children);
    }
}

QByteArray serialise(xmlDocPtr doc)
{
    xmlChar *buffer = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc, &buffer, &size, "UTF-8");
    QByteArray out(reinterpret_cast<const char *>(buffer), size);
    xmlFree(buffer);
    return out;
}
} // namespace

std::expected<QByteArray, QString> Xades::sign(const QByteArray &xml, const AsymmetricKey &key,
                                               const Certificate &certificate, QDateTime signingTime)
{
    if (!initialise()) {
        return std::unexpected(QStringLiteral("xmlsec could not be initialised"));
    }
    Doc doc = parse(xml);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (!root) {
        return std::unexpected(QStringLiteral("the document to sign is not well-formed XML"));
    }
    xmlNodePtr signature = xmlSecTmplSignatureCreate(doc.get(), xmlSecTransformExclC14NId,
                                                     key.algorithm() == AsymmetricKey::Algorithm::Ec
                                                         ? xmlSecTransformEcdsaSha256Id
                                                         : xmlSecTransformRsaSha256Id,
                                                     x("Signature"));
    xmlAddChild(root, signature);
    xmlNodePtr whole =
        xmlSecTmplSignatureAddReference(signature, xmlSecTransformSha256Id, nullptr, x(""), nullptr);
    xmlSecTmplReferenceAddTransform(whole, xmlSecTransformEnvelopedId);
    xmlSecTmplReferenceAddTransform(whole, xmlSecTransformExclC14NId);
    xmlNodePtr properties =
        xmlSecTmplSignatureAddReference(signature, xmlSecTransformSha256Id, nullptr, x("#SignedProperties"),
                                        x("http://uri.etsi.org/01903#SignedProperties"));
    xmlSecTmplReferenceAddTransform(properties, xmlSecTransformExclC14NId);
    xmlSecTmplX509DataAddCertificate(
        xmlSecTmplKeyInfoAddX509Data(xmlSecTmplSignatureEnsureKeyInfo(signature, nullptr)));

    // <ds:Object><xades:QualifyingProperties Target="#Signature"><xades:SignedProperties
    // Id="SignedProperties">…
    xmlNodePtr object = xmlSecTmplSignatureAddObject(signature, nullptr, nullptr, nullptr);
    xmlNodePtr qualifying = xmlNewChild(object, nullptr, x("QualifyingProperties"), nullptr);
    xmlNsPtr xades = xmlNewNs(qualifying, x(kXadesNs), x("xades"));
    xmlSetNs(qualifying, xades);
    xmlNewProp(qualifying, x("Target"), x("#Signature"));
    xmlNodePtr signedProperties = xmlNewChild(qualifying, xades, x("SignedProperties"), nullptr);
    xmlAttrPtr id = xmlNewProp(signedProperties, x("Id"), x("SignedProperties"));
    xmlAddID(nullptr, doc.get(), x("SignedProperties"), id);
    xmlNodePtr signatureProperties =
        xmlNewChild(signedProperties, xades, x("SignedSignatureProperties"), nullptr);
    xmlNewTextChild(signatureProperties, xades, x("SigningTime"),
                    x(signingTime.toUTC().toString(Qt::ISODate).toUtf8().constData()));
    xmlNodePtr cert = xmlNewChild(xmlNewChild(signatureProperties, xades, x("SigningCertificate"), nullptr),
                                  xades, x("Cert"), nullptr);
    xmlNodePtr digest = xmlNewChild(cert, xades, x("CertDigest"), nullptr);
    xmlNsPtr ds = xmlSearchNsByHref(doc.get(), signature, x(kDsigNs));
    xmlNodePtr method = xmlNewChild(digest, ds, x("DigestMethod"), nullptr);
    xmlNewProp(method, x("Algorithm"), x("http://www.w3.org/2001/04/xmlenc#sha256"));
    xmlNewTextChild(digest, ds, x("DigestValue"),
                    x(Crypto::sha256(certificate.der()).toBase64().constData()));
    xmlNodePtr issuerSerial = xmlNewChild(cert, xades, x("IssuerSerial"), nullptr);
    xmlNewTextChild(issuerSerial, ds, x("X509IssuerName"), x(certificate.subjectText().toUtf8().constData()));
    bool ok = false;
    const QString serialDecimal = QString::number(certificate.serialHex().toULongLong(&ok, 16));
    xmlNewTextChild(issuerSerial, ds, x("X509SerialNumber"), x(serialDecimal.toUtf8().constData()));

    const QByteArray keyPem = key.privateKeyPem();
    const QByteArray certPem = certificate.pem();
    std::unique_ptr<xmlSecDSigCtx, decltype(&xmlSecDSigCtxDestroy)> context(xmlSecDSigCtxCreate(nullptr),
                                                                            &xmlSecDSigCtxDestroy);
    context->signKey = xmlSecCryptoAppKeyLoadMemory(reinterpret_cast<const xmlSecByte *>(keyPem.constData()),
                                                    static_cast<xmlSecSize>(keyPem.size()),
                                                    xmlSecKeyDataFormatPem, nullptr, nullptr, nullptr);
    if (!context->signKey || xmlSecCryptoAppKeyCertLoadMemory(
                                 context->signKey, reinterpret_cast<const xmlSecByte *>(certPem.constData()),
                                 static_cast<xmlSecSize>(certPem.size()), xmlSecKeyDataFormatPem) < 0) {
        return std::unexpected(QStringLiteral("the signing key or certificate could not be loaded"));
    }
    context->enabledReferenceUris =
        static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeEmpty | xmlSecTransformUriTypeSameDocument);
    if (xmlSecDSigCtxSign(context.get(), signature) < 0) {
        return std::unexpected(QStringLiteral("signing failed"));
    }
    return serialise(doc.get());
}

QByteArray Xades::withoutSignatures(const QByteArray &xml)
{
    Doc doc = parse(xml);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (!root) {
        return xml;
    }
    for (xmlNodePtr child = root->children; child;) {
        xmlNodePtr next = child->next;
        if (child->type == XML_ELEMENT_NODE && child->ns && xmlStrEqual(child->ns->href, x(kDsigNs))) {
            xmlUnlinkNode(child);
            xmlFreeNode(child);
        }
        child = next;
    }
    return serialise(doc.get());
}

std::expected<Xades::Verified, Xades::Failure> Xades::verify(const QByteArray &xml)
{
    if (!initialise()) {
        return std::unexpected(Failure::Invalid);
    }
    Doc doc = parse(xml);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (!root) {
        return std::unexpected(Failure::Unreadable);
    }
    xmlNodePtr signature = xmlSecFindNode(root, xmlSecNodeSignature, xmlSecDSigNs);
    if (!signature) {
        return std::unexpected(Failure::NoSignature);
    }
    int signatures = 0;
    for (xmlNodePtr child = root->children; child; child = child->next) {
        signatures += xmlSecCheckNodeName(child, xmlSecNodeSignature, xmlSecDSigNs) ? 1 : 0;
    }
    if (signatures > 1) {
        return std::unexpected(Failure::TooManySignatures);
    }
    registerIds(doc.get(), root);
    std::unique_ptr<xmlSecKeysMngr, decltype(&xmlSecKeysMngrDestroy)> keys(xmlSecKeysMngrCreate(),
                                                                           &xmlSecKeysMngrDestroy);
    if (!keys || xmlSecCryptoAppDefaultKeysMngrInit(keys.get()) < 0) {
        return std::unexpected(Failure::Invalid);
    }
    std::unique_ptr<xmlSecDSigCtx, decltype(&xmlSecDSigCtxDestroy)> context(xmlSecDSigCtxCreate(keys.get()),
                                                                            &xmlSecDSigCtxDestroy);
    context->keyInfoReadCtx.flags |= XMLSEC_KEYINFO_FLAGS_X509DATA_DONT_VERIFY_CERTS;
    context->enabledReferenceUris =
        static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeEmpty | xmlSecTransformUriTypeSameDocument);
    if (xmlSecDSigCtxVerify(context.get(), signature) < 0 || context->status != xmlSecDSigStatusSucceeded) {
        return std::unexpected(Failure::Invalid);
    }
    xmlNodePtr certNode = xmlSecFindNode(signature, xmlSecNodeX509Certificate, xmlSecDSigNs);
    xmlChar *text = certNode ? xmlNodeGetContent(certNode) : nullptr;
    const QByteArray der =
        text ? QByteArray::fromBase64(QByteArray(reinterpret_cast<const char *>(text)).simplified())
             : QByteArray();
    xmlFree(text);
    auto certificate = Certificate::fromDer(der);
    if (!certificate) {
        return std::unexpected(Failure::Invalid);
    }
    return Verified{*certificate};
}

} // namespace Kurier
