// Incoming (purchase) invoices against the real emulator over loopback HTTP: other sellers send invoices to
// this company; the synchronisation reads them by permanent-storage date up to the high-water mark through
// encrypted exports, across many packages cut at the cap, while more invoices arrive — none missed, none
// doubled.
#include "incoming/IncomingStore.h"
#include "incoming/IncomingSync.h"
#include "ksef/crypto/Crypto.h"
#include "support/EngineHarness.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Kurier;
using namespace Kurier::Test;

namespace {

const QString kSupplier = QStringLiteral("1111111111");

// Invoices a supplier sends to this company (EngineHarness::kNip is the buyer).
class Supplier
{
public:
    explicit Supplier(EmulatorHarness &ksef)
        : m_ksef(ksef)
        , m_token(ksef.authenticate(kSupplier))
    {}

    // One batch session with `count` invoices numbered PREFIX/1…; waits until KSeF processed it.
    QStringList sendBatch(int count, const QString &prefix)
    {
        QList<QPair<QString, QByteArray>> files;
        QStringList numbers;
        for (int i = 1; i <= count; ++i) {
            const QString number = QStringLiteral("%1/%2").arg(prefix).arg(i);
            Invoice invoice = sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23, VatRate::Rate8});
            std::swap(invoice.seller, invoice.buyer);
            invoice.number = number;
            invoice.issueDate = QDate::currentDate();
            invoice.saleDate = invoice.issueDate;
            invoice.createdAt = QDateTime::currentDateTimeUtc();
            files.append({QStringLiteral("%1.xml").arg(i), *Fa3Writer::write(invoice)});
            numbers.append(number);
        }
        const QString session = m_ksef.sendBatch(m_token, files, 1);
        const QJsonObject status = m_ksef.waitForSession(session, m_token, 200);
        if (status.value(QStringLiteral("successfulInvoiceCount")).toInt() != count) {
            qWarning("batch %s: %s", qPrintable(session), QJsonDocument(status).toJson().constData());
        }
        return numbers;
    }

private:
    EmulatorHarness &m_ksef;
    QString m_token;
};

Emulator::EmulatorConfig smallCap(int cap)
{
    Emulator::EmulatorConfig config = EmulatorHarness::fastConfig();
    config.queryCap = cap;
    return config;
}

// Waits until KSeF has put everything sent so far in permanent storage (only then do queries see it).
void waitForPermanentStorage(int invoices)
{
    QTest::qWait(250 + invoices);
}

QSet<QString> storedNumbers(EngineHarness &harness, int *rows = nullptr)
{
    QSqlQuery query(harness.services().database->connection());
    QSet<QString> numbers;
    int count = 0;
    query.exec(QStringLiteral("SELECT invoice_number FROM incoming_invoices"));
    while (query.next()) {
        numbers.insert(query.value(0).toString());
        ++count;
    }
    if (rows) {
        *rows = count;
    }
    return numbers;
}

} // namespace

class TestIncoming : public QObject
{
    Q_OBJECT

private slots:
    void manyPackagesWithInvoicesArrivingDuringTheSyncMissNothingAndDoubleNothing()
    {
        EngineHarness harness(EngineHarness::fastOptions(), smallCap(40));
        Supplier supplier(harness.ksef());
        QStringList sent = supplier.sendBatch(130, QStringLiteral("FZ/A"));
        waitForPermanentStorage(130);

        IncomingStore store(harness.services().database->connection(), *harness.services().audit, m_clock);
        IncomingSync sync(store, *harness.services().client, m_clock);
        IncomingSync::Options options;
        options.force = true;
        options.maxExports = 50;
        int windows = 0;
        int duplicates = 0;
        options.windowStored = [&](const IncomingRun &, const IncomingStore::Stored &stored) {
            ++windows;
            duplicates += stored.duplicates;
            if (windows <= 2) { // invoices arrive while the synchronisation is under way
                sent += supplier.sendBatch(15, QStringLiteral("FZ/B%1").arg(windows));
                waitForPermanentStorage(15);
            }
        };
        const IncomingSync::Outcome first = sync.run(options);
        QVERIFY2(first.status == IncomingSync::Outcome::Status::Done, qPrintable(first.message));
        QVERIFY2(windows >= 4, "130 invoices at a cap of 40 take at least four packages");
        QVERIFY2(first.run.added >= 130, qPrintable(first.message));
        QCOMPARE(first.run.problems, 0);

        // Whatever arrived after the last package comes with the next synchronisation, exactly once.
        options.windowStored = {};
        const IncomingSync::Outcome second = sync.run(options);
        QVERIFY2(second.status == IncomingSync::Outcome::Status::Done, qPrintable(second.message));
        QCOMPARE(first.run.added + second.run.added, 160);
        int rows = 0;
        QCOMPARE(storedNumbers(harness, &rows), QSet<QString>(sent.cbegin(), sent.cend()));
        QCOMPARE(rows, 160);
        QCOMPARE(sent.size(), 160);

        const IncomingSync::Outcome third = sync.run(options);
        QCOMPARE(third.run.added, 0); // nothing new: the boundary invoices are read again, stored once
        QCOMPARE(*store.count(false), 160);

        // Each stored XML is the invoice KSeF keeps (its hash), parsed, and new until looked at.
        const auto listed = store.list({});
        QVERIFY(listed);
        QCOMPARE(listed->size(), 160);
        const auto one = store.find(listed->first().ksefNumber);
        QVERIFY(one && one->has_value());
        QCOMPARE(Crypto::sha256Base64((*one)->xml), (*one)->invoiceHash);
        QVERIFY((*one)->problem.isEmpty());
        QCOMPARE((*one)->sellerNip, kSupplier);
        QVERIFY((*one)->isNew());
        QCOMPARE(*store.count(true), 160);
        QCOMPARE(*store.markRead({(*one)->ksefNumber}), 1);
        QCOMPARE(*store.count(true), 159);
        QCOMPARE(*store.markRead({}), 159);
        QCOMPARE(*store.count(true), 0);
        Q_UNUSED(duplicates);
    }

