#include "services/PassScheduler.h"

#include "outbox/OutboxStore.h"
#include "util/Clock.h"

namespace Kurier {

namespace {
constexpr int kSoonPasses = 10;
constexpr int kUntilDoneStoreRetries = 5;
} // namespace

std::chrono::milliseconds PassScheduler::busyWait()
{
    // `soon` for the first second or so (KSeF's rate limits allow 10 status queries a second), then doubling.
    const int quiet = m_quietPasses++;
    const int doublings = std::clamp(quiet - kSoonPasses + 1, 0, 16);
    return std::min(std::chrono::milliseconds(m_options.soon.count() << doublings), m_options.busy);
}

PassScheduler::Decision PassScheduler::next(const StoreResult<OutboxEngine::Pass> &pass, bool finished,
                                            const std::optional<QDateTime> &nextAttempt, const QDateTime &now)
{
    using std::chrono::milliseconds;
    const milliseconds idle = std::max(m_options.idle, m_options.busy);
    if (pass && (pass->changed > 0 || pass->sent > 0)) {
        m_quietPasses = 0;
    }
    if (pass) {
        m_failedPasses = 0;
    }
    if (!pass) {
        if (m_options.mode == Mode::KeepRunning && m_options.outlastStoreFailures) {
            return {Outcome::Continue, idle, pass.error().text(), {}};
        }
        // `send` on an office server: another Kurier's long transaction (a lock timeout) or a server restart
        // passes; a few failed passes in a row are tried again before `send` gives up.
        if (m_options.outlastStoreFailures && ++m_failedPasses <= kUntilDoneStoreRetries) {
            return {Outcome::Continue, m_options.busy, pass.error().text(), {}};
        }
        // The database failed: `send` and `run` end; the desktop tries again after `wait`.
        return {Outcome::Failed, idle, pass.error().text(), {}};
    }
    if (m_options.mode == Mode::KeepRunning) {
        // A stopped queue is looked at again slowly: the cause (credentials, maintenance) may go away.
        return {Outcome::Continue, pass->busy && !pass->stopped ? busyWait() : idle, {}, {}};
    }
    if (finished) {
        return {Outcome::Finished, milliseconds(0), {}, {}};
    }
    if (pass->busy) {
        // Something changed: go on at once (the next request may be ready); otherwise KSeF is working.
        return {Outcome::Continue, pass->changed > 0 ? milliseconds(0) : busyWait(), {}, {}};
    }
    if (pass->stopped) {
        return {Outcome::Stopped, milliseconds(0), pass->stopReason, {}};
    }
    // Nothing can go now: retries later, or the whole queue waits for KSeF to answer. Wait for those due
    // soon.
    std::optional<QDateTime> next = nextAttempt;
    QString reason;
    QDateTime paused;
    if (pass->pausedUntil.isValid()) {
        paused = pass->pausedUntil;
        reason = pass->pauseReason;
        // Nothing is sent before the pause ends, not even a retry already due.
        next = next ? std::max(*next, paused) : paused;
    }
    if (!next) {
        return {Outcome::GaveUp, milliseconds(0), reason, paused};
    }
    const milliseconds in(now.msecsTo(*next));
    if (in > m_options.retryHorizon) {
        return {Outcome::GaveUp, milliseconds(0), reason, paused};
    }
    return {Outcome::Continue, std::max(in, m_options.busy), reason, paused};
}

PassScheduler::Decision PassScheduler::run(OutboxEngine &engine, const OutboxStore &store, const Clock &clock,
                                           const std::function<bool()> &stopRequested,
                                           const std::function<void(std::chrono::milliseconds)> &wait,
                                           const std::function<void()> &afterPass,
                                           const std::function<void(const Decision &)> &waitingForKsef)
{
    Decision decision;
    while (!stopRequested()) {
        const auto pass = engine.runOnce();
        if (afterPass) {
            afterPass();
        }
        const bool finished =
            m_options.mode == Mode::UntilDone && pass && engine.isFinished().value_or(false);
        const auto nextAttempt = m_options.mode == Mode::UntilDone && pass && !pass->busy && !finished
                                     ? store.nextAttempt().value_or(std::nullopt)
                                     : std::nullopt;
        decision = next(pass, finished, nextAttempt, clock.now());
        if (decision.outcome != Outcome::Continue) {
            return decision;
        }
        if (decision.ksefPausedUntil.isValid() && waitingForKsef) {
            waitingForKsef(decision);
        }
        wait(decision.wait);
    }
    return decision;
}

} // namespace Kurier
