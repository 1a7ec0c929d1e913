// Every call of Kurier's KSeF client against the emulator over loopback HTTP (issue: the KSeF client).
#include "domain/KsefNumber.h"
#include "emulator/EmulatorTestData.h"
#include "ksef/Upo.h"
#include "ksef/crypto/Crypto.h"
#include "support/ClientHarness.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace Kurier;
using Test::ClientHarness;

class TestKsefClient : public QObject
{
    Q_OBJECT

private slots:
    void tokenAuthenticationRefreshAndReauthentication()
    {
        ClientHarness harness;
        KsefClient &client = harness.client();
        const auto tokens = client.authenticate();
        QVERIFY2(tokens.has_value(), qPrintable(tokens ? QString() : tokens.error().message()));
        QVERIFY(tokens->accessValidUntil > QDateTime::currentDateTimeUtc().addSecs(600));
        QVERIFY(tokens->refreshValidUntil > QDateTime::currentDateTimeUtc().addDays(6));
        QVERIFY(client.contextLimits().has_value());

        const QString first = client.tokens().accessToken;
        QVERIFY(client.refreshAccessToken().has_value());
        QVERIFY(client.tokens().accessToken != first);
        QCOMPARE(client.tokens().authReference, tokens->authReference);

        // The access token expires on KSeF's side (its clock runs ahead): a 401 is refreshed and replayed.
        QCOMPARE(harness.ksef()
                     .control("POST", QStringLiteral("/time"), {{QStringLiteral("shiftSeconds"), 16 * 60}})
                     .status,
                 200);
        const QString beforeExpiry = client.tokens().accessToken;
        QVERIFY(client.contextLimits().has_value());
        QVERIFY(client.tokens().accessToken != beforeExpiry);
        QCOMPARE(client.tokens().authReference, tokens->authReference);

        // The refresh token dies (authentication session ended): the next 401 authenticates again.
        QVERIFY(client.endAuthenticationSession().has_value());
        QCOMPARE(harness.ksef()
                     .control("POST", QStringLiteral("/time"), {{QStringLiteral("shiftSeconds"), 16 * 60}})
                     .status,
                 200);
        QVERIFY(client.contextLimits().has_value());
        QVERIFY(client.tokens().authReference != tokens->authReference);
    }

