#include "ksef/crypto/Certificate.h"

#include "ksef/crypto/Crypto.h"
#include "ksef/crypto/X509Names.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Kurier {

namespace X509Names {
std::expected<void, QString> add(X509_NAME *name, const Certificate::Subject &subject)
{
    for (const auto &[field, value] : subject) {
        const QByteArray fieldUtf8 = field.toUtf8();
        const QByteArray valueUtf8 = value.toUtf8();
        ASN1_OBJECT *object = OBJ_txt2obj(fieldUtf8.constData(), 0);
        const int ok = object ? X509_NAME_add_entry_by_OBJ(
                                    name, object, MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>(valueUtf8.constData()), -1, -1, 0)
                              : 0;
        ASN1_OBJECT_free(object);
        if (!ok) {
            return std::unexpected(QStringLiteral("unknown subject attribute %1").arg(field));
        }
    }
    return {};
}

Certificate::Subject read(const X509_NAME *name)
{
    Certificate::Subject subject;
    for (int i = 0; name && i < X509_NAME_entry_count(name); ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
        const int nid = OBJ_obj2nid(object);
        QString field;
        if (nid != NID_undef && OBJ_nid2sn(nid)) {
            field = QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char oid[80] = {};
            OBJ_obj2txt(oid, sizeof oid, object, 1);
            field = QString::fromLatin1(oid);
        }
        unsigned char *utf8 = nullptr;
        const int size = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        if (size >= 0) {
            subject.append({field, QString::fromUtf8(reinterpret_cast<const char *>(utf8), size)});
            OPENSSL_free(utf8);
        }
    }
    return subject;
}
} // namespace X509Names

namespace {
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    struct tm parsed = {};
    if (!time || ASN1_TIME_to_tm(time, &parsed) != 1) {
        return {};
    }
    return QDateTime(QDate(parsed.tm_year + 1900, parsed.tm_mon + 1, parsed.tm_mday),
                     QTime(parsed.tm_hour, parsed.tm_min, parsed.tm_sec), Qt::UTC);
}
} // namespace

Certificate::Certificate() = default;

Certificate::~Certificate()
{
    X509_free(m_cert);
}

Certificate::Certificate(const Certificate &other)
    : m_cert(other.m_cert)
{
    if (m_cert) {
        X509_up_ref(m_cert);
    }
}

Certificate &Certificate::operator=(const Certificate &other)
{
    if (this != &other) {
        Certificate copy(other);
        std::swap(m_cert, copy.m_cert);
    }
    return *this;
}

Certificate::Certificate(Certificate &&other) noexcept
    : m_cert(std::exchange(other.m_cert, nullptr))
{}

Certificate &Certificate::operator=(Certificate &&other) noexcept
{
    std::swap(m_cert, other.m_cert);
    return *this;
}

std::expected<Certificate, QString> Certificate::selfSigned(const AsymmetricKey &key, const Subject &subject,
                                                            QDateTime notBefore, QDateTime notAfter,
                                                            quint64 serial)
{
    return build(key, subject, nullptr, key, notBefore, notAfter, serial, {});
}

std::expected<Certificate, QString> Certificate::issue(const AsymmetricKey &subjectKey,
                                                       const Subject &subject, const Certificate &issuer,
                                                       const AsymmetricKey &issuerKey, QDateTime notBefore,
                                                       QDateTime notAfter, quint64 serial, KeyUsages usages)
{
    if (issuer.isNull()) {
        return std::unexpected(QStringLiteral("no issuing certificate"));
    }
    return build(subjectKey, subject, &issuer, issuerKey, notBefore, notAfter, serial, usages);
}

