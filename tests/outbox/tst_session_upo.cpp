// A batch's invoices confirmed by the session's UPO (PROTOCOL.md §8, §17): one download for the batch, kept
// once, each invoice checked against its own entry; a page that does not confirm an invoice is not trusted
// for it; a late UPO stays late. A batch KSeF accepted whole is read from its UPO alone (no invoice list);
// one with a rejected invoice from the list. The real store, engine, client and emulator over loopback HTTP.
#include "domain/KsefNumber.h"
#include "outbox/UpoCheck.h"
#include "support/EngineHarness.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kurier;
using namespace Kurier::Test;

namespace {
OutboxEngine::Options batchOptions()
{
    OutboxEngine::Options options = EngineHarness::fastOptions();
    options.onlineMax = 2; // anything larger goes in a batch
    return options;
}

int scalar(EngineHarness &harness, const QString &sql)
{
    QSqlQuery query(harness.store().connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

// KSeF withholds UPOs; `count` invoices are sent in a batch and accepted (passes until they are).
void acceptWithoutUpo(EngineHarness &harness, int count, const QString &prefix)
{
    harness.ksef().control("POST", QStringLiteral("/upo"), {{QStringLiteral("withhold"), true}});
    harness.enqueue(count, prefix);
    for (int i = 0; i < 60 && harness.count(InvoiceState::Accepted) < count; ++i) {
        (void)harness.engine().runOnce();
        QTest::qWait(30);
    }
}

// Requests the engine made to presigned storage links (UPO pages, invoice UPOs, batch parts), from its audit
// log.
int sessionInvoiceLists(EngineHarness &harness)
{
    return harness.ksef()
        .emulator()
        .statsJson()
        .value(QStringLiteral("requestsPerGroup"))
        .toObject()
        .value(QStringLiteral("sessionInvoiceList"))
        .toInt();
}

int presignedDownloads(EngineHarness &harness)
{
    return scalar(harness,
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'request' AND detail LIKE "
                                 "'%GET (presigned storage)%'"));
}
} // namespace

class TestSessionUpo : public QObject
{
    Q_OBJECT

private slots:
    void aBatchIsConfirmedByOneDownloadOfItsSessionUpo()
    {
        EngineHarness harness(batchOptions());
        harness.enqueue(40, QStringLiteral("FV/SUPO"));
        harness.runUntilFinished();
        QCOMPARE(harness.count(InvoiceState::Confirmed), 40);
        QCOMPARE(scalar(harness, QStringLiteral("SELECT COUNT(*) FROM upo_pages")), 1);
        QCOMPARE(scalar(harness, QStringLiteral("SELECT documents FROM upo_pages")), 40);
        QCOMPARE(
            scalar(harness, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE upo IS NULL AND upo_page = "
                                           "(SELECT id FROM upo_pages)")),
            40);
        QCOMPARE(presignedDownloads(harness), 1); // the session's UPO; no invoice's own
        // Every invoice accepted: their KSeF numbers, times and modes come from that UPO; the invoice list (a
        // rate-limited page per 1000) is not asked for.
        QCOMPARE(sessionInvoiceLists(harness), 0);
        QCOMPARE(
            scalar(harness, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'transition' AND "
                                           "detail LIKE '%accepted: the session''s UPO lists it%'")),
            40);
        QCOMPARE(scalar(harness, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE acquired_at IS NULL OR "
                                                "ksef_number IS NULL")),
                 0);
        // Each invoice's UPO, as every reader sees it, is the page, and it confirms that invoice.
        const auto items = harness.store().inStates({InvoiceState::Confirmed}, true);
        QVERIFY(items.has_value());
        QByteArray page;
        for (const OutboxItem &item : *items) {
            QVERIFY(item.hasUpo && item.upoVerified);
            QVERIFY(
                UpoCheck::verify(item.upo, item.ksefNumber, item.contentHash, item.sellerNip).has_value());
            QVERIFY(page.isEmpty() || page == item.upo);
            page = item.upo;
        }
        QCOMPARE(
            scalar(harness, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'transition' AND "
                                           "detail LIKE '%confirmed by the session''s UPO%'")),
            40);
        QVERIFY(harness.services().audit->verify()->intact);
        QCOMPARE(harness.ksef().emulator().statsJson().value(QStringLiteral("duplicateAcceptances")).toInt(),
                 0);
    }

    void aBatchWithARejectedInvoiceIsReadFromTheList()
    {
        EngineHarness harness(batchOptions());
        harness.enqueue(5, QStringLiteral("FV/MIX"));
        // Issued tomorrow: KSeF refuses it (450), the others of the batch are accepted.
        const QString number = QStringLiteral("FV/MIX/TOMORROW");
        const QList<OutboxStore::NewInvoice> late{{EngineHarness::kNip,
                                                   QStringLiteral("VAT"),
                                                   number,
                                                   QDate::currentDate().addDays(1),
                                                   {},
                                                   {},
                                                   {},
                                                   QStringLiteral("PLN"),
                                                   emulatorInvoice(number, QDate::currentDate().addDays(1)),
                                                   QStringLiteral("test"),
                                                   false}};
        QVERIFY(harness.store()
                    .enqueueAll(late, harness.services().environment.key(), EngineHarness::kNip)
                    .first());
        harness.runUntilFinished();
        QCOMPARE(harness.count(InvoiceState::Confirmed), 5);
        QCOMPARE(harness.count(InvoiceState::Rejected), 1);
        QVERIFY(sessionInvoiceLists(harness) >= 1); // the UPO does not account for every invoice
        QCOMPARE(
            scalar(harness, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'transition' AND "
                                           "detail LIKE '%accepted: the session''s UPO lists it%'")),
            0);
        QVERIFY(harness.services().audit->verify()->intact);
    }

    void aPageIsKeptOnce()
    {
        EngineHarness harness(batchOptions());
        const auto first =
            harness.store().keepUpoPage(QStringLiteral("S-1"), QStringLiteral("P-1"), "<a/>", 1);
        const auto again =
            harness.store().keepUpoPage(QStringLiteral("S-1"), QStringLiteral("P-1"), "<b/>", 1);
        QVERIFY(first && again);
        QCOMPARE(again->id, first->id);
        QCOMPARE(again->sha256, first->sha256); // of the bytes first kept
        const auto kept = harness.store().upoPage(QStringLiteral("S-1"), QStringLiteral("P-1"));
        QVERIFY(kept && kept->has_value());
        QCOMPARE((*kept)->bytes, QByteArray("<a/>")); // the bytes first received stay
        QVERIFY(!harness.store().upoPage(QStringLiteral("S-1"), QStringLiteral("P-2"))->has_value());
    }

    // A page listing an invoice with other content (a forged or damaged copy in the database) confirms
    // nothing: each invoice then gets its own UPO from KSeF and is checked against that.
    void aPageThatDoesNotConfirmAnInvoiceIsNotTrustedForIt()
    {
        EngineHarness harness(batchOptions());
        acceptWithoutUpo(harness, 6, QStringLiteral("FV/FORGED"));
        QCOMPARE(harness.count(InvoiceState::Accepted), 6);
        const auto accepted = *harness.store().inStates({InvoiceState::Accepted});
        const QString session = accepted.first().sessionRef;
        harness.ksef().control("POST", QStringLiteral("/upo"), {{QStringLiteral("withhold"), false}});
        const auto status = harness.client().sessionStatus(session);
        QVERIFY(status && !status->upoPages.isEmpty());
        auto genuine = harness.client().sessionUpo(session, status->upoPages.first());
        QVERIFY(genuine.has_value());
        QByteArray forged = genuine->bytes;
        for (const OutboxItem &item : accepted) {
            forged.replace(item.contentHash.toLatin1(), QByteArray(44, 'A'));
        }
        QVERIFY(harness.store().keepUpoPage(session, status->upoPages.first().referenceNumber, forged, 6));
        harness.runUntilFinished();
        QCOMPARE(harness.count(InvoiceState::Confirmed), 6);
        QCOMPARE(
            scalar(harness, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE upo IS NOT NULL AND upo_page "
                                           "IS NULL")),
            6);
        const QList<OutboxItem> confirmed = harness.store().inStates({InvoiceState::Confirmed}, true).value();
        for (const OutboxItem &item : confirmed) {
            QVERIFY(
                UpoCheck::verify(item.upo, item.ksefNumber, item.contentHash, item.sellerNip).has_value());
            QVERIFY(item.upo != forged);
        }
    }

    // A UPO KSeF has not issued yet is missing from the session's UPO too: the invoices stay accepted (and
    // the missing-UPO alert applies) until it comes.
    void aLateUpoIsLateInTheSessionUpoToo()
    {
        EngineHarness harness(batchOptions());
        acceptWithoutUpo(harness, 8, QStringLiteral("FV/LATEB"));
        for (int i = 0; i < 5; ++i) {
            (void)harness.engine().runOnce();
        }
        QCOMPARE(harness.count(InvoiceState::Accepted), 8);
        QCOMPARE(harness.count(InvoiceState::Confirmed), 0);
        QCOMPARE(scalar(harness, QStringLiteral("SELECT COUNT(*) FROM upo_pages")), 0);
        harness.ksef().control("POST", QStringLiteral("/upo"), {{QStringLiteral("withhold"), false}});
        harness.runUntilFinished();
        QCOMPARE(harness.count(InvoiceState::Confirmed), 8);
        QCOMPARE(scalar(harness, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE upo_page IS NOT NULL")),
                 8);
    }

    // Runs of identical changes are one statement; the same item twice in a list is two changes.
    void identicalChangesInARunAreEachApplied()
    {
        EngineHarness harness(batchOptions());
        harness.enqueue(5, QStringLiteral("FV/RUN"));
        const auto items = *harness.store().inStates({InvoiceState::Queued});
        QList<std::pair<qint64, OutboxStore::Update>> changes;
        OutboxStore::Update bump;
        bump.countAttempt = true;
        bump.note = QStringLiteral("run");
        for (const OutboxItem &item : items) {
            changes.append({item.id, bump});
        }
        changes.append({items.first().id, bump}); // the first one again, at the end of the run
        QVERIFY(harness.store().apply(changes).has_value());
        const QList<OutboxItem> bumped = harness.store().inStates({InvoiceState::Queued}).value();
        for (const OutboxItem &item : bumped) {
            QCOMPARE(item.attempts, item.id == items.first().id ? 2 : 1);
        }
        QCOMPARE(
            scalar(harness, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%\"run\"%'")),
            6);
        QVERIFY(harness.services().audit->verify()->intact);
        // Rows with values of their own (a batch accepted): each gets its own.
        QList<std::pair<qint64, OutboxStore::Update>> own;
        for (const OutboxItem &item : items) {
            OutboxStore::Update update;
            update.invoicingMode = QStringLiteral("mode-%1").arg(item.id);
            update.duplicateOf = QStringLiteral("of-%1").arg(item.id * 7);
            own.append({item.id, update});
        }
        QVERIFY(harness.store().apply(own).has_value());
        const QList<OutboxItem> withOwn = harness.store().inStates({InvoiceState::Queued}).value();
        QCOMPARE(withOwn.size(), items.size());
        for (const OutboxItem &item : withOwn) {
            QCOMPARE(item.invoicingMode, QStringLiteral("mode-%1").arg(item.id));
            QCOMPARE(item.duplicateOf, QStringLiteral("of-%1").arg(item.id * 7));
        }
        // A change the transition table refuses anywhere in the list: nothing of the list is applied.
        QList<std::pair<qint64, OutboxStore::Update>> refused;
        for (const OutboxItem &item : items) {
            refused.append({item.id, bump});
        }
        refused.append({items.last().id, OutboxStore::Update::to(InvoiceState::Confirmed)});
        QVERIFY(!harness.store().apply(refused).has_value());
        const QList<OutboxItem> unchanged = harness.store().inStates({InvoiceState::Queued}).value();
        for (const OutboxItem &item : unchanged) {
            QCOMPARE(item.attempts, item.id == items.first().id ? 2 : 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionUpo)
#include "tst_session_upo.moc"
