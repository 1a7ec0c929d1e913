// When passes run (PassScheduler) and where a run's time goes (TimeBreakdown): pure logic, no I/O.
#include "services/PassScheduler.h"
#include "util/TimeBreakdown.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace Kurier;
using namespace std::chrono_literals;

namespace {
OutboxEngine::Pass pass(int changed, bool busy = true)
{
    OutboxEngine::Pass result;
    result.changed = changed;
    result.busy = busy;
    return result;
}

qint64 phaseMs(const TimeBreakdown &breakdown, const QString &name)
{
    for (const TimeBreakdown::Phase &phase : breakdown.phases()) {
        if (phase.name == name) {
            return phase.nanoseconds / 1'000'000;
        }
    }
    return -1;
}
} // namespace

class TestScheduling : public QObject
{
    Q_OBJECT

private slots:
    // KSeF does not answer: the engine pauses sending (its pass is not busy, it says until when and why).
    // `send` counts the pause as a retry: it waits for one due within the horizon, saying why, and gives up
    // after it — with --wait-retries 0 at once — instead of passing for ever.
    void aQueueWaitingForKsefEndsAtTheHorizon()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        OutboxEngine::Pass waiting = pass(0, false);
        waiting.pausedUntil = now.addSecs(4);
        waiting.pauseReason = QStringLiteral("KSeF cannot be reached: Connection refused");

        PassScheduler::Options options;
        options.mode = PassScheduler::Mode::UntilDone;
        options.retryHorizon = 0ms;
        const PassScheduler::Decision ended = PassScheduler(options).next(waiting, false, std::nullopt, now);
        QCOMPARE(ended.outcome, PassScheduler::Outcome::GaveUp);
        QCOMPARE(ended.ksefPausedUntil, waiting.pausedUntil);
        QCOMPARE(ended.reason, waiting.pauseReason);

