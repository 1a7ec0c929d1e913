#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <expected>

namespace Kurier::Crypto {

// The symmetric primitives KSeF uses (PROTOCOL.md §3): SHA-256, AES-256-CBC with PKCS#7, all through OpenSSL
// 3 EVP.
QByteArray sha256(QByteArrayView data);
QString sha256Base64(QByteArrayView data); // standard Base64 with padding (44 characters)
QByteArray randomBytes(int count);         // from OpenSSL's CSPRNG

std::expected<QByteArray, QString> aesCbcEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plain);
// Fails for a wrong key size, a ciphertext that is not a multiple of 16 bytes, or bad padding.
std::expected<QByteArray, QString> aesCbcDecrypt(QByteArrayView key, QByteArrayView iv,
                                                 QByteArrayView cipher);

QString lastOpenSslError();

} // namespace Kurier::Crypto
