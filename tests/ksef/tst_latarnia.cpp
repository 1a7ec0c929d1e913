// Latarnia, KSeF's availability service, through Kurier's client and the real emulator over loopback: every
// announced state, the API following the window (503, silence), Latarnia's own failure (never a KSeF
// failure), and answers Kurier cannot read.
#include "calendar/OfflineDeadline.h"
#include "ksef/Latarnia.h"
#include "support/ClientHarness.h"

#include <QTcpServer>
#include <QTest>

using namespace Kurier;
using Test::ClientHarness;

class TestLatarnia : public QObject
{
    Q_OBJECT

    static QUrl latarniaOf(ClientHarness &harness)
    {
        return KsefEnvironment::custom(QUrl(harness.ksef().baseUrl())).latarniaBase();
    }
    static void announce(ClientHarness &harness, const QJsonObject &body)
    {
        QCOMPARE(harness.ksef().control("POST", QStringLiteral("/latarnia"), body).status, 200);
    }

private slots:
    void officialHosts()
    {
        QCOMPARE(KsefEnvironment::official(KsefEnvironment::Kind::Test).latarniaBase(),
                 QUrl(QStringLiteral("https://api-latarnia-test.ksef.mf.gov.pl")));
        QCOMPARE(KsefEnvironment::official(KsefEnvironment::Kind::Demo).latarniaBase(),
                 QUrl(QStringLiteral("https://api-latarnia-test.ksef.mf.gov.pl")));
        QCOMPARE(KsefEnvironment::official(KsefEnvironment::Kind::Production).latarniaBase(),
                 QUrl(QStringLiteral("https://api-latarnia.ksef.mf.gov.pl")));
        QCOMPARE(KsefEnvironment::custom(QUrl(QStringLiteral("http://127.0.0.1:9/v2"))).latarniaBase(),
                 QUrl(QStringLiteral("http://127.0.0.1:9/latarnia")));
    }

