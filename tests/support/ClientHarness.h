#pragma once

#include "ksef/HttpTransport.h"
#include "ksef/KsefClient.h"
#include "ratelimit/SharedRateLimiter.h"
#include "storage/Database.h"
#include "support/EmulatorHarness.h"
#include "support/TestDatabase.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace Kurier::Test {

// A company seal the emulator accepts for a XAdES login (the sandbox's self-signed seal, as the official
// clients offer for TEST).
inline KsefCredentials sealCredentials(const QString &nip)
{
    auto seal = KsefClient::selfSignedSeal(nip, QStringLiteral("Firma Testowa"));
    KsefCredentials credentials;
    credentials.method = KsefCredentials::Method::Certificate;
    credentials.contextNip = nip;
    credentials.privateKey = seal->first;
    credentials.certificate = seal->second;
    return credentials;
}

// Kurier's real KSeF client — real transport, real shared rate limiter in a real SQLite file — talking over
// loopback HTTP to a real emulator in this process.
class ClientHarness
{
public:
    static inline const QString kNip = QStringLiteral("5265877635");

    // `emulatorLimits` "off" (functional tests: the limiter gets a generous budget so polling is not slowed)
    // or "production" (the limiter keeps the production table).
    explicit ClientHarness(const QString &emulatorLimits = QStringLiteral("off"),
                           Emulator::EmulatorConfig config = EmulatorHarness::fastConfig());

    EmulatorHarness &ksef() { return *m_ksef; }
    KsefClient &client() { return *m_client; }
    HttpTransport &transport() { return *m_transport; }
    SharedRateLimiter &limiter() { return *m_limiter; }
    QString databasePath() const { return databaseLocation(m_dir); }
    // Waits (polling the client) until the invoice leaves 100/150; the last status.
    KsefClient::Result<InvoiceStatus> waitForInvoice(const QString &session, const QString &invoice,
                                                     int timeoutMs = 10000);
    KsefClient::Result<SessionStatus> waitForSession(const QString &session, int minimumCode,
                                                     int timeoutMs = 10000);

private:
    std::unique_ptr<EmulatorHarness> m_ksef;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<SharedRateLimiter> m_limiter;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<KsefClient> m_client;
};

} // namespace Kurier::Test
