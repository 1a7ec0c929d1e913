#include "ratelimit/RateLimitTable.h"
#include "ratelimit/SharedRateLimiter.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

namespace {
QDateTime start()
{
    return QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
}
} // namespace

class TestRateLimit : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = Test::databaseLocation(m_dir, QStringLiteral("kurier-%1.sqlite").arg(++m_counter));
        auto db = Database::open(m_path);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message()));
        m_db = std::move(*db);
        m_clock = std::make_unique<ManualClock>(start());
    }

    void endpointsMapToTheirGroups_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("group");
        const QString ref = QStringLiteral("20261124-SO-0123456789-ABCDEF0123-1F");
        QTest::newRow("open online") << QByteArray("POST") << QStringLiteral("/sessions/online")
                                     << QStringLiteral("onlineSession");
        QTest::newRow("close online")
            << QByteArray("POST")
            << QString(QStringLiteral("/sessions/online/") + ref + QStringLiteral("/close"))
            << QStringLiteral("onlineSessionClose"); // API 2.8: closing counts on its own
        QTest::newRow("send") << QByteArray("POST")
                              << QString(QStringLiteral("/sessions/online/") + ref +
                                         QStringLiteral("/invoices"))
                              << QStringLiteral("invoiceSend");
        QTest::newRow("open batch") << QByteArray("POST") << QStringLiteral("/sessions/batch")
                                    << QStringLiteral("batchSession");
        QTest::newRow("close batch") << QByteArray("POST")
                                     << QString(QStringLiteral("/sessions/batch/") + ref +
                                                QStringLiteral("/close"))
                                     << QStringLiteral("batchSessionClose");
        QTest::newRow("collective identifiers")
            << QByteArray("POST") << QStringLiteral("/collective-identifiers/query")
            << QStringLiteral("collectiveIdentifier");
        QTest::newRow("invoice status")
            << QByteArray("GET")
            << QString(QStringLiteral("/sessions/") + ref + QStringLiteral("/invoices/EE-1"))
            << QStringLiteral("invoiceStatus");
        QTest::newRow("invoice list")
            << QByteArray("GET") << QString(QStringLiteral("/sessions/") + ref + QStringLiteral("/invoices"))
            << QStringLiteral("sessionInvoiceList");
        QTest::newRow("failed list") << QByteArray("GET")
                                     << QString(QStringLiteral("/sessions/") + ref +
                                                QStringLiteral("/invoices/failed"))
                                     << QStringLiteral("sessionInvoiceList");
        QTest::newRow("session") << QByteArray("GET") << QString(QStringLiteral("/sessions/") + ref)
                                 << QStringLiteral("sessionMisc");
        QTest::newRow("invoice upo") << QByteArray("GET")
                                     << QString(QStringLiteral("/sessions/") + ref +
                                                QStringLiteral("/invoices/EE-1/upo"))
                                     << QStringLiteral("sessionMisc");
        QTest::newRow("upo by number")
            << QByteArray("GET")
            << QString(QStringLiteral("/sessions/") + ref + QStringLiteral("/invoices/ksef/N/upo"))
            << QStringLiteral("sessionMisc");
        QTest::newRow("session upo") << QByteArray("GET")
                                     << QString(QStringLiteral("/sessions/") + ref +
                                                QStringLiteral("/upo/EU-1"))
                                     << QStringLiteral("sessionMisc");
        QTest::newRow("sessions") << QByteArray("GET") << QStringLiteral("/sessions")
                                  << QStringLiteral("sessionList");
        QTest::newRow("metadata") << QByteArray("POST") << QStringLiteral("/invoices/query/metadata")
                                  << QStringLiteral("invoiceMetadata");
        QTest::newRow("export") << QByteArray("POST") << QStringLiteral("/invoices/exports")
                                << QStringLiteral("invoiceExport");
        QTest::newRow("export status") << QByteArray("GET") << QStringLiteral("/invoices/exports/EH-1")
                                       << QStringLiteral("invoiceExportStatus");
        QTest::newRow("download") << QByteArray("GET") << QStringLiteral("/invoices/ksef/N")
                                  << QStringLiteral("invoiceDownload");
        QTest::newRow("challenge") << QByteArray("POST") << QStringLiteral("/auth/challenge")
                                   << QStringLiteral("public");
        QTest::newRow("auth status") << QByteArray("GET") << QStringLiteral("/auth/20261124-AU-1")
                                     << QStringLiteral("public");
        QTest::newRow("refresh") << QByteArray("POST") << QStringLiteral("/auth/token/refresh")
                                 << QStringLiteral("public");
        QTest::newRow("keys") << QByteArray("GET") << QStringLiteral("/security/public-key-certificates")
                              << QStringLiteral("public");
        QTest::newRow("auth sessions")
            << QByteArray("GET") << QStringLiteral("/auth/sessions") << QStringLiteral("other");
        QTest::newRow("end session") << QByteArray("DELETE") << QStringLiteral("/auth/sessions/current")
                                     << QStringLiteral("other");
        QTest::newRow("rate limits") << QByteArray("GET") << QStringLiteral("/rate-limits")
                                     << QStringLiteral("other");
        QTest::newRow("tokens") << QByteArray("POST") << QStringLiteral("/tokens") << QStringLiteral("other");
        QTest::newRow("test subject")
            << QByteArray("POST") << QStringLiteral("/testdata/subject") << QStringLiteral("public");
        // The permission endpoints: a budget each (the limits of "other"), whatever id follows.
        QTest::newRow("permission grant")
            << QByteArray("POST") << QStringLiteral("/permissions/persons/grants")
            << QStringLiteral("other:POST permissions/persons/grants");
        QTest::newRow("permission operation")
            << QByteArray("GET")
            << QStringLiteral("/permissions/operations/20261208-EG-1A2B3C4D5E-6F7A8B9C0D-11")
            << QStringLiteral("other:GET permissions/operations");
        QTest::newRow("permission revoke")
            << QByteArray("DELETE")
            << QStringLiteral("/permissions/common/grants/abcdef12-0000-4000-8000-000000000000")
            << QStringLiteral("other:DELETE permissions/common/grants");
        QTest::newRow("permission query")
            << QByteArray("POST") << QStringLiteral("/permissions/query/entities/grants")
            << QStringLiteral("other:POST permissions/query/entities/grants");
        QTest::newRow("test permissions")
            << QByteArray("POST") << QStringLiteral("/testdata/permissions") << QStringLiteral("public");
    }
    void endpointsMapToTheirGroups()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, group);
        QCOMPARE(RateLimitTable::groupFor(method, path), group);
        // A group of its own per permission endpoint has the limits of "other" (SharedRateLimiter's
        // fallback).
        QVERIFY(RateLimitTable::production().contains(group) || group.startsWith(u"other:"));
    }

    void slidingWindowsGiveAndRefusePermits()
    {
        SharedRateLimiter limiter(m_db->connection(), QStringLiteral("test"), QStringLiteral("5265877635"),
                                  *m_clock);
        limiter.setMarginMs(100);
        QVERIFY(limiter.setLimits({{QStringLiteral("invoiceSend"), {2, 3, 0}}}).has_value());
        QCOMPARE(*limiter.tryAcquire(QStringLiteral("invoiceSend")), 0);
        m_clock->advance(10);
        QCOMPARE(*limiter.tryAcquire(QStringLiteral("invoiceSend")), 0);
        // The second is full: the first permit (at 0) leaves the widened 1.1 s window at 1100 ms.
        QCOMPARE(*limiter.tryAcquire(QStringLiteral("invoiceSend")), 1100 - 10 + 1);
        m_clock->advance(1100);
        QCOMPARE(*limiter.tryAcquire(QStringLiteral("invoiceSend")), 0);
        // Three in the minute: the next one waits for the first to leave the 60.1 s window.
        m_clock->advance(2000);
        QCOMPARE(*limiter.tryAcquire(QStringLiteral("invoiceSend")), 60'100 - 3110 + 1);
        const auto budget = limiter.budget(QStringLiteral("invoiceSend"));
        QCOMPARE(budget.limits, (WindowLimits{2, 3, 0}));
        QCOMPARE(budget.remaining.perSecond, 2);
        QCOMPARE(budget.remaining.perMinute, 0);
        // Other groups and other contexts have their own budgets.
        QCOMPARE(*limiter.tryAcquire(QStringLiteral("sessionMisc")), 0);
        SharedRateLimiter other(m_db->connection(), QStringLiteral("test"), QStringLiteral("1111111111"),
                                *m_clock);
        QCOMPARE(*other.tryAcquire(QStringLiteral("invoiceSend")), 0);
    }

    void twoConnectionsShareOneBudget()
    {
        auto second = Database::open(m_path);
        QVERIFY(second.has_value());
        SharedRateLimiter a(m_db->connection(), QStringLiteral("test"), QStringLiteral("5265877635"),
                            *m_clock);
        SharedRateLimiter b((*second)->connection(), QStringLiteral("test"), QStringLiteral("5265877635"),
                            *m_clock);
        QVERIFY(a.setLimits({{QStringLiteral("sessionList"), {3, 0, 0}}}).has_value());
        QCOMPARE(b.limits(QStringLiteral("sessionList")),
                 (WindowLimits{3, 0, 0})); // the limits are shared too
        QCOMPARE(*a.tryAcquire(QStringLiteral("sessionList")), 0);
        QCOMPARE(*b.tryAcquire(QStringLiteral("sessionList")), 0);
        QCOMPARE(*a.tryAcquire(QStringLiteral("sessionList")), 0);
        QVERIFY(*b.tryAcquire(QStringLiteral("sessionList")) > 0);
        QVERIFY(*a.tryAcquire(QStringLiteral("sessionList")) > 0);
    }

    void aRetryAfterBlocksTheGroupForEveryone()
    {
        SharedRateLimiter limiter(m_db->connection(), QStringLiteral("test"), QStringLiteral("5265877635"),
                                  *m_clock);
        QVERIFY(limiter.block(QStringLiteral("invoiceStatus"), std::chrono::seconds(30)).has_value());
        QVERIFY(limiter.block(QStringLiteral("invoiceStatus"), std::chrono::seconds(5))
                    .has_value()); // later end wins
        QCOMPARE(*limiter.tryAcquire(QStringLiteral("invoiceStatus")), 30'000);
        QCOMPARE(limiter.budget(QStringLiteral("invoiceStatus")).blockedForMs, 30'000);
        m_clock->advance(30'000);
        QCOMPARE(*limiter.tryAcquire(QStringLiteral("invoiceStatus")), 0);
        QCOMPARE(limiter.budget(QStringLiteral("invoiceStatus")).blockedForMs, 0);
    }

    void productionLimitsUntilKsefSaysOtherwise()
    {
        SharedRateLimiter limiter(m_db->connection(), QStringLiteral("demo"), QStringLiteral("5265877635"),
                                  *m_clock);
        QCOMPARE(limiter.limits(QStringLiteral("invoiceSend")), (WindowLimits{10, 30, 180}));
        QCOMPARE(limiter.limits(QStringLiteral("unknownGroup")), (WindowLimits{10, 30, 120})); // as "other"
        const auto table = RateLimitTable::fromJson(
            QJsonObject{{QStringLiteral("invoiceSend"), QJsonObject{{QStringLiteral("perSecond"), 1},
                                                                    {QStringLiteral("perMinute"), 2},
                                                                    {QStringLiteral("perHour"), 3}}},
                        {QStringLiteral("futureGroup"), QJsonObject{}}});
        QVERIFY(table.has_value());
        QCOMPARE(table->value(QStringLiteral("invoiceSend")), (WindowLimits{1, 2, 3}));
        QVERIFY(!table->contains(QStringLiteral("futureGroup"))); // a shape it does not know: skipped
        QCOMPARE(limiter.limits(QStringLiteral("onlineSessionClose")), (WindowLimits{20, 60, 240}));
        QCOMPARE(limiter.limits(QStringLiteral("batchSessionClose")), (WindowLimits{20, 40, 120}));
        // A group KSeF names that this version does not know is kept, not fatal.
        const auto later = RateLimitTable::fromJson(
            QJsonObject{{QStringLiteral("newGroup"), QJsonObject{{QStringLiteral("perSecond"), 4},
                                                                 {QStringLiteral("perMinute"), 5},
                                                                 {QStringLiteral("perHour"), 6}}}});
        QVERIFY(later.has_value());
        QCOMPARE(later->value(QStringLiteral("newGroup")), (WindowLimits{4, 5, 6}));
        QVERIFY(
            !RateLimitTable::fromJson(QJsonObject{{QStringLiteral("invoiceSend"), QStringLiteral("fast")}}));
        QVERIFY(!RateLimitTable::fromJson(QJsonObject{}));
    }

    void aBrokenDatabaseIsReportedNotIgnored()
    {
        QSqlQuery(m_db->connection()).exec(QStringLiteral("DROP TABLE rate_events"));
        SharedRateLimiter limiter(m_db->connection(), QStringLiteral("test"), QStringLiteral("5265877635"),
                                  *m_clock);
        const auto permit = limiter.tryAcquire(QStringLiteral("invoiceSend"));
        QVERIFY(!permit.has_value());
        QVERIFY2(permit.error().contains(m_db->connection().databaseName()), qPrintable(permit.error()));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
