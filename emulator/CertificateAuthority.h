#pragma once

#include "ksef/crypto/AsymmetricKey.h"
#include "ksef/crypto/Certificate.h"

#include <QDateTime>

#include <expected>

namespace Kurier::Emulator {

// The emulator's test CA for KSeF certificates (PROTOCOL.md §12.4): one EC P-256 key and a self-signed CA
// certificate, made on first use or restored from the data directory; it signs Authentication
// (digitalSignature) and Offline (nonRepudiation) certificates for the CSRs it is sent.
class CertificateAuthority
{
public:
    // Restores the CA from PEM when both parse, else makes a new one.
    void load(const QByteArray &keyPem, const QByteArray &certificatePem);

    // A certificate for the CSR's key and subject. `type` is "Authentication" or "Offline".
    std::expected<Certificate, QString> issue(const AsymmetricKey &subjectKey,
                                              const Certificate::Subject &subject, const QString &type,
                                              QDateTime validFrom, QDateTime validTo, quint64 serial);
    bool issued(const Certificate &certificate) const; // signed by this CA

    const Certificate &certificate() const { return m_certificate; }
    QByteArray keyPem() const { return m_key.privateKeyPem(); }

private:
    void ensure();

    AsymmetricKey m_key;
    Certificate m_certificate;
};

} // namespace Kurier::Emulator
