#include "support/ClientHarness.h"

#include <QElapsedTimer>
#include <QTest>

namespace Kurier::Test {

ClientHarness::ClientHarness(const QString &emulatorLimits, Emulator::EmulatorConfig config)
{
    config.limitsProfile = emulatorLimits;
    config.demoNip = kNip;
    m_ksef = std::make_unique<EmulatorHarness>(config);
    auto db = Database::open(databasePath());
    if (!db) {
        qFatal("%s", qPrintable(db.error().message()));
    }
    m_db = std::move(*db);
    const auto environment = KsefEnvironment::custom(QUrl(m_ksef->baseUrl()));
    m_limiter = std::make_unique<SharedRateLimiter>(m_db->connection(), environment.key(), kNip, m_clock);
    if (emulatorLimits == u"off") {
        QMap<QString, WindowLimits> generous;
        for (const QString &group : RateLimitTable::production().keys()) {
            generous.insert(group, WindowLimits{1000, 0, 0});
        }
        (void)m_limiter->setLimits(generous);
    }
    m_transport = std::make_unique<HttpTransport>(m_network, environment, m_limiter.get());
    m_client = std::make_unique<KsefClient>(*m_transport, m_clock);
    KsefCredentials credentials;
    credentials.contextNip = kNip;
    credentials.ksefToken = m_ksef->emulator().createDemoSubject(kNip);
    m_client->setCredentials(credentials);
    KsefClient::AuthOptions options;
    options.pollInterval = std::chrono::milliseconds(10);
    m_client->setAuthOptions(options);
}

KsefClient::Result<InvoiceStatus> ClientHarness::waitForInvoice(const QString &session,
                                                                const QString &invoice, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        auto status = m_client->invoiceStatus(session, invoice);
        if (!status || !status->isPending() || timer.elapsed() > timeoutMs) {
            return status;
        }
        QTest::qWait(10);
    }
}

KsefClient::Result<SessionStatus> ClientHarness::waitForSession(const QString &session, int minimumCode,
                                                                int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        auto status = m_client->sessionStatus(session);
        if (!status || status->code >= minimumCode || timer.elapsed() > timeoutMs) {
            return status;
        }
        QTest::qWait(10);
    }
}

} // namespace Kurier::Test
