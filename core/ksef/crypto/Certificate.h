#pragma once

#include "ksef/crypto/AsymmetricKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QPair>
#include <QString>

#include <expected>

struct x509_st;

namespace Kurier {

// An X.509 certificate (OpenSSL). Kurier reads KSeF's public-key certificates with it, and creates
// self-signed certificates for the TEST environment and the emulator, as the official clients do.
class Certificate
{
public:
    // Subject attributes by OpenSSL short name or OID, e.g. {"CN", "Jan Kowalski"}, {"2.5.4.97",
    // "VATPL-5265877635"}.
    using Subject = QList<QPair<QString, QString>>;

    enum class KeyUsage
    {
        DigitalSignature = 0x1, // KSeF Authentication certificates
        NonRepudiation = 0x2,   // KSeF Offline certificates (KOD II)
        CertificateSigning = 0x4,
    };
    Q_DECLARE_FLAGS(KeyUsages, KeyUsage)

    Certificate();
    ~Certificate();
    Certificate(const Certificate &other);
    Certificate &operator=(const Certificate &other);
    Certificate(Certificate &&) noexcept;
    Certificate &operator=(Certificate &&) noexcept;

    static std::expected<Certificate, QString> selfSigned(const AsymmetricKey &key, const Subject &subject,
                                                          QDateTime notBefore, QDateTime notAfter,
                                                          quint64 serial = 1);
    // A certificate for `subjectKey` signed by `issuer` (a CA: the emulator's test CA), with key usages.
    static std::expected<Certificate, QString> issue(const AsymmetricKey &subjectKey, const Subject &subject,
                                                     const Certificate &issuer,
                                                     const AsymmetricKey &issuerKey, QDateTime notBefore,
                                                     QDateTime notAfter, quint64 serial, KeyUsages usages);
    static std::expected<Certificate, QString> fromDer(const QByteArray &der);
    static std::expected<Certificate, QString> fromPem(const QByteArray &pem);

    bool isNull() const { return !m_cert; }
    QByteArray der() const;
    QByteArray pem() const;
    AsymmetricKey publicKey() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    QString subjectText() const; // one line, RFC 2253
    QString subjectAttribute(const QString &shortNameOrOid) const;
    QString serialHex() const; // uppercase, at least 16 digits (KSeF's serial format)
    Subject subject() const;
    KeyUsages keyUsages() const; // empty when the certificate has no keyUsage extension
    bool isSignedBy(const Certificate &issuer) const;
    QString fingerprintSha256() const; // uppercase hex of the DER's SHA-256

    x509_st *handle() const { return m_cert; }

private:
    static std::expected<Certificate, QString> build(const AsymmetricKey &subjectKey, const Subject &subject,
                                                     const Certificate *issuer,
                                                     const AsymmetricKey &signingKey, QDateTime notBefore,
                                                     QDateTime notAfter, quint64 serial, KeyUsages usages);

    x509_st *m_cert = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Certificate::KeyUsages)

} // namespace Kurier