    void aFailureIsAnnouncedFollowedByTheApiAndEnded()
    {
        ClientHarness harness;
        Latarnia latarnia(harness.transport(), latarniaOf(harness));
        const AvailabilityReport calm = latarnia.check();
        QCOMPARE(calm.availability, Availability::Available);
        QVERIFY(calm.notices.isEmpty());
        QVERIFY(harness.client().publicKey(QStringLiteral("SymmetricKeyEncryption")).has_value());

        announce(harness, {{QStringLiteral("status"), QStringLiteral("FAILURE")},
                           {QStringLiteral("title"), QStringLiteral("Awaria KSeF")}});
        const AvailabilityReport failing = latarnia.check();
        QCOMPARE(failing.availability, Availability::Failure);
        QVERIFY(failing.current());
        QCOMPARE(failing.current()->kind, AvailabilityNotice::Kind::FailureStart);
        QCOMPARE(failing.current()->title, QStringLiteral("Awaria KSeF"));
        QVERIFY(failing.current()->start.isValid());
        // The API follows the announced window.
        harness.client().forgetPublicKeys();
        const auto refused = harness.client().publicKey(QStringLiteral("SymmetricKeyEncryption"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().httpStatus, 503);

        announce(harness, {{QStringLiteral("status"), QStringLiteral("AVAILABLE")}});
        const AvailabilityReport over = latarnia.check();
        QCOMPARE(over.availability, Availability::Available);
        QCOMPARE(over.notices.size(), 2);
        const AvailabilityNotice &end = over.notices.last();
        QCOMPARE(end.kind, AvailabilityNotice::Kind::FailureEnd);
        QCOMPARE(end.eventId, over.notices.first().eventId);
        QVERIFY(end.end.isValid() && end.start.isValid() && end.start <= end.end);
        // What the deadline of an invoice issued during the failure is computed from.
        const auto due = OfflineDeadline::due(OfflineMode::Failure, end.start.date(), end.end);
        QVERIFY(due && *due > end.end.addDays(7));
        QVERIFY(harness.client().publicKey(QStringLiteral("SymmetricKeyEncryption")).has_value());
    }

    void maintenanceAndTotalFailure()
    {
        ClientHarness harness;
        Latarnia latarnia(harness.transport(), latarniaOf(harness));
        announce(harness, {{QStringLiteral("status"), QStringLiteral("MAINTENANCE")}});
        QCOMPARE(latarnia.check().availability, Availability::Maintenance);
        QCOMPARE(latarnia.check().current()->kind, AvailabilityNotice::Kind::Maintenance);
        announce(harness, {{QStringLiteral("status"), QStringLiteral("TOTAL_FAILURE")}});
        QCOMPARE(latarnia.check().availability, Availability::TotalFailure);
        // A total failure: the API does not answer at all.
        const auto silent = harness.client().publicKey(QStringLiteral("SymmetricKeyEncryption"));
        QVERIFY(!silent);
        QCOMPARE(silent.error().httpStatus, 0);
    }

    // Latarnia itself down (502, as in 2026) or gone: "unreachable", with the reason — and KSeF goes on.
    void anUnreachableLatarniaIsNotAKsefFailure()
    {
        ClientHarness harness;
        announce(harness, {{QStringLiteral("unreachable"), true}});
        const AvailabilityReport down = Latarnia(harness.transport(), latarniaOf(harness)).check();
        QCOMPARE(down.availability, Availability::Unreachable);
        QVERIFY(!down.problem.isEmpty());
        QVERIFY(harness.client().publicKey(QStringLiteral("SymmetricKeyEncryption")).has_value());

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const AvailabilityReport gone =
            Latarnia(harness.transport(), QUrl(QStringLiteral("http://127.0.0.1:%1/latarnia").arg(port)))
                .check();
        QCOMPARE(gone.availability, Availability::Unreachable);
        QVERIFY(!gone.problem.isEmpty());
    }

    void lenientParsing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("expected"); // -1: not understood
        QTest::newRow("camelCase") << QByteArray("{\"status\":\"FAILURE\",\"messages\":[]}")
                                   << static_cast<int>(Availability::Failure);
        QTest::newRow("PascalCase") << QByteArray("{\"Status\":\"MAINTENANCE\",\"Messages\":[]}")
                                    << static_cast<int>(Availability::Maintenance);
        QTest::newRow("lower case value")
            << QByteArray("{\"status\":\"available\"}") << static_cast<int>(Availability::Available);
        QTest::newRow("unknown status") << QByteArray("{\"status\":\"DEGRADED\"}") << -1;
        QTest::newRow("html") << QByteArray("<html><body>504 Gateway Time-out</body></html>") << -1;
        QTest::newRow("truncated") << QByteArray("{\"status\":\"FAIL") << -1;
        QTest::newRow("array") << QByteArray("[\"AVAILABLE\"]") << -1;
    }
    void lenientParsing()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, expected);
        const auto parsed = Latarnia::parseStatus(json, nullptr);
        QCOMPARE(parsed ? static_cast<int>(*parsed) : -1, expected);
    }

    void messagesOfUnknownKindsAreSkipped()
    {
        const auto notices = Latarnia::parseMessages(
            "[{\"id\":7,\"eventId\":3,\"category\":\"FAILURE\",\"type\":\"FAILURE_START\",\"title\":\"A\","
            "\"start\":\"2026-12-03T08:00:00Z\",\"published\":\"2026-12-03T08:01:00Z\",\"version\":1},"
            "{\"id\":8,\"eventId\":3,\"category\":\"SOMETHING_NEW\",\"type\":\"FAILURE_START\"},"
            "\"not an object\","
            "{\"Id\":\"9\",\"EventId\":\"3\",\"Category\":\"FAILURE\",\"Type\":\"FAILURE_END\",\"Start\":"
            "\"2026-12-03T08:00:00Z\",\"End\":\"2026-12-03T12:00:00Z\",\"Published\":\"2026-12-03T12:01:"
            "00Z\"}]");
        QVERIFY(notices);
        QCOMPARE(notices->size(), 2);
        QCOMPARE(notices->first().id, QStringLiteral("7"));
        QCOMPARE(notices->first().eventId, QStringLiteral("3"));
        QCOMPARE(notices->last().kind, AvailabilityNotice::Kind::FailureEnd);
        QCOMPARE(notices->last().end, QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC));
        QVERIFY(!Latarnia::parseMessages("{}"));
    }
};

QTEST_GUILESS_MAIN(TestLatarnia)
#include "tst_latarnia.moc"
