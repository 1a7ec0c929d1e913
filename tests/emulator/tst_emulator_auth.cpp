#include "domain/KsefNumber.h"
#include "ksef/crypto/Certificate.h"
#include "ksef/crypto/Crypto.h"
#include "support/EmulatorHarness.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Kurier;
using Test::EmulatorHarness;

namespace {
const QString kNip = QStringLiteral("5265877635");

QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toLatin1();
}

int statusCode(const QJsonObject &body)
{
    return body.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt();
}
} // namespace

class TestEmulatorAuth : public QObject
{
    Q_OBJECT

private slots:
    void publishesBothKeysWithTheirHashes()
    {
        EmulatorHarness ksef;
        const Test::HttpResult reply = ksef.get(QStringLiteral("/security/public-key-certificates"));
        QCOMPARE(reply.status, 200);
        const QJsonArray keys = QJsonDocument::fromJson(reply.body).array();
        QCOMPARE(keys.size(), 2);
        QStringList usages;
        for (const QJsonValue &value : keys) {
            const QJsonObject key = value.toObject();
            const QByteArray der =
                QByteArray::fromBase64(key.value(QStringLiteral("certificate")).toString().toLatin1());
            const auto certificate = Certificate::fromDer(der);
            QVERIFY(certificate.has_value());
            QCOMPARE(certificate->publicKey().bits(), 2048);
            QCOMPARE(key.value(QStringLiteral("certificateId")).toString(), Crypto::sha256Base64(der));
            QCOMPARE(key.value(QStringLiteral("publicKeyId")).toString(),
                     Crypto::sha256Base64(certificate->publicKey().publicKeyDer()));
            usages += key.value(QStringLiteral("usage")).toVariant().toStringList();
        }
        usages.sort();
        QCOMPARE(usages, (QStringList{QStringLiteral("KsefTokenEncryption"),
                                      QStringLiteral("SymmetricKeyEncryption")}));
    }

