// The worker's eye on Latarnia, with the real emulator, audit log and alerts in a real SQLite file: every
// change audited once, one alert per announced window, Latarnia's own failure silent and backed off.
#include "ksef/Latarnia.h"
#include "services/AvailabilityWatch.h"
#include "storage/Database.h"
#include "support/EngineHarness.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kurier;
using Test::EngineHarness;

namespace {
int auditEntries(EngineHarness &harness)
{
    QSqlQuery query(harness.services().database->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'availability'")) &&
                   query.next()
               ? query.value(0).toInt()
               : -1;
}
} // namespace

class TestAvailabilityWatch : public QObject
{
    Q_OBJECT

private slots:
    void anEndedWindowSetsTheDeadlinesOfItsInvoices()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        EngineHarness harness(EngineHarness::fastOptions(), Test::EmulatorHarness::fastConfig(), &clock);
        Latarnia latarnia(*harness.services().transport, harness.services().environment.latarniaBase());
        AvailabilityWatch::Options options;
        options.every = std::chrono::seconds(1);
        options.maxBackoff = std::chrono::seconds(1);
        AvailabilityWatch watch(latarnia, *harness.services().audit, *harness.services().alerts, clock,
                                options);
        // Two invoices issued in a failure whose end nobody saw yet (no deadline).
        const QStringList keys = harness.enqueue(2, QStringLiteral("AW"));
        for (const QString &key : keys) {
            const OutboxItem item = harness.store().find(key)->value();
            QVERIFY(harness.store().markOffline(item.id, {OfflineMode::Failure, {}, clock.now(), {}}));
        }
        const auto dueOf = [&](const QString &key) {
            return harness.store().find(key)->value().offlineDueAt;
        };

        // Started while Latarnia is unreachable: nothing is decided on that.
        harness.ksef().control("POST", QStringLiteral("/latarnia"), {{QStringLiteral("unreachable"), true}});
        (void)watch.poll();
        QCOMPARE(watch.applyEndedWindow(harness.store()), 0);
        QVERIFY(!dueOf(keys.first()).isValid());
        // The first clear answer is "available": a window may have ended unseen — the deadline counts from
        // now.
        harness.ksef().control("POST", QStringLiteral("/latarnia"), {{QStringLiteral("unreachable"), false}});
        clock.advance(2000);
        (void)watch.poll();
        QCOMPARE(watch.applyEndedWindow(harness.store()), 2);
        const QDateTime firstDue = dueOf(keys.first());
        QCOMPARE(firstDue, *OfflineDeadline::due(OfflineMode::Failure, {}, clock.now()));
        QCOMPARE(watch.applyEndedWindow(harness.store()), 0); // once

        // A failure seen from start to end, ten days later: it ends at its announced end and extends both.
        harness.ksef().control("POST", QStringLiteral("/latarnia"),
                               {{QStringLiteral("status"), QStringLiteral("FAILURE")}});
        clock.advance(10LL * 24 * 3600 * 1000);
        (void)watch.poll();
        QCOMPARE(watch.applyEndedWindow(harness.store()), 0);
        harness.ksef().control("POST", QStringLiteral("/latarnia"),
                               {{QStringLiteral("status"), QStringLiteral("AVAILABLE")}});
        clock.advance(2000);
        (void)watch.poll();
        QCOMPARE(watch.applyEndedWindow(harness.store()), 2);
        QVERIFY(dueOf(keys.first()) > firstDue);
        QCOMPARE(dueOf(keys.first()), *OfflineDeadline::due(OfflineMode::Failure, {}, clock.now()));
    }

    void changesAreAuditedAndAlertedOnce()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        EngineHarness harness(EngineHarness::fastOptions(), Test::EmulatorHarness::fastConfig(), &clock);
        Latarnia latarnia(*harness.services().transport, harness.services().environment.latarniaBase());
        AvailabilityWatch::Options options;
        options.every = std::chrono::seconds(60);
        options.maxBackoff = std::chrono::seconds(300);
        AvailabilityWatch watch(latarnia, *harness.services().audit, *harness.services().alerts, clock,
                                options);
        const auto alerts = [&] {
            return harness.services().alerts->open()->size();
        };

        QVERIFY(watch.isDue());
        const auto first = watch.poll();
        QVERIFY(first && first->availability == Availability::Available); // the first check counts
        QCOMPARE(auditEntries(harness), 1);
        QVERIFY(!watch.isDue());
        QCOMPARE(watch.nextCheck(), clock.now().addSecs(60));
        QVERIFY(!watch.poll()); // nothing changed: nothing written
        QCOMPARE(auditEntries(harness), 1);

        harness.ksef().control("POST", QStringLiteral("/latarnia"),
                               {{QStringLiteral("status"), QStringLiteral("FAILURE")},
                                {QStringLiteral("title"), QStringLiteral("Awaria systemu KSeF")}});
        const auto failure = watch.poll();
        QVERIFY(failure && failure->availability == Availability::Failure);
        QVERIFY2(AvailabilityWatch::describe(*failure).contains(u"Awaria systemu KSeF"),
                 qPrintable(AvailabilityWatch::describe(*failure)));
        QCOMPARE(auditEntries(harness), 2);
        QCOMPARE(alerts(), 1);
        QCOMPARE(harness.services().alerts->open()->first().kind, QStringLiteral("ksef-failure"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!watch.poll()); // the same window: no second alert, no second entry
        }
        QCOMPARE(alerts(), 1);
        QCOMPARE(auditEntries(harness), 2);

        harness.ksef().control("POST", QStringLiteral("/latarnia"),
                               {{QStringLiteral("status"), QStringLiteral("AVAILABLE")}});
        QVERIFY(watch.poll());
        QCOMPARE(auditEntries(harness), 3);

        // A new failure is a new window: its own alert.
        harness.ksef().control("POST", QStringLiteral("/latarnia"),
                               {{QStringLiteral("status"), QStringLiteral("FAILURE")}});
        QVERIFY(watch.poll());
        QCOMPARE(alerts(), 2);
        harness.ksef().control("POST", QStringLiteral("/latarnia"),
                               {{QStringLiteral("status"), QStringLiteral("AVAILABLE")}});
        QVERIFY(watch.poll());

        // Latarnia down: its own state, no alert, asked less and less often (60 s, 120 s, 240 s, 300 s).
        harness.ksef().control("POST", QStringLiteral("/latarnia"), {{QStringLiteral("unreachable"), true}});
        const auto down = watch.poll();
        QVERIFY(down && down->availability == Availability::Unreachable);
        QCOMPARE(alerts(), 2);
        QCOMPARE(watch.nextCheck(), clock.now().addSecs(60));
        QVERIFY(!watch.poll());
        QCOMPARE(watch.nextCheck(), clock.now().addSecs(120));
        QVERIFY(!watch.poll());
        QCOMPARE(watch.nextCheck(), clock.now().addSecs(240));
        QVERIFY(!watch.poll());
        QCOMPARE(watch.nextCheck(), clock.now().addSecs(300));
        QCOMPARE(alerts(), 2);
        QVERIFY(harness.services().audit->verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestAvailabilityWatch)
#include "tst_availability_watch.moc"
