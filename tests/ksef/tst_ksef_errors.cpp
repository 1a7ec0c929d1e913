// Every error class of the KSeF client: the classification table, real faults from the emulator over
// loopback, and reply shapes only a fake network can produce.
#include "emulator/EmulatorTestData.h"
#include "fakes/FakeNetwork.h"
#include "ksef/crypto/Crypto.h"
#include "support/ClientHarness.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

using namespace Kurier;
using Test::ClientHarness;
using Kind = KsefError::Kind;
using Family = KsefError::Family;

Q_DECLARE_METATYPE(Kurier::KsefError)
Q_DECLARE_METATYPE(Kurier::ErrorClass)

namespace {
KsefError ofKind(Kind kind, int retryAfter = -1, QString reason = {})
{
    KsefError error;
    error.kind = kind;
    error.retryAfterSeconds = retryAfter;
    error.reasonCode = std::move(reason);
    return error;
}
KsefError rejected(int code)
{
    KsefError error = ofKind(Kind::Rejected);
    error.httpStatus = 400;
    error.exceptionCodes = {code};
    return error;
}
// Kurier's client over a fake network, already holding valid tokens (no authentication requests).
struct FakeKsef
{
    Test::FakeNetwork network;
    HttpTransport transport{network, KsefEnvironment::official(KsefEnvironment::Kind::Test), nullptr};
    SystemClock clock;
    KsefClient client{transport, clock};
    FakeKsef()
    {
        client.setTokens({QStringLiteral("AU"), QStringLiteral("access"),
                          QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("refresh"),
                          QDateTime::currentDateTimeUtc().addDays(1)});
    }
};

QJsonObject fault(const char *action, const char *group)
{
    return {{QStringLiteral("action"), QLatin1StringView(action)},
            {QStringLiteral("group"), QLatin1StringView(group)},
            {QStringLiteral("times"), 1}};
}
} // namespace

class TestKsefErrors : public QObject
{
    Q_OBJECT

private slots:
    // What says "KSeF no longer lets whoever logged in act for the company" (§22), and what does not.
    void lostAccess()
    {
        using Family = KsefError::Family;
        QVERIFY(KsefError::fromStatus(Family::Auth, 415, {}).lostAccess());
        QVERIFY(KsefError::fromStatus(Family::Invoice, 410, {}).lostAccess());
        KsefError forbidden;
        forbidden.kind = KsefError::Kind::Forbidden;
        forbidden.reasonCode = QStringLiteral("missing-permissions");
        forbidden.extensions = QJsonObject{
            {QStringLiteral("requiredAnyOfPermissions"), QJsonArray{QStringLiteral("InvoiceWrite")}},
            {QStringLiteral("presentPermissions"), QJsonArray{QStringLiteral("InvoiceRead")}}};
        QVERIFY(forbidden.lostAccess());
        QVERIFY2(forbidden.message().contains(QStringLiteral("InvoiceWrite")) &&
                     forbidden.message().contains(QStringLiteral("InvoiceRead")),
                 qPrintable(forbidden.message()));
        forbidden.reasonCode = QStringLiteral("ip-not-allowed");
        QVERIFY(!forbidden.lostAccess());
        QVERIFY(!KsefError::fromStatus(Family::Auth, 460, {}).lostAccess());
        QVERIFY(!KsefError::fromStatus(Family::Invoice, 450, {}).lostAccess());
        QVERIFY(!KsefError::fromStatus(Family::Session, 415, {}).lostAccess());
    }

