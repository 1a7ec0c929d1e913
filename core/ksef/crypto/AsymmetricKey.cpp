#include "ksef/crypto/AsymmetricKey.h"

#include "ksef/crypto/Crypto.h"

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace Kurier {

namespace {
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

using MdContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)>;

constexpr int kP256Size = 32; // bytes of r and of s

// Never lets OpenSSL prompt on a terminal: an encrypted key without a password simply fails to read.
int passwordCallback(char *buffer, int size, int, void *user)
{
    const auto *password = static_cast<const QByteArray *>(user);
    if (!password || password->isEmpty() || password->size() > size) {
        return -1;
    }
    std::copy(password->begin(), password->end(), buffer);
    return static_cast<int>(password->size());
}

// ECDSA: DER SEQUENCE{r, s} → r‖s (P1363), and back.
QByteArray derToP1363(QByteArrayView der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.data());
    EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())), &ECDSA_SIG_free);
    if (!sig) {
        return {};
    }
    QByteArray out(2 * kP256Size, '\0');
    auto *raw = reinterpret_cast<unsigned char *>(out.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), raw, kP256Size) != kP256Size ||
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), raw + kP256Size, kP256Size) != kP256Size) {
        return {};
    }
    return out;
}

QByteArray p1363ToDer(QByteArrayView raw)
{
    if (raw.size() != 2 * kP256Size) {
        return {};
    }
    EcdsaSig sig(ECDSA_SIG_new(), &ECDSA_SIG_free);
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.data()), kP256Size, nullptr);
    BIGNUM *s =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.data()) + kP256Size, kP256Size, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char *der = nullptr;
    const int size = i2d_ECDSA_SIG(sig.get(), &der);
    if (size <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

// RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt on a digest-sign/verify context.
bool configurePss(EVP_PKEY_CTX *ctx)
{
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) > 0 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) > 0 &&
           EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, 32) > 0;
}

bool configureOaep(EVP_PKEY_CTX *ctx)
{
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
           EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) > 0 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) > 0;
}
} // namespace

AsymmetricKey::AsymmetricKey() = default;

AsymmetricKey::~AsymmetricKey()
{
    EVP_PKEY_free(m_key);
}

AsymmetricKey::AsymmetricKey(const AsymmetricKey &other)
    : m_key(other.m_key)
{
    if (m_key) {
        EVP_PKEY_up_ref(m_key);
    }
}

AsymmetricKey &AsymmetricKey::operator=(const AsymmetricKey &other)
{
    if (this != &other) {
        AsymmetricKey copy(other);
        std::swap(m_key, copy.m_key);
    }
    return *this;
}

AsymmetricKey::AsymmetricKey(AsymmetricKey &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
{}

AsymmetricKey &AsymmetricKey::operator=(AsymmetricKey &&other) noexcept
{
    std::swap(m_key, other.m_key);
    return *this;
}

AsymmetricKey AsymmetricKey::adopt(evp_pkey_st *key)
{
    AsymmetricKey result;
    result.m_key = key;
    return result;
}

std::expected<AsymmetricKey, QString> AsymmetricKey::generate(int bits)
{
    EVP_PKEY *key = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!key) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    return adopt(key);
}

std::expected<AsymmetricKey, QString> AsymmetricKey::generateEc()
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    if (!key) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    return adopt(key);
}

std::expected<AsymmetricKey, QString> AsymmetricKey::fromPrivatePem(const QByteArray &pem,
                                                                    const QByteArray &password)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    EVP_PKEY *key =
        PEM_read_bio_PrivateKey(bio.get(), nullptr, &passwordCallback, const_cast<QByteArray *>(&password));
    if (!key) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    return adopt(key);
}

std::expected<AsymmetricKey, QString> AsymmetricKey::fromPublicDer(const QByteArray &subjectPublicKeyInfo)
{
    const unsigned char *p = bytes(subjectPublicKeyInfo);
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &p, static_cast<long>(subjectPublicKeyInfo.size()));
    if (!key) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    return adopt(key);
}

bool AsymmetricKey::hasPrivateKey() const
{
    if (!m_key) {
        return false;
    }
    BIGNUM *d = nullptr;
    const char *name = algorithm() == Algorithm::Ec ? "priv" : "d";
    const bool has = EVP_PKEY_get_bn_param(m_key, name, &d) == 1 && d;
    BN_clear_free(d);
    return has;
}

AsymmetricKey::Algorithm AsymmetricKey::algorithm() const
{
    if (!m_key) {
        return Algorithm::None;
    }
    switch (EVP_PKEY_get_base_id(m_key)) {
    case EVP_PKEY_RSA:
        return Algorithm::Rsa;
    case EVP_PKEY_EC:
        return Algorithm::Ec;
    default:
        return Algorithm::None;
    }
}