        options.retryHorizon = 60s;
        const PassScheduler::Decision waits = PassScheduler(options).next(waiting, false, std::nullopt, now);
        QCOMPARE(waits.outcome, PassScheduler::Outcome::Continue);
        QCOMPARE(waits.wait, 4000ms);
        QCOMPARE(waits.ksefPausedUntil, waiting.pausedUntil);
        // A retry already due waits for the pause too (nothing is sent before it ends); a later one is later.
        QCOMPARE(PassScheduler(options).next(waiting, false, now.addSecs(-5), now).wait, 4000ms);
        QCOMPARE(PassScheduler(options).next(waiting, false, now.addSecs(9), now).wait, 9000ms);
        // Without a pause and with nothing due, `send` ends as before, with no reason.
        const PassScheduler::Decision done =
            PassScheduler(options).next(pass(0, false), false, std::nullopt, now);
        QCOMPARE(done.outcome, PassScheduler::Outcome::GaveUp);
        QVERIFY(!done.ksefPausedUntil.isValid());
    }

    // After a change the next pass is at once; then `soon` ten times (KSeF usually answers within a second),
    // then doubling up to `busy`; a change starts it over.
    void passesComeSoonAfterAChange()
    {
        PassScheduler::Options options;
        options.mode = PassScheduler::Mode::UntilDone;
        options.busy = 500ms;
        options.soon = 50ms;
        PassScheduler scheduler(options);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(scheduler.next(pass(3), false, std::nullopt, now).wait, 0ms);
        QList<std::chrono::milliseconds> waits;
        for (int i = 0; i < 15; ++i) {
            waits.append(scheduler.next(pass(0), false, std::nullopt, now).wait);
        }
        const QList<std::chrono::milliseconds> expected{50ms, 50ms, 50ms,  50ms,  50ms,  50ms,  50ms, 50ms,
                                                        50ms, 50ms, 100ms, 200ms, 400ms, 500ms, 500ms};
        QCOMPARE(waits, expected);
        QCOMPARE(scheduler.next(pass(1), false, std::nullopt, now).wait, 0ms);
        QCOMPARE(scheduler.next(pass(0), false, std::nullopt, now).wait, 50ms);
        // Idle (nothing in flight) stays slow; finished ends.
        PassScheduler running({PassScheduler::Mode::KeepRunning, 300ms, 5000ms, {}});
        QCOMPARE(running.next(pass(0, false), false, std::nullopt, now).wait, 5000ms);
        QCOMPARE(running.next(pass(0, true), false, std::nullopt, now).wait, 50ms);
        QCOMPARE(scheduler.next(pass(0), true, std::nullopt, now).outcome, PassScheduler::Outcome::Finished);
    }

    // A failing database ends `send` and `run` on a file; on an office server `run` waits and tries again,
    // `send` a few times.
    void aFailedPassEndsTheRunUnlessItOutlastsTheServer()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const StoreResult<OutboxEngine::Pass> failed = std::unexpected(
            StoreError::io(QStringLiteral("The queue cannot be read"), QStringLiteral("gone")));
        PassScheduler file({PassScheduler::Mode::KeepRunning, 300ms, 5000ms, {}});
        QCOMPARE(file.next(failed, false, std::nullopt, now).outcome, PassScheduler::Outcome::Failed);
        PassScheduler::Options options{PassScheduler::Mode::KeepRunning, 300ms, 5000ms, {}};
        options.outlastStoreFailures = true;
        PassScheduler server(options);
        const auto decision = server.next(failed, false, std::nullopt, now);
        QCOMPARE(decision.outcome, PassScheduler::Outcome::Continue);
        QCOMPARE(decision.wait, 5000ms);
        QVERIFY(decision.reason.contains(u"gone"));
        // `send` on a server tries a failed pass again a few times (another Kurier's long transaction ended
        // in a lock timeout, the server restarted), then ends: a person is waiting for it.
        options.mode = PassScheduler::Mode::UntilDone;
        PassScheduler send(options);
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const auto again = send.next(failed, false, std::nullopt, now);
            QCOMPARE(again.outcome, PassScheduler::Outcome::Continue);
            QCOMPARE(again.wait, 300ms);
        }
        QCOMPARE(send.next(failed, false, std::nullopt, now).outcome, PassScheduler::Outcome::Failed);
        // A pass that worked starts the count again.
        PassScheduler recovering(options);
        for (int attempt = 1; attempt <= 4; ++attempt) {
            (void)recovering.next(failed, false, std::nullopt, now);
        }
        OutboxEngine::Pass ok;
        ok.busy = true;
        (void)recovering.next(ok, false, std::nullopt, now);
        for (int attempt = 1; attempt <= 5; ++attempt) {
            QCOMPARE(recovering.next(failed, false, std::nullopt, now).outcome,
                     PassScheduler::Outcome::Continue);
        }
        // On a file `send` ends at the first failure.
        PassScheduler::Options onFile{PassScheduler::Mode::UntilDone, 300ms, 5000ms, {}};
        QCOMPARE(PassScheduler(onFile).next(failed, false, std::nullopt, now).outcome,
                 PassScheduler::Outcome::Failed);
    }

    // Phases are exclusive: an inner phase's time is not counted in the outer one, and all add up to the run.
    void nestedPhasesAddUpToTheRun()
    {
        TimeBreakdown breakdown;
        QElapsedTimer wall;
        wall.start();
        {
            const TimeBreakdown::Scope outer(&breakdown, QLatin1StringView("outer"));
            QThread::msleep(30);
            {
                const TimeBreakdown::Scope inner(&breakdown, QLatin1StringView("inner"), 7);
                QThread::msleep(60);
            }
            const TimeBreakdown::Scope again(&breakdown, QLatin1StringView("inner"), 3);
            QThread::msleep(20);
        }
        const qint64 elapsed = wall.elapsed();
        QVERIFY2(phaseMs(breakdown, QStringLiteral("outer")) >= 29 &&
                     phaseMs(breakdown, QStringLiteral("outer")) < 60,
                 qPrintable(QString::number(phaseMs(breakdown, QStringLiteral("outer")))));
        QVERIFY(phaseMs(breakdown, QStringLiteral("inner")) >= 79);
        QVERIFY(breakdown.totalNanoseconds() / 1'000'000 <= elapsed);
        QVERIFY(breakdown.totalNanoseconds() / 1'000'000 >= elapsed - 2);
        const QJsonObject json = breakdown.toJson();
        const QJsonObject largest = json.value(QStringLiteral("phases")).toArray().first().toObject();
        QCOMPARE(largest.value(QStringLiteral("phase")).toString(), QStringLiteral("inner"));
        QCOMPARE(largest.value(QStringLiteral("entered")).toInt(), 2);
        QCOMPARE(largest.value(QStringLiteral("items")).toInt(), 10);
        QVERIFY(breakdown.toText().contains(QStringLiteral("inner (10)")));
        // Without a breakdown a scope does nothing (every component's default).
        const TimeBreakdown::Scope none(nullptr, QLatin1StringView("nothing"));
    }
};

QTEST_GUILESS_MAIN(TestScheduling)
#include "tst_scheduling.moc"
