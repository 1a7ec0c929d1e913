#pragma once

#include "audit/AlertCenter.h"
#include "audit/AuditLog.h"
#include "ksef/HttpTransport.h"
#include "ksef/KsefClient.h"
#include "outbox/OutboxEngine.h"
#include "outbox/OutboxStore.h"
#include "ratelimit/SharedRateLimiter.h"
#include "storage/Database.h"

#include <QNetworkAccessManager>

#include <memory>

namespace Kurier {

// The services behind sending, built in dependency order for one database, one KSeF environment and one
// context NIP — what kurier-cli and the desktop app's worker thread both compose. Owns everything it builds;
// lives on (and must be used from) the thread that opened it.
struct OutboxServices
{
    static std::expected<std::unique_ptr<OutboxServices>, QString>
    open(const QString &databasePath, const KsefEnvironment &environment, const QString &contextNip,
         const Clock &clock, OutboxEngine::Options options = OutboxEngine::Options(),
         const QString &databasePassword = QString()); // an office server's (the keychain's)

    OutboxServices(const Clock &clock, KsefEnvironment environment, QString contextNip)
        : clock(clock)
        , environment(std::move(environment))
        , contextNip(std::move(contextNip))
    {}

    const Clock &clock;
    KsefEnvironment environment;
    QString contextNip;
    // The last day KSeF tokens are assured, from the settings (AppSettings::tokensEndOn) of whoever opened
    // the services; unset: no end is noted for a token.
    QDate tokensEndOn;
    std::unique_ptr<Database> database;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AlertCenter> alerts;
    std::unique_ptr<OutboxStore> store;
    std::unique_ptr<SharedRateLimiter> limiter;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<KsefClient> client;
    std::unique_ptr<OutboxEngine> engine;

    // Logs in with `credentials` from now on, and notes in the company's database what they are and until
    // when (OutboxStore::credentialsNote: the Clients view shows it).
    void useCredentials(const KsefCredentials &credentials);
};

} // namespace Kurier
