#pragma once

#include "emulator/EmulatorTestData.h"
#include "services/OutboxServices.h"
#include "support/EmulatorHarness.h"
#include "support/TestDatabase.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <functional>

namespace Kurier::Test {

// The real outbox (store, engine, client, limiter, audit) in a real SQLite file, sending to a real emulator
// in this process over loopback HTTP.
class EngineHarness
{
public:
    static inline const QString kNip = QStringLiteral("5265877635");

    // `clock` is the outbox's time (the system's when null; a ManualClock makes retry times exact).
    explicit EngineHarness(OutboxEngine::Options options = fastOptions(),
                           Emulator::EmulatorConfig config = EmulatorHarness::fastConfig(),
                           const Clock *clock = nullptr);
    static OutboxEngine::Options fastOptions();

    EmulatorHarness &ksef() { return *m_ksef; }
    OutboxServices &services() { return *m_services; }
    OutboxStore &store() { return *m_services->store; }
    OutboxEngine &engine() { return *m_services->engine; }
    KsefClient &client() { return *m_services->client; }
    const Clock &clock() const { return m_clock; }
    QString databasePath() const { return databaseLocation(m_dir); }

    // Queues `count` valid invoices numbered PREFIX/1…; → their keys
    QStringList enqueue(int count, const QString &prefix);
    // Runs passes until every item is confirmed, rejected or cancelled (or the time is up). → passes run
    int runUntilFinished(int timeoutMs = 20000);
    int count(InvoiceState state);
    // Closes the database (every service), runs `whileClosed`, and opens it again — a restart of Kurier.
    void reopen(const std::function<void()> &whileClosed);

private:
    void openServices();

    std::unique_ptr<EmulatorHarness> m_ksef;
    QString m_token;
    OutboxEngine::Options m_options;
    QTemporaryDir m_dir;
    SystemClock m_systemClock;
    const Clock &m_clock;
    std::unique_ptr<OutboxServices> m_services;
};

} // namespace Kurier::Test
