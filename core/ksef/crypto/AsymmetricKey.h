#pragma once

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>

struct evp_pkey_st;

namespace Kurier {

// An RSA or EC P-256 key (private, or public only) with the operations KSeF needs: RSAES-OAEP with SHA-256
// and MGF1-SHA-256 and an empty label (PROTOCOL.md §3.2), SHA-256 signatures (RSA PKCS#1 v1.5 or ECDSA, DER)
// and KOD II's signatures (RSASSA-PSS salt 32, or ECDSA as IEEE P1363 r‖s; PROTOCOL.md §13).
class AsymmetricKey
{
public:
    AsymmetricKey();
    ~AsymmetricKey();
    AsymmetricKey(const AsymmetricKey &other);
    AsymmetricKey &operator=(const AsymmetricKey &other);
    AsymmetricKey(AsymmetricKey &&) noexcept;
    AsymmetricKey &operator=(AsymmetricKey &&) noexcept;

    enum class Algorithm
    {
        None,
        Rsa,
        Ec, // P-256
    };

    static std::expected<AsymmetricKey, QString> generate(int bits = 2048); // RSA
    static std::expected<AsymmetricKey, QString> generateEc();              // EC P-256
    // A PEM private key: PKCS#1/SEC1 or PKCS#8, encrypted ("ENCRYPTED PRIVATE KEY") with `password` or not.
    static std::expected<AsymmetricKey, QString> fromPrivatePem(const QByteArray &pem,
                                                                const QByteArray &password = {});
    static std::expected<AsymmetricKey, QString> fromPublicDer(const QByteArray &subjectPublicKeyInfo);

    bool isNull() const { return !m_key; }
    bool hasPrivateKey() const;
    Algorithm algorithm() const;
    // The public halves are the same key (e.g. a certificate's key and a private key file).
    bool samePublicKey(const AsymmetricKey &other) const;
    int bits() const;
    QByteArray publicKeyDer() const; // SubjectPublicKeyInfo, DER
    QByteArray privateKeyPem() const;
    // PKCS#8 "ENCRYPTED PRIVATE KEY" (AES-256-CBC, PBKDF2) — how KSeF's application hands out keys.
    QByteArray encryptedPrivateKeyPem(const QByteArray &password) const;

    std::expected<QByteArray, QString> encryptOaep(QByteArrayView plain) const;
    std::expected<QByteArray, QString> decryptOaep(QByteArrayView cipher) const;
    std::expected<QByteArray, QString> signSha256(QByteArrayView data) const;
    bool verifySha256(QByteArrayView data, QByteArrayView signature) const;
    // KOD II: RSASSA-PSS (SHA-256, MGF1-SHA-256, salt 32) for RSA; ECDSA P-256 with r‖s (64 bytes) for EC.
    std::expected<QByteArray, QString> signQr(QByteArrayView data) const;
    // Verifies a KOD II signature; for EC both r‖s and DER are accepted.
    bool verifyQr(QByteArrayView data, QByteArrayView signature) const;

    evp_pkey_st *handle() const { return m_key; }
    static AsymmetricKey adopt(evp_pkey_st *key); // takes ownership

private:
    std::expected<QByteArray, QString> sign(QByteArrayView data, bool pss) const;
    bool verify(QByteArrayView data, QByteArrayView signature, bool pss) const;

    evp_pkey_st *m_key = nullptr;
};

} // namespace Kurier
