#pragma once

#include "ksef/crypto/AsymmetricKey.h"
#include "ksef/crypto/Certificate.h"

#include <QByteArray>

#include <expected>
#include <memory>

struct X509_req_st;

namespace Kurier {

// A PKCS#10 certificate signing request (OpenSSL): Kurier writes one for KSeF's certificate enrolment with
// the distinguished name KSeF returns; the emulator reads it back and issues the certificate.
class CertificateRequest
{
public:
    // Signs the request with `key` (SHA-256; PKCS#1 v1.5 for RSA, ECDSA for EC).
    static std::expected<CertificateRequest, QString> create(const AsymmetricKey &key,
                                                             const Certificate::Subject &subject);
    static std::expected<CertificateRequest, QString> fromDer(const QByteArray &der);

    QByteArray der() const;
    AsymmetricKey publicKey() const;
    Certificate::Subject subject() const;
    bool signatureValid() const; // signed by the key it carries

private:
    std::shared_ptr<X509_req_st> m_request;
};

} // namespace Kurier
