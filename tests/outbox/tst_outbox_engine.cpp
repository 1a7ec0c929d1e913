// The outbox engine end to end against the emulator: online and batch, every error class, 440 adoption, late
// UPOs, lost replies, and start-up recovery — nothing lost, nothing accepted twice.
#include "domain/KsefNumber.h"
#include "ksef/crypto/Crypto.h"
#include "outbox/UpoCheck.h"
#include "support/EngineHarness.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Kurier;
using Test::EmulatorHarness;
using Test::EngineHarness;

namespace {
QJsonObject fault(const char *action, const char *group, int times)
{
    return {{QStringLiteral("action"), QLatin1StringView(action)},
            {QStringLiteral("group"), QLatin1StringView(group)},
            {QStringLiteral("times"), times}};
}

int stat(EngineHarness &harness, const char *name)
{
    return harness.ksef().emulator().statsJson().value(QLatin1StringView(name)).toInt();
}

void verifyConfirmed(EngineHarness &harness, int expected)
{
    QCOMPARE(harness.count(InvoiceState::Confirmed), expected);
    const auto items = harness.store().inStates({InvoiceState::Confirmed}, true);
    QVERIFY(items.has_value());
    for (const OutboxItem &item : *items) {
        QVERIFY(item.upoVerified);
        QVERIFY(KsefNumber::parse(item.ksefNumber).has_value());
        QVERIFY(UpoCheck::verify(item.upo, item.ksefNumber, item.contentHash, item.sellerNip).has_value());
    }
    QCOMPARE(stat(harness, "duplicateAcceptances"), 0);
}
} // namespace

class TestOutboxEngine : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;

