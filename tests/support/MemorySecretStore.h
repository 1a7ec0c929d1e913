#pragma once

#include "ksef/SecretStore.h"

#include <QHash>

namespace Kurier::Test {

// The keychain's interface over memory, for windows whose tests are not about the keychain (that one is
// tested against a real GNOME Keyring in tst_credentials).
class MemorySecretStore final : public SecretStore
{
public:
    QHash<QString, QString> secrets;
    std::expected<std::optional<QString>, QString> read(const QString &key) override
    {
        return secrets.contains(key) ? std::optional<QString>(secrets.value(key)) : std::nullopt;
    }
    std::expected<void, QString> write(const QString &key, const QString &secret) override
    {
        secrets.insert(key, secret);
        return {};
    }
    std::expected<void, QString> remove(const QString &key) override
    {
        secrets.remove(key);
        return {};
    }
};

} // namespace Kurier::Test