std::expected<Certificate, QString> Certificate::build(const AsymmetricKey &subjectKey,
                                                       const Subject &subject, const Certificate *issuer,
                                                       const AsymmetricKey &signingKey, QDateTime notBefore,
                                                       QDateTime notAfter, quint64 serial, KeyUsages usages)
{
    Certificate result;
    result.m_cert = X509_new();
    X509 *cert = result.m_cert;
    X509_set_version(cert, 2);
    BIGNUM *bn = BN_new();
    BN_set_word(bn, serial);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
    BN_free(bn);
    ASN1_TIME_set(X509_getm_notBefore(cert), static_cast<time_t>(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert), static_cast<time_t>(notAfter.toSecsSinceEpoch()));
    X509_NAME *name = X509_get_subject_name(cert);
    if (const auto added = X509Names::add(name, subject); !added) {
        return std::unexpected(added.error());
    }
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer->m_cert) : name);
    if (usages) {
        QStringList names;
        if (usages.testFlag(KeyUsage::DigitalSignature)) {
            names.append(QStringLiteral("digitalSignature"));
        }
        if (usages.testFlag(KeyUsage::NonRepudiation)) {
            names.append(QStringLiteral("nonRepudiation"));
        }
        if (usages.testFlag(KeyUsage::CertificateSigning)) {
            names.append(QStringLiteral("keyCertSign"));
        }
        const QByteArray value = QStringLiteral("critical,%1").arg(names.join(u',')).toLatin1();
        X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, nullptr, NID_key_usage, value.constData());
        const bool added = extension && X509_add_ext(cert, extension, -1) == 1;
        X509_EXTENSION_free(extension);
        if (!added) {
            return std::unexpected(Crypto::lastOpenSslError());
        }
    }
    if (X509_set_pubkey(cert, subjectKey.handle()) != 1 ||
        X509_sign(cert, signingKey.handle(), EVP_sha256()) <= 0) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    return result;
}

std::expected<Certificate, QString> Certificate::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    if (!cert) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    Certificate result;
    result.m_cert = cert;
    return result;
}

std::expected<Certificate, QString> Certificate::fromPem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (!cert) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    Certificate result;
    result.m_cert = cert;
    return result;
}

QByteArray Certificate::der() const
{
    unsigned char *der = nullptr;
    const int size = m_cert ? i2d_X509(m_cert, &der) : 0;
    if (size <= 0) {
        return {};
    }
    QByteArray result(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return result;
}

QByteArray Certificate::pem() const
{
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!m_cert || PEM_write_bio_X509(bio.get(), m_cert) != 1) {
        return {};
    }
    return bioBytes(bio.get());
}

AsymmetricKey Certificate::publicKey() const
{
    return m_cert ? AsymmetricKey::adopt(X509_get_pubkey(m_cert)) : AsymmetricKey();
}

QDateTime Certificate::notBefore() const
{
    return m_cert ? fromAsn1(X509_get0_notBefore(m_cert)) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_cert ? fromAsn1(X509_get0_notAfter(m_cert)) : QDateTime();
}

QString Certificate::subjectText() const
{
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!m_cert) {
        return {};
    }
    X509_NAME_print_ex(bio.get(), X509_get_subject_name(m_cert), 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

QString Certificate::subjectAttribute(const QString &shortNameOrOid) const
{
    if (!m_cert) {
        return {};
    }
    ASN1_OBJECT *object = OBJ_txt2obj(shortNameOrOid.toUtf8().constData(), 0);
    if (!object) {
        return {};
    }
    X509_NAME *name = X509_get_subject_name(m_cert);
    const int index = X509_NAME_get_index_by_OBJ(name, object, -1);
    ASN1_OBJECT_free(object);
    if (index < 0) {
        return {};
    }
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (size < 0) {
        return {};
    }
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
    OPENSSL_free(utf8);
    return value;
}

QString Certificate::serialHex() const
{
    if (!m_cert) {
        return {};
    }
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert), nullptr);
    char *hex = BN_bn2hex(bn);
    const QString result = QString::fromLatin1(hex).rightJustified(16, u'0');
    OPENSSL_free(hex);
    BN_free(bn);
    return result;
}

Certificate::Subject Certificate::subject() const
{
    return m_cert ? X509Names::read(X509_get_subject_name(m_cert)) : Subject();
}

Certificate::KeyUsages Certificate::keyUsages() const
{
    if (!m_cert) {
        return {};
    }
    const uint32_t bits = X509_get_key_usage(m_cert);
    KeyUsages usages;
    if (bits == UINT32_MAX) { // no keyUsage extension
        return usages;
    }
    usages.setFlag(KeyUsage::DigitalSignature, bits & KU_DIGITAL_SIGNATURE);
    usages.setFlag(KeyUsage::NonRepudiation, bits & KU_NON_REPUDIATION);
    usages.setFlag(KeyUsage::CertificateSigning, bits & KU_KEY_CERT_SIGN);
    return usages;
}

bool Certificate::isSignedBy(const Certificate &issuer) const
{
    if (!m_cert || issuer.isNull()) {
        return false;
    }
    const AsymmetricKey key = issuer.publicKey();
    return X509_verify(m_cert, key.handle()) == 1;
}

QString Certificate::fingerprintSha256() const
{
    return QString::fromLatin1(Crypto::sha256(der()).toHex().toUpper());
}

} // namespace Kurier
