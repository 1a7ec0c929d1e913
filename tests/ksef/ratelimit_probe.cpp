// A separate process that uses Kurier's real client and shared rate limiter as fast as the limiter allows:
// kurier-ratelimit-probe DB BASE_URL NIP TOKEN COUNT. Prints {"ok": n, "errors": [...]}; exit 0 when all
// COUNT calls of GET /rate-limits succeeded.
#include "ksef/HttpTransport.h"
#include "ksef/KsefClient.h"
#include "ratelimit/SharedRateLimiter.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace Kurier;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fputs("usage: kurier-ratelimit-probe DB BASE_URL NIP TOKEN COUNT\n", stderr);
        return 2;
    }
    auto db = Database::open(args[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        return 2;
    }
    SystemClock clock;
    const auto environment = KsefEnvironment::custom(QUrl(args[2]));
    SharedRateLimiter limiter((*db)->connection(), environment.key(), args[3], clock);
    QNetworkAccessManager network;
    HttpTransport transport(network, environment, &limiter);
    KsefClient client(transport, clock);
    client.setCredentials(
        KsefCredentials{KsefCredentials::Method::KsefToken, args[3], args[4], {}, {}, {}, false});
    int ok = 0;
    QJsonArray errors;
    const int count = args[5].toInt();
    for (int i = 0; i < count; ++i) {
        const auto limits = client.rateLimits(); // also seeds the shared limiter from KSeF's answer
        if (limits) {
            ++ok;
        } else {
            errors.append(limits.error().message());
        }
    }
    const QByteArray report =
        QJsonDocument(QJsonObject{{QStringLiteral("ok"), ok}, {QStringLiteral("errors"), errors}})
            .toJson(QJsonDocument::Compact);
    std::printf("%s\n", report.constData());
    return ok == count ? 0 : 1;
}
