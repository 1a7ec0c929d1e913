#pragma once

#include "ksef/crypto/AsymmetricKey.h"
#include "ksef/crypto/Certificate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace Kurier::Emulator {

// The Ministry's public keys (PROTOCOL.md §3.1): one RSA-2048 key and certificate per usage
// ("KsefTokenEncryption", "SymmetricKeyEncryption"). A test can publish a second key beside the current one
// (planned rotation: both work) or replace every key of a usage (emergency rotation: the withdrawn
// publicKeyId is refused with 21470).
class KeyRing
{
public:
    static inline const QString tokenUsage = QStringLiteral("KsefTokenEncryption");
    static inline const QString symmetricUsage = QStringLiteral("SymmetricKeyEncryption");

    enum class Failure
    {
        Withdrawn,     // the publicKeyId names no published key of that usage (21470)
        Undecryptable, // no published key of that usage decrypts the bytes
    };

    // Publishes one key per usage: the given private keys (PEM) when they parse, else freshly generated ones.
    void load(const QByteArray &tokenKeyPem = {}, const QByteArray &symmetricKeyPem = {});

    // Publishes a new key for `usage`; `replace` withdraws the older ones. Returns its publicKeyId.
    std::expected<QString, QString> rotate(const QString &usage, bool replace);

    // RSA-OAEP decryption with the key `publicKeyId` names, or with whichever published key of `usage`
    // decrypts when the client did not say (the field is optional).
    std::expected<QByteArray, Failure> decrypt(const QString &usage, const QString &publicKeyId,
                                               const QByteArray &cipher) const;

    // Enveloped XAdES signature with a test "Ministry" seal (optional on UPOs, PROTOCOL.md §17); the signer
    // is made on first use. Signing time is the caller's, so the same UPO always has the same bytes.
    std::expected<QByteArray, QString> signUpo(const QByteArray &xml, QDateTime signingTime);

    QJsonArray certificatesJson() const;              // the answer of GET /security/public-key-certificates
    QByteArray newestPem(const QString &usage) const; // what survives a restart

private:
    struct Published
    {
        QString usage;
        AsymmetricKey key;
        Certificate certificate;
        QString publicKeyId;
    };
    static std::expected<Published, QString> publish(const QString &usage, const AsymmetricKey &key,
                                                     quint64 serial);
    QList<Published> m_keys;
    std::optional<Published> m_upoSigner;
    quint64 m_serial = 0;
};

} // namespace Kurier::Emulator
