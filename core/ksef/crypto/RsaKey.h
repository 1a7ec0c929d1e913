#pragma once

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>

struct evp_pkey_st;

namespace Kurier {

// An RSA key (private, or public only) with the operations KSeF needs: RSAES-OAEP with SHA-256 and
// MGF1-SHA-256 and an empty label (PROTOCOL.md §3.2), and RSA-SHA256 signatures.
class RsaKey
{
public:
    RsaKey();
    ~RsaKey();
    RsaKey(const RsaKey &other);
    RsaKey &operator=(const RsaKey &other);
    RsaKey(RsaKey &&) noexcept;
    RsaKey &operator=(RsaKey &&) noexcept;

    static std::expected<RsaKey, QString> generate(int bits = 2048);
    static std::expected<RsaKey, QString> fromPrivatePem(const QByteArray &pem);
    static std::expected<RsaKey, QString> fromPublicDer(const QByteArray &subjectPublicKeyInfo);

    bool isNull() const { return !m_key; }
    bool hasPrivateKey() const;
    int bits() const;
    QByteArray publicKeyDer() const; // SubjectPublicKeyInfo, DER
    QByteArray privateKeyPem() const;

    std::expected<QByteArray, QString> encryptOaep(QByteArrayView plain) const;
    std::expected<QByteArray, QString> decryptOaep(QByteArrayView cipher) const;
    std::expected<QByteArray, QString> signSha256(QByteArrayView data) const;
    bool verifySha256(QByteArrayView data, QByteArrayView signature) const;

    evp_pkey_st *handle() const { return m_key; }
    static RsaKey adopt(evp_pkey_st *key); // takes ownership

private:
    evp_pkey_st *m_key = nullptr;
};

} // namespace Kurier