    void xadesAuthenticationWithASelfSignedSeal()
    {
        ClientHarness harness;
        const auto seal = KsefClient::selfSignedSeal(ClientHarness::kNip, QStringLiteral("Firma testowa"));
        QVERIFY(seal.has_value());
        KsefCredentials credentials;
        credentials.method = KsefCredentials::Method::Certificate;
        credentials.contextNip = ClientHarness::kNip;
        credentials.privateKey = seal->first;
        credentials.certificate = seal->second;
        credentials.allowedIps = {QStringLiteral("127.0.0.0/8")};
        harness.client().setCredentials(credentials);
        const auto tokens = harness.client().authenticate();
        QVERIFY2(tokens.has_value(), qPrintable(tokens ? QString() : tokens.error().message()));
        QVERIFY(harness.client().openOnlineSession().has_value());

        // A seal of another NIP has no permissions in this context: the authentication ends with 415.
        const auto stranger =
            KsefClient::selfSignedSeal(QStringLiteral("1111111111"), QStringLiteral("Obcy"));
        credentials.privateKey = stranger->first;
        credentials.certificate = stranger->second;
        harness.client().setCredentials(credentials);
        const auto refused = harness.client().authenticate();
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().kind, KsefError::Kind::OperationFailed);
        QCOMPARE(refused.error().statusCode, 415);
        QCOMPARE(classify(refused.error()).errorClass, ErrorClass::StopQueue);
    }

    void onlineSessionWithStatusesAndUposBothWays()
    {
        ClientHarness harness;
        KsefClient &client = harness.client();
        const auto session = client.openOnlineSession(); // authenticates on first use
        QVERIFY2(session.has_value(), qPrintable(session ? QString() : session.error().message()));
        QVERIFY(session->validUntil > QDateTime::currentDateTimeUtc().addSecs(11 * 3600));
        const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/CLIENT/1"));
        const auto sent = client.sendInvoice(*session, xml);
        QVERIFY2(sent.has_value(), qPrintable(sent ? QString() : sent.error().message()));
        QCOMPARE(sent->invoiceHash, Crypto::sha256Base64(xml));
        QVERIFY(sent->invoiceReference.contains(u"-EE-"));

        const auto status = harness.waitForInvoice(session->reference, sent->invoiceReference);
        QVERIFY(status.has_value());
        QCOMPARE(status->code, 200);
        QVERIFY(KsefNumber::parse(status->ksefNumber).has_value());
        QCOMPARE(status->invoiceHash, sent->invoiceHash);
        QCOMPARE(status->invoiceNumber, QStringLiteral("FV/CLIENT/1"));

        const auto viaLink = client.invoiceUpo(session->reference, *status);
        QVERIFY(viaLink.has_value());
        QVERIFY(viaLink->viaPresignedUrl);
        const auto upo = Upo::parse(viaLink->bytes);
        QVERIFY(upo.has_value());
        QCOMPARE(upo->documents.value(0).ksefNumber, status->ksefNumber);
        QCOMPARE(upo->documents.value(0).invoiceHash, sent->invoiceHash);
        QCOMPARE(upo->sessionReference, session->reference);

        // Without a usable link the API serves the same document.
        InvoiceStatus withoutLink = *status;
        withoutLink.upoDownloadUrl = QUrl();
        const auto viaApi = client.invoiceUpo(session->reference, withoutLink);
        QVERIFY(viaApi.has_value());
        QVERIFY(!viaApi->viaPresignedUrl);
        QCOMPARE(viaApi->bytes, viaLink->bytes);
        const auto byNumber = client.invoiceUpoByKsefNumber(session->reference, status->ksefNumber);
        QVERIFY(byNumber.has_value());
        QCOMPARE(byNumber->bytes, viaLink->bytes);

        const auto list = client.allSessionInvoices(session->reference);
        QVERIFY(list.has_value());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().invoiceHash, sent->invoiceHash);
        QVERIFY(client.allSessionInvoices(session->reference, true)->isEmpty());

        QVERIFY(client.closeOnlineSession(session->reference).has_value());
        const auto closed = harness.waitForSession(session->reference, 200);
        QVERIFY(closed.has_value());
        QCOMPARE(closed->code, 200);
        QCOMPARE(closed->successfulInvoiceCount, 1);
        QCOMPARE(closed->upoPages.size(), 1);
        const auto sessionUpo = client.sessionUpo(session->reference, closed->upoPages.first());
        QVERIFY(sessionUpo.has_value());
        QVERIFY(Upo::parse(sessionUpo->bytes)->find(status->ksefNumber) != nullptr);

        const auto sessions = client.sessions(false, 10);
        QVERIFY(sessions.has_value());
        QCOMPARE(sessions->items.size(), 1);
        QCOMPARE(sessions->items.first().reference, session->reference);
        // An expired link (KSeF's clock is past it) falls back to the API too.
        QCOMPARE(
            harness.ksef()
                .control("POST", QStringLiteral("/time"), {{QStringLiteral("shiftSeconds"), 4 * 24 * 3600}})
                .status,
            200);
        const auto afterExpiry = client.invoiceUpo(session->reference, *status);
        QVERIFY2(afterExpiry.has_value(),
                 qPrintable(afterExpiry ? QString() : afterExpiry.error().message()));
        QVERIFY(!afterExpiry->viaPresignedUrl);
        QCOMPARE(afterExpiry->bytes, viaLink->bytes);
    }

    void sessionListsFollowContinuationTokens()
    {
        ClientHarness harness;
        KsefClient &client = harness.client();
        const auto session = client.openOnlineSession();
        QVERIFY(session.has_value());
        for (int i = 1; i <= 12; ++i) {
            QVERIFY(client.sendInvoice(*session, Test::emulatorInvoice(QStringLiteral("FV/PAGE/%1").arg(i)))
                        .has_value());
        }
        const auto firstPage = client.sessionInvoices(session->reference, false, 10);
        QVERIFY(firstPage.has_value());
        QCOMPARE(firstPage->items.size(), 10);
        QVERIFY(!firstPage->continuationToken.isEmpty());
        const auto secondPage =
            client.sessionInvoices(session->reference, false, 10, firstPage->continuationToken);
        QCOMPARE(secondPage->items.size(), 2);
        QVERIFY(secondPage->continuationToken.isEmpty());
        QCOMPARE(client.allSessionInvoices(session->reference)->size(), 12);
        const auto bad = client.sessionInvoices(session->reference, false, 10, QStringLiteral("garbage!"));
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().code(), 21418);
    }

    void stoppingAbandonsACallInFlightAsMaybeDelivered()
    {
        ClientHarness harness;
        KsefClient &client = harness.client();
        const auto session = client.openOnlineSession();
        QVERIFY(session.has_value());
        harness.ksef().control("POST", QStringLiteral("/faults"),
                               {{QStringLiteral("action"), QStringLiteral("delay")},
                                {QStringLiteral("group"), QStringLiteral("invoiceSend")},
                                {QStringLiteral("delayMs"), 30'000},
                                {QStringLiteral("every"), true}});
        auto stop = std::make_shared<std::atomic_bool>(false);
        harness.transport().setStopFlag(stop);
        QTimer::singleShot(200, [stop] { stop->store(true); });
        QElapsedTimer elapsed;
        elapsed.start();
        const auto sent = client.sendInvoice(*session, Test::emulatorInvoice(QStringLiteral("FV/STOP/1")));
        QVERIFY(elapsed.elapsed() < 5'000);
        QVERIFY(!sent.has_value());
        QCOMPARE(sent.error().kind, KsefError::Kind::Cancelled);
        QVERIFY(sent.error().maybeDelivered); // it may be in KSeF: looked up, never resent blindly
        // Once stopping, nothing leaves at all.
        const auto refused = client.sessionStatus(session->reference);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().kind, KsefError::Kind::Cancelled);
        QVERIFY(!refused.error().maybeDelivered);
        stop->store(false);
        harness.ksef().control("DELETE", QStringLiteral("/faults"));
    }

    void aBatchOfSeveralParts()
    {
        ClientHarness harness;
        QList<KsefClient::BatchFile> files;
        for (int i = 1; i <= 30; ++i) {
            files.append({QStringLiteral("faktura-%1.xml").arg(i),
                          Test::emulatorInvoice(QStringLiteral("FV/BATCH/%1").arg(i))});
        }
        KsefClient::BatchOptions options;
        options.maxPartBytes = 8 * 1024; // several parts
        // The storage refuses the first upload once: that part alone is sent again.
        harness.ksef().control("POST", QStringLiteral("/faults"),
                               {{QStringLiteral("action"), QStringLiteral("500")},
                                {QStringLiteral("path"), QStringLiteral("/_storage/")},
                                {QStringLiteral("times"), 1}});
        const auto reference = harness.client().sendBatch(files, options);
        QVERIFY2(reference.has_value(), qPrintable(reference ? QString() : reference.error().message()));
        QVERIFY(reference->contains(u"-SB-"));
        const auto done = harness.waitForSession(*reference, 200, 20000);
        QVERIFY(done.has_value());
        QCOMPARE(done->code, 200);
        QCOMPARE(done->successfulInvoiceCount, 30);
        const auto invoices = harness.client().allSessionInvoices(*reference);
        QCOMPARE(invoices->size(), 30);
        for (const InvoiceStatus &invoice : *invoices) {
            QCOMPARE(invoice.code, 200);
            QVERIFY(invoice.fileName.startsWith(u"faktura-"));
        }
        QVERIFY(harness.ksef()
                    .emulator()
                    .statsJson()
                    .value(QStringLiteral("requestsPerGroup"))
                    .toObject()
                    .contains(QStringLiteral("batchSession")));
        QCOMPARE(harness.ksef().emulator().statsJson().value(QStringLiteral("faultsInjected")).toInt(), 1);
        QVERIFY(!harness.client().sendBatch({}, options).has_value());
    }

    void readSideWithTheHighWaterMark()
    {
        ClientHarness harness;
        KsefClient &client = harness.client();
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-60);
        const auto session = client.openOnlineSession();
        QStringList numbers;
        QByteArray firstXml;
        for (int i = 1; i <= 3; ++i) {
            const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/READ/%1").arg(i));
            firstXml = firstXml.isEmpty() ? xml : firstXml;
            const auto sent = client.sendInvoice(*session, xml);
            numbers.append(harness.waitForInvoice(session->reference, sent->invoiceReference)->ksefNumber);
        }
        QTest::qWait(100); // permanent storage follows acceptance

        KsefClient::MetadataQuery query;
        query.subject = InvoiceSubject::Seller;
        query.from = from;
        const auto page = client.queryMetadata(query, 0, 10);
        QVERIFY2(page.has_value(), qPrintable(page ? QString() : page.error().message()));
        QCOMPARE(page->invoices.size(), 3);
        QVERIFY(page->permanentStorageHwmDate.isValid());
        QVERIFY(!page->hasMore);
        QStringList found;
        for (const InvoiceMetadata &invoice : page->invoices) {
            found.append(invoice.ksefNumber);
            QVERIFY(invoice.permanentStorageDate <= page->permanentStorageHwmDate);
        }
        QCOMPARE(found, numbers);
        // The next sync starts at the high-water mark: nothing before it can still appear.
        query.from = page->permanentStorageHwmDate;
        QVERIFY(client.queryMetadata(query, 0, 10)->invoices.size() <= 1);

        const auto xml = client.invoiceXml(numbers.first());
        QVERIFY(xml.has_value());
        QCOMPARE(*xml, firstXml);
        const auto unknown = client.invoiceXml(QStringLiteral("5265877635-20260101-0100000000AA-00"));
        QVERIFY(!unknown.has_value());

        query.from = from;
        const auto exported = client.exportInvoices(query);
        QVERIFY2(exported.has_value(), qPrintable(exported ? QString() : exported.error().message()));
        QCOMPARE(exported->code, 200);
        QStringList names;
        for (const ZipArchive::Entry &file : exported->files) {
            names.append(file.name);
        }
        QVERIFY(names.contains(QStringLiteral("_metadata.json")));
        QVERIFY2(names.contains(numbers.first() + QStringLiteral(".xml")), qPrintable(names.join(u',')));
        QVERIFY(exported->permanentStorageHwmDate.isValid());
    }

    void limitsSeedTheSharedLimiter()
    {
        ClientHarness harness(QStringLiteral("production"));
        const auto limits = harness.client().rateLimits();
        QVERIFY(limits.has_value());
        QCOMPARE(limits->value(QStringLiteral("invoiceSend")), (WindowLimits{10, 30, 180}));
        QCOMPARE(harness.limiter().limits(QStringLiteral("invoiceSend")), (WindowLimits{10, 30, 180}));
        const auto remaining = harness.limiter().budget(QStringLiteral("other"));
        QCOMPARE(remaining.remaining.perSecond, 10 - 1); // GET /rate-limits itself
        const auto context = harness.client().contextLimits();
        QVERIFY(context.has_value());
        QCOMPARE(context->onlineMaxInvoices, 10000);
    }

    // Access tokens are refreshed before they expire (no 401 needed), and a rotated key is fetched again.
    void refreshBeforeExpiryAndKeyRotation()
    {
        Emulator::EmulatorConfig config = Test::EmulatorHarness::fastConfig();
        config.accessTokenTtlSeconds = 60; // shorter than the client's refresh margin
        ClientHarness harness(QStringLiteral("off"), config);
        KsefClient &client = harness.client();
        QVERIFY(client.authenticate().has_value());
        const QString first = client.tokens().accessToken;
        QVERIFY(client.contextLimits().has_value());
        QVERIFY(client.tokens().accessToken != first);

        QVERIFY(client.openOnlineSession().has_value()); // caches the symmetric key
        QCOMPARE(harness.ksef()
                     .control("POST", QStringLiteral("/keys"),
                              {{QStringLiteral("usage"), QStringLiteral("SymmetricKeyEncryption")},
                               {QStringLiteral("mode"), QStringLiteral("replace")}})
                     .status,
                 200);
        const auto afterRotation = client.openOnlineSession(); // 21470, keys fetched again, retried once
        QVERIFY2(afterRotation.has_value(),
                 qPrintable(afterRotation ? QString() : afterRotation.error().message()));
    }

    // With KSeF's production limits, a client that sends as fast as the shared limiter lets it gets no 429.
    void productionLimitsAreNeverExceeded()
    {
        ClientHarness harness(QStringLiteral("production"));
        KsefClient &client = harness.client();
        const auto session = client.openOnlineSession();
        QVERIFY(session.has_value());
        const auto sent = client.sendInvoice(*session, Test::emulatorInvoice(QStringLiteral("FV/LIMIT/1")));
        QVERIFY(sent.has_value());
        for (int i = 0; i < 45; ++i) { // invoiceStatus: 30 per second
            QVERIFY(client.invoiceStatus(session->reference, sent->invoiceReference).has_value());
        }
        for (int i = 0; i < 14; ++i) { // sessionMisc: 10 per second
            QVERIFY(client.sessionStatus(session->reference).has_value());
        }
        const QJsonObject stats = harness.ksef().emulator().statsJson();
        QCOMPARE(stats.value(QStringLiteral("tooManyRequests")).toInt(), 0);
        QVERIFY(stats.value(QStringLiteral("requestsPerGroup"))
                    .toObject()
                    .value(QStringLiteral("invoiceStatus"))
                    .toInt() >= 45);
    }

    void environments()
    {
        QCOMPARE(KsefEnvironment::fromText(QStringLiteral("test"))->baseUrl.toString(),
                 QStringLiteral("https://api-test.ksef.mf.gov.pl/v2"));
        QCOMPARE(KsefEnvironment::fromText(QStringLiteral("DEMO"))->baseUrl.toString(),
                 QStringLiteral("https://api-demo.ksef.mf.gov.pl/v2"));
        QCOMPARE(KsefEnvironment::fromText(QStringLiteral("prd"))->baseUrl.toString(),
                 QStringLiteral("https://api.ksef.mf.gov.pl/v2"));
        const auto custom = KsefEnvironment::fromText(QStringLiteral("http://127.0.0.1:8080/v2/"));
        QCOMPARE(custom->kind, KsefEnvironment::Kind::Custom);
        QCOMPARE(custom->url(QStringLiteral("/sessions")).toString(),
                 QStringLiteral("http://127.0.0.1:8080/v2/sessions"));
        QCOMPARE(custom->key(), QStringLiteral("http://127.0.0.1:8080/v2"));
        QVERIFY(!KsefEnvironment::fromText(QStringLiteral("staging")).has_value());
        QVERIFY(!KsefEnvironment::fromText(QStringLiteral("ftp://x")).has_value());
    }

    void bothErrorShapesAndSystemWarnings()
    {
        ClientHarness harness;
        KsefClient &client = harness.client();
        for (const bool problemDetails : {false, true}) {
            harness.transport().setPreferProblemDetails(problemDetails);
            const auto missing = client.sessionStatus(QStringLiteral("20260101-SO-0000000000-0000000000-00"));
            QVERIFY(!missing.has_value());
            QCOMPARE(missing.error().kind, KsefError::Kind::Rejected);
            QCOMPARE(missing.error().code(), 21173);
            QVERIFY(!missing.error().requestId.isEmpty());
            QVERIFY(!missing.error().rawBody.isEmpty());
            QCOMPARE(classify(missing.error()).newSession, true);
        }
        QCOMPARE(harness.ksef()
                     .control("POST", QStringLiteral("/system-warning"),
                              {{QStringLiteral("text"), QStringLiteral("[W1] przerwa techniczna")}})
                     .status,
                 200);
        QVERIFY(client.contextLimits().has_value());
        QCOMPARE(client.lastSystemWarning(), QStringLiteral("[W1] przerwa techniczna"));
    }
};

QTEST_GUILESS_MAIN(TestKsefClient)
#include "tst_ksef_client.moc"