    // The one decision table (PROTOCOL.md §15, §20): every documented code, every kind, every async status.
    void classification_data()
    {
        QTest::addColumn<KsefError>("error");
        QTest::addColumn<ErrorClass>("expected");
        QTest::addColumn<bool>("newSession");
        QTest::addColumn<int>("delay");
        QTest::addColumn<bool>("reauthenticate");
        const auto row = [](const QString &name, const KsefError &error, ErrorClass expected,
                            bool newSession = false, int delay = -1, bool reauthenticate = false) {
            QTest::newRow(qPrintable(name)) << error << expected << newSession << delay << reauthenticate;
        };
        row(QStringLiteral("timeout"), ofKind(Kind::Timeout), ErrorClass::Retryable);
        row(QStringLiteral("network"), ofKind(Kind::Network), ErrorClass::Retryable);
        row(QStringLiteral("tls"), ofKind(Kind::Tls), ErrorClass::StopQueue);
        row(QStringLiteral("429"), ofKind(Kind::RateLimited, 7), ErrorClass::Retryable, false, 7);
        row(QStringLiteral("401"), ofKind(Kind::Unauthorized), ErrorClass::StopQueue, false, -1, true);
        row(QStringLiteral("403 permissions"),
            ofKind(Kind::Forbidden, -1, QStringLiteral("missing-permissions")), ErrorClass::StopQueue);
        row(QStringLiteral("403 address"), ofKind(Kind::Forbidden, -1, QStringLiteral("ip-not-allowed")),
            ErrorClass::StopQueue, false, -1, true);
        row(QStringLiteral("waf"), ofKind(Kind::Blocked), ErrorClass::StopQueue, false, 300);
        row(QStringLiteral("410"), ofKind(Kind::Gone), ErrorClass::Retryable);
        row(QStringLiteral("500"), ofKind(Kind::ServerError), ErrorClass::Retryable, false, 30);
        row(QStringLiteral("503"), ofKind(Kind::Maintenance, 120), ErrorClass::StopQueue, false, 120);
        row(QStringLiteral("404"), ofKind(Kind::NotFound), ErrorClass::Retryable);
        row(QStringLiteral("html"), ofKind(Kind::UnexpectedReply), ErrorClass::Retryable);
        row(QStringLiteral("local"), ofKind(Kind::Local), ErrorClass::NeedsUser);
        for (const int code : {9101, 9102, 9103, 9105, 21001, 21115, 21117, 21217, 21308, 21401, 21406}) {
            row(QStringLiteral("auth document %1").arg(code), rejected(code), ErrorClass::StopQueue);
        }
        for (const int code : {21301, 21304}) {
            row(QStringLiteral("tokens %1").arg(code), rejected(code), ErrorClass::StopQueue, false, -1,
                true);
        }
        for (const int code : {21111, 21165, 21178, 21182}) {
            row(QStringLiteral("later %1").arg(code), rejected(code), ErrorClass::Retryable);
        }
        for (const int code : {21155, 21157, 21161, 21173, 21180, 21205, 21208, 21470}) {
            row(QStringLiteral("new session %1").arg(code), rejected(code), ErrorClass::Retryable, true);
        }
        for (const int code : {21164, 21166, 21175, 21418, 30001}) {
            row(QStringLiteral("record %1").arg(code), rejected(code), ErrorClass::RecordOnly);
        }
        for (const int code :
             {21167, 21181, 21183, 21402, 21403, 21405, 25001, 25005, 25011, 26001, 26002, 99999}) {
            row(QStringLiteral("user %1").arg(code), rejected(code), ErrorClass::NeedsUser);
        }
        for (const int status : {415, 425, 450, 460, 470, 480}) {
            row(QStringLiteral("auth %1").arg(status), KsefError::fromStatus(Family::Auth, status, {}),
                ErrorClass::StopQueue, false, -1, true);
        }
        for (const int status : {500, 550}) {
            row(QStringLiteral("auth %1").arg(status), KsefError::fromStatus(Family::Auth, status, {}),
                ErrorClass::Retryable);
        }
        for (const int status : {405, 435, 500, 550}) {
            row(QStringLiteral("invoice %1").arg(status), KsefError::fromStatus(Family::Invoice, status, {}),
                ErrorClass::Retryable, true);
        }
        for (const int status : {415, 430, 450}) {
            row(QStringLiteral("invoice %1").arg(status), KsefError::fromStatus(Family::Invoice, status, {}),
                ErrorClass::NeedsUser);
        }
        // 410: the login may not invoice for this seller (permissions, §22) — the invoice waits until the
        // permission is granted again, nothing is marked failed.
        row(QStringLiteral("invoice 410"), KsefError::fromStatus(Family::Invoice, 410, {}),
            ErrorClass::StopQueue);
        row(QStringLiteral("invoice 440"), KsefError::fromStatus(Family::Invoice, 440, {}),
            ErrorClass::RecordOnly);
        for (const int status : {405, 415, 420, 435, 440, 500, 550}) {
            row(QStringLiteral("session %1").arg(status), KsefError::fromStatus(Family::Session, status, {}),
                ErrorClass::Retryable, true);
        }
        row(QStringLiteral("session 445"), KsefError::fromStatus(Family::Session, 445, {}),
            ErrorClass::RecordOnly);
        row(QStringLiteral("session 430"), KsefError::fromStatus(Family::Session, 430, {}),
            ErrorClass::NeedsUser);
        for (const int status : {210, 500, 550}) {
            row(QStringLiteral("export %1").arg(status), KsefError::fromStatus(Family::Export, status, {}),
                ErrorClass::Retryable);
        }
        for (const int status : {415, 420}) {
            row(QStringLiteral("export %1").arg(status), KsefError::fromStatus(Family::Export, status, {}),
                ErrorClass::NeedsUser);
        }
    }
    void classification()
    {
        QFETCH(KsefError, error);
        QFETCH(ErrorClass, expected);
        QFETCH(bool, newSession);
        QFETCH(int, delay);
        QFETCH(bool, reauthenticate);
        const Classification result = classify(error);
        QCOMPARE(result.errorClass, expected);
        QCOMPARE(result.newSession, newSession);
        QCOMPARE(result.reauthenticate, reauthenticate);
        if (delay >= 0) {
            QCOMPARE(result.delay.count(), delay);
        }
        QVERIFY(!error.message().isEmpty() || error.kind == Kind::Local);
    }

