// KSeF certificates (issue: life after KSeF tokens): the crypto (CSR, key usages, KOD II signatures), import
// checks, and enrolment, login, query and revocation through Kurier's real client against the real emulator.
#include "emulator/EmulatorTestData.h"
#include "ksef/CertificateEnrolment.h"
#include "ksef/QrLinks.h"
#include "ksef/crypto/CertificateRequest.h"
#include "ksef/crypto/Crypto.h"
#include "ksef/crypto/SigningIdentity.h"
#include "ksef/crypto/Xades.h"
#include "support/ClientHarness.h"

#include <QTest>

using namespace Kurier;
using Test::ClientHarness;

namespace {
const QString kNip = ClientHarness::kNip;

KsefCredentials sealCredentials()
{
    return Test::sealCredentials(kNip);
}

KsefCredentials credentialsOf(const KsefCertificate &certificate)
{
    KsefCredentials credentials;
    credentials.method = KsefCredentials::Method::Certificate;
    credentials.contextNip = kNip;
    credentials.privateKey = certificate.key;
    credentials.certificate = certificate.certificate;
    return credentials;
}

// A local CA and a KSeF-like certificate of `usage`, valid from..to (for the import checks).
std::pair<AsymmetricKey, Certificate> localCertificate(Certificate::KeyUsages usage, QDateTime from,
                                                       QDateTime to)
{
    const AsymmetricKey caKey = *AsymmetricKey::generateEc();
    const Certificate ca = *Certificate::selfSigned(
        caKey, {{QStringLiteral("CN"), QStringLiteral("Test CA")}}, from.addDays(-1), to.addDays(1));
    AsymmetricKey key = *AsymmetricKey::generateEc();
    Certificate certificate = *Certificate::issue(key,
                                                  {{QStringLiteral("CN"), QStringLiteral("Firma Testowa")},
                                                   {QStringLiteral("C"), QStringLiteral("PL")}},
                                                  ca, caKey, from, to, 0x0123456789ABCDEFULL, usage);
    return {std::move(key), std::move(certificate)};
}
} // namespace

class TestKsefCertificates : public QObject
{
    Q_OBJECT

private slots:
    void csrCarriesTheSubjectAndIsSignedByItsKey()
    {
        for (const bool ec : {true, false}) {
            const AsymmetricKey key = ec ? *AsymmetricKey::generateEc() : *AsymmetricKey::generate(2048);
            const Certificate::Subject subject{
                {QStringLiteral("CN"), QStringLiteral("Jan Kowalski")},
                {QStringLiteral("C"), QStringLiteral("PL")},
                {QStringLiteral("serialNumber"), QStringLiteral("TINPL-5265877635")}};
            const auto request = CertificateRequest::create(key, subject);
            QVERIFY2(request.has_value(), qPrintable(request ? QString() : request.error()));
            const auto parsed = CertificateRequest::fromDer(request->der());
            QVERIFY(parsed.has_value());
            QVERIFY(parsed->signatureValid());
            QCOMPARE(parsed->subject(), subject);
            QVERIFY(parsed->publicKey().samePublicKey(key));
            QCOMPARE(parsed->publicKey().algorithm(),
                     ec ? AsymmetricKey::Algorithm::Ec : AsymmetricKey::Algorithm::Rsa);
        }
        QVERIFY(!CertificateRequest::fromDer(QByteArray("not a CSR")).has_value());
    }

