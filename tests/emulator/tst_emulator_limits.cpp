#include "support/EmulatorHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace Kurier;
using Test::EmulatorHarness;

class TestEmulatorLimits : public QObject
{
    Q_OBJECT

private slots:
    void publishesTheProductionTable()
    {
        EmulatorHarness ksef;
        const QString access = ksef.authenticate(QStringLiteral("5265877635"));
        const QJsonObject limits = ksef.get(QStringLiteral("/rate-limits"), access).json();
        const QJsonObject send = limits.value(QStringLiteral("invoiceSend")).toObject();
        QCOMPARE(send.value(QStringLiteral("perSecond")).toInt(), 10);
        QCOMPARE(send.value(QStringLiteral("perMinute")).toInt(), 30);
        QCOMPARE(send.value(QStringLiteral("perHour")).toInt(), 180);
        QCOMPARE(limits.value(QStringLiteral("invoiceMetadata"))
                     .toObject()
                     .value(QStringLiteral("perHour"))
                     .toInt(),
                 20);
        // The 13 groups of open-api 2.7.0 (collectiveIdentifier is new) and the two close groups of API 2.8.
        QCOMPARE(limits.size(), 15);
        QCOMPARE(limits.value(QStringLiteral("onlineSessionClose"))
                     .toObject()
                     .value(QStringLiteral("perHour"))
                     .toInt(),
                 240);
        QCOMPARE(limits.value(QStringLiteral("batchSessionClose"))
                     .toObject()
                     .value(QStringLiteral("perMinute"))
                     .toInt(),
                 40);
        QVERIFY(limits.contains(QStringLiteral("collectiveIdentifier")));
        const QJsonObject context = ksef.get(QStringLiteral("/limits/context"), access).json();
        QCOMPARE(context.value(QStringLiteral("onlineSession"))
                     .toObject()
                     .value(QStringLiteral("maxInvoices"))
                     .toInt(),
                 10000);
    }

    // The sixth session-list request within a second exceeds 5/s: 429 with an integer Retry-After, in the
    // legacy shape by default and as problem+json on request; repeated violations lengthen the block.
    void exceedingAWindowGives429WithRetryAfter()
    {
        EmulatorHarness ksef;
        const QString access = ksef.authenticate(QStringLiteral("5265877635"));
        int allowed = 0;
        Test::HttpResult refused;
        for (int i = 0; i < 10 && refused.status != 429; ++i) {
            const Test::HttpResult reply = ksef.get(QStringLiteral("/sessions?sessionType=Online"), access);
            if (reply.status == 200) {
                ++allowed;
            } else {
                refused = reply;
            }
        }
        QCOMPARE(allowed, 5);
        QCOMPARE(refused.status, 429);
        bool isInteger = false;
        const int retryAfter = refused.header("retry-after").toInt(&isInteger);
        QVERIFY(isInteger && retryAfter >= 1);
        QCOMPARE(
            refused.json().value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt(),
            429);

        const Test::HttpResult problem = ksef.request(
            "GET", QStringLiteral("/sessions?sessionType=Online"), {},
            {{"Authorization", "Bearer " + access.toLatin1()}, {"X-Error-Format", "problem-details"}});
        QCOMPARE(problem.status, 429);
        QCOMPARE(problem.header("content-type"), QByteArray("application/problem+json"));
        QVERIFY(problem.header("retry-after").toInt() > retryAfter); // escalated
        QVERIFY(ksef.control("GET", QStringLiteral("/stats"))
                    .json()
                    .value(QStringLiteral("tooManyRequests"))
                    .toInt() >= 2);
    }

    void windowsSlideAndGroupsAreSeparate()
    {
        EmulatorHarness ksef;
        const QString access = ksef.authenticate(QStringLiteral("5265877635"));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(ksef.get(QStringLiteral("/sessions?sessionType=Online"), access).status, 200);
        }
        QCOMPARE(ksef.get(QStringLiteral("/sessions?sessionType=Online"), access).status, 429);
        QCOMPARE(ksef.get(QStringLiteral("/rate-limits"), access).status, 200); // another group
        QTest::qWait(1100); // the one-second window has slid; the minute window (10) still has room
        QCOMPARE(ksef.get(QStringLiteral("/sessions?sessionType=Online"), access).status, 200);
    }

    void aCustomProfileFromTheCommandLine()
    {
        Emulator::EmulatorConfig config = EmulatorHarness::fastConfig();
        config.limitsProfile = QStringLiteral("custom");
        config.customLimits =
            QJsonObject{{QStringLiteral("sessionList"), QJsonObject{{QStringLiteral("perSecond"), 2},
                                                                    {QStringLiteral("perMinute"), 3},
                                                                    {QStringLiteral("perHour"), 4}}}};
        EmulatorHarness ksef(config);
        const QString access = ksef.authenticate(QStringLiteral("5265877635"));
        QCOMPARE(ksef.get(QStringLiteral("/rate-limits"), access)
                     .json()
                     .value(QStringLiteral("sessionList"))
                     .toObject()
                     .value(QStringLiteral("perHour"))
                     .toInt(),
                 4);
        QCOMPARE(ksef.get(QStringLiteral("/sessions?sessionType=Online"), access).status, 200);
        QCOMPARE(ksef.get(QStringLiteral("/sessions?sessionType=Online"), access).status, 200);
        QCOMPARE(ksef.get(QStringLiteral("/sessions?sessionType=Online"), access).status, 429);
    }

    void testDataEndpointsChangeTheProfile()
    {
        EmulatorHarness ksef;
        const QString access = ksef.authenticate(QStringLiteral("5265877635"));
        QJsonObject table = ksef.get(QStringLiteral("/rate-limits"), access).json();
        const QJsonObject partial{{QStringLiteral("other"), table.value(QStringLiteral("other"))}};
        QCOMPARE(ksef.postJson(QStringLiteral("/testdata/rate-limits"),
                               QJsonObject{{QStringLiteral("rateLimits"), partial}}, access)
                     .exceptionCode(),
                 21405); // every group is required
        table[QStringLiteral("other")] = QJsonObject{{QStringLiteral("perSecond"), 1},
                                                     {QStringLiteral("perMinute"), 100},
                                                     {QStringLiteral("perHour"), 1000}};
        QCOMPARE(ksef.postJson(QStringLiteral("/testdata/rate-limits"),
                               QJsonObject{{QStringLiteral("rateLimits"), table}}, access)
                     .status,
                 200);
        QCOMPARE(ksef.get(QStringLiteral("/limits/context"), access).status, 200);
        QCOMPARE(ksef.get(QStringLiteral("/limits/context"), access).status, 429);
        QCOMPARE(ksef.control("POST", QStringLiteral("/limits"),
                              QJsonObject{{QStringLiteral("profile"), QStringLiteral("off")}})
                     .status,
                 200);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(ksef.get(QStringLiteral("/limits/context"), access).status, 200);
        }
    }
};

QTEST_GUILESS_MAIN(TestEmulatorLimits)
#include "tst_emulator_limits.moc"