    // A client that outruns KSeF's windows gets a 429 with Retry-After; the shared limiter then blocks the
    // group and the client sends nothing more until it is over.
    void tooManyRequestsBlocksTheGroup()
    {
        ClientHarness harness(QStringLiteral("production"));
        (void)harness.limiter().setLimits(
            {{QStringLiteral("sessionList"), {100, 0, 0}}}); // more than KSeF allows
        harness.transport().setMaxPermitWait(std::chrono::milliseconds(100));
        KsefClient &client = harness.client();
        QVERIFY(client.authenticate().has_value());
        KsefError limited;
        for (int i = 0; i < 20; ++i) {
            const auto page = client.sessions(false, 10);
            if (!page) {
                limited = page.error();
                break;
            }
        }
        QCOMPARE(limited.kind, Kind::RateLimited);
        QCOMPARE(limited.httpStatus, 429);
        QVERIFY(limited.retryAfterSeconds >= 1);
        QCOMPARE(classify(limited).errorClass, ErrorClass::Retryable);
        QVERIFY(harness.limiter().budget(QStringLiteral("sessionList")).blockedForMs > 0);
        const auto local = client.sessions(false, 10);
        QVERIFY(!local.has_value());
        QCOMPARE(local.error().kind, Kind::RateLimited);
        QCOMPARE(local.error().httpStatus, 0); // refused here: it never left
        QCOMPARE(harness.ksef().emulator().statsJson().value(QStringLiteral("tooManyRequests")).toInt(), 1);
    }

    void decryptionFailuresAskForANewSession()
    {
        ClientHarness harness;
        KsefClient &client = harness.client();
        harness.ksef().control("POST", QStringLiteral("/decrypt-failures"),
                               {{QStringLiteral("rate"), 1.0}, {QStringLiteral("code"), 435}});
        auto session = client.openOnlineSession();
        const auto sent = client.sendInvoice(*session, Test::emulatorInvoice(QStringLiteral("FV/E/435")));
        const auto status = harness.waitForInvoice(session->reference, sent->invoiceReference);
        QCOMPARE(status->code, 435);
        const auto asError =
            KsefError::fromStatus(Family::Invoice, status->code, status->description, status->details);
        QCOMPARE(classify(asError).errorClass, ErrorClass::Retryable);
        QVERIFY(classify(asError).newSession);

        harness.ksef().control("POST", QStringLiteral("/decrypt-failures"),
                               {{QStringLiteral("rate"), 1.0}, {QStringLiteral("code"), 415}});
        session = client.openOnlineSession();
        QVERIFY(session.has_value());
        const auto sessionStatus = harness.waitForSession(session->reference, 400);
        QCOMPARE(sessionStatus->code, 415);
        QVERIFY(classify(KsefError::fromStatus(Family::Session, 415, {})).newSession);
    }

    void aDuplicateNamesTheOriginal()
    {
        ClientHarness harness;
        KsefClient &client = harness.client();
        const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/DUP/1"));
        const auto first = client.openOnlineSession();
        const auto original =
            harness.waitForInvoice(first->reference, client.sendInvoice(*first, xml)->invoiceReference);
        QCOMPARE(original->code, 200);
        const auto second = client.openOnlineSession();
        const auto duplicate =
            harness.waitForInvoice(second->reference, client.sendInvoice(*second, xml)->invoiceReference);
        QCOMPARE(duplicate->code, 440);
        QVERIFY(duplicate->isDuplicate());
        QCOMPARE(duplicate->originalKsefNumber, original->ksefNumber);
        QCOMPARE(duplicate->originalSessionReference, first->reference);
        QCOMPARE(classify(KsefError::fromStatus(Family::Invoice, 440, {})).errorClass,
                 ErrorClass::RecordOnly);
    }

