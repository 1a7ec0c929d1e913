// The outbox table model over a real SQLite file: QAbstractItemModelTester, lazy pages, filters, sorting.
#include "audit/AuditLog.h"
#include "emulator/EmulatorTestData.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxStore.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

class TestOutboxModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OutboxStore> m_store;
    QList<OutboxItem> m_items;

    OutboxQuery query() { return OutboxQuery(m_database->connection(), m_clock, OutboxQuery::Thresholds()); }

private slots:
    void initTestCase()
    {
        m_database = std::move(*Database::open(m_dir.filePath(QStringLiteral("kurier.sqlite"))));
        m_audit = std::make_unique<AuditLog>(m_database->connection(), m_clock);
        m_store = std::make_unique<OutboxStore>(m_database->connection(), *m_audit, m_clock);
        QList<OutboxStore::NewInvoice> invoices;
        for (int i = 1; i <= 600; ++i) {
            OutboxStore::NewInvoice invoice;
            invoice.sellerNip = Test::kSellerNip;
            invoice.invoiceKind = QStringLiteral("VAT");
            invoice.invoiceNumber = QStringLiteral("FV/%1/2026").arg(i, 4, 10, QChar(u'0'));
            invoice.issueDate = QDate(2026, 1, 1).addDays(i % 300);
            invoice.buyerNip = i % 3 == 0 ? QStringLiteral("7010002139") : Test::kBuyerNip;
            invoice.buyerName =
                i % 3 == 0 ? QStringLiteral("Kawiarnia Pod Lipą") : QStringLiteral("Hurtownia 100%_");
            invoice.gross = QString::number(i * 10) + QStringLiteral(".50");
            invoice.currency = QStringLiteral("PLN");
            invoice.xml = Test::emulatorInvoice(invoice.invoiceNumber);
            invoices.append(invoice);
        }
        for (const auto &result : m_store->enqueueAll(invoices, QStringLiteral("test"), Test::kSellerNip)) {
            QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().text()));
            m_items << result->second;
        }
        // Rejected, waiting for a retry, stuck in processing, accepted long ago without a UPO.
        OutboxStore::Update rejected = OutboxStore::Update::to(InvoiceState::Sending, QStringLiteral("S-1"));
        QVERIFY(m_store->apply(m_items[0].id, rejected));
        QVERIFY(m_store->apply(m_items[0].id, OutboxStore::Update::to(InvoiceState::Rejected)));
        OutboxStore::Update retry;
        retry.countAttempt = true;
        retry.nextAttemptAt = m_clock.now().addSecs(600);
        retry.error = RecordedError{ErrorClass::Retryable, 503, QStringLiteral("KSeF unavailable"),
                                    QStringLiteral("T-9")};
        QVERIFY(m_store->apply(m_items[1].id, retry));
        QVERIFY(m_store->apply(m_items[2].id,
                               OutboxStore::Update::to(InvoiceState::Sending, QStringLiteral("S-1"))));
        QVERIFY(m_store->apply(m_items[2].id, OutboxStore::Update::to(InvoiceState::Submitted)));
        m_clock.advance(3 * 3600 * 1000); // everything in flight is now old
    }

    void passesTheModelTesterWhileFetchingAndFiltering()
    {
        OutboxQuery source = query();
        OutboxModel model(source, m_clock);
        QCOMPARE(model.totalCount(), 600);
        QCOMPARE(model.rowCount(), OutboxModel::kPageSize); // lazily: one page
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 600);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.index(row, 0).data(OutboxModel::IdRole).toLongLong());
        }
        QCOMPARE(ids.size(), 600); // pages neither overlap nor skip

        OutboxQuery::Filter filter;
        filter.text = QStringLiteral("FV/0042");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OutboxModel::NumberColumn).data().toString(), QStringLiteral("FV/0042/2026"));

        filter.text = QStringLiteral("100%_"); // LIKE wildcards are literal
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 400);
        filter.text.clear();
        filter.buyer = QStringLiteral("Lipą");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 200);
        filter.buyer.clear();
        filter.from = QDate(2026, 1, 2);
        filter.to = QDate(2026, 1, 3);
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 4); // days 1 and 2 of the 300-day cycle, twice each
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
    }

    void needsAttentionFindsRejectedWaitingStuckAndMissingUpo()
    {
        OutboxQuery source = query();
        OutboxModel model(source, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutboxQuery::Filter filter;
        filter.scope = OutboxQuery::Filter::Scope::NeedsAttention;
        model.setFilter(filter);
        QStringList numbers;
        for (int row = 0; row < model.rowCount(); ++row) {
            numbers << model.index(row, OutboxModel::NumberColumn).data().toString();
            QVERIFY(model.index(row, 0).data(OutboxModel::NeedsAttentionRole).toBool());
        }
        numbers.sort();
        // The retry is not waiting any more (three hours later): rejected and stuck remain.
        QCOMPARE(numbers, (QStringList{QStringLiteral("FV/0001/2026"), QStringLiteral("FV/0003/2026")}));
        QCOMPARE(*source.needingAttention(), 2);
        const int stuckRow = model.index(0, 1).data().toString() == u"FV/0003/2026" ? 0 : 1;
        QVERIFY(model.index(stuckRow, OutboxModel::StateColumn).data().toString().contains(u'—'));

        filter.scope = OutboxQuery::Filter::Scope::State;
        filter.state = InvoiceState::Rejected;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, OutboxModel::StateColumn).data(Qt::DecorationRole).isValid());
    }

    void sortsInSqlByEveryColumn()
    {
        OutboxQuery source = query();
        OutboxModel model(source, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(OutboxModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, OutboxModel::NumberColumn).data().toString(), QStringLiteral("FV/0600/2026"));
        model.sort(OutboxModel::GrossColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, OutboxModel::NumberColumn).data().toString(), QStringLiteral("FV/0001/2026"));
        QVERIFY(model.index(0, OutboxModel::GrossColumn).data().toString().startsWith(QStringLiteral("10")));
        for (int column = 0; column < OutboxModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            QCOMPARE(model.totalCount(), 600);
            QVERIFY(model.lastError().isEmpty());
        }
    }

    void aBrokenDatabaseIsReportedNotHidden()
    {
        OutboxQuery source = query();
        OutboxModel model(source, m_clock);
        QSignalSpy failed(&model, &OutboxModel::loadFailed);
        QSqlQuery(m_database->connection()).exec(QStringLiteral("ALTER TABLE outbox RENAME TO outbox_gone"));
        model.refresh();
        QCOMPARE(failed.size(), 1);
        QVERIFY(model.lastError().contains(QStringLiteral("outbox")));
        QSqlQuery(m_database->connection()).exec(QStringLiteral("ALTER TABLE outbox_gone RENAME TO outbox"));
    }
};

QTEST_MAIN(TestOutboxModel)
#include "tst_outbox_model.moc"
