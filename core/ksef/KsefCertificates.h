#pragma once

#include "ksef/crypto/AsymmetricKey.h"
#include "ksef/crypto/Certificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <expected>
#include <optional>

namespace Kurier {

// KSeF certificates (PROTOCOL.md §12.4): Authentication ones log in (XAdES), Offline ones sign KOD II.
enum class KsefCertificateType
{
    Authentication,
    Offline,
};
QString ksefCertificateTypeKey(KsefCertificateType type); // "Authentication", "Offline" (KSeF's words)
std::optional<KsefCertificateType> ksefCertificateTypeFromKey(const QString &key);

// The fields of KSeF's enrolment data and the DN attributes (OpenSSL short names) a CSR carries them in.
const QList<QPair<QString, QString>> &enrollmentDnFields();

enum class KsefCertificateStatus
{
    Active,
    Blocked, // while a revocation is being processed
    Revoked,
    Expired,
    Unknown,
};

struct CertificateLimits
{
    bool canRequest = false;
    int enrollmentLimit = 0;
    int enrollmentsRemaining = 0;
    int certificateLimit = 0;
    int certificatesRemaining = 0;
};

// Where an enrolment stands (its KSeF status codes stay in core/ksef).
struct EnrollmentStatus
{
    enum class Phase
    {
        Pending,
        Issued,
        Rejected,  // 400: the reason is in `details`
        Cancelled, // 550: KSeF stopped it; ask again
        Failed,    // 500 or unknown
    };
    Phase phase = Phase::Pending;
    int code = 0;
    QString description;
    QStringList details;
    QString serial; // Issued
};

// One row of KSeF's list of the company's certificates.
struct KsefCertificateInfo
{
    QString serial;
    QString name;
    QString commonName;
    KsefCertificateType type = KsefCertificateType::Authentication;
    KsefCertificateStatus status = KsefCertificateStatus::Unknown;
    QDateTime validFrom;
    QDateTime validTo;
    QDateTime lastUse;
};

enum class RevocationReason
{
    Unspecified,
    Superseded,
    KeyCompromise,
};

// A KSeF certificate with its private key, as Kurier keeps it in the keychain.
struct KsefCertificate
{
    Q_DECLARE_TR_FUNCTIONS(KsefCertificate)

public:
    KsefCertificateType type = KsefCertificateType::Authentication;
    QString name;
    AsymmetricKey key;
    Certificate certificate;

    QString serial() const { return certificate.serialHex(); }

    // A certificate and its private key as KSeF's taxpayer application gives them: the certificate (PEM or
    // DER) and the key (PEM, PKCS#8 or traditional, encrypted with `password` or not). Checks that they
    // belong together, reads the type from the key usage, and refuses an expired certificate.
    static std::expected<KsefCertificate, QString> fromFiles(const QByteArray &certificateFile,
                                                             const QByteArray &keyFile,
                                                             const QByteArray &password, QDateTime now);
    // The same from one PKCS#12 bundle (.p12/.pfx).
    static std::expected<KsefCertificate, QString> fromPkcs12(const QByteArray &bundle,
                                                              const QString &password, QDateTime now);
    // The checks of fromFiles on a key and certificate already read.
    static std::expected<KsefCertificate, QString> fromParts(AsymmetricKey key, Certificate certificate,
                                                             QDateTime now);
    // The type a certificate's key usage says: digitalSignature → Authentication, nonRepudiation → Offline.
    static std::optional<KsefCertificateType> typeOf(const Certificate &certificate);
};

} // namespace Kurier