    void serverErrorsMaintenanceAndTheFirewall()
    {
        ClientHarness harness;
        KsefClient &client = harness.client();
        const auto session = client.openOnlineSession();
        const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/E/5XX"));

        harness.ksef().control("POST", QStringLiteral("/faults"), fault("500", "invoiceSend"));
        auto sent = client.sendInvoice(*session, xml);
        QCOMPARE(sent.error().kind, Kind::ServerError);
        QCOMPARE(sent.error().httpStatus, 500);
        QVERIFY(!sent.error().requestId.isEmpty());
        QCOMPARE(classify(sent.error()).errorClass, ErrorClass::Retryable);

        harness.ksef().control("POST", QStringLiteral("/faults"), fault("503", "invoiceSend"));
        sent = client.sendInvoice(*session, xml);
        QCOMPARE(sent.error().kind, Kind::Maintenance);
        QVERIFY(sent.error().retryAfterSeconds > 0);
        QCOMPARE(classify(sent.error()).errorClass, ErrorClass::StopQueue);

        harness.ksef().control("POST", QStringLiteral("/faults"), fault("waf", "invoiceSend"));
        sent = client.sendInvoice(*session, xml);
        QCOMPARE(sent.error().kind, Kind::Blocked);
        QVERIFY(sent.error().rawBody.contains("Request Rejected"));
        QVERIFY(sent.error().message().contains(sent.error().requestId));
        QCOMPARE(classify(sent.error()).errorClass, ErrorClass::StopQueue);

        QVERIFY(client.sendInvoice(*session, xml).has_value()); // the faults were one-shot
    }

    // A lost reply: KSeF accepted the invoice, the client saw only a timeout. The error says it may have been
    // delivered, and the session's invoice list finds it by hash (how the outbox recovers, §20.1).
    void timeoutsLostRepliesAndResets()
    {
        ClientHarness harness;
        harness.transport().setDefaultTimeout(std::chrono::milliseconds(500));
        KsefClient &client = harness.client();
        const auto session = client.openOnlineSession();
        QVERIFY(session.has_value());

        QJsonObject slow = fault("delay", "sessionMisc");
        slow.insert(QStringLiteral("delayMs"), 2000);
        harness.ksef().control("POST", QStringLiteral("/faults"), slow);
        const auto status = client.sessionStatus(session->reference);
        QCOMPARE(status.error().kind, Kind::Timeout);
        QVERIFY(!status.error().maybeDelivered); // a GET changes nothing

        harness.ksef().control("POST", QStringLiteral("/faults"), fault("lost-reply", "invoiceSend"));
        const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/E/LOST"));
        const auto lost = client.sendInvoice(*session, xml);
        QCOMPARE(lost.error().kind, Kind::Timeout);
        QVERIFY(lost.error().maybeDelivered);
        QCOMPARE(classify(lost.error()).errorClass, ErrorClass::Retryable);
        const auto listed = client.allSessionInvoices(session->reference);
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().invoiceHash, Crypto::sha256Base64(xml));

