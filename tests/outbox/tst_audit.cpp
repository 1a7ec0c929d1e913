// The audit log's hash chain finds every kind of tampering; alerts notify once.
#include "audit/AlertCenter.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_audit.reset();
        m_db.reset();
        m_db = std::move(
            *Database::open(Test::databaseLocation(m_dir, QStringLiteral("a%1.sqlite").arg(++m_n))));
        m_audit = std::make_unique<AuditLog>(m_db->connection(), m_clock);
        for (int i = 1; i <= 5; ++i) {
            Transaction transaction(m_db->connection());
            QVERIFY(m_audit
                        ->append(QStringLiteral("transition"), QStringLiteral("key-%1").arg(i % 2),
                                 {{QStringLiteral("to"), QStringLiteral("queued")}, {QStringLiteral("n"), i}})
                        .has_value());
            QVERIFY(transaction.commit());
        }
        QVERIFY(m_audit->verify()->intact);
        QCOMPARE(m_audit->verify()->entries, 5);
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("badSeq");
        QTest::newRow("edited detail")
            << "UPDATE audit_log SET detail = '{\"to\":\"confirmed\"}' WHERE seq = 3" << qint64(3);
        QTest::newRow("edited time") << "UPDATE audit_log SET at = at + 1 WHERE seq = 2" << qint64(2);
        QTest::newRow("deleted in the middle") << "DELETE FROM audit_log WHERE seq = 4" << qint64(4);
        QTest::newRow("deleted at the end") << "DELETE FROM audit_log WHERE seq = 5" << qint64(5);
        QTest::newRow("reordered")
            << "UPDATE audit_log SET seq = 100 WHERE seq = 2;UPDATE audit_log SET seq = 2 WHERE seq = 3;"
               "UPDATE audit_log SET seq = 3 WHERE seq = 100"
            << qint64(2);
        QTest::newRow("rehashed entry")
            << "UPDATE audit_log SET detail = '{}', hash = 'x' WHERE seq = 1" << qint64(1);
    }
    void tamperingIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, badSeq);
        QSqlQuery query(m_db->connection());
        for (const QString &statement : sql.split(u';')) {
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        const auto result = m_audit->verify();
        QVERIFY(result.has_value());
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, badSeq);
        QVERIFY(!result->problem.isEmpty());
    }

    void historyAndCsv()
    {
        const auto history = m_audit->entriesFor(QStringLiteral("key-1"));
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->first().detail.value(QStringLiteral("n")).toInt(), 1);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QCOMPARE(*m_audit->exportCsv(csv), 5);
        const QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("seq,time,kind,item,detail,hash"));
        QVERIFY(lines.at(1).contains("\"{\"\"n\"\":1,\"\"to\"\":\"\"queued\"\"}\""));
    }

    void alertsNotifyOnceUntilAcknowledged()
    {
        AlertCenter alerts(m_db->connection(), *m_audit, m_clock);
        QSignalSpy raised(&alerts, &AlertCenter::alertRaised);
        QCOMPARE(*alerts.raise(QStringLiteral("stuck"), QStringLiteral("stuck:k"), QStringLiteral("k"),
                               QStringLiteral("waiting")),
                 true);
        QCOMPARE(*alerts.raise(QStringLiteral("stuck"), QStringLiteral("stuck:k"), QStringLiteral("k"),
                               QStringLiteral("waiting")),
                 false);
        QCOMPARE(raised.count(), 1);
        QCOMPARE(alerts.open()->size(), 1);
        QVERIFY(alerts.acknowledge(alerts.open()->first().id).has_value());
        QCOMPARE(alerts.open()->size(), 0);
        QCOMPARE(*alerts.raise(QStringLiteral("stuck"), QStringLiteral("stuck:k"), QStringLiteral("k"),
                               QStringLiteral("again")),
                 true);
        QCOMPARE(raised.count(), 2);
        QCOMPARE(*alerts.acknowledgeAll(), 1);
        QVERIFY(m_audit->verify()->intact); // alerts are in the chain too
        QCOMPARE(m_audit->verify()->entries, 7);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