    void anInterruptedSynchronisationResumesWhereItsLastPackageEnded()
    {
        EngineHarness harness(EngineHarness::fastOptions(), smallCap(25));
        Supplier supplier(harness.ksef());
        const QStringList sent = supplier.sendBatch(60, QStringLiteral("FZ/R"));
        waitForPermanentStorage(60);
        IncomingStore store(harness.services().database->connection(), *harness.services().audit, m_clock);
        IncomingSync sync(store, *harness.services().client, m_clock);
        IncomingSync::Options options;
        options.force = true;
        options.maxExports = 1;
        const IncomingSync::Outcome first = sync.run(options);
        QCOMPARE(first.status, IncomingSync::Outcome::Status::Incomplete);
        QCOMPARE(first.run.added, 25);
        QVERIFY(first.message.contains(QStringLiteral("20")));
        const auto cursor = store.cursor(invoiceSubjectKey(options.subject));
        QVERIFY(cursor && cursor->has_value());

        options.maxExports = 10;
        const IncomingSync::Outcome rest = sync.run(options);
        QCOMPARE(rest.status, IncomingSync::Outcome::Status::Done);
        QCOMPARE(rest.run.added, 35);
        int rows = 0;
        QCOMPARE(storedNumbers(harness, &rows), QSet<QString>(sent.cbegin(), sent.cend()));
        QCOMPARE(rows, 60);
    }

    void runsAreAtLeastFifteenMinutesApartAndEachNewBatchIsAnnouncedOnce()
    {
        EngineHarness harness;
        Supplier supplier(harness.ksef());
        supplier.sendBatch(3, QStringLiteral("FZ/N"));
        waitForPermanentStorage(3);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        IncomingStore store(harness.services().database->connection(), *harness.services().audit, clock);
        IncomingSync sync(store, *harness.services().client, clock);
        const IncomingSync::Options options; // scheduled: not forced

        const IncomingSync::Outcome first = sync.run(options);
        QCOMPARE(first.status, IncomingSync::Outcome::Status::Done);
        QCOMPARE(first.added.size(), 3);
        auto unannounced = store.unnotifiedRuns();
        QVERIFY(unannounced);
        QCOMPARE(unannounced->size(), 1);
        QCOMPARE(unannounced->first().added, 3);
        QVERIFY(store.markNotified(unannounced->first().id));
        QCOMPARE(store.unnotifiedRuns()->size(), 0);

        clock.advance(14 * 60 * 1000);
        const IncomingSync::Outcome early = sync.run(options);
        QCOMPARE(early.status, IncomingSync::Outcome::Status::NotDue);
        QCOMPARE(early.nextAllowed, first.run.startedAt.addSecs(15 * 60));
        QVERIFY(!early.message.isEmpty());
        QCOMPARE(store.lastRun(invoiceSubjectKey(options.subject))->value().id,
                 first.run.id); // nothing was recorded

        supplier.sendBatch(2, QStringLiteral("FZ/M"));
        waitForPermanentStorage(2);
        clock.advance(60 * 1000);
        const IncomingSync::Outcome later = sync.run(options);
        QCOMPARE(later.status, IncomingSync::Outcome::Status::Done);
        QCOMPARE(later.added.size(), 2);
        QCOMPARE(store.unnotifiedRuns()->size(), 1);
        const IncomingSync::Outcome empty = [&] {
            clock.advance(15 * 60 * 1000);
            return sync.run(options);
        }();
        QCOMPARE(empty.run.added, 0);
        QCOMPARE(store.unnotifiedRuns()->size(), 1); // a run with nothing new announces nothing
    }

    void aFailedExportStoresNothingAndKeepsTheCursor()
    {
        EngineHarness harness;
        Supplier supplier(harness.ksef());
        supplier.sendBatch(4, QStringLiteral("FZ/F"));
        waitForPermanentStorage(4);
        IncomingStore store(harness.services().database->connection(), *harness.services().audit, m_clock);
        IncomingSync sync(store, *harness.services().client, m_clock);
        IncomingSync::Options options;
        options.force = true;
        harness.ksef().control("POST", QStringLiteral("/faults"),
                               {{QStringLiteral("action"), QStringLiteral("500")},
                                {QStringLiteral("group"), QStringLiteral("invoiceExport")},
                                {QStringLiteral("every"), true}});
        const IncomingSync::Outcome failed = sync.run(options);
        QCOMPARE(failed.status, IncomingSync::Outcome::Status::Failed);
        QVERIFY(!failed.message.isEmpty());
        QCOMPARE(*store.count(false), 0);
        QVERIFY(!store.cursor(invoiceSubjectKey(options.subject))->has_value());
        QCOMPARE(store.lastRun(invoiceSubjectKey(options.subject))->value().outcome,
                 IncomingRun::Outcome::Failed);

        harness.ksef().control("DELETE", QStringLiteral("/faults"));
        const IncomingSync::Outcome retried = sync.run(options);
        QVERIFY2(retried.status == IncomingSync::Outcome::Status::Done, qPrintable(retried.message));
        QCOMPARE(retried.run.added, 4);
    }

private:
    SystemClock m_clock;
};

QTEST_GUILESS_MAIN(TestIncoming)
#include "tst_incoming.moc"
