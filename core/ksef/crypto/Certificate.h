#pragma once

#include "ksef/crypto/RsaKey.h"

#include <QByteArray>
#include <QDateTime>
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

    Certificate();
    ~Certificate();
    Certificate(const Certificate &other);
    Certificate &operator=(const Certificate &other);
    Certificate(Certificate &&) noexcept;
    Certificate &operator=(Certificate &&) noexcept;

    static std::expected<Certificate, QString> selfSigned(const RsaKey &key, const Subject &subject,
                                                          QDateTime notBefore, QDateTime notAfter,
                                                          quint64 serial = 1);
    static std::expected<Certificate, QString> fromDer(const QByteArray &der);
    static std::expected<Certificate, QString> fromPem(const QByteArray &pem);

    bool isNull() const { return !m_cert; }
    QByteArray der() const;
    QByteArray pem() const;
    RsaKey publicKey() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    QString subjectText() const; // one line, RFC 2253
    QString subjectAttribute(const QString &shortNameOrOid) const;
    QString serialHex() const;

    x509_st *handle() const { return m_cert; }

private:
    x509_st *m_cert = nullptr;
};

} // namespace Kurier