    void challengesAreKsefReferences()
    {
        EmulatorHarness ksef;
        const QJsonObject challenge = ksef.request("POST", QStringLiteral("/auth/challenge")).json();
        const QString value = challenge.value(QStringLiteral("challenge")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{8}-CR-[A-F0-9]{10}-[A-F0-9]{10}-[A-F0-9]{2}$"))
                    .match(value)
                    .hasMatch());
        QCOMPARE(value.right(2),
                 QStringLiteral("%1")
                     .arg(KsefNumber::crc8(value.left(33).toLatin1()), 2, 16, QLatin1Char('0'))
                     .toUpper());
        const QDateTime timestamp =
            QDateTime::fromString(challenge.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
        QCOMPARE(timestamp.toMSecsSinceEpoch(), challenge.value(QStringLiteral("timestampMs")).toInteger());
        QCOMPARE(challenge.value(QStringLiteral("clientIp")).toString(), QStringLiteral("127.0.0.1"));
    }

    void tokenAuthenticationGoesThrough100To200AndRedeemsOnce()
    {
        EmulatorHarness ksef;
        QString operationToken;
        const QJsonObject started = ksef.startTokenAuth(kNip, ksef.ksefToken(kNip), &operationToken);
        const QString reference = started.value(QStringLiteral("referenceNumber")).toString();
        QVERIFY(reference.contains(u"-AU-"));
        QCOMPARE(statusCode(ksef.get(QStringLiteral("/auth/") + reference, operationToken).json()), 100);
        QTRY_COMPARE_WITH_TIMEOUT(
            statusCode(ksef.get(QStringLiteral("/auth/") + reference, operationToken).json()), 200, 5000);
        const Test::HttpResult redeemed = ksef.request("POST", QStringLiteral("/auth/token/redeem"), {},
                                                       {{"Authorization", bearer(operationToken)}});
        QCOMPARE(redeemed.status, 200);
        const QString access = redeemed.json()
                                   .value(QStringLiteral("accessToken"))
                                   .toObject()
                                   .value(QStringLiteral("token"))
                                   .toString();
        const QString refresh = redeemed.json()
                                    .value(QStringLiteral("refreshToken"))
                                    .toObject()
                                    .value(QStringLiteral("token"))
                                    .toString();
        QVERIFY(!access.isEmpty() && !refresh.isEmpty());
        const Test::HttpResult again = ksef.request("POST", QStringLiteral("/auth/token/redeem"), {},
                                                    {{"Authorization", bearer(operationToken)}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.exceptionCode(), 21301);

        const Test::HttpResult refreshed = ksef.request("POST", QStringLiteral("/auth/token/refresh"), {},
                                                        {{"Authorization", bearer(refresh)}});
        QCOMPARE(refreshed.status, 200);
        QVERIFY(refreshed.json().contains(QStringLiteral("accessToken")));
        QVERIFY(!refreshed.json().contains(QStringLiteral("refreshToken")));
        // The access token works on a protected endpoint; the refresh token does not.
        QCOMPARE(ksef.get(QStringLiteral("/rate-limits"), access).status, 200);
        QCOMPARE(ksef.get(QStringLiteral("/rate-limits"), refresh).status, 401);
    }

    void badTokensEndWith450_data()
    {
        QTest::addColumn<bool>("wrongTimestamp");
        QTest::addColumn<bool>("unknownToken");
        QTest::newRow("unknown token") << false << true;
        QTest::newRow("wrong timestamp") << true << false;
    }
    void badTokensEndWith450()
    {
        QFETCH(bool, wrongTimestamp);
        QFETCH(bool, unknownToken);
        EmulatorHarness ksef;
        const QString token = unknownToken
                                  ? QStringLiteral("20261124-EC-0000000000-0000000000-00|nip-5265877635|00")
                                  : ksef.ksefToken(kNip);
        const QJsonObject challenge = ksef.request("POST", QStringLiteral("/auth/challenge")).json();
        const QJsonObject key = ksef.publicKey(QStringLiteral("KsefTokenEncryption"));
        const auto certificate = Certificate::fromDer(
            QByteArray::fromBase64(key.value(QStringLiteral("certificate")).toString().toLatin1()));
        const qint64 timestamp =
            challenge.value(QStringLiteral("timestampMs")).toInteger() + (wrongTimestamp ? 1 : 0);
        const QByteArray encrypted =
            *certificate->publicKey().encryptOaep(QStringLiteral("%1|%2").arg(token).arg(timestamp).toUtf8());
        const QJsonObject started =
            ksef.postJson(QStringLiteral("/auth/ksef-token"),
                          QJsonObject{
                              {QStringLiteral("challenge"), challenge.value(QStringLiteral("challenge"))},
                              {QStringLiteral("contextIdentifier"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("Nip")},
                                           {QStringLiteral("value"), kNip}}},
                              {QStringLiteral("encryptedToken"), QString::fromLatin1(encrypted.toBase64())}})
                .json();
        const QString operation = started.value(QStringLiteral("authenticationToken"))
                                      .toObject()
                                      .value(QStringLiteral("token"))
                                      .toString();
        const QString reference = started.value(QStringLiteral("referenceNumber")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            statusCode(ksef.get(QStringLiteral("/auth/") + reference, operation).json()), 450, 5000);
        const QJsonObject status = ksef.get(QStringLiteral("/auth/") + reference, operation)
                                       .json()
                                       .value(QStringLiteral("status"))
                                       .toObject();
        QVERIFY(!status.value(QStringLiteral("details")).toArray().isEmpty());
        const Test::HttpResult redeem = ksef.request("POST", QStringLiteral("/auth/token/redeem"), {},
                                                     {{"Authorization", bearer(operation)}});
        QCOMPARE(redeem.exceptionCode(), 21301);
    }

    void challengesAreSingleUseAndKeyIdsChecked()
    {
        EmulatorHarness ksef;
        const QString token = ksef.ksefToken(kNip);
        const QJsonObject challenge = ksef.request("POST", QStringLiteral("/auth/challenge")).json();
        const QJsonObject key = ksef.publicKey(QStringLiteral("KsefTokenEncryption"));
        const auto certificate = Certificate::fromDer(
            QByteArray::fromBase64(key.value(QStringLiteral("certificate")).toString().toLatin1()));
        const QByteArray encrypted = *certificate->publicKey().encryptOaep(
            QStringLiteral("%1|%2")
                .arg(token)
                .arg(challenge.value(QStringLiteral("timestampMs")).toInteger())
                .toUtf8());
        QJsonObject body{
            {QStringLiteral("challenge"), challenge.value(QStringLiteral("challenge"))},
            {QStringLiteral("contextIdentifier"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("Nip")}, {QStringLiteral("value"), kNip}}},
            {QStringLiteral("encryptedToken"), QString::fromLatin1(encrypted.toBase64())},
            {QStringLiteral("publicKeyId"), QString(44, u'A')}};
        QCOMPARE(ksef.postJson(QStringLiteral("/auth/ksef-token"), body).exceptionCode(), 21470);
        body.remove(QStringLiteral("publicKeyId"));
        QCOMPARE(ksef.postJson(QStringLiteral("/auth/ksef-token"), body).status, 202);
        QCOMPARE(ksef.postJson(QStringLiteral("/auth/ksef-token"), body).exceptionCode(), 21111); // used
        body[QStringLiteral("challenge")] = QStringLiteral("20260101-CR-0000000000-0000000000-00");
        QCOMPARE(ksef.postJson(QStringLiteral("/auth/ksef-token"), body).exceptionCode(), 21111);
    }

