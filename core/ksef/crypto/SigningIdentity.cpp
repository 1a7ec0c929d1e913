#include "ksef/crypto/SigningIdentity.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

namespace Kurier {

namespace {
QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}
} // namespace

std::expected<SigningIdentity, QString> SigningIdentity::fromPkcs12(const QByteArray &bundle,
                                                                    const QString &password)
{
    const unsigned char *data = reinterpret_cast<const unsigned char *>(bundle.constData());
    std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12(nullptr, &data, bundle.size()),
                                                        &PKCS12_free);
    if (!p12) {
        ERR_clear_error();
        return std::unexpected(tr("The file is not a PKCS#12 (.p12/.pfx) certificate bundle."));
    }
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    const QByteArray secret = password.toUtf8();
    if (PKCS12_parse(p12.get(), secret.constData(), &key, &certificate, nullptr) != 1) {
        ERR_clear_error();
        return std::unexpected(
            tr("The PKCS#12 bundle cannot be opened: the password is wrong or the file is damaged."));
    }
    SigningIdentity identity;
    identity.key = AsymmetricKey::adopt(key);
    if (!certificate) {
        return std::unexpected(tr("The PKCS#12 bundle holds no certificate."));
    }
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate, &der);
    X509_free(certificate);
    auto parsed = Certificate::fromDer(QByteArray(reinterpret_cast<const char *>(der), length));
    OPENSSL_free(der);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    identity.certificate = std::move(*parsed);
    if (identity.key.isNull() ||
        identity.key.publicKeyDer() != identity.certificate.publicKey().publicKeyDer()) {
        return std::unexpected(tr("The private key in the bundle does not belong to its certificate."));
    }
    return identity;
}

std::expected<SigningIdentity, QString> SigningIdentity::fromPem(const QByteArray &certificatePem,
                                                                 const QByteArray &keyPem)
{
    auto certificate = Certificate::fromPem(certificatePem);
    if (!certificate) {
        return std::unexpected(
            tr("The certificate file is not a PEM certificate: %1").arg(certificate.error()));
    }
    auto key = AsymmetricKey::fromPrivatePem(keyPem);
    if (!key) {
        return std::unexpected(tr("The key file is not an unencrypted PEM private key: %1").arg(key.error()));
    }
    if (key->publicKeyDer() != certificate->publicKey().publicKeyDer()) {
        return std::unexpected(tr("The private key does not belong to the certificate."));
    }
    return SigningIdentity{std::move(*key), std::move(*certificate)};
}

std::expected<QByteArray, QString> SigningIdentity::toPkcs12(const QString &password,
                                                             const QString &friendlyName) const
{
    const QByteArray secret = password.toUtf8();
    const QByteArray name = friendlyName.toUtf8();
    std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(
        PKCS12_create(secret.constData(), name.constData(), key.handle(), certificate.handle(), nullptr,
                      NID_aes_256_cbc, NID_aes_256_cbc, 0, 0, 0),
        &PKCS12_free);
    if (!p12) {
        return std::unexpected(opensslError());
    }
    unsigned char *der = nullptr;
    const int length = i2d_PKCS12(p12.get(), &der);
    if (length <= 0) {
        return std::unexpected(opensslError());
    }
    QByteArray bundle(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bundle;
}

} // namespace Kurier