        // Qt sends a request once more by itself when a kept-alive connection closes before the answer
        // (KSeF's duplicate check makes that safe); a second reset reaches the client.
        QJsonObject reset2 = fault("reset", "invoiceSend");
        reset2.insert(QStringLiteral("times"), 2);
        harness.ksef().control("POST", QStringLiteral("/faults"), reset2);
        const auto reset = client.sendInvoice(*session, Test::emulatorInvoice(QStringLiteral("FV/E/RESET")));
        QVERIFY(!reset.has_value());
        QCOMPARE(reset.error().kind, Kind::Network);
        QVERIFY(reset.error().maybeDelivered);
    }

    void unreachableAndUntrustedServers()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QNetworkAccessManager network;
        HttpTransport refused(
            network, KsefEnvironment::custom(QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(port))),
            nullptr);
        auto answer = refused.execute(HttpCall::get(QStringLiteral("/security/public-key-certificates")));
        QCOMPARE(answer.error().kind, Kind::Network);
        QVERIFY(!answer.error().maybeDelivered);

        // The emulator over HTTPS with its self-signed certificate: not trusted, so the handshake fails.
        Emulator::Emulator emulator(Test::EmulatorHarness::fastConfig());
        Emulator::HttpFrontend frontend(emulator);
        const quint16 tlsPort = frontend.listenTlsOn(QHostAddress::LocalHost, 0);
        QVERIFY(tlsPort != 0);
        HttpTransport untrusted(
            network, KsefEnvironment::custom(QUrl(QStringLiteral("https://127.0.0.1:%1/v2").arg(tlsPort))),
            nullptr);
        answer = untrusted.execute(HttpCall::get(QStringLiteral("/security/public-key-certificates")));
        QCOMPARE(answer.error().kind, Kind::Tls);
        QCOMPARE(classify(answer.error()).errorClass, ErrorClass::StopQueue);
    }

    // Shapes only a fake network produces: each becomes a typed error, never a crash or a wrong success.
    void malformedRepliesBecomeTypedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("truncated json")
            << 200 << QByteArray("application/json") << QByteArray("{\"status\":{\"code\":2")
            << int(Kind::UnexpectedReply) << 0;
        QTest::newRow("html with 200")
            << 200 << QByteArray("text/html") << QByteArray("<html>maintenance</html>")
            << int(Kind::UnexpectedReply) << 0;
        QTest::newRow("array") << 200 << QByteArray("application/json") << QByteArray("[1,2]")
                               << int(Kind::UnexpectedReply) << 0;
        QTest::newRow("400 html") << 400 << QByteArray("text/html") << QByteArray("<h1>Bad</h1>")
                                  << int(Kind::UnexpectedReply) << 0;
        QTest::newRow("400 two codes")
            << 400 << QByteArray("application/json")
            << QByteArray(
                   "{\"exception\":{\"exceptionDetailList\":[{\"exceptionCode\":21405,\"details\":[\"a\"]},"
                   "{\"exceptionCode\":21157}]}}")
            << int(Kind::Rejected) << 21405;
        QTest::newRow("403 problem")
            << 403 << QByteArray("application/problem+json")
            << QByteArray("{\"status\":403,\"reasonCode\":\"missing-permissions\",\"detail\":\"x\"}")
            << int(Kind::Forbidden) << 0;
        QTest::newRow("410") << 410 << QByteArray("application/problem+json")
                             << QByteArray("{\"status\":410}") << int(Kind::Gone) << 0;
        QTest::newRow("502 html") << 502 << QByteArray("text/html") << QByteArray("<html>Bad gateway</html>")
                                  << int(Kind::ServerError) << 0;
        QTest::newRow("418") << 418 << QByteArray("text/plain") << QByteArray("teapot")
                             << int(Kind::UnexpectedReply) << 0;
    }
    void malformedRepliesBecomeTypedErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, code);
        FakeKsef fake;
        fake.network.enqueue({status, {{"Content-Type", contentType}, {"X-Request-ID", "req-1"}}, body});
        const auto result = fake.client.sessionStatus(QStringLiteral("20260101-SO-0000000000-0000000000-00"));
        QVERIFY(!result.has_value());
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().code(), code);
        QCOMPARE(result.error().requestId, QStringLiteral("req-1"));
        QCOMPARE(result.error().endpoint, QStringLiteral("GET /sessions/{ref}"));
        QCOMPARE(fake.network.requests().size(), 1);
        QCOMPARE(fake.network.requests().first().url().toString(),
                 QStringLiteral(
                     "https://api-test.ksef.mf.gov.pl/v2/sessions/20260101-SO-0000000000-0000000000-00"));
        QCOMPARE(fake.network.requests().first().rawHeader("Authorization"), QByteArray("Bearer access"));
    }

    void aUpoWhoseHashDoesNotMatchIsRefused()
    {
        FakeKsef fake;
        fake.network.enqueue({200,
                              {{"Content-Type", "application/xml"},
                               {"x-ms-meta-hash", Crypto::sha256Base64("other").toLatin1()}},
                              "<Potwierdzenie/>"});
        fake.network.enqueue({200, {{"Content-Type", "application/xml"}}, "not xml"});
        auto upo = fake.client.invoiceUpoByKsefNumber(QStringLiteral("S"), QStringLiteral("N"));
        QCOMPARE(upo.error().kind, Kind::UnexpectedReply);
        QVERIFY(upo.error().description.contains(u"x-ms-meta-hash"));
        upo = fake.client.invoiceUpoByKsefNumber(QStringLiteral("S"), QStringLiteral("N"));
        QCOMPARE(upo.error().kind, Kind::UnexpectedReply);
    }
};

QTEST_GUILESS_MAIN(TestKsefErrors)
#include "tst_ksef_errors.moc"
