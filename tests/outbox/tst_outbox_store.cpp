// The outbox table: idempotent enqueueing, the transition table, and storage failures that change nothing.
#include "audit/AuditLog.h"
#include "emulator/EmulatorTestData.h"
#include "outbox/OutboxStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

namespace {
const QString kNip = QStringLiteral("5265877635");

OutboxStore::NewInvoice invoice(const QString &number, QByteArray xml = {})
{
    return {kNip,
            QStringLiteral("VAT"),
            number,
            QDate::currentDate(),
            {},
            {},
            {},
            QStringLiteral("PLN"),
            xml.isEmpty() ? Test::emulatorInvoice(number) : xml,
            QStringLiteral("test"),
            false};
}
} // namespace

class TestOutboxStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store.reset();
        m_audit.reset();
        m_db.reset();
        m_path = Test::databaseLocation(m_dir, QStringLiteral("o%1.sqlite").arg(++m_n));
        m_db = std::move(*Database::open(m_path));
        m_audit = std::make_unique<AuditLog>(m_db->connection(), m_clock);
        m_store = std::make_unique<OutboxStore>(m_db->connection(), *m_audit, m_clock);
    }

    void enqueueingIsIdempotent()
    {
        const auto added = m_store->enqueue(invoice(QStringLiteral("FV/1")), QStringLiteral("test"), kNip);
        QCOMPARE(added->first, OutboxStore::Enqueued::Added);
        QCOMPARE(added->second.key,
                 OutboxStore::idempotencyKey(kNip, QStringLiteral("VAT"), QStringLiteral("FV/1")));
        const auto again = m_store->enqueue(invoice(QStringLiteral("FV/1")), QStringLiteral("test"), kNip);
        QCOMPARE(again->first, OutboxStore::Enqueued::AlreadyThere);
        QByteArray other = Test::emulatorInvoice(QStringLiteral("FV/1"));
        other.replace("<P_2>FV/1</P_2>", "<P_2>FV/1</P_2><!-- changed -->");
        const auto conflict =
            m_store->enqueue(invoice(QStringLiteral("FV/1"), other), QStringLiteral("test"), kNip);
        QVERIFY(!conflict.has_value());
        QVERIFY(conflict.error().text().contains(u"FV/1"));
        QCOMPARE(m_store->counts()->value(InvoiceState::Queued), 1);
        QCOMPARE((*m_store->find(QStringLiteral("FV/1")))->contentHash,
                 added->second.contentHash); // unchanged

        // A rejected invoice may be replaced by corrected content (KSeF never accepted it).
        const qint64 id = added->second.id;
        QVERIFY(m_store->apply(id, OutboxStore::Update::to(InvoiceState::Sending, QStringLiteral("S")))
                    .has_value());
        QVERIFY(m_store->apply(id, OutboxStore::Update::to(InvoiceState::Rejected)).has_value());
        const auto replaced =
            m_store->enqueue(invoice(QStringLiteral("FV/1"), other), QStringLiteral("test"), kNip);
        QCOMPARE(replaced->first, OutboxStore::Enqueued::Replaced);
        QCOMPARE(replaced->second.state, InvoiceState::Queued);
        QVERIFY(m_audit->verify()->intact);
    }

    // An import's list: new ones written in runs, the rest one by one — each with its own outcome, in order.
    void aListOfNewKnownRepeatedAndBrokenInvoices()
    {
        QVERIFY(
            m_store->enqueue(invoice(QStringLiteral("L/KNOWN")), QStringLiteral("test"), kNip).has_value());
        QList<OutboxStore::NewInvoice> list;
        for (int i = 1; i <= 250; ++i) { // more than one run of new ones
            list.append(invoice(QStringLiteral("L/%1").arg(i)));
        }
        list.insert(10, invoice(QStringLiteral("L/KNOWN"))); // already there
        QByteArray other = Test::emulatorInvoice(QStringLiteral("L/5"));
        other.replace("<P_2>L/5</P_2>", "<P_2>L/5</P_2><!-- other -->");
        list.append(invoice(QStringLiteral("L/5"), other)); // the same number again, other content
        OutboxStore::NewInvoice broken = invoice(QStringLiteral("L/BROKEN"));
        broken.sellerNip = QString(); // NOT NULL: its run fails, then it alone
        list.insert(120, broken);
        const auto results = m_store->enqueueAll(list, QStringLiteral("test"), kNip);
        QCOMPARE(results.size(), list.size());
        QCOMPARE(results[10]->first, OutboxStore::Enqueued::AlreadyThere);
        QVERIFY(!results[120].has_value());
        QVERIFY(!results.last().has_value());
        QVERIFY(results.last().error().text().contains(u"L/5"));
        int added = 0;
        QSet<qint64> ids;
        for (const auto &result : results) {
            if (result && result->first == OutboxStore::Enqueued::Added) {
                ++added;
                ids.insert(result->second.id);
                QCOMPARE((*m_store->find(result->second.key))->invoiceNumber, result->second.invoiceNumber);
            }
        }
        QCOMPARE(added, 250);
        QCOMPARE(ids.size(), 250);
        QCOMPARE(m_store->counts()->value(InvoiceState::Queued), 251);
        // Each new one has its document and its audit entry; the chain holds.
        const auto stored = m_store->find(QStringLiteral("L/200"), true);
        QVERIFY((*stored)->xml.contains("<P_2>L/200</P_2>"));
        QCOMPARE(m_audit->entriesFor((*stored)->key)->size(), 1);
        QVERIFY(m_audit->verify()->intact);
    }

    void transitionsFollowTheTable()
    {
        const qint64 id =
            m_store->enqueue(invoice(QStringLiteral("FV/2")), QStringLiteral("test"), kNip)->second.id;
        const auto skipped = m_store->apply(id, OutboxStore::Update::to(InvoiceState::Confirmed));
        QVERIFY(!skipped.has_value());
        QVERIFY(skipped.error().text().contains(u"queued") && skipped.error().text().contains(u"confirmed"));
        // One bad change refuses the whole set: the good one before it is not applied either.
        const qint64 other =
            m_store->enqueue(invoice(QStringLiteral("FV/3")), QStringLiteral("test"), kNip)->second.id;
        QVERIFY(!m_store
                     ->apply({{other, OutboxStore::Update::to(InvoiceState::Sending)},
                              {id, OutboxStore::Update::to(InvoiceState::Accepted)}})
                     .has_value());
        QCOMPARE(m_store->counts()->value(InvoiceState::Queued), 2);
        for (const InvoiceState state :
             {InvoiceState::Sending, InvoiceState::Submitted, InvoiceState::Processing,
              InvoiceState::Accepted, InvoiceState::Confirmed}) {
            QVERIFY(m_store->apply(id, OutboxStore::Update::to(state)).has_value());
        }
        const auto history = m_audit->entriesFor((*m_store->find(QStringLiteral("FV/2")))->key);
        QCOMPARE(history->size(), 6); // queued + five transitions
        QCOMPARE(history->last().detail.value(QStringLiteral("to")).toString(), QStringLiteral("confirmed"));
    }

    // Two Kurier processes on one database (the desktop and kurier-cli): the intent to send is a
    // compare-and-set on `queued`, so only one of them can take an invoice.
    void onlyOneProcessTakesAnInvoice()
    {
        const qint64 id =
            m_store->enqueue(invoice(QStringLiteral("FV/CAS")), QStringLiteral("test"), kNip)->second.id;
        auto otherDb = Database::open(m_path);
        AuditLog otherAudit((*otherDb)->connection(), m_clock);
        OutboxStore other((*otherDb)->connection(), otherAudit, m_clock);
        OutboxStore::Update intent = OutboxStore::Update::to(InvoiceState::Sending, QStringLiteral("S1"));
        intent.expect = InvoiceState::Queued;
        QVERIFY(m_store->apply(id, intent).has_value());
        intent.sessionRef = QStringLiteral("S2");
        const auto second = other.apply(id, intent);
        QVERIFY(!second.has_value());
        QVERIFY(second.error().text().contains(u"another Kurier"));
        QCOMPARE((*m_store->find(QStringLiteral("FV/CAS")))->sessionRef, QStringLiteral("S1"));
        QVERIFY(m_audit->verify()->intact);
    }

    // Two senders poll one batch (an office's desktops on one server): the one that read `processing` before
    // the other confirmed the invoice must not move it back, nor fail its whole pass — its stale change is
    // dropped, the others in the same list are written.
    void aChangeDecidedFromALeftStateIsDropped()
    {
        const qint64 done =
            m_store->enqueue(invoice(QStringLiteral("FV/S1")), QStringLiteral("test"), kNip)->second.id;
        const qint64 waiting =
            m_store->enqueue(invoice(QStringLiteral("FV/S2")), QStringLiteral("test"), kNip)->second.id;
        for (const InvoiceState state :
             {InvoiceState::Sending, InvoiceState::Submitted, InvoiceState::Processing}) {
            QVERIFY(m_store
                        ->apply({{done, OutboxStore::Update::to(state)},
                                 {waiting, OutboxStore::Update::to(state)}})
                        .has_value());
        }
        auto otherDb = Database::open(m_path);
        AuditLog otherAudit((*otherDb)->connection(), m_clock);
        OutboxStore other((*otherDb)->connection(), otherAudit, m_clock);
        for (const InvoiceState state : {InvoiceState::Accepted, InvoiceState::Confirmed}) {
            QVERIFY(other.apply(done, OutboxStore::Update::to(state)).has_value()); // the other sender, first
        }
        const qsizetype entries = m_audit->entriesFor((*m_store->find(QStringLiteral("FV/S1")))->key)->size();
        OutboxStore::Update stale = OutboxStore::Update::to(InvoiceState::Accepted);
        stale.seen = InvoiceState::Processing;
        stale.ksefNumber = QStringLiteral("stale");
        OutboxStore::Update fresh = stale;
        fresh.ksefNumber = QStringLiteral("fresh");
        QVERIFY(m_store->apply({{done, stale}, {waiting, fresh}}).has_value());
        const OutboxItem kept = **m_store->find(QStringLiteral("FV/S1"));
        QCOMPARE(kept.state, InvoiceState::Confirmed);
        QVERIFY(kept.ksefNumber != QStringLiteral("stale"));
        QCOMPARE(m_audit->entriesFor(kept.key)->size(), entries); // nothing written for it
        const OutboxItem moved = **m_store->find(QStringLiteral("FV/S2"));
        QCOMPARE(moved.state, InvoiceState::Accepted);
        QCOMPARE(moved.ksefNumber, QStringLiteral("fresh"));
        // Without `seen` the same change is still a refused transition (a bug, not a race).
        QVERIFY(!m_store->apply(done, OutboxStore::Update::to(InvoiceState::Accepted)).has_value());
        QVERIFY(m_audit->verify()->intact);
    }

    // Several Kurier processes on one database: one of them polls a session; the others leave it until its
    // lease runs out (its holder died) — then one of them takes it over.
    void oneProcessPollsASessionAtATime()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        auto otherDb = Database::open(m_path);
        AuditLog audit((*otherDb)->connection(), clock);
        OutboxStore first(m_db->connection(), *m_audit, clock);
        OutboxStore second((*otherDb)->connection(), audit, clock);
        const QString session = QStringLiteral("20261206-SB-0000000001-AB-00");
        const QDateTime until = clock.now().addSecs(30);
        QCOMPARE(first.leaseSession(session, QStringLiteral("A"), until).value(), true);
        QCOMPARE(second.leaseSession(session, QStringLiteral("B"), until).value(), false);
        QCOMPARE(first.leaseSession(session, QStringLiteral("A"), until.addSecs(20)).value(),
                 true); // renewed
        QCOMPARE(second.leaseSession(QStringLiteral("another-session"), QStringLiteral("B"), until).value(),
                 true);
        clock.advance(40'000); // A's first lease would have run out; the renewal has not
        QCOMPARE(second.leaseSession(session, QStringLiteral("B"), clock.now().addSecs(30)).value(), false);
        clock.advance(20'000); // A died: its lease ran out
        QCOMPARE(second.leaseSession(session, QStringLiteral("B"), clock.now().addSecs(30)).value(), true);
        QCOMPARE(first.leaseSession(session, QStringLiteral("A"), clock.now().addSecs(30)).value(), false);
    }

    // Another process holds the write lock: the change waits (busy timeout), then fails clearly; nothing half
    // done. A full disk behaves the same way: the intent is refused, so nothing is marked sent.
    void aLockedOrFullDatabaseChangesNothing()
    {
        const qint64 id =
            m_store->enqueue(invoice(QStringLiteral("FV/4")), QStringLiteral("test"), kNip)->second.id;
        auto other = Database::open(m_path);
        QVERIFY(other.has_value());
        {
            Transaction lock((*other)->connection());
            QVERIFY(lock.isOpen());
            QElapsedTimer waited;
            waited.start();
            const auto refused =
                m_store->apply(id, OutboxStore::Update::to(InvoiceState::Sending, QStringLiteral("S")));
            QVERIFY(!refused.has_value());
            QVERIFY(waited.elapsed() >= 4000); // it waited for the other writer before giving up
            QCOMPARE(refused.error().code, StoreError::Code::Conflict);
            // SQLite: "database is locked"; PostgreSQL: "canceling statement due to lock timeout"
            QVERIFY2(refused.error().text().contains(u"lock"), qPrintable(refused.error().text()));
        }
        QCOMPARE((*m_store->find(QStringLiteral("FV/4")))->state, InvoiceState::Queued);
        if (Test::onPostgres()) {
            return; // a full disk is the server's (its own tests); the rest fills a SQLite file
        }

        QSqlQuery limit(m_db->connection());
        QVERIFY(limit.exec(QStringLiteral("PRAGMA page_count")) && limit.next());
        const int pages = limit.value(0).toInt();
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QList<OutboxStore::NewInvoice> many;
        for (int i = 0; i < 200; ++i) {
            many.append(invoice(QStringLiteral("FULL/%1").arg(i)));
        }
        const auto results = m_store->enqueueAll(many, QStringLiteral("test"), kNip);
        QVERIFY(std::any_of(results.begin(), results.end(), [](const auto &r) { return !r.has_value(); }));
        QVERIFY(m_audit->verify()->intact);
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_path;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OutboxStore> m_store;
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outbox_store.moc"
