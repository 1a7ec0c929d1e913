#include "services/OutboxServices.h"

namespace Kurier {

std::expected<std::unique_ptr<OutboxServices>, QString>
OutboxServices::open(const QString &databasePath, const KsefEnvironment &environment,
                     const QString &contextNip, const Clock &clock, OutboxEngine::Options options,
                     const QString &databasePassword)
{
    auto database = Database::open(databasePath, databasePassword);
    if (!database) {
        return std::unexpected(database.error().message());
    }
    auto services = std::make_unique<OutboxServices>(clock, environment, contextNip);
    services->database = std::move(*database);
    const QSqlDatabase connection = services->database->connection();
    services->audit = std::make_unique<AuditLog>(connection, clock);
    services->alerts = std::make_unique<AlertCenter>(connection, *services->audit, clock);
    services->store = std::make_unique<OutboxStore>(connection, *services->audit, clock);
    services->limiter = std::make_unique<SharedRateLimiter>(connection, environment.key(), contextNip, clock);
    services->network = std::make_unique<QNetworkAccessManager>();
    services->transport =
        std::make_unique<HttpTransport>(*services->network, environment, services->limiter.get());
    services->client = std::make_unique<KsefClient>(*services->transport, clock);
    services->engine = std::make_unique<OutboxEngine>(*services->store, *services->client, *services->alerts,
                                                      clock, options);
    return services;
}

} // namespace Kurier
