#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <optional>

namespace Kurier {

// Where secrets (KSeF tokens, private keys) live: the system keychain, never a file, a setting or a log.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // The secret under `key`; nothing when there is none; an error when the keychain cannot be used.
    virtual std::expected<std::optional<QString>, QString> read(const QString &key) = 0;
    virtual std::expected<void, QString> write(const QString &key, const QString &secret) = 0;
    virtual std::expected<void, QString> remove(const QString &key) = 0;
};

// The desktop's keychain through QtKeychain (Secret Service / GNOME Keyring or KWallet on Linux). Without a
// keychain every call fails with a clear message: there is no insecure fallback.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Kurier"));
    std::expected<std::optional<QString>, QString> read(const QString &key) override;
    std::expected<void, QString> write(const QString &key, const QString &secret) override;
    std::expected<void, QString> remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace Kurier
