#include "ksef/crypto/Crypto.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace Kurier::Crypto {

namespace {
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

std::expected<QByteArray, QString> aesCbc(bool encrypt, QByteArrayView key, QByteArrayView iv,
                                          QByteArrayView input)
{
    if (key.size() != 32 || iv.size() != 16) {
        return std::unexpected(QStringLiteral("AES-256-CBC needs a 32-byte key and a 16-byte IV"));
    }
    if (!encrypt && (input.isEmpty() || input.size() % 16 != 0)) {
        return std::unexpected(
            QStringLiteral("the ciphertext length is not a multiple of the AES block size"));
    }
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, bytes(key), bytes(iv),
                                  encrypt ? 1 : 0) != 1) {
        return std::unexpected(lastOpenSslError());
    }
    QByteArray out(input.size() + 16, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    auto *target = reinterpret_cast<unsigned char *>(out.data());
    if (EVP_CipherUpdate(ctx.get(), target, &written, bytes(input), static_cast<int>(input.size())) != 1 ||
        EVP_CipherFinal_ex(ctx.get(), target + written, &finalWritten) != 1) {
        return std::unexpected(encrypt ? lastOpenSslError() : QStringLiteral("bad padding or wrong key"));
    }
    out.resize(written + finalWritten);
    return out;
}
} // namespace

QString lastOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) {
        return QStringLiteral("unknown OpenSSL error");
    }
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()),
               reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(), nullptr);
    return digest;
}

QString sha256Base64(QByteArrayView data)
{
    return QString::fromLatin1(sha256(data).toBase64());
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1) {
        qFatal("OpenSSL's random generator failed");
    }
    return out;
}

std::expected<QByteArray, QString> aesCbcEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plain)
{
    return aesCbc(true, key, iv, plain);
}

std::expected<QByteArray, QString> aesCbcDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView cipher)
{
    return aesCbc(false, key, iv, cipher);
}

} // namespace Kurier::Crypto