    void expiredAndRevokedTokens()
    {
        EmulatorHarness ksef;
        QString operationToken;
        const QJsonObject started = ksef.startTokenAuth(kNip, ksef.ksefToken(kNip), &operationToken);
        const QString reference = started.value(QStringLiteral("referenceNumber")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            statusCode(ksef.get(QStringLiteral("/auth/") + reference, operationToken).json()), 200, 5000);
        const QJsonObject tokens = ksef.request("POST", QStringLiteral("/auth/token/redeem"), {},
                                                {{"Authorization", bearer(operationToken)}})
                                       .json();
        const QString access =
            tokens.value(QStringLiteral("accessToken")).toObject().value(QStringLiteral("token")).toString();
        const QString refresh =
            tokens.value(QStringLiteral("refreshToken")).toObject().value(QStringLiteral("token")).toString();

        // Revoking the authentication session kills the refresh token; the access token lives until it
        // expires.
        QCOMPARE(ksef.request("DELETE", QStringLiteral("/auth/sessions/current"), {},
                              {{"Authorization", bearer(access)}})
                     .status,
                 204);
        QCOMPARE(ksef.request("POST", QStringLiteral("/auth/token/refresh"), {},
                              {{"Authorization", bearer(refresh)}})
                     .exceptionCode(),
                 21301);
        QCOMPARE(ksef.get(QStringLiteral("/rate-limits"), access).status, 200);

        // Sixteen minutes later the access token has expired: 401 as problem+json.
        QCOMPARE(ksef.control("POST", QStringLiteral("/time"),
                              QJsonObject{{QStringLiteral("shiftSeconds"), 16 * 60}})
                     .status,
                 200);
        const Test::HttpResult expired = ksef.get(QStringLiteral("/rate-limits"), access);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(expired.json().value(QStringLiteral("status")).toInt(), 401);
    }

    void xadesAuthenticationWithASelfSignedSeal()
    {
        EmulatorHarness ksef;
        const Test::HttpResult started = ksef.postXades(ksef.signedAuthRequest(kNip, kNip));
        QCOMPARE(started.status, 202);
        const QString access = ksef.authenticateWith(started);
        QVERIFY(!access.isEmpty());
        // The owner of the NIP may open a session and send invoices in its context.
        QCOMPARE(ksef.openSession(access).reference.contains(u"-SO-"), true);
    }

