#include "support/EngineHarness.h"

#include <QElapsedTimer>
#include <QTest>

namespace Kurier::Test {

OutboxEngine::Options EngineHarness::fastOptions()
{
    OutboxEngine::Options options;
    options.backoffBase = std::chrono::milliseconds(50);
    options.backoffCap = std::chrono::milliseconds(500);
    options.permitWait = std::chrono::milliseconds(2000);
    return options;
}

EngineHarness::EngineHarness(OutboxEngine::Options options, Emulator::EmulatorConfig config,
                             const Clock *clock)
    : m_clock(clock ? *clock : m_systemClock)
{
    config.limitsProfile = QStringLiteral("off");
    config.demoNip = kNip;
    m_ksef = std::make_unique<EmulatorHarness>(config);
    m_token = m_ksef->emulator().createDemoSubject(kNip);
    m_options = options;
    openServices();
}

void EngineHarness::reopen(const std::function<void()> &whileClosed)
{
    m_services.reset();
    whileClosed();
    openServices();
}

void EngineHarness::openServices()
{
    auto services = OutboxServices::open(databasePath(), KsefEnvironment::custom(QUrl(m_ksef->baseUrl())),
                                         kNip, m_clock, m_options);
    if (!services) {
        qFatal("%s", qPrintable(services.error()));
    }
    m_services = std::move(*services);
    QMap<QString, WindowLimits> generous;
    for (const QString &group : RateLimitTable::production().keys()) {
        generous.insert(group, WindowLimits{1000, 0, 0});
    }
    (void)m_services->limiter->setLimits(generous);
    KsefCredentials credentials;
    credentials.contextNip = kNip;
    credentials.ksefToken = m_token;
    m_services->client->setCredentials(credentials);
    KsefClient::AuthOptions auth;
    auth.pollInterval = std::chrono::milliseconds(10);
    m_services->client->setAuthOptions(auth);
    m_services->transport->setDefaultTimeout(std::chrono::milliseconds(3000));
}

QStringList EngineHarness::enqueue(int count, const QString &prefix)
{
    QList<OutboxStore::NewInvoice> invoices;
    for (int i = 1; i <= count; ++i) {
        const QString number = QStringLiteral("%1/%2").arg(prefix).arg(i);
        invoices.append({kNip,
                         QStringLiteral("VAT"),
                         number,
                         QDate::currentDate(),
                         {},
                         {},
                         {},
                         QStringLiteral("PLN"),
                         emulatorInvoice(number),
                         QStringLiteral("test"),
                         false});
    }
    QStringList keys;
    for (const auto &result : store().enqueueAll(invoices, m_services->environment.key(), kNip)) {
        if (!result) {
            qWarning("enqueue failed: %s", qPrintable(result.error().text()));
        }
        keys.append(result ? result->second.key : QString());
    }
    return keys;
}

int EngineHarness::runUntilFinished(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    int passes = 0;
    while (timer.elapsed() < timeoutMs) {
        const auto pass = engine().runOnce();
        ++passes;
        if (!pass) {
            qWarning("pass failed: %s", qPrintable(pass.error().text()));
        }
        if (engine().isFinished().value_or(false)) {
            break;
        }
        QTest::qWait(pass && pass->changed > 0 ? 1 : 20);
    }
    return passes;
}

int EngineHarness::count(InvoiceState state)
{
    return store().counts().value_or(QHash<InvoiceState, int>()).value(state);
}

} // namespace Kurier::Test
