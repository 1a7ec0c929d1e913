#include "EmulatorTest.h"
#include "EmulatorTestData.h"
#include "ksef/crypto/Crypto.h"
#include "ksef/crypto/Xades.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Kurier;
using Test::EmulatorHarness;

class TestEmulatorFaults : public Test::EmulatorTest
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(startFresh());
        m_session = m_ksef->openSession(m_access);
    }

    void scriptedServerErrors_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("500") << "500" << 500 << QByteArray("application/json");
        QTest::newRow("502") << "502" << 502 << QByteArray("text/html");
        QTest::newRow("503 maintenance") << "503" << 503 << QByteArray("application/json");
        QTest::newRow("WAF page") << "waf" << 403 << QByteArray("text/html; charset=utf-8");
    }
    void scriptedServerErrors()
    {
        QFETCH(QString, action);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QCOMPARE(m_ksef
                     ->control("POST", QStringLiteral("/faults"),
                               QJsonObject{{QStringLiteral("action"), action},
                                           {QStringLiteral("group"), QStringLiteral("invoiceSend")},
                                           {QStringLiteral("nth"), 2}})
                     .status,
                 200);
        QCOMPARE(
            m_ksef->sendInvoice(m_session, m_access, Test::emulatorInvoice(QStringLiteral("FV/F/1"))).status,
            202);
        const Test::HttpResult faulty =
            m_ksef->sendInvoice(m_session, m_access, Test::emulatorInvoice(QStringLiteral("FV/F/2")));
        QCOMPARE(faulty.status, status);
        QCOMPARE(faulty.header("content-type"), contentType);
        QCOMPARE(
            m_ksef->sendInvoice(m_session, m_access, Test::emulatorInvoice(QStringLiteral("FV/F/3"))).status,
            202);
        // The faulty request changed nothing: only two invoices are in the session.
        QTRY_COMPARE_WITH_TIMEOUT(m_ksef->get(QStringLiteral("/sessions/") + m_session.reference, m_access)
                                      .json()
                                      .value(QStringLiteral("invoiceCount"))
                                      .toInt(),
                                  2, 3000);
        if (status == 503) {
            QCOMPARE(faulty.header("retry-after"), QByteArray("60"));
        }
    }

    void aResetClosesTheConnectionWithoutAnAnswer()
    {
        m_ksef->control("POST", QStringLiteral("/faults"),
                        QJsonObject{{QStringLiteral("action"), QStringLiteral("reset")},
                                    {QStringLiteral("path"), QStringLiteral("/invoices")}});
        // Every attempt is reset: Qt's network stack silently repeats a request once when a kept-alive
        // connection closes before the answer, so a single reset would be hidden from the caller.
        const Test::HttpResult reset =
            m_ksef->sendInvoice(m_session, m_access, Test::emulatorInvoice(QStringLiteral("FV/R/1")));
        QCOMPARE(reset.status, 0);
        QVERIFY(!reset.networkError.isEmpty());
        QCOMPARE(m_ksef->get(QStringLiteral("/sessions/") + m_session.reference, m_access)
                     .json()
                     .value(QStringLiteral("invoiceCount"))
                     .toInt(),
                 0);
    }

    // The reply is lost after the invoice was committed: the client times out, yet KSeF has the invoice and
    // numbers it — exactly the case reconciliation must find.
    void aLostReplyStillAcceptsTheInvoice()
    {
        m_ksef->control("POST", QStringLiteral("/faults"),
                        QJsonObject{{QStringLiteral("action"), QStringLiteral("lost-reply")},
                                    {QStringLiteral("group"), QStringLiteral("invoiceSend")},
                                    {QStringLiteral("times"), 1}});
        const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/L/1"));
        const QByteArray encrypted = *Crypto::aesCbcEncrypt(m_session.key, m_session.iv, xml);
        const QJsonObject body{
            {QStringLiteral("invoiceHash"), Crypto::sha256Base64(xml)},
            {QStringLiteral("invoiceSize"), xml.size()},
            {QStringLiteral("encryptedInvoiceHash"), Crypto::sha256Base64(encrypted)},
            {QStringLiteral("encryptedInvoiceSize"), encrypted.size()},
            {QStringLiteral("encryptedInvoiceContent"), QString::fromLatin1(encrypted.toBase64())}};
        const Test::HttpResult lost = m_ksef->request(
            "POST", QStringLiteral("/sessions/online/%1/invoices").arg(m_session.reference),
            QJsonDocument(body).toJson(),
            {{"Authorization", "Bearer " + m_access.toLatin1()}, {"Content-Type", "application/json"}}, 1500);
        QCOMPARE(lost.status, 0); // timed out
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray invoices =
                    m_ksef->get(QStringLiteral("/sessions/%1/invoices").arg(m_session.reference), m_access)
                        .json()
                        .value(QStringLiteral("invoices"))
                        .toArray();
                return invoices.size() == 1 && code(invoices.first().toObject()) == 200 &&
                       invoices.first().toObject().value(QStringLiteral("invoiceHash")).toString() ==
                           Crypto::sha256Base64(xml);
            }(),
            5000);
    }

    void delaysSlowTheAnswerDown()
    {
        m_ksef->control("POST", QStringLiteral("/faults"),
                        QJsonObject{{QStringLiteral("action"), QStringLiteral("delay")},
                                    {QStringLiteral("group"), QStringLiteral("sessionMisc")},
                                    {QStringLiteral("delayMs"), 400},
                                    {QStringLiteral("times"), 1}});
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_ksef->get(QStringLiteral("/sessions/") + m_session.reference, m_access).status, 200);
        QVERIFY(timer.elapsed() >= 400);
    }

    void invoicesCanBeHeldAt150AndReleased()
    {
        QCOMPARE(
            m_ksef->control("POST", QStringLiteral("/hold"), QJsonObject{{QStringLiteral("enabled"), true}})
                .status,
            200);
        const QString ref =
            m_ksef->sendInvoiceRef(m_session, m_access, Test::emulatorInvoice(QStringLiteral("FV/HOLD/1")));
        QTRY_COMPARE_WITH_TIMEOUT(
            code(m_ksef
                     ->get(QStringLiteral("/sessions/%1/invoices/%2").arg(m_session.reference, ref), m_access)
                     .json()),
            150, 3000);
        QTest::qWait(300);
        QCOMPARE(
            code(m_ksef
                     ->get(QStringLiteral("/sessions/%1/invoices/%2").arg(m_session.reference, ref), m_access)
                     .json()),
            150);
        QCOMPARE(m_ksef->control("POST", QStringLiteral("/release"))
                     .json()
                     .value(QStringLiteral("released"))
                     .toInt(),
                 1);
        QCOMPARE(
            code(m_ksef
                     ->get(QStringLiteral("/sessions/%1/invoices/%2").arg(m_session.reference, ref), m_access)
                     .json()),
            200);
    }

    // A late (or lost) UPO: the invoice is accepted with its KSeF number, but no UPO link is given and the
    // UPO endpoints say 21178 until the UPO is delivered; the link handed out before then does not serve it.
    void upoCanComeLate()
    {
        QCOMPARE(m_ksef->control("POST", QStringLiteral("/upo"), {{QStringLiteral("withhold"), true}}).status,
                 200);
        const QString ref =
            m_ksef->sendInvoice(m_session, m_access, Test::emulatorInvoice(QStringLiteral("FV/UPO/1")))
                .json()[QStringLiteral("referenceNumber")]
                .toString();
        const QJsonObject accepted = m_ksef->waitForInvoice(m_session.reference, ref, m_access);
        QCOMPARE(code(accepted), 200);
        QVERIFY(!accepted[QStringLiteral("ksefNumber")].toString().isEmpty());
        QVERIFY(!accepted.contains(QStringLiteral("upoDownloadUrl")));
        const QString upoPath = QStringLiteral("/sessions/%1/invoices/%2/upo").arg(m_session.reference, ref);
        QCOMPARE(m_ksef->get(upoPath, m_access).exceptionCode(), 21178);

        QCOMPARE(
            m_ksef->control("POST", QStringLiteral("/upo"), {{QStringLiteral("withhold"), false}}).status,
            200);
        const Test::HttpResult upo = m_ksef->get(upoPath, m_access);
        QCOMPARE(upo.status, 200);
        QVERIFY(upo.body.contains(accepted[QStringLiteral("ksefNumber")].toString().toLatin1()));
        const QJsonObject later =
            m_ksef->get(QStringLiteral("/sessions/%1/invoices/%2").arg(m_session.reference, ref), m_access)
                .json();
        QCOMPARE(m_ksef->request("GET", later[QStringLiteral("upoDownloadUrl")].toString()).body, upo.body);
    }

    // UPOs may carry an enveloped XAdES signature of the Ministry (a test seal here): it verifies, the
    // document without it is the plain UPO, and the bytes are the same on every download.
    void uposCanBeSigned()
    {
        QCOMPARE(m_ksef->control("POST", QStringLiteral("/upo"), {{QStringLiteral("sign"), true}}).status,
                 200);
        const QString ref =
            m_ksef->sendInvoice(m_session, m_access, Test::emulatorInvoice(QStringLiteral("FV/UPO/2")))
                .json()[QStringLiteral("referenceNumber")]
                .toString();
        QCOMPARE(code(m_ksef->waitForInvoice(m_session.reference, ref, m_access)), 200);
        const QString upoPath = QStringLiteral("/sessions/%1/invoices/%2/upo").arg(m_session.reference, ref);
        const Test::HttpResult upo = m_ksef->get(upoPath, m_access);
        QCOMPARE(upo.status, 200);
        QVERIFY(upo.body.contains("Signature"));
        QVERIFY(Xades::verify(upo.body).has_value());
        QCOMPARE(m_ksef->get(upoPath, m_access).body, upo.body);
        QCOMPARE(QString::fromLatin1(upo.header("x-ms-meta-hash")), Crypto::sha256Base64(upo.body));
    }

    void decryptionFailuresCanBeForced()
    {
        m_ksef->control("POST", QStringLiteral("/decrypt-failures"),
                        QJsonObject{{QStringLiteral("rate"), 1.0}});
        const QString ref =
            m_ksef->sendInvoiceRef(m_session, m_access, Test::emulatorInvoice(QStringLiteral("FV/D/1")));
        QCOMPARE(code(m_ksef->waitForInvoice(m_session.reference, ref, m_access)), 435);
        m_ksef->control("DELETE", QStringLiteral("/faults"));
        const QString again =
            m_ksef->sendInvoiceRef(m_session, m_access, Test::emulatorInvoice(QStringLiteral("FV/D/1")));
        QCOMPARE(code(m_ksef->waitForInvoice(m_session.reference, again, m_access)), 200);
    }

    void invoiceStatuses500And550CanBeForced_data()
    {
        QTest::addColumn<int>("forced");
        QTest::newRow("500") << 500;
        QTest::newRow("550") << 550;
    }
    void invoiceStatuses500And550CanBeForced()
    {
        QFETCH(int, forced);
        m_ksef->control("POST", QStringLiteral("/decrypt-failures"),
                        QJsonObject{{QStringLiteral("rate"), 1.0}, {QStringLiteral("code"), forced}});
        const QString ref = m_ksef
                                ->sendInvoice(m_session, m_access,
                                              Test::emulatorInvoice(QStringLiteral("FV/S/%1").arg(forced)))
                                .json()
                                .value(QStringLiteral("referenceNumber"))
                                .toString();
        QCOMPARE(code(m_ksef->waitForInvoice(m_session.reference, ref, m_access)), forced);
        QCOMPARE(m_ksef
                     ->control("POST", QStringLiteral("/decrypt-failures"),
                               QJsonObject{{QStringLiteral("rate"), 1.0}, {QStringLiteral("code"), 999}})
                     .status,
                 400);
    }

    void authenticationOutcomesCanBeForced()
    {
        QCOMPARE(
            m_ksef
                ->control("POST", QStringLiteral("/auth-outcome"), QJsonObject{{QStringLiteral("code"), 470}})
                .status,
            200);
        QString operationToken;
        const QString reference =
            m_ksef
                ->startTokenAuth(QStringLiteral("5265877635"),
                                 m_ksef->ksefToken(QStringLiteral("5265877635")), &operationToken)
                .value(QStringLiteral("referenceNumber"))
                .toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            code(m_ksef->get(QStringLiteral("/auth/") + reference, operationToken).json()), 470, 5000);
        m_ksef->control("DELETE", QStringLiteral("/faults"));
        QVERIFY(!m_ksef->authenticate(QStringLiteral("5265877635")).isEmpty());
    }

    void sessionKeyFailuresCanBeForced()
    {
        m_ksef->control("POST", QStringLiteral("/decrypt-failures"),
                        QJsonObject{{QStringLiteral("rate"), 1.0}, {QStringLiteral("code"), 415}});
        const auto session = m_ksef->openSession(m_access);
        QCOMPARE(code(m_ksef->get(QStringLiteral("/sessions/") + session.reference, m_access).json()), 415);
        QCOMPARE(m_ksef->sendInvoice(session, m_access, Test::emulatorInvoice(QStringLiteral("FV/K/1")))
                     .exceptionCode(),
                 21180);
    }

    void systemWarningsAreEchoedAndConfigurable()
    {
        const Test::HttpResult echoed =
            m_ksef->request("GET", QStringLiteral("/sessions/") + m_session.reference, {},
                            {{"Authorization", "Bearer " + m_access.toLatin1()},
                             {"X-Test-System-Warning", "[W1]: test warning"}});
        QCOMPARE(echoed.header("x-system-warning"), QByteArray("[W1]: test warning"));
        m_ksef->control("POST", QStringLiteral("/system-warning"),
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("[W2]: planned maintenance")}});
        QCOMPARE(m_ksef->get(QStringLiteral("/sessions/") + m_session.reference, m_access)
                     .header("x-system-warning"),
                 QByteArray("[W2]: planned maintenance"));
    }

    void badFaultScriptsAreRefused()
    {
        QCOMPARE(m_ksef
                     ->control("POST", QStringLiteral("/faults"),
                               QJsonObject{{QStringLiteral("action"), QStringLiteral("explode")}})
                     .status,
                 400);
        QCOMPARE(m_ksef->control("GET", QStringLiteral("/faults"))
                     .json()
                     .value(QStringLiteral("faults"))
                     .toArray()
                     .size(),
                 0);
    }

private:
    EmulatorHarness::Session m_session;
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