bool AsymmetricKey::samePublicKey(const AsymmetricKey &other) const
{
    return m_key && other.m_key && EVP_PKEY_eq(m_key, other.m_key) == 1;
}

int AsymmetricKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key) : 0;
}

QByteArray AsymmetricKey::publicKeyDer() const
{
    if (!m_key) {
        return {};
    }
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(m_key, &der);
    if (size <= 0) {
        return {};
    }
    QByteArray result(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return result;
}

QByteArray AsymmetricKey::privateKeyPem() const
{
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!m_key || PEM_write_bio_PrivateKey(bio.get(), m_key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray AsymmetricKey::encryptedPrivateKeyPem(const QByteArray &password) const
{
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!m_key || password.isEmpty() ||
        PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key, EVP_aes_256_cbc(), password.constData(),
                                      static_cast<int>(password.size()), nullptr, nullptr) != 1) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

std::expected<QByteArray, QString> AsymmetricKey::encryptOaep(QByteArrayView plain) const
{
    PkeyContext ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, m_key, nullptr), &EVP_PKEY_CTX_free);
    size_t size = 0;
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) <= 0 || !configureOaep(ctx.get()) ||
        EVP_PKEY_encrypt(ctx.get(), nullptr, &size, bytes(plain), static_cast<size_t>(plain.size())) <= 0) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size, bytes(plain),
                         static_cast<size_t>(plain.size())) <= 0) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    out.resize(static_cast<qsizetype>(size));
    return out;
}

std::expected<QByteArray, QString> AsymmetricKey::decryptOaep(QByteArrayView cipher) const
{
    PkeyContext ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, m_key, nullptr), &EVP_PKEY_CTX_free);
    size_t size = 0;
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) <= 0 || !configureOaep(ctx.get()) ||
        EVP_PKEY_decrypt(ctx.get(), nullptr, &size, bytes(cipher), static_cast<size_t>(cipher.size())) <= 0) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size, bytes(cipher),
                         static_cast<size_t>(cipher.size())) <= 0) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    out.resize(static_cast<qsizetype>(size));
    return out;
}

std::expected<QByteArray, QString> AsymmetricKey::signSha256(QByteArrayView data) const
{
    return sign(data, false);
}

std::expected<QByteArray, QString> AsymmetricKey::sign(QByteArrayView data, bool pss) const
{
    MdContext ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_PKEY_CTX *pkeyCtx = nullptr;
    size_t size = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), &pkeyCtx, EVP_sha256(), nullptr, m_key) != 1 ||
        (pss && !configurePss(pkeyCtx)) ||
        EVP_DigestSign(ctx.get(), nullptr, &size, bytes(data), static_cast<size_t>(data.size())) != 1) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size, bytes(data),
                       static_cast<size_t>(data.size())) != 1) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    out.resize(static_cast<qsizetype>(size));
    return out;
}

bool AsymmetricKey::verifySha256(QByteArrayView data, QByteArrayView signature) const
{
    return verify(data, signature, false);
}

bool AsymmetricKey::verify(QByteArrayView data, QByteArrayView signature, bool pss) const
{
    MdContext ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_PKEY_CTX *pkeyCtx = nullptr;
    return ctx && EVP_DigestVerifyInit(ctx.get(), &pkeyCtx, EVP_sha256(), nullptr, m_key) == 1 &&
           (!pss || configurePss(pkeyCtx)) &&
           EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<size_t>(signature.size()), bytes(data),
                            static_cast<size_t>(data.size())) == 1;
}

std::expected<QByteArray, QString> AsymmetricKey::signQr(QByteArrayView data) const
{
    switch (algorithm()) {
    case Algorithm::Rsa:
        return sign(data, true);
    case Algorithm::Ec: {
        const auto der = sign(data, false);
        if (!der) {
            return der;
        }
        const QByteArray raw = derToP1363(*der);
        if (raw.isEmpty()) {
            return std::unexpected(QStringLiteral("the ECDSA signature could not be converted to r||s"));
        }
        return raw;
    }
    case Algorithm::None:
        break;
    }
    return std::unexpected(QStringLiteral("KOD II is signed with an RSA or EC P-256 key"));
}

bool AsymmetricKey::verifyQr(QByteArrayView data, QByteArrayView signature) const
{
    switch (algorithm()) {
    case Algorithm::Rsa:
        return verify(data, signature, true);
    case Algorithm::Ec: {
        const QByteArray der =
            signature.size() == 2 * kP256Size ? p1363ToDer(signature) : signature.toByteArray();
        return verify(data, der, false);
    }
    case Algorithm::None:
        break;
    }
    return false;
}

} // namespace Kurier
