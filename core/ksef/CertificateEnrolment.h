#pragma once

#include "ksef/KsefClient.h"

#include <chrono>

namespace Kurier {

// Getting a KSeF certificate (PROTOCOL.md §12.4) with a client logged in with a signature: the key pair is
// made here (EC P-256 by default, RSA-2048 on request) and never leaves this process except into the
// keychain; KSeF gets a PKCS#10 request with the distinguished name it asked for, and the certificate comes
// back by its serial number.
class CertificateEnrolment
{
    Q_DECLARE_TR_FUNCTIONS(CertificateEnrolment)

public:
    struct Options
    {
        AsymmetricKey::Algorithm algorithm = AsymmetricKey::Algorithm::Ec;
        QString name; // the certificate's own name in KSeF (5–100 letters, digits, _ - and spaces)
        std::chrono::milliseconds pollInterval{500};
        std::chrono::milliseconds timeout{180'000};
    };

    explicit CertificateEnrolment(KsefClient &client);

    // Limits first (a clear refusal when the company may not ask), then enrolment data, key, CSR, enrolment,
    // polling, retrieval; the certificate is checked against the key and the type before it is returned.
    KsefClient::Result<KsefCertificate> enrol(KsefCertificateType type, const Options &options);

    // The default name, e.g. "Kurier Offline 2026-12-03".
    static QString defaultName(KsefCertificateType type, QDate today);

private:
    KsefError failure(const QString &text, KsefError::Kind kind = KsefError::Kind::Local) const;

    KsefClient &m_client;
};

} // namespace Kurier
