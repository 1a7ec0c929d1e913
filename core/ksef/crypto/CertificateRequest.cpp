#include "ksef/crypto/CertificateRequest.h"

#include "ksef/crypto/Crypto.h"
#include "ksef/crypto/X509Names.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace Kurier {

std::expected<CertificateRequest, QString> CertificateRequest::create(const AsymmetricKey &key,
                                                                      const Certificate::Subject &subject)
{
    if (!key.hasPrivateKey()) {
        return std::unexpected(QStringLiteral("a certificate request is signed with a private key"));
    }
    CertificateRequest result;
    result.m_request.reset(X509_REQ_new(), &X509_REQ_free);
    X509_REQ *request = result.m_request.get();
    X509_REQ_set_version(request, 0);
    if (const auto added = X509Names::add(X509_REQ_get_subject_name(request), subject); !added) {
        return std::unexpected(added.error());
    }
    if (X509_REQ_set_pubkey(request, key.handle()) != 1 ||
        X509_REQ_sign(request, key.handle(), EVP_sha256()) <= 0) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    return result;
}

std::expected<CertificateRequest, QString> CertificateRequest::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509_REQ *request = d2i_X509_REQ(nullptr, &p, static_cast<long>(der.size()));
    if (!request) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    CertificateRequest result;
    result.m_request.reset(request, &X509_REQ_free);
    return result;
}

QByteArray CertificateRequest::der() const
{
    unsigned char *der = nullptr;
    const int size = m_request ? i2d_X509_REQ(m_request.get(), &der) : 0;
    if (size <= 0) {
        return {};
    }
    QByteArray result(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return result;
}

AsymmetricKey CertificateRequest::publicKey() const
{
    return m_request ? AsymmetricKey::adopt(X509_REQ_get_pubkey(m_request.get())) : AsymmetricKey();
}

Certificate::Subject CertificateRequest::subject() const
{
    return m_request ? X509Names::read(X509_REQ_get_subject_name(m_request.get())) : Certificate::Subject();
}

bool CertificateRequest::signatureValid() const
{
    const AsymmetricKey key = publicKey();
    return !key.isNull() && X509_REQ_verify(m_request.get(), key.handle()) == 1;
}

} // namespace Kurier
