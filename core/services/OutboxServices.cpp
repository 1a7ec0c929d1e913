#include "services/OutboxServices.h"

#include "calendar/PolishCalendar.h"

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

void OutboxServices::useCredentials(const KsefCredentials &credentials)
{
    client->setCredentials(credentials);
    OutboxStore::CredentialsNote note;
    if (credentials.method == KsefCredentials::Method::Certificate) {
        note.kind =
            credentials.certificate.isNull() ? QStringLiteral("signature") : QStringLiteral("certificate");
        note.expiresAt = credentials.certificate.isNull() ? QDateTime() : credentials.certificate.notAfter();
    } else {
        note.kind = QStringLiteral("token");
        note.expiresAt = tokensEndOn.isValid() ? PolishCalendar::endOfPolishDay(tokensEndOn) : QDateTime();
    }
    if (const auto current = store->credentialsNote();
        current && (current->kind != note.kind || current->expiresAt != note.expiresAt)) {
        (void)store->noteCredentials(note); // a note for people: a failure to write it changes nothing else
    }
}

} // namespace Kurier