    void xadesFailures()
    {
        EmulatorHarness ksef;
        QCOMPARE(ksef.postXades("<not xml").exceptionCode(), 21001);
        QCOMPARE(ksef.postXades("<AuthTokenRequest xmlns=\"urn:other\"/>").exceptionCode(), 21401);
        QCOMPARE(ksef.postXades(ksef.signedAuthRequest(kNip, kNip, false)).exceptionCode(), 9102);
        QByteArray tampered = ksef.signedAuthRequest(kNip, kNip);
        tampered.replace("certificateSubject", "certificateFingerprint");
        QCOMPARE(ksef.postXades(tampered).exceptionCode(), 9105);
        QByteArray invalid = ksef.signedAuthRequest(kNip, kNip);
        invalid.replace("<SubjectIdentifierType>", "<Unknown>x</Unknown><SubjectIdentifierType>");
        QCOMPARE(ksef.postXades(invalid).exceptionCode(), 21401);
        // Signed by the owner of another NIP: the authentication ends with 415 (no permissions in this
        // context).
        const Test::HttpResult stranger =
            ksef.postXades(ksef.signedAuthRequest(kNip, QStringLiteral("1111111111")));
        QCOMPARE(stranger.status, 202);
        QVERIFY(ksef.authenticateWith(stranger).isEmpty());
        // verifyCertificateChain=true refuses the self-signed certificate (460).
        QVERIFY(ksef.authenticateWith(ksef.postXades(ksef.signedAuthRequest(kNip, kNip),
                                                     QStringLiteral("?verifyCertificateChain=true")))
                    .isEmpty());
    }