    void qrSignaturesRsaPssAndEcdsa()
    {
        const QByteArray text =
            "qr-test.ksef.mf.gov.pl/certificate/Nip/5265877635/5265877635/01F20A5D352AE590/"
            "UtQp9Gpc51y-u3xApZjIjgkpZ01js-J8KflSPW8WzIE";
        for (const bool ec : {true, false}) {
            const AsymmetricKey key = ec ? *AsymmetricKey::generateEc() : *AsymmetricKey::generate(2048);
            const auto signature = key.signQr(text);
            QVERIFY(signature.has_value());
            if (ec) {
                QCOMPARE(signature->size(), 64); // IEEE P1363 r‖s
            } else {
                QCOMPARE(signature->size(), 256);
                QVERIFY(!key.verifySha256(text, *signature)); // PSS, not PKCS#1 v1.5
            }
            QVERIFY(key.verifyQr(text, *signature));
            QVERIFY(!key.verifyQr(QByteArray(text + "x"), *signature));
            // RSA-PSS is randomised; ECDSA too: two signatures differ and both verify.
            const auto again = key.signQr(text);
            QVERIFY(*again != *signature && key.verifyQr(text, *again));
        }
    }

    void importChecksKeyTypeExpiryAndPassword()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto [offlineKey, offline] =
            localCertificate(Certificate::KeyUsage::NonRepudiation, now.addDays(-1), now.addYears(1));
        const QByteArray encrypted = offlineKey.encryptedPrivateKeyPem("tajne hasło");
        QVERIFY(encrypted.contains("ENCRYPTED PRIVATE KEY"));
        const auto imported = KsefCertificate::fromFiles(offline.pem(), encrypted, "tajne hasło", now);
        QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error()));
        QCOMPARE(imported->type, KsefCertificateType::Offline);
        QCOMPARE(imported->serial(), QStringLiteral("0123456789ABCDEF"));
        // DER certificate and an unencrypted PKCS#8 key work as well.
        QVERIFY(KsefCertificate::fromFiles(offline.der(), offlineKey.privateKeyPem(), {}, now).has_value());

        const auto wrongPassword = KsefCertificate::fromFiles(offline.pem(), encrypted, "inne", now);
        QVERIFY(!wrongPassword && wrongPassword.error().contains(QStringLiteral("password")));
        const auto noPassword = KsefCertificate::fromFiles(offline.pem(), encrypted, {}, now);
        QVERIFY(!noPassword && noPassword.error().contains(QStringLiteral("password")));
        const auto [otherKey, authentication] =
            localCertificate(Certificate::KeyUsage::DigitalSignature, now.addDays(-1), now.addYears(1));
        const auto mismatched =
            KsefCertificate::fromFiles(authentication.pem(), offlineKey.privateKeyPem(), {}, now);
        QVERIFY(!mismatched && mismatched.error().contains(QStringLiteral("does not belong")));
        QCOMPARE(KsefCertificate::fromFiles(authentication.pem(), otherKey.privateKeyPem(), {}, now)->type,
                 KsefCertificateType::Authentication);
        const auto [oldKey, expired] =
            localCertificate(Certificate::KeyUsage::DigitalSignature, now.addYears(-2), now.addDays(-1));
        const auto tooOld = KsefCertificate::fromFiles(expired.pem(), oldKey.privateKeyPem(), {}, now);
        QVERIFY(!tooOld && tooOld.error().contains(QStringLiteral("expired")));
        const auto [plainKey, plain] = localCertificate({}, now.addDays(-1), now.addYears(1));
        const auto notKsef = KsefCertificate::fromFiles(plain.pem(), plainKey.privateKeyPem(), {}, now);
        QVERIFY(!notKsef && notKsef.error().contains(QStringLiteral("not a KSeF certificate")));
        QVERIFY(!KsefCertificate::fromFiles("garbage", offlineKey.privateKeyPem(), {}, now).has_value());
        QVERIFY(!KsefCertificate::fromFiles(offline.pem(), "garbage", {}, now).has_value());

        // One .p12 with both: the type is read from the certificate; a wrong password is named.
        SigningIdentity identity{offlineKey, offline};
        const QByteArray p12 = *identity.toPkcs12(QStringLiteral("p12-hasło"), QStringLiteral("offline"));
        QCOMPARE(KsefCertificate::fromPkcs12(p12, QStringLiteral("p12-hasło"), now)->type,
                 KsefCertificateType::Offline);
        const auto badP12 = KsefCertificate::fromPkcs12(p12, QStringLiteral("zle"), now);
        QVERIFY(!badP12 && badP12.error().contains(QStringLiteral("password")));
    }

    void enrolBothTypesThenLogInWithTheAuthenticationCertificate()
    {
        ClientHarness h;
        KsefClient &client = h.client();
        client.setCredentials(sealCredentials());
        const auto limits = client.certificateLimits();
        QVERIFY(limits.has_value());
        QVERIFY(limits->canRequest);
        QVERIFY(limits->certificatesRemaining > 0);

        CertificateEnrolment enrolment(client);
        CertificateEnrolment::Options options;
        options.pollInterval = std::chrono::milliseconds(50);
        options.name = QStringLiteral("Kurier Authentication test");
        const auto authentication = enrolment.enrol(KsefCertificateType::Authentication, options);
        QVERIFY2(authentication.has_value(),
                 qPrintable(authentication ? QString() : authentication.error().message()));
        QCOMPARE(authentication->type, KsefCertificateType::Authentication);
        QCOMPARE(authentication->key.algorithm(), AsymmetricKey::Algorithm::Ec);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9A-F]{16}$")).match(authentication->serial()).hasMatch());
        options.name = QStringLiteral("Kurier Offline test");
        options.algorithm = AsymmetricKey::Algorithm::Rsa;
        const auto offline = enrolment.enrol(KsefCertificateType::Offline, options);
        QVERIFY2(offline.has_value(), qPrintable(offline ? QString() : offline.error().message()));
        QCOMPARE(offline->type, KsefCertificateType::Offline);
        QCOMPARE(offline->key.bits(), 2048);

        const auto listed = client.queryCertificates();
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), 2);
        for (const KsefCertificateInfo &info : *listed) {
            QCOMPARE(info.status, KsefCertificateStatus::Active);
        }

        // From now on the Authentication certificate logs in (XAdES with the emulator's own certificate).
        client.setCredentials(credentialsOf(*authentication));
        QVERIFY(client.authenticate().has_value());
        QCOMPARE(h.ksef().emulator().statsJson().value(QStringLiteral("ksefCertificateLogins")).toInt(), 1);
        // The Offline certificate cannot log in.
        client.setCredentials(credentialsOf(*offline));
        const auto refused = client.authenticate();
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().statusCode, 460);

        // Revoked (after a signature login): it can no longer log in, and KSeF lists it as revoked.
        client.setCredentials(credentialsOf(*authentication));
        QVERIFY(client.revokeCertificate(authentication->serial(), RevocationReason::Superseded).has_value());
        const auto again = client.revokeCertificate(authentication->serial(), RevocationReason::Superseded);
        QVERIFY(!again && again.error().hasCode(25009));
        QVERIFY(again.error().message().contains(QStringLiteral("cannot be revoked")));
        QVERIFY(!client.authenticate().has_value());
        client.setCredentials(sealCredentials());
        bool revokedListed = false;
        const auto afterRevocation = client.queryCertificates();
        QVERIFY(afterRevocation.has_value());
        for (const KsefCertificateInfo &info : *afterRevocation) {
            revokedListed |=
                info.serial == authentication->serial() && info.status == KsefCertificateStatus::Revoked;
        }
        QVERIFY(revokedListed);
    }

    void kodTwoIsSignedWithTheOfflineCertificateAndVerifiedByTheEmulator()
    {
        ClientHarness h;
        KsefClient &client = h.client();
        client.setCredentials(sealCredentials());
        CertificateEnrolment enrolment(client);
        CertificateEnrolment::Options options;
        options.pollInterval = std::chrono::milliseconds(50);
        options.name = QStringLiteral("Kurier Offline");
        for (const AsymmetricKey::Algorithm algorithm :
             {AsymmetricKey::Algorithm::Ec, AsymmetricKey::Algorithm::Rsa}) {
            options.algorithm = algorithm;
            const auto offline = enrolment.enrol(KsefCertificateType::Offline, options);
            QVERIFY(offline.has_value());
            const KsefEnvironment environment = KsefEnvironment::custom(QUrl(h.ksef().baseUrl()));
            const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/OFF/%1").arg(int(algorithm)));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const auto link = QrLinks::certificateVerification(environment, kNip, kNip, xml, *offline, now);
            QVERIFY2(link.has_value(), qPrintable(link ? QString() : link.error()));
            QVERIFY(link->startsWith(h.ksef().origin() + QStringLiteral("/certificate/Nip/") + kNip + u'/' +
                                     kNip + u'/' + offline->serial() + u'/'));
            const QJsonObject answer = h.ksef().request("GET", *link).json();
            QVERIFY2(answer.value(QStringLiteral("genuine")).toBool(),
                     QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
            QVERIFY(!answer.value(QStringLiteral("invoiceKnown")).toBool()); // offline: not in KSeF yet
            // Another invoice's hash under the same signature: not genuine.
            QString forged = *link;
            forged.replace(QrLinks::base64Url(Crypto::sha256(xml)),
                           QrLinks::base64Url(Crypto::sha256("inna")));
            QVERIFY(!h.ksef().request("GET", forged).json().value(QStringLiteral("genuine")).toBool());
            // Once revoked, the printed KOD II no longer verifies.
            QVERIFY(client.revokeCertificate(offline->serial(), RevocationReason::KeyCompromise).has_value());
            const QJsonObject revoked = h.ksef().request("GET", *link).json();
            QVERIFY(!revoked.value(QStringLiteral("genuine")).toBool());
            QCOMPARE(revoked.value(QStringLiteral("certificateStatus")).toString(),
                     QStringLiteral("Revoked"));
            QVERIFY(revoked.value(QStringLiteral("signatureValid")).toBool());
        }
        // An Authentication certificate, or an expired Offline one, cannot sign KOD II.
        const auto authentication = enrolment.enrol(KsefCertificateType::Authentication, options);
        QVERIFY(authentication.has_value());
        const auto wrongType =
            QrLinks::certificateVerification(KsefEnvironment::custom(QUrl(h.ksef().baseUrl())), kNip, kNip,
                                             "<x/>", *authentication, QDateTime::currentDateTimeUtc());
        QVERIFY(!wrongType && wrongType.error().contains(QStringLiteral("Authentication")));
        KsefCertificate later = *authentication;
        later.type = KsefCertificateType::Offline;
        const auto expired =
            QrLinks::certificateVerification(KsefEnvironment::custom(QUrl(h.ksef().baseUrl())), kNip, kNip,
                                             "<x/>", later, QDateTime::currentDateTimeUtc().addYears(3));
        QVERIFY(!expired && expired.error().contains(QStringLiteral("not valid")));
    }

    void enrolmentRefusals()
    {
        ClientHarness h;
        KsefClient &client = h.client();
        CertificateEnrolment enrolment(client);
        CertificateEnrolment::Options options;
        options.pollInterval = std::chrono::milliseconds(50);
        options.name = QStringLiteral("Kurier test");
        // A KSeF-token login may not ask for certificates (25001, in plain words).
        const auto withToken = enrolment.enrol(KsefCertificateType::Offline, options);
        QVERIFY(!withToken && withToken.error().hasCode(25001));
        QVERIFY(withToken.error().message().contains(QStringLiteral("signature")));

        client.setCredentials(sealCredentials());
        // KSeF rejects the request: the reason reaches the user.
        h.ksef().control(
            "POST", QStringLiteral("/certificates"),
            {{QStringLiteral("rejectNext"), QStringLiteral("Klucz publiczny został już certyfikowany.")}});
        const auto rejected = enrolment.enrol(KsefCertificateType::Offline, options);
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().statusCode, 400);
        QVERIFY(rejected.error().message().contains(QStringLiteral("certyfikowany")));
        // Cancelled by KSeF (550): a retryable failure.
        h.ksef().control("POST", QStringLiteral("/certificates"), {{QStringLiteral("cancelNext"), true}});
        const auto cancelled = enrolment.enrol(KsefCertificateType::Offline, options);
        QVERIFY(!cancelled);
        QCOMPARE(classify(cancelled.error()).errorClass, ErrorClass::Retryable);
        // The limit reached: refused before a key is made, with the limit named.
        h.ksef().control("POST", QStringLiteral("/certificates"), {{QStringLiteral("maxCertificates"), 0}});
        const auto limited = enrolment.enrol(KsefCertificateType::Offline, options);
        QVERIFY(!limited && limited.error().message().contains(QStringLiteral("limit")));
        // A CSR KSeF cannot read, or with another company's data.
        QVERIFY(client.enrolCertificate(QStringLiteral("Kurier test"), KsefCertificateType::Offline, "junk")
                    .error()
                    .hasCode(25004));
        h.ksef().control("POST", QStringLiteral("/certificates"), {{QStringLiteral("maxCertificates"), 6}});
        const AsymmetricKey key = *AsymmetricKey::generateEc();
        const auto foreign =
            CertificateRequest::create(key, {{QStringLiteral("CN"), QStringLiteral("Ktoś Inny")},
                                             {QStringLiteral("C"), QStringLiteral("PL")}});
        QVERIFY(
            client
                .enrolCertificate(QStringLiteral("Kurier test"), KsefCertificateType::Offline, foreign->der())
                .error()
                .hasCode(25003));
    }

    void loginWithARequestSignedElsewhere()
    {
        ClientHarness h;
        KsefClient &client = h.client();
        const auto request = client.prepareSignatureRequest(kNip);
        QVERIFY(request.has_value());
        QVERIFY(request->xml.contains(request->challenge.toUtf8()));
        QVERIFY(request->validUntil > QDateTime::currentDateTimeUtc().addSecs(9 * 60));
        const KsefCredentials seal = sealCredentials();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray signedXml = *Xades::sign(request->xml, seal.privateKey, seal.certificate, now);

        // Not signed, another company, another challenge, changed after signing, expired: each named.
        QVERIFY(KsefClient::signedRequestProblem(request->xml, *request, now)
                    ->contains(QStringLiteral("not signed")));
        KsefClient::SignatureRequest other = *request;
        other.contextNip = QStringLiteral("1111111111");
        QVERIFY(KsefClient::signedRequestProblem(signedXml, other, now)
                    ->contains(QStringLiteral("another company")));
        other = *request;
        other.challenge = QStringLiteral("20250514-CR-226FB7B000-3ACF9BE4C0-10");
        QVERIFY(KsefClient::signedRequestProblem(signedXml, other, now)
                    ->contains(QStringLiteral("another login")));
        QByteArray tampered = signedXml;
        tampered.replace(kNip.toUtf8(), "1111111111");
        QVERIFY(
            KsefClient::signedRequestProblem(tampered, *request, now)->contains(QStringLiteral("not valid")));
        QVERIFY(KsefClient::signedRequestProblem(signedXml, *request, request->validUntil.addSecs(1))
                    ->contains(QStringLiteral("expired")));
        QVERIFY(KsefClient::signedRequestProblem("<a>", *request, now).has_value());

        QVERIFY(!KsefClient::signedRequestProblem(signedXml, *request, now).has_value());
        const auto tokens = client.authenticateWithSignedRequest(signedXml, *request);
        QVERIFY2(tokens.has_value(), qPrintable(tokens ? QString() : tokens.error().message()));
        // A signature login: KSeF now issues certificates.
        QVERIFY(client.enrollmentData().has_value());
    }
};

QTEST_GUILESS_MAIN(TestKsefCertificates)
#include "tst_ksef_certificates.moc"