private slots:
    void aFewInvoicesGoOnlineAndEndConfirmed()
    {
        EngineHarness harness;
        harness.enqueue(3, QStringLiteral("FV/ON"));
        harness.runUntilFinished();
        verifyConfirmed(harness, 3);
        QCOMPARE(harness.store().all()->first().mode, SendMode::Online);
        QCOMPARE(stat(harness, "invoicesAccepted"), 3);
    }

    void aLargerQueueGoesInABatch()
    {
        OutboxEngine::Options options = EngineHarness::fastOptions();
        options.onlineMax = 5;
        EngineHarness harness(options);
        harness.enqueue(40, QStringLiteral("FV/BATCH"));
        harness.runUntilFinished();
        verifyConfirmed(harness, 40);
        QCOMPARE(harness.store().all()->first().mode, SendMode::Batch);
        QCOMPARE(stat(harness, "invoicesAccepted"), 40);
    }

    // Batches are cut to the context's session limit (GET /limits/context).
    void batchesFollowTheContextLimit()
    {
        OutboxEngine::Options options = EngineHarness::fastOptions();
        options.onlineMax = 5;
        EngineHarness harness(options);
        const QString token = harness.ksef().authenticate(EngineHarness::kNip);
        const QJsonObject limits{{QStringLiteral("maxInvoiceSizeInMB"), 1},
                                 {QStringLiteral("maxInvoiceWithAttachmentSizeInMB"), 3},
                                 {QStringLiteral("maxInvoices"), 10}};
        QCOMPARE(harness.ksef()
                     .postJson(QStringLiteral("/testdata/limits/context/session"),
                               {{QStringLiteral("onlineSession"), limits},
                                {QStringLiteral("batchSession"), limits}},
                               token)
                     .status,
                 200);
        harness.enqueue(25, QStringLiteral("FV/LIMIT"));
        harness.runUntilFinished();
        verifyConfirmed(harness, 25);
        QSqlQuery sessions(harness.store().connection());
        QVERIFY(sessions.exec(QStringLiteral("SELECT count(*) FROM ksef_sessions WHERE kind = 'batch'")) &&
                sessions.next());
        QCOMPARE(sessions.value(0).toInt(), 2); // 10 + 10 in batches; the last 5 fit the online budget
    }

    void lostRepliesAndServerErrorsEndConfirmedOnce()
    {
        EngineHarness harness;
        harness.ksef().control("POST", QStringLiteral("/faults"), fault("lost-reply", "invoiceSend", 1));
        harness.ksef().control("POST", QStringLiteral("/faults"), fault("500", "invoiceSend", 2));
        harness.ksef().control("POST", QStringLiteral("/faults"), fault("503", "sessionInvoiceList", 1));
        harness.enqueue(6, QStringLiteral("FV/FAULT"));
        harness.runUntilFinished(30000);
        verifyConfirmed(harness, 6);
        // Every fault fired: the test proves what it says (a rule that never matched would prove nothing).
        const QJsonArray rules =
            harness.ksef().control("GET", QStringLiteral("/faults")).json().value(u"faults").toArray();
        QCOMPARE(rules.size(), 3);
        for (const QJsonValue &rule : rules) {
            QVERIFY2(rule[QStringLiteral("fired")].toInt() >= 1,
                     QJsonDocument(rule.toObject()).toJson().constData());
        }
        QCOMPARE(
            harness.ksef().control("POST", QStringLiteral("/faults"), fault("500", "invoiceSnd", 1)).status,
            400);
        QCOMPARE(stat(harness, "invoicesAccepted"),
                 6); // the lost one was found in the session, not sent again
    }

    void decryptionFailuresAreSentAgainInANewSession()
    {
        EngineHarness harness;
        harness.ksef().control("POST", QStringLiteral("/decrypt-failures"),
                               {{QStringLiteral("rate"), 1.0}, {QStringLiteral("code"), 435}});
        harness.enqueue(2, QStringLiteral("FV/435"));
        const auto bothFailedOnce = [&harness] {
            const auto items = harness.store().all();
            return std::all_of(items->begin(), items->end(), [](const OutboxItem &item) {
                return item.attempts >= 1 && item.state == InvoiceState::Queued;
            });
        };
        for (int i = 0; i < 20 && !bothFailedOnce(); ++i) {
            (void)harness.engine().runOnce();
            QTest::qWait(30);
        }
        const auto failed = harness.store().all();
        QVERIFY(failed->first().error);
        QCOMPARE(failed->first().error->code, 435);
        QCOMPARE(failed->first().error->errorClass, ErrorClass::Retryable);
        harness.ksef().control("POST", QStringLiteral("/decrypt-failures"), {{QStringLiteral("rate"), 0.0}});
        harness.runUntilFinished();
        verifyConfirmed(harness, 2);
        QSqlQuery sessions(harness.store().connection());
        QVERIFY(sessions.exec(QStringLiteral("SELECT count(*) FROM ksef_sessions WHERE kind = 'online'")) &&
                sessions.next());
        QVERIFY(sessions.value(0).toInt() >= 2);
    }

    // KSeF 2.8: "session temporarily unavailable" (21184) when sending in an interactive session, injected at
    // random through a send of 2 000 invoices: the session stays unavailable (every further invoice sent to
    // it gets 21184), Kurier opens a new one and sends what was not accepted — all confirmed, none accepted
    // twice.
    void aSessionTemporarilyUnavailableIsLeftForANewOne()
    {
        OutboxEngine::Options options = EngineHarness::fastOptions();
        options.onlineMax = 100'000; // interactive sessions only: 21184 is theirs
        options.backoffBase = std::chrono::milliseconds(20);
        EngineHarness harness(options);
        // KSeF's interactive limits raised for this context (GET /rate-limits): Kurier reads them and sends
        // the whole queue online, where 21184 happens.
        const QJsonObject many{{QStringLiteral("perSecond"), 1000},
                               {QStringLiteral("perMinute"), 100'000},
                               {QStringLiteral("perHour"), 1'000'000}};
        QCOMPARE(harness.ksef()
                     .control("POST", QStringLiteral("/limits"),
                              {{QStringLiteral("rateLimits"),
                                QJsonObject{{QStringLiteral("invoiceSend"), many},
                                            {QStringLiteral("onlineSession"), many},
                                            {QStringLiteral("onlineSessionClose"), many},
                                            {QStringLiteral("invoiceStatus"), many},
                                            {QStringLiteral("sessionInvoiceList"), many},
                                            {QStringLiteral("sessionMisc"), many}}}})
                     .status,
                 200);
        QJsonObject unavailable =
            Test::everyNthFault("exception", "invoiceSend", QRandomGenerator::global()->bounded(30, 80));
        unavailable.insert(QStringLiteral("exceptionCode"), 21184);
        QCOMPARE(harness.ksef().control("POST", QStringLiteral("/faults"), unavailable).status, 200);
        // 2 000 as the issue asks; the office server's variant proves the same with fewer (a round trip
        // each).
        const int invoices = Test::onPostgres() ? 500 : 2000;
        harness.enqueue(invoices, QStringLiteral("FV/21184"));
        harness.runUntilFinished(300'000);
        verifyConfirmed(harness, invoices);
        QCOMPARE(stat(harness, "invoicesAccepted"), invoices);
        QVERIFY2(stat(harness, "faultsInjected") >= 5,
                 qPrintable(QString::number(stat(harness, "faultsInjected"))));
        const auto items = harness.store().all();
        const bool sawIt = std::any_of(items->begin(), items->end(),
                                       [](const OutboxItem &item) { return item.attempts > 1; });
        QVERIFY(sawIt);
        QSqlQuery sessions(harness.store().connection());
        QVERIFY(sessions.exec(QStringLiteral("SELECT count(*) FROM ksef_sessions WHERE kind = 'online'")) &&
                sessions.next());
        QVERIFY2(sessions.value(0).toInt() > stat(harness, "faultsInjected"),
                 qPrintable(sessions.value(0).toString()));
    }

    // KSeF's X-System-Warning (what it will refuse soon): kept with the request in the audit log, on the
    // invoice's timeline, and raised once per warning code as an alert that says what and from when.
    void systemWarningsAreRecordedShownAndRaisedOnce()
    {
        EngineHarness harness;
        const QString text = QStringLiteral(
            "xml-002: Dokument zawiera instrukcje przetwarzania; od 2026-10-19 będzie odrzucany.");
        QCOMPARE(harness.ksef()
                     .control("POST", QStringLiteral("/system-warning"), {{QStringLiteral("text"), text}})
                     .status,
                 200);
        const QStringList keys = harness.enqueue(3, QStringLiteral("FV/WARN"));
        harness.runUntilFinished();
        verifyConfirmed(harness, 3);
        const auto alerts = harness.services().alerts->open();
        QVERIFY(alerts.has_value());
        QStringList warnings;
        for (const Alert &alert : *alerts) {
            if (alert.kind == u"system-warning") {
                warnings.append(alert.dedupeKey);
                QVERIFY2(alert.message.contains(QStringLiteral("2026-10-19")) &&
                             alert.message.contains(QStringLiteral("processing instructions")),
                         qPrintable(alert.message));
            }
        }
        QCOMPARE(warnings, QStringList{QStringLiteral("system-warning:xml-002")});
        const auto timeline = harness.services().audit->entriesFor(keys.first());
        QVERIFY(timeline.has_value());
        const bool onTheInvoice =
            std::any_of(timeline->begin(), timeline->end(), [&](const AuditLog::Entry &entry) {
                return entry.detail.value(QStringLiteral("note")).toString().contains(text);
            });
        QVERIFY(onTheInvoice);
        QSqlQuery logged(harness.store().connection());
        QVERIFY(logged.exec(QStringLiteral(
                    "SELECT count(*) FROM audit_log WHERE CAST(detail AS TEXT) LIKE '%systemWarning%'")) &&
                logged.next());
        QVERIFY(logged.value(0).toInt() > 0);
    }

    // Another program sent the same invoice first: KSeF answers 440 with the original; the outbox adopts its
    // number and its UPO (which confirms our very bytes) and never sends it again.
    void aDuplicateAdoptsTheOriginal()
    {
        EngineHarness harness;
        const QString token = harness.ksef().authenticate(EngineHarness::kNip);
        const auto session = harness.ksef().openSession(token);
        const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/DUP/1"));
        const QString first = harness.ksef()
                                  .sendInvoice(session, token, xml)
                                  .json()
                                  .value(QStringLiteral("referenceNumber"))
                                  .toString();
        const QString originalNumber = harness.ksef()
                                           .waitForInvoice(session.reference, first, token)
                                           .value(QStringLiteral("ksefNumber"))
                                           .toString();

        // The very same bytes (a new emulatorInvoice() would differ in its creation time once the clock has
        // passed a second — what made this test flaky under load).
        QVERIFY(harness.store().enqueue({EngineHarness::kNip,
                                         QStringLiteral("VAT"),
                                         QStringLiteral("FV/DUP/1"),
                                         QDate::currentDate(),
                                         {},
                                         {},
                                         {},
                                         QStringLiteral("PLN"),
                                         xml,
                                         QStringLiteral("test"),
                                         false},
                                        harness.services().environment.key(), EngineHarness::kNip));
        harness.runUntilFinished();
        verifyConfirmed(harness, 1);
        const OutboxItem item = harness.store().all()->first();
        QCOMPARE(item.ksefNumber, originalNumber);
        QCOMPARE(item.duplicateOf, originalNumber);
        QCOMPARE(item.sessionRef, session.reference);
        QCOMPARE(stat(harness, "invoicesAccepted"), 1);
    }

    void aRejectionWaitsForTheUserWithOneAlert()
    {
        EngineHarness harness;
        OutboxStore::NewInvoice future{
            EngineHarness::kNip,
            QStringLiteral("VAT"),
            QStringLiteral("FV/FUT/1"),
            QDate::currentDate().addDays(5),
            {},
            {},
            {},
            QStringLiteral("PLN"),
            Test::emulatorInvoice(QStringLiteral("FV/FUT/1"), QDate::currentDate().addDays(5)),
            QStringLiteral("test"),
            false};
        QVERIFY(harness.store()
                    .enqueue(future, harness.services().environment.key(), EngineHarness::kNip)
                    .has_value());
        harness.runUntilFinished();
        QCOMPARE(harness.count(InvoiceState::Rejected), 1);
        const OutboxItem item = harness.store().all()->first();
        QVERIFY(item.error);
        QCOMPARE(item.error->code, 450);
        QCOMPARE(item.error->errorClass, ErrorClass::NeedsUser);
        QVERIFY(!item.error->message.isEmpty());
        const auto alerts = harness.services().alerts->open();
        QCOMPARE(alerts->size(), 1);
        QCOMPARE(alerts->first().kind, QStringLiteral("rejected"));
        QCOMPARE(alerts->first().itemKey, item.key);
    }

    // An error that is not the invoice's fault (a record-only code) is recorded, never a rejection: the item
    // stays in its session until the lookup shows KSeF did not take it, and it is sent again.
    void aRecordOnlyErrorIsRecordedNotARejection()
    {
        EngineHarness harness;
        QJsonObject rule = fault("exception", "invoiceSend", 1);
        rule.insert(QStringLiteral("exceptionCode"), 21166);
        harness.ksef().control("POST", QStringLiteral("/faults"), rule);
        harness.enqueue(1, QStringLiteral("FV/REC"));
        (void)harness.engine().runOnce();
        const OutboxItem recorded = harness.store().all()->first();
        QCOMPARE(recorded.state, InvoiceState::Sending);
        QVERIFY(recorded.error);
        QCOMPARE(recorded.error->errorClass, ErrorClass::RecordOnly);
        QCOMPARE(recorded.error->code, 21166);
        harness.runUntilFinished();
        verifyConfirmed(harness, 1);
        QCOMPARE(harness.count(InvoiceState::Rejected), 0);
        QVERIFY(!harness.store().all()->first().error); // cleared once it moved on
        QVERIFY(harness.services().alerts->open()->isEmpty());
        QCOMPARE(stat(harness, "faultsInjected"), 1);
        QCOMPARE(stat(harness, "invoicesAccepted"), 1);
    }

    // Tokens KSeF no longer knows stop the queue, and the tokens are dropped: the next try authenticates
    // with the credentials again instead of refreshing dead ones.
    void deadTokensAreDroppedWhenTheQueueStops()
    {
        EngineHarness harness;
        harness.enqueue(1, QStringLiteral("FV/TOK"));
        harness.runUntilFinished();
        QVERIFY(!harness.client().tokens().accessToken.isEmpty());
        QJsonObject rule = fault("exception", "invoiceSend", 1);
        rule.insert(QStringLiteral("exceptionCode"), 21304);
        harness.ksef().control("POST", QStringLiteral("/faults"), rule);
        harness.enqueue(1, QStringLiteral("FV/TOK2"));
        (void)harness.engine().runOnce();
        QVERIFY(harness.engine().isStopped());
        QVERIFY(harness.client().tokens().accessToken.isEmpty());
        QVERIFY(harness.client().tokens().refreshToken.isEmpty());
        QCOMPARE(harness.count(InvoiceState::Queued), 1);
    }

    // The backoff's jitter comes from an injected generator and the time from an injected clock: the same
    // seed gives the same retry time, within ±50 % of the base delay.
    void retryTimesFollowTheInjectedClockAndRandomSource()
    {
        QList<qint64> delays;
        for (int run = 0; run < 2; ++run) {
            QRandomGenerator random(42);
            ManualClock clock(QDateTime::currentDateTimeUtc());
            OutboxEngine::Options options = EngineHarness::fastOptions();
            options.backoffBase = std::chrono::milliseconds(60'000);
            options.backoffCap = std::chrono::milliseconds(600'000);
            options.random = &random;
            EngineHarness harness(options, EmulatorHarness::fastConfig(), &clock);
            harness.ksef().control("POST", QStringLiteral("/faults"), fault("500", "invoiceSend", 1));
            harness.enqueue(1, QStringLiteral("FV/JIT"));
            (void)harness.engine().runOnce();
            const OutboxItem item = harness.store().all()->first();
            QCOMPARE(item.state, InvoiceState::Queued);
            delays.append(clock.now().msecsTo(item.nextAttemptAt));
        }
        QCOMPARE(delays[0], delays[1]);
        QVERIFY2(delays[0] >= 30'000 && delays[0] < 90'000, qPrintable(QString::number(delays[0])));
    }

    void losingAuthenticationStopsTheQueueWithOneAlert()
    {
        EngineHarness harness;
        harness.ksef().control("POST", QStringLiteral("/auth-outcome"), {{QStringLiteral("code"), 450}});
        harness.enqueue(3, QStringLiteral("FV/AUTH"));
        for (int i = 0; i < 3; ++i) {
            (void)harness.engine().runOnce();
        }
        QVERIFY(harness.engine().isStopped());
        QCOMPARE(harness.count(InvoiceState::Queued), 3);
        const auto alerts = harness.services().alerts->open();
        QCOMPARE(alerts->size(), 1); // not one per invoice
        QCOMPARE(alerts->first().kind, QStringLiteral("queue-stopped"));
        const auto items = harness.store().all();
        for (const OutboxItem &item : *items) {
            QCOMPARE(item.attempts, 0); // nothing was sent
        }
    }

    // The program died mid-way: A was sent (KSeF has it) but the answer never got stored; B's intent was
    // stored but it never left; C was submitted and KSeF finished it while the program was down. A restarted
    // engine ends all three confirmed, with exactly one KSeF number each.
    void startUpRecoveryNeverCreatesASecondNumber()
    {
        EngineHarness harness;
        harness.enqueue(3, QStringLiteral("FV/CRASH"));
        KsefClient &client = *harness.services().client;
        const auto session = client.openOnlineSession();
        QVERIFY(session.has_value());
        const auto items = harness.store().all();
        const auto itemA = *harness.store().find(QStringLiteral("FV/CRASH/1"));
        const auto itemC = *harness.store().find(QStringLiteral("FV/CRASH/3"));
        OutboxStore::Update intent;
        intent.state = InvoiceState::Sending;
        intent.mode = SendMode::Online;
        intent.sessionRef = session->reference;
        intent.countAttempt = true;
        for (const OutboxItem &item : *items) {
            QVERIFY(harness.store().apply(item.id, intent).has_value());
        }
        const auto sentA =
            client.sendInvoice(*session, (*harness.store().find(QStringLiteral("FV/CRASH/1"), true))->xml);
        const auto sentC =
            client.sendInvoice(*session, (*harness.store().find(QStringLiteral("FV/CRASH/3"), true))->xml);
        QVERIFY(sentA && sentC);
        OutboxStore::Update submitted;
        submitted.state = InvoiceState::Submitted;
        submitted.invoiceRef = sentC->invoiceReference;
        QVERIFY(harness.store().apply(itemC->id, submitted).has_value());
        QTest::qWait(200); // KSeF finishes C while nobody is watching

        OutboxEngine restarted(harness.store(), client, *harness.services().alerts, m_clock,
                               EngineHarness::fastOptions());
        for (int i = 0; i < 200 && !restarted.isFinished().value_or(false); ++i) {
            QVERIFY(restarted.runOnce().has_value());
            QTest::qWait(20);
        }
        verifyConfirmed(harness, 3);
        QCOMPARE(stat(harness, "invoicesAccepted"), 3);
        QCOMPARE((*harness.store().find(QStringLiteral("FV/CRASH/1")))->invoiceRef, sentA->invoiceReference);
        QCOMPARE((*harness.store().find(QStringLiteral("FV/CRASH/1")))->attempts, 1); // found, not sent again
        QCOMPARE((*harness.store().find(QStringLiteral("FV/CRASH/2")))->attempts,
                 2); // it never left: sent now
        Q_UNUSED(itemA);
    }

    // Writes fail (a full disk, a read-only file): the intent cannot be committed, so nothing is sent; once
    // the disk is back, the invoices go exactly once.
    void whenWritesFailNothingIsSent()
    {
        EngineHarness harness;
        harness.enqueue(2, QStringLiteral("FV/DISK"));
        // Every write refused from now on, as on a full or read-only disk (a server: a read-only session).
        const bool server = Test::onPostgres();
        QVERIFY(QSqlQuery(harness.store().connection())
                    .exec(server ? QStringLiteral("SET default_transaction_read_only = on")
                                 : QStringLiteral("PRAGMA query_only = ON")));
        const auto pass = harness.engine().runOnce();
        QVERIFY(!pass.has_value());
        QVERIFY(!pass.error().text().isEmpty());
        QCOMPARE(harness.count(InvoiceState::Queued), 2);
        QCOMPARE(stat(harness, "invoicesAccepted"), 0);
        QVERIFY(!harness.ksef()
                     .emulator()
                     .statsJson()
                     .value(QStringLiteral("requestsPerGroup"))
                     .toObject()
                     .contains(QStringLiteral("invoiceSend")));
        QVERIFY(QSqlQuery(harness.store().connection())
                    .exec(server ? QStringLiteral("SET default_transaction_read_only = off")
                                 : QStringLiteral("PRAGMA query_only = OFF")));
        harness.runUntilFinished();
        verifyConfirmed(harness, 2);
        QCOMPARE(stat(harness, "invoicesAccepted"), 2);
    }

    // Stored bytes that no longer match their hash (a damaged or edited database) are never sent.
    void aDamagedInvoiceInTheQueueIsNotSent()
    {
        EngineHarness harness;
        harness.enqueue(2, QStringLiteral("FV/BAD"));
        QSqlQuery damage(harness.store().connection());
        QVERIFY(damage.exec(
            QStringLiteral("UPDATE outbox_documents SET xml = '<Faktura>broken' WHERE id = (SELECT id FROM "
                           "outbox WHERE invoice_number = 'FV/BAD/1')")));
        harness.runUntilFinished();
        QCOMPARE(harness.count(InvoiceState::Confirmed), 1);
        QCOMPARE(harness.count(InvoiceState::Rejected), 1);
        const OutboxItem bad = **harness.store().find(QStringLiteral("FV/BAD/1"));
        QVERIFY(bad.error && bad.error->message.contains(u"damaged"));
        QCOMPARE(bad.attempts, 0);
        QCOMPARE(stat(harness, "invoicesAccepted"), 1);
    }

    void aLateUpoIsPickedUpLater()
    {
        EngineHarness harness;
        harness.ksef().control("POST", QStringLiteral("/upo"), {{QStringLiteral("withhold"), true}});
        harness.enqueue(2, QStringLiteral("FV/LATE"));
        for (int i = 0; i < 20 && harness.count(InvoiceState::Accepted) < 2; ++i) {
            (void)harness.engine().runOnce();
            QTest::qWait(30);
        }
        QCOMPARE(harness.count(InvoiceState::Accepted), 2);
        QCOMPARE(harness.count(InvoiceState::Confirmed), 0); // accepted without a UPO is not done
        QVERIFY(!harness.engine().isFinished().value());
        harness.ksef().control("POST", QStringLiteral("/upo"), {{QStringLiteral("withhold"), false}});
        harness.runUntilFinished();
        verifyConfirmed(harness, 2);
    }
};

QTEST_GUILESS_MAIN(TestOutboxEngine)
#include "tst_outbox_engine.moc"