    void authenticationOperationsAreGoneAfterSevenDays()
    {
        EmulatorHarness ksef;
        QString operationToken;
        const QString reference = ksef.startTokenAuth(kNip, ksef.ksefToken(kNip), &operationToken)
                                      .value(QStringLiteral("referenceNumber"))
                                      .toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            statusCode(ksef.get(QStringLiteral("/auth/") + reference, operationToken).json()), 200, 5000);
        ksef.control("POST", QStringLiteral("/time"),
                     QJsonObject{{QStringLiteral("shiftSeconds"), 8 * 24 * 3600}});
        const Test::HttpResult gone = ksef.get(QStringLiteral("/auth/") + reference, operationToken);
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.header("content-type"), QByteArray("application/problem+json"));
    }

    void authenticationSessionsAndTokensAreListed()
    {
        EmulatorHarness ksef;
        const QString first = ksef.authenticate(kNip);
        const QString second = ksef.authenticate(kNip);
        const QJsonArray sessions = ksef.get(QStringLiteral("/auth/sessions"), second)
                                        .json()
                                        .value(QStringLiteral("items"))
                                        .toArray();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions[0].toObject().value(QStringLiteral("isCurrent")).toBool(), true); // newest first
        QCOMPARE(sessions[1].toObject().value(QStringLiteral("isCurrent")).toBool(), false);
        QCOMPARE(ksef.get(QStringLiteral("/auth/sessions?pageSize=5"), second).exceptionCode(), 21405);

        const Test::HttpResult created = ksef.postJson(
            QStringLiteral("/tokens"),
            QJsonObject{{QStringLiteral("permissions"), QJsonArray{QStringLiteral("InvoiceRead")}},
                        {QStringLiteral("description"), QStringLiteral("Token do odczytu")}},
            first);
        QCOMPARE(created.status, 202);
        const QJsonArray tokens = ksef.get(QStringLiteral("/tokens?status=Active"), first)
                                      .json()
                                      .value(QStringLiteral("tokens"))
                                      .toArray();
        QCOMPARE(tokens.size(), 2); // the demo token and the new one
        bool found = false;
        for (const QJsonValue &token : tokens) {
            found = found ||
                    token.toObject().value(QStringLiteral("description")).toString() == u"Token do odczytu";
        }
        QVERIFY(found);
        QCOMPARE(ksef.get(QStringLiteral("/tokens?status=Revoked"), first)
                     .json()
                     .value(QStringLiteral("tokens"))
                     .toArray()
                     .size(),
                 0);
    }

    // Planned rotation: a second key per usage, both work. Emergency rotation: the old key is withdrawn and
    // its publicKeyId is refused with 21470, while the new one works (PROTOCOL.md §3.1, §20.9).
    void keysRotate()
    {
        EmulatorHarness ksef;
        const QString access = ksef.authenticate(kNip);
        const QString symmetric = QStringLiteral("SymmetricKeyEncryption");
        const QString tokenUsage = QStringLiteral("KsefTokenEncryption");
        const QJsonObject oldSymmetric = ksef.publicKey(symmetric);
        const QJsonObject oldToken = ksef.publicKey(tokenUsage);

        const Test::HttpResult added = ksef.control(
            "POST", QStringLiteral("/keys"),
            {{QStringLiteral("usage"), symmetric}, {QStringLiteral("mode"), QStringLiteral("add")}});
        QCOMPARE(added.status, 200);
        const QJsonArray keys =
            QJsonDocument::fromJson(ksef.get(QStringLiteral("/security/public-key-certificates")).body)
                .array();
        QCOMPARE(keys.size(), 3);
        QJsonObject newSymmetric;
        for (const QJsonValue &key : keys) {
            if (key[QStringLiteral("publicKeyId")] == added.json()[QStringLiteral("publicKeyId")]) {
                newSymmetric = key.toObject();
            }
        }
        QVERIFY(!newSymmetric.isEmpty());
        QVERIFY(!ksef.openSession(access, oldSymmetric).reference.isEmpty());
        QVERIFY(!ksef.openSession(access, newSymmetric).reference.isEmpty());

        QCOMPARE(ksef.control("POST", QStringLiteral("/keys"),
                              {{QStringLiteral("usage"), symmetric},
                               {QStringLiteral("mode"), QStringLiteral("replace")}})
                     .status,
                 200);
        const Test::HttpResult refused = ksef.openSession(access, newSymmetric).opened;
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.exceptionCode(), 21470);
        QVERIFY(!ksef.openSession(access).reference.isEmpty()); // the current key

        QCOMPARE(ksef.control("POST", QStringLiteral("/keys"),
                              {{QStringLiteral("usage"), tokenUsage},
                               {QStringLiteral("mode"), QStringLiteral("replace")}})
                     .status,
                 200);
        QString operationToken;
        const QJsonObject withdrawn =
            ksef.startTokenAuth(kNip, ksef.ksefToken(kNip), &operationToken, {}, oldToken);
        QCOMPARE(withdrawn[QStringLiteral("exception")][QStringLiteral("exceptionDetailList")][0]
                          [QStringLiteral("exceptionCode")]
                              .toInt(),
                 21470);
        QVERIFY(!ksef.authenticate(kNip).isEmpty());
        QCOMPARE(ksef.control("POST", QStringLiteral("/keys"),
                              {{QStringLiteral("usage"), QStringLiteral("Other")}})
                     .exceptionCode(),
                 21405);
    }

    // AuthorizationPolicy.allowedIps binds the access and refresh tokens to client addresses: a request from
    // elsewhere gets 403 ip-not-allowed (problem+json with the client's address).
    void authorizationPolicyRestrictsAddresses_data()
    {
        QTest::addColumn<QJsonObject>("allowedIps");
        QTest::addColumn<int>("expected");
        QTest::newRow("other address")
            << QJsonObject{{QStringLiteral("ip4Addresses"), QJsonArray{QStringLiteral("10.1.2.3")}}} << 403;
        QTest::newRow("loopback address")
            << QJsonObject{{QStringLiteral("ip4Addresses"), QJsonArray{QStringLiteral("127.0.0.1")}}} << 200;
        QTest::newRow("range") << QJsonObject{{QStringLiteral("ip4Ranges"),
                                               QJsonArray{QStringLiteral("127.0.0.0-127.0.0.9")}}}
                               << 200;
        QTest::newRow("range elsewhere")
            << QJsonObject{{QStringLiteral("ip4Ranges"),
                            QJsonArray{QStringLiteral("192.168.0.1-192.168.0.254")}}}
            << 403;
        QTest::newRow("mask") << QJsonObject{{QStringLiteral("ip4Masks"),
                                              QJsonArray{QStringLiteral("127.0.0.0/8")}}}
                              << 200;
        QTest::newRow("mask elsewhere")
            << QJsonObject{{QStringLiteral("ip4Masks"), QJsonArray{QStringLiteral("172.16.0.0/16")}}} << 403;
    }
    void authorizationPolicyRestrictsAddresses()
    {
        QFETCH(QJsonObject, allowedIps);
        QFETCH(int, expected);
        EmulatorHarness ksef;
        QString operationToken;
        const QJsonObject started =
            ksef.startTokenAuth(kNip, ksef.ksefToken(kNip), &operationToken,
                                {{QStringLiteral("authorizationPolicy"),
                                  QJsonObject{{QStringLiteral("allowedIps"), allowedIps}}}});
        const QString access = ksef.finishTokenAuth(started, operationToken);
        QVERIFY(!access.isEmpty());
        const Test::HttpResult reply = ksef.get(QStringLiteral("/limits/context"), access);
        QCOMPARE(reply.status, expected);
        if (expected == 403) {
            QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
            QCOMPARE(reply.json()[QStringLiteral("reasonCode")].toString(), QStringLiteral("ip-not-allowed"));
            QVERIFY(
                !reply.json()[QStringLiteral("security")][QStringLiteral("clientIp")].toString().isEmpty());
        }
    }

    // An access token from a KSeF token holds only that token's permissions: without InvoiceWrite no session
    // can be opened (403 missing-permissions, listing what is present), while InvoiceRead calls still work.
    void tokenPermissionsLimitWhatTheAccessTokenMayDo()
    {
        EmulatorHarness ksef;
        const QString owner = ksef.authenticate(kNip);
        const Test::HttpResult created =
            ksef.postJson(QStringLiteral("/tokens"),
                          {{QStringLiteral("permissions"), QJsonArray{QStringLiteral("InvoiceRead")}},
                           {QStringLiteral("description"), QStringLiteral("Tylko odczyt")}},
                          owner);
        QCOMPARE(created.status, 202);
        QString operationToken;
        const QString readOnly = ksef.finishTokenAuth(
            ksef.startTokenAuth(kNip, created.json()[QStringLiteral("token")].toString(), &operationToken),
            operationToken);
        QVERIFY(!readOnly.isEmpty());
        const Test::HttpResult refused = ksef.openSession(readOnly).opened;
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json()[QStringLiteral("reasonCode")].toString(),
                 QStringLiteral("missing-permissions"));
        QCOMPARE(
            refused.json()[QStringLiteral("security")][QStringLiteral("requiredAnyOfPermissions")].toArray(),
            QJsonArray{QStringLiteral("InvoiceWrite")});
        QCOMPARE(refused.json()[QStringLiteral("security")][QStringLiteral("presentPermissions")].toArray(),
                 QJsonArray{QStringLiteral("InvoiceRead")});
        QCOMPARE(
            ksef.get(QStringLiteral("/invoices/ksef/5265877635-20260101-0100000000AA-00"), readOnly).status,
            400); // allowed to ask; the number does not exist
        QVERIFY(!ksef.openSession(owner).reference.isEmpty());
    }

    void protectedEndpointsNeedABearer()
    {
        EmulatorHarness ksef;
        for (const QString &path : {QStringLiteral("/sessions/x"), QStringLiteral("/rate-limits"),
                                    QStringLiteral("/limits/context")}) {
            const Test::HttpResult reply = ksef.get(path);
            QCOMPARE(reply.status, 401);
            QVERIFY(!reply.header("x-request-id").isEmpty());
        }
        QCOMPARE(ksef.get(QStringLiteral("/no/such/endpoint")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorAuth)
#include "tst_emulator_auth.moc"
