// Reconciliation against the real emulator over loopback HTTP, each situation made for real: an invoice sent
// by another client (an orphan on KSeF's side), a local item KSeF never received, invoices held at 150 past
// the threshold, a UPO that comes late, sessions left open, a period larger than the query budget.
#include "audit/AlertCenter.h"
#include "office/ClientOverview.h"
#include "outbox/OutboxQuery.h"
#include "outbox/UpoCheck.h"
#include "reconcile/ReconcileStore.h"
#include "reconcile/Reconciler.h"
#include "support/EngineHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Kurier;
using namespace Kurier::Test;

namespace {

// Everything a reconciliation needs, on the harness's services.
struct Reconciliation
{
    explicit Reconciliation(EngineHarness &harness)
        : harness(harness)
        , reports(harness.services().database->connection(), *harness.services().audit, clock)
        , reconciler(harness.store(), harness.engine(), *harness.services().client, reports,
                     harness.services().limiter.get(), clock, harness.services().environment.key(),
                     EngineHarness::kNip)
    {}

    ReconcileReport run(std::chrono::minutes stuckAfter = std::chrono::minutes(30),
                        std::chrono::minutes missingUpoAfter = std::chrono::minutes(120), int maxQueries = 20,
                        int days = 1)
    {
        Reconciler::Options options;
        options.from = QDateTime::currentDateTimeUtc().addDays(-days);
        options.to = QDateTime::currentDateTimeUtc().addSecs(60);
        options.stuckAfter = stuckAfter;
        options.sessionOpenAfter = stuckAfter;
        options.missingUpoAfter = missingUpoAfter;
        options.maxMetadataQueries = maxQueries;
        auto report = reconciler.run(options);
        if (!report) {
            qWarning("reconcile failed: %s", qPrintable(report.error()));
            return {};
        }
        return *report;
    }

    EngineHarness &harness;
    SystemClock clock;
    ReconcileStore reports;
    Reconciler reconciler;
};

QList<ReconcileFinding> of(const ReconcileReport &report, ReconcileFinding::Kind kind)
{
    QList<ReconcileFinding> found;
    for (const ReconcileFinding &finding : report.findings) {
        if (finding.kind == kind) {
            found.append(finding);
        }
    }
    return found;
}

int stat(EngineHarness &harness, const char *name)
{
    return harness.ksef().emulator().statsJson().value(QLatin1StringView(name)).toInt();
}

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT

private slots:
    void anInvoiceSentByAnotherClientIsAdoptedWithItsUpo()
    {
        EngineHarness harness;
        Reconciliation reconcile(harness);
        harness.enqueue(1, QStringLiteral("FV/OURS"));
        harness.runUntilFinished();
        // Another program, same company: an online session of its own, one invoice, left for KSeF to finish.
        const QString token = harness.ksef().authenticate(EngineHarness::kNip);
        const auto session = harness.ksef().openSession(token);
        const QByteArray xml = emulatorInvoice(QStringLiteral("FV/OTHER/1"));
        const QString ksefNumber = harness.ksef().sendAndWait(session, token, xml);
        QVERIFY(!ksefNumber.isEmpty());
        QTest::qWait(
            100); // KSeF lists an invoice once it is in permanent storage (50 ms after acceptance here)

        const ReconcileReport report = reconcile.run();
        QVERIFY(report.id > 0);
        QCOMPARE(report.invoicesListed, 2);
        const auto adopted = of(report, ReconcileFinding::Kind::OrphanKsef);
        QCOMPARE(adopted.size(), 1);
        QCOMPARE(adopted.first().ksefNumber, ksefNumber);
        QCOMPARE(adopted.first().invoiceNumber, QStringLiteral("FV/OTHER/1"));
        QVERIFY(!adopted.first().needsHuman);
        const auto sessions = of(report, ReconcileFinding::Kind::OrphanSession);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().sessionRef, session.reference);

        const auto item = harness.store().find(ksefNumber, true);
        QVERIFY(item && item->has_value());
        QCOMPARE((*item)->state, InvoiceState::Confirmed);
        QCOMPARE((*item)->xml, xml);
        QCOMPARE((*item)->sessionRef, session.reference);
        QVERIFY((*item)->upoVerified);
        QVERIFY(UpoCheck::verify((*item)->upo, ksefNumber, (*item)->contentHash, EngineHarness::kNip)
                    .has_value());

