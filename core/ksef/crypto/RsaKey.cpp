#include "ksef/crypto/RsaKey.h"

#include "ksef/crypto/Crypto.h"

#include <openssl/bio.h>
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

bool configureOaep(EVP_PKEY_CTX *ctx)
{
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
           EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) > 0 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) > 0;
}
} // namespace

RsaKey::RsaKey() = default;

RsaKey::~RsaKey()
{
    EVP_PKEY_free(m_key);
}

RsaKey::RsaKey(const RsaKey &other)
    : m_key(other.m_key)
{
    if (m_key) {
        EVP_PKEY_up_ref(m_key);
    }
}

RsaKey &RsaKey::operator=(const RsaKey &other)
{
    if (this != &other) {
        RsaKey copy(other);
        std::swap(m_key, copy.m_key);
    }
    return *this;
}

RsaKey::RsaKey(RsaKey &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
{}

RsaKey &RsaKey::operator=(RsaKey &&other) noexcept
{
    std::swap(m_key, other.m_key);
    return *this;
}

RsaKey RsaKey::adopt(evp_pkey_st *key)
{
    RsaKey result;
    result.m_key = key;
    return result;
}

std::expected<RsaKey, QString> RsaKey::generate(int bits)
{
    EVP_PKEY *key = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!key) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    return adopt(key);
}

std::expected<RsaKey, QString> RsaKey::fromPrivatePem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    return adopt(key);
}

std::expected<RsaKey, QString> RsaKey::fromPublicDer(const QByteArray &subjectPublicKeyInfo)
{
    const unsigned char *p = bytes(subjectPublicKeyInfo);
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &p, static_cast<long>(subjectPublicKeyInfo.size()));
    if (!key) {
        return std::unexpected(Crypto::lastOpenSslError());
    }
    return adopt(key);
}

bool RsaKey::hasPrivateKey() const
{
    if (!m_key) {
        return false;
    }
    BIGNUM *d = nullptr;
    const bool has = EVP_PKEY_get_bn_param(m_key, "d", &d) == 1 && d;
    BN_clear_free(d);
    return has;
}

int RsaKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key) : 0;
}

QByteArray RsaKey::publicKeyDer() const
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

QByteArray RsaKey::privateKeyPem() const
{
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!m_key || PEM_write_bio_PrivateKey(bio.get(), m_key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

std::expected<QByteArray, QString> RsaKey::encryptOaep(QByteArrayView plain) const
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

std::expected<QByteArray, QString> RsaKey::decryptOaep(QByteArrayView cipher) const
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

std::expected<QByteArray, QString> RsaKey::signSha256(QByteArrayView data) const
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t size = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key) != 1 ||
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

bool RsaKey::verifySha256(QByteArrayView data, QByteArrayView signature) const
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key) == 1 &&
           EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<size_t>(signature.size()), bytes(data),
                            static_cast<size_t>(data.size())) == 1;
}

} // namespace Kurier
