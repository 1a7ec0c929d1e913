#pragma once

#include "outbox/OutboxEngine.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <expected>
#include <functional>
#include <optional>

namespace Kurier {

class Clock;
class OutboxStore;

// When the outbox engine runs its next pass: the one policy behind the desktop's worker (a timer) and
// `kurier-cli send|run` (a loop). While something is in flight the passes come quickly (`busy`), otherwise
// slowly (`idle`); `send` (Mode::UntilDone) ends when the queue is finished, when the engine stopped it, or
// when nothing can go before `retryHorizon`. Right after a pass that changed something (a batch just closed,
// invoices just accepted) KSeF often answers within a second: the waits are then `soon` for ten passes and
// double from there up to `busy`, so a result is seen when it comes instead of up to `busy` later.
class PassScheduler
{
public:
    enum class Mode
    {
        KeepRunning, // the desktop, `kurier-cli run`: passes until stopped from outside
        UntilDone,   // `kurier-cli send`: until the queue is finished or cannot go on now
    };
    struct Options
    {
        Mode mode = Mode::KeepRunning;
        std::chrono::milliseconds busy{300};
        std::chrono::milliseconds idle{5'000};
        // UntilDone: wait for retries due within this long before giving up.
        std::chrono::milliseconds retryHorizon{60'000};
        std::chrono::milliseconds soon{50}; // the first wait after a pass that changed something
        // On an office server: a pass the database failed (the server restarting, the network gone, another
        // Kurier's long transaction) is tried again — KeepRunning after `idle`, for ever; UntilDone after
        // `busy`, up to five times in a row — instead of ending the run; the reason goes with the decision.
        bool outlastStoreFailures = false;
    };
    enum class Outcome
    {
        Continue, // run the next pass after `wait`
        Finished, // UntilDone: everything that can be done is done
        GaveUp,   // UntilDone: the rest waits for a retry later than the horizon, or for a person
        Stopped,  // UntilDone: the engine stopped the queue (credentials, maintenance): `reason`
        Failed,   // the pass itself failed (the database): `reason`; `wait` for whoever goes on
    };
    struct Decision
    {
        Outcome outcome = Outcome::Continue;
        std::chrono::milliseconds wait{0};
        QString reason;
        // Sending waits for KSeF (a session could not be opened): until when, and `reason` says why. Set
        // with Continue (the caller may say so while it waits) and with GaveUp (nothing was sent).
        QDateTime ksefPausedUntil;
    };

    explicit PassScheduler(Options options)
        : m_options(options)
    {}

    const Options &options() const { return m_options; }

    // After a pass: what comes next. `finished`: the engine's isFinished(); `nextAttempt`: the earliest
    // retry in the queue (UntilDone only). A pass whose sending waits for KSeF (`pausedUntil`) counts that
    // time as a retry: `send` waits for it within `retryHorizon` and gives up after it, never for ever.
    Decision next(const StoreResult<OutboxEngine::Pass> &pass, bool finished,
                  const std::optional<QDateTime> &nextAttempt, const QDateTime &now);

    // Runs passes of `engine` until a decision other than Continue, or until `stopRequested()`. `wait` sleeps
    // (it must keep the event loop running); `afterPass` is called after every pass; `waitingForKsef` before
    // a wait for KSeF to answer (a decision with ksefPausedUntil), so that the caller can say so.
    Decision run(OutboxEngine &engine, const OutboxStore &store, const Clock &clock,
                 const std::function<bool()> &stopRequested,
                 const std::function<void(std::chrono::milliseconds)> &wait,
                 const std::function<void()> &afterPass = {},
                 const std::function<void(const Decision &)> &waitingForKsef = {});

private:
    std::chrono::milliseconds busyWait(); // `soon`, doubled per quiet pass, at most `busy`

    Options m_options;
    int m_quietPasses = 0;  // busy passes in a row that changed nothing
    int m_failedPasses = 0; // passes in a row the database failed
};

} // namespace Kurier
