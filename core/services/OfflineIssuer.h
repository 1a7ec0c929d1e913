#pragma once

#include "outbox/OfflineIssue.h"
#include "outbox/OutboxItem.h"

#include <QCoreApplication>

#include <expected>
#include <optional>

namespace Kurier {

class AuditLog;
class Clock;
class OutboxStore;
class SecretStore;

// Issuing invoices offline for one company, the way the desktop and kurier-cli both do it: the Offline
// certificate read from the keychain, KOD II signed, the deadline from the calendar, and the outbox item
// marked — never sent online in between.
class OfflineIssuer
{
    Q_DECLARE_TR_FUNCTIONS(OfflineIssuer)

public:
    struct Company
    {
        QString vaultEnvironment; // the keychain's environment key ("sandbox" in the sandbox)
        KsefEnvironment environment;
        QString contextNip;
    };
    OfflineIssuer(OutboxStore &store, const AuditLog &audit, SecretStore &secrets, Company company,
                  const Clock &clock);

    // Whether an invoice can be issued offline in `mode` now: an error naming what to do when the company has
    // no usable KSeF Offline certificate (a total failure needs none). Ask before giving the invoice its
    // number, so that nothing is issued that cannot be printed.
    std::expected<void, QString> check(OfflineMode mode);
    // Marks the outbox item (a draft, or queued and never sent) as issued offline in `mode`, signs its KOD
    // II, and — `release` — puts a draft in the queue (a total failure's stays a draft). `windowEnd`: when
    // the announced window already ended.
    std::expected<OutboxItem, QString> issue(const QString &key, OfflineMode mode, bool release,
                                             std::optional<QDateTime> windowEnd = std::nullopt);

    // OfflineIssuing::warnings for an invoice `issue` returned (its deadline, and the certificate now in the
    // keychain).
    QStringList warnings(const OutboxItem &issued);

private:
    std::expected<OfflineIssuing::Context, QString> context(std::optional<QDateTime> windowEnd);

    OutboxStore &m_store;
    const AuditLog &m_audit;
    SecretStore &m_secrets;
    Company m_company;
    const Clock &m_clock;
};

} // namespace Kurier