        // Again: nothing new to adopt, and nothing was ever sent twice.
        const ReconcileReport again = reconcile.run();
        QCOMPARE(of(again, ReconcileFinding::Kind::OrphanKsef).size(), 0);
        QCOMPARE(harness.count(InvoiceState::Confirmed), 2);
        QCOMPARE(stat(harness, "invoicesAccepted"), 2);
    }

    void anInvoiceThatCouldNotBeAdoptedIsAdoptedByAPersonLater()
    {
        EngineHarness harness;
        Reconciliation reconcile(harness);
        const QString token = harness.ksef().authenticate(EngineHarness::kNip);
        const auto session = harness.ksef().openSession(token);
        const QByteArray xml = emulatorInvoice(QStringLiteral("FV/OTHER/2"));
        const QString ksefNumber = harness.ksef().sendAndWait(session, token, xml);
        QVERIFY(!ksefNumber.isEmpty());
        QTest::qWait(100);
        // KSeF fails every download of an invoice's XML during the run: it cannot be adopted by itself.
        harness.ksef().control("POST", QStringLiteral("/faults"),
                               {{QStringLiteral("action"), QStringLiteral("500")},
                                {QStringLiteral("group"), QStringLiteral("invoiceDownload")},
                                {QStringLiteral("every"), true}});
        const ReconcileReport report = reconcile.run();
        const auto orphans = of(report, ReconcileFinding::Kind::OrphanKsef);
        QCOMPARE(orphans.size(), 1);
        QVERIFY(orphans.first().needsHuman);
        QCOMPARE(orphans.first().ksefNumber, ksefNumber);
        QVERIFY(!harness.store().find(ksefNumber, false)->has_value());

        // A person presses Adopt once KSeF answers again: the invoice comes in with its XML and verified UPO.
        harness.ksef().control("DELETE", QStringLiteral("/faults"));
        const auto adopted = reconcile.reconciler.adoptNow(ksefNumber, orphans.first().since);
        QVERIFY2(adopted.has_value(), qPrintable(adopted ? QString() : adopted.error()));
        QVERIFY2(!adopted->needsHuman, qPrintable(adopted->lastAnswer + u' ' + adopted->action));
        const auto item = harness.store().find(ksefNumber, true);
        QVERIFY(item && item->has_value());
        QCOMPARE((*item)->state, InvoiceState::Confirmed);
        QCOMPARE((*item)->xml, xml);
        QVERIFY((*item)->upoVerified);
        // Twice is refused, not doubled.
        const auto again = reconcile.reconciler.adoptNow(ksefNumber, orphans.first().since);
        QVERIFY(!again.has_value());
        QCOMPARE(harness.count(InvoiceState::Confirmed), 1);
    }

    void aLocalItemKsefNeverReceivedIsQueuedAgainAndSentOnce()
    {
        EngineHarness harness;
        Reconciliation reconcile(harness);
        const QString key = harness.enqueue(1, QStringLiteral("FV/LOST")).first();
        const qint64 id = harness.store().find(key, false)->value().id;
        // We think it went: in a session, with a reference — but KSeF never saw either.
        QVERIFY(harness.store().apply(
            id, OutboxStore::Update::to(InvoiceState::Sending,
                                        QStringLiteral("20261126-SO-0000000000-0000000000-00"))));
        OutboxStore::Update submitted = OutboxStore::Update::to(InvoiceState::Submitted);
        submitted.invoiceRef = QStringLiteral("20261126-EE-0000000000-0000000000-00");
        QVERIFY(harness.store().apply(id, submitted));

        const ReconcileReport fresh = reconcile.run();
        QCOMPARE(of(fresh, ReconcileFinding::Kind::OrphanLocal).size(), 0); // not suspicious yet
        const ReconcileReport report = reconcile.run(std::chrono::minutes(0));
        const auto lost = of(report, ReconcileFinding::Kind::OrphanLocal);
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().invoiceNumber, QStringLiteral("FV/LOST/1"));
        QVERIFY(lost.first().lastAnswer.contains(QStringLiteral("21173")));
        QCOMPARE(harness.store().find(key, false)->value().state, InvoiceState::Queued);
        harness.runUntilFinished();
        QCOMPARE(harness.count(InvoiceState::Confirmed), 1);
        QCOMPARE(stat(harness, "invoicesAccepted"), 1);
    }

    void invoicesHeldAt150AreStuckOnlyPastTheThreshold()
    {
        EngineHarness harness;
        Reconciliation reconcile(harness);
        harness.ksef().control("POST", QStringLiteral("/hold"), {{QStringLiteral("enabled"), true}});
        harness.enqueue(2, QStringLiteral("FV/HELD"));
        for (int i = 0; i < 40 && harness.count(InvoiceState::Processing) < 2; ++i) {
            (void)harness.engine().runOnce();
            QTest::qWait(30);
        }
        QCOMPARE(harness.count(InvoiceState::Processing), 2);
        const ReconcileReport early = reconcile.run();
        QCOMPARE(of(early, ReconcileFinding::Kind::Stuck).size(), 0);
        QCOMPARE(early.outcome, ReconcileReport::Outcome::Clean);

        const ReconcileReport late = reconcile.run(std::chrono::minutes(0));
        const auto stuck = of(late, ReconcileFinding::Kind::Stuck);
        QCOMPARE(stuck.size(), 2);
        for (const ReconcileFinding &finding : stuck) {
            QVERIFY(finding.needsHuman);
            QVERIFY2(finding.lastAnswer.startsWith(QStringLiteral("150")), qPrintable(finding.lastAnswer));
            QVERIFY(finding.since.isValid());
            QVERIFY(finding.action.contains(finding.sessionRef));
        }
        QCOMPARE(late.outcome, ReconcileReport::Outcome::Attention);
        QCOMPARE(harness.count(InvoiceState::Processing), 2); // stuck is reported, never resent

        harness.ksef().control("POST", QStringLiteral("/release"));
        harness.runUntilFinished();
        QCOMPARE(harness.count(InvoiceState::Confirmed), 2);
    }

    void aLateUpoIsReportedMissingThenFetched()
    {
        EngineHarness harness;
        Reconciliation reconcile(harness);
        harness.ksef().control("POST", QStringLiteral("/upo"), {{QStringLiteral("withhold"), true}});
        harness.enqueue(2, QStringLiteral("FV/LATE"));
        for (int i = 0; i < 40 && harness.count(InvoiceState::Accepted) < 2; ++i) {
            (void)harness.engine().runOnce();
            QTest::qWait(30);
        }
        QCOMPARE(harness.count(InvoiceState::Accepted), 2);
        const ReconcileReport missing = reconcile.run(std::chrono::minutes(30), std::chrono::minutes(0));
        QCOMPARE(of(missing, ReconcileFinding::Kind::UpoMissing).size(), 2);
        QVERIFY(missing.needsAttention());

        harness.ksef().control("POST", QStringLiteral("/upo"), {{QStringLiteral("withhold"), false}});
        const ReconcileReport fetched = reconcile.run(std::chrono::minutes(30), std::chrono::minutes(0));
        QCOMPARE(of(fetched, ReconcileFinding::Kind::UpoFetched).size(), 2);
        QCOMPARE(of(fetched, ReconcileFinding::Kind::UpoMissing).size(), 0);
        QCOMPARE(harness.count(InvoiceState::Confirmed), 2);
        QCOMPARE(fetched.outcome, ReconcileReport::Outcome::Clean);
    }

    void sessionsLeftOpenAreClosedOrReported()
    {
        EngineHarness harness;
        Reconciliation reconcile(harness);
        harness.enqueue(1, QStringLiteral("FV/OPEN"));
        harness.runUntilFinished(); // the engine keeps its online session open for a while after sending
        const QString ours = harness.store().all()->first().sessionRef;
        const QString token = harness.ksef().authenticate(EngineHarness::kNip);
        const auto theirs = harness.ksef().openSession(token); // another program's, never used or closed

        const ReconcileReport report = reconcile.run(std::chrono::minutes(0));
        const auto stuck = of(report, ReconcileFinding::Kind::SessionStuck);
        QCOMPARE(stuck.size(), 2);
        for (const ReconcileFinding &finding : stuck) {
            if (finding.sessionRef == ours) {
                QVERIFY(!finding.needsHuman);
                QCOMPARE(finding.action, Reconciler::tr("Kurier closed its session that was left open."));
            } else {
                QCOMPARE(finding.sessionRef, theirs.reference);
                QVERIFY(finding.needsHuman);
            }
        }
        const QJsonObject status = harness.ksef().get(QStringLiteral("/sessions/%1").arg(ours), token).json();
        QVERIFY2(status.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt() >=
                     170,
                 QJsonDocument(status).toJson().constData());
    }

    void aLargePeriodIsPlannedWithinTheQueryBudget()
    {
        EngineHarness harness;
        Reconciliation reconcile(harness);
        harness.enqueue(300, QStringLiteral("FV/MANY"));
        harness.runUntilFinished(60000);
        QCOMPARE(harness.count(InvoiceState::Confirmed), 300);
        // KSeF lists an invoice once it is in permanent storage: here 200 ms after acceptance, one batch's
        // invoices a millisecond apart (their storage times are strictly increasing).
        QTest::qWait(800);
        const int tooManyBefore =
            harness.ksef().emulator().statsJson().value(QStringLiteral("tooManyRequests")).toInt();

        const ReconcileReport partial = reconcile.run(std::chrono::minutes(30), std::chrono::minutes(120), 1);
        QCOMPARE(partial.outcome, ReconcileReport::Outcome::Incomplete);
        QCOMPARE(partial.metadataQueries, 1);
        QCOMPARE(partial.invoicesListed, 250);
        QVERIFY(partial.queriesPlanned >= 2);
        QVERIFY(partial.remainingSeconds >= 180); // 20 queries an hour: one more takes three minutes
        QVERIFY(!partial.error.isEmpty());
        QVERIFY(partial.needsAttention());

        const ReconcileReport whole = reconcile.run();
        QCOMPARE(whole.outcome, ReconcileReport::Outcome::Clean);
        QCOMPARE(whole.invoicesListed, 300);
        QCOMPARE(whole.metadataQueries, 2);
        QCOMPARE(of(whole, ReconcileFinding::Kind::OrphanKsef).size(), 0);
        QCOMPARE(harness.ksef().emulator().statsJson().value(QStringLiteral("tooManyRequests")).toInt(),
                 tooManyBefore);
    }

    // "Stuck" has one definition: on one database the outbox list, the Clients view's summary, the alert and
    // the reconciliation report count the same invoices — three held in KSeF's processing for 40 minutes, not
    // the one left in `sending` as long (the engine resolves that one itself).
    void theFourStuckViewsAgree()
    {
        EngineHarness harness;
        harness.ksef().control("POST", QStringLiteral("/hold"), {{QStringLiteral("enabled"), true}});
        harness.enqueue(3, QStringLiteral("FV/HELD"));
        for (int i = 0; i < 60 && harness.count(InvoiceState::Processing) < 3; ++i) {
            (void)harness.engine().runOnce();
            QTest::qWait(30);
        }
        QCOMPARE(harness.count(InvoiceState::Processing), 3);
        const QStringList lone = harness.enqueue(1, QStringLiteral("FV/LEFT"));
        const qint64 longAgo = QDateTime::currentDateTimeUtc().addSecs(-40 * 60).toMSecsSinceEpoch();
        QSqlQuery aged(harness.store().connection());
        QVERIFY(aged.exec(
            QStringLiteral("UPDATE outbox SET state_since = %1 WHERE state = 'processing'").arg(longAgo)));
        QVERIFY(aged.exec(
            QStringLiteral(
                "UPDATE outbox SET state = 'sending', state_since = %1 WHERE idempotency_key = '%2'")
                .arg(longAgo)
                .arg(lone.first())));

        SystemClock clock;
        OutboxQuery list(harness.store().connection(), clock, {});
        OutboxQuery::Filter attention;
        attention.scope = OutboxQuery::Filter::Scope::NeedsAttention;
        list.setFilter(attention);
        const auto ids = list.ids();
        QVERIFY(ids.has_value());
        const auto rows = list.rows(*ids);
        QVERIFY(rows.has_value());
        const int listed =
            int(std::count_if(rows->begin(), rows->end(), [](const OutboxRow &row) { return row.stuck; }));
        QCOMPARE(list.overview()->stuck, listed);

        const ClientSummary summary = ClientOverview::read({EngineHarness::kNip,
                                                            QStringLiteral("Piekarnia"),
                                                            harness.services().environment.key(),
                                                            harness.databasePath(),
                                                            false,
                                                            {}},
                                                           QDateTime::currentDateTimeUtc(), {});

        // A Kurier started now (its first pass raises the timed alerts at once).
        harness.reopen([] {});
        Reconciliation reconcile(harness);
        QVERIFY(harness.engine().track().has_value());
        const auto alerts = harness.services().alerts->open();
        const int alerted = int(std::count_if(alerts->begin(), alerts->end(),
                                              [](const Alert &alert) { return alert.kind == u"stuck"; }));

        const ReconcileReport report = reconcile.run();
        const int reported = int(of(report, ReconcileFinding::Kind::Stuck).size());

        QCOMPARE(listed, 3);
        QCOMPARE(summary.stuck, 3);
        QCOMPARE(alerted, 3);
        QCOMPARE(reported, 3);
        harness.ksef().control("POST", QStringLiteral("/release"));
    }

    // KSeF takes at most 100 days a query (API 2.7.1): a period of 250 days is compared in three windows, and
    // the emulator, which refuses longer ranges, answers every one of them.
    void aPeriodLongerThan100DaysIsAskedWindowByWindow()
    {
        EngineHarness harness;
        Reconciliation reconcile(harness);
        harness.enqueue(3, QStringLiteral("FV/LONG"));
        harness.runUntilFinished();
        QTest::qWait(300);
        const ReconcileReport report =
            reconcile.run(std::chrono::minutes(30), std::chrono::minutes(120), 20, 250);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.outcome, ReconcileReport::Outcome::Clean);
        QCOMPARE(report.metadataQueries, 3);
        QCOMPARE(report.invoicesListed, 3);
        const auto windows =
            KsefClient::MetadataQuery::windows(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                                               QDateTime(QDate(2026, 12, 7), QTime(0, 0), Qt::UTC));
        QCOMPARE(windows.size(), 4);
        for (qsizetype i = 0; i < windows.size(); ++i) {
            QVERIFY(windows.at(i).first.addDays(100) >= windows.at(i).second);
            QVERIFY(i == 0 || windows.at(i - 1).second.addSecs(1) == windows.at(i).first);
        }
        QCOMPARE(windows.last().second, QDateTime(QDate(2026, 12, 7), QTime(0, 0), Qt::UTC));
    }

    void reportsAreKeptExportedAndResolvedWithAReason()
    {
        EngineHarness harness;
        Reconciliation reconcile(harness);
        harness.ksef().control("POST", QStringLiteral("/hold"), {{QStringLiteral("enabled"), true}});
        harness.enqueue(1, QStringLiteral("FV/REPORT"));
        for (int i = 0; i < 40 && harness.count(InvoiceState::Processing) < 1; ++i) {
            (void)harness.engine().runOnce();
            QTest::qWait(30);
        }
        const ReconcileReport report = reconcile.run(std::chrono::minutes(0));
        const auto stored = reconcile.reports.latest();
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->id, report.id);
        QCOMPARE((*stored)->findings.size(), report.findings.size());
        QCOMPARE((*stored)->outcome, ReconcileReport::Outcome::Attention);
        QCOMPARE((*stored)->toJson().value(QStringLiteral("findings")).toArray().size(),
                 report.findings.size());
        const QByteArray csv = (*stored)->toCsv();
        QVERIFY(csv.startsWith("run,kind,needs_human"));
        QVERIFY(csv.contains("stuck,yes,FV/REPORT/1"));

        const auto open = reconcile.reports.openFindings();
        QVERIFY(open && !open->isEmpty());
        const qint64 finding = open->first().id;
        QVERIFY(
            !reconcile.reports.resolve(finding, QStringLiteral("  ")).has_value()); // a reason is required
        QVERIFY(
            reconcile.reports.resolve(finding, QStringLiteral("KSeF support confirmed a delay")).has_value());
        QVERIFY(!reconcile.reports.resolve(finding, QStringLiteral("again")).has_value());
        QCOMPARE(reconcile.reports.openFindings()->size(), open->size() - 1);
        QSqlQuery audited(harness.services().database->connection());
        QVERIFY(audited.exec(QStringLiteral("SELECT detail FROM audit_log WHERE kind = 'finding-resolved'")));
        QVERIFY(audited.next());
        QVERIFY(audited.value(0).toString().contains(QStringLiteral("KSeF support confirmed a delay")));
        QVERIFY(harness.services().audit->verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
