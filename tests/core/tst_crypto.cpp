#include "ksef/crypto/AsymmetricKey.h"
#include "ksef/crypto/Certificate.h"
#include "ksef/crypto/Crypto.h"
#include "ksef/crypto/Xades.h"
#include "ksef/crypto/XadesProfile.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void sha256MatchesTheStandardVector()
    {
        QCOMPARE(Crypto::sha256("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Crypto::sha256Base64("abc").size(), 44);
    }

    void aesRoundTripsAndUsesPkcs7()
    {
        const QByteArray key = Crypto::randomBytes(32);
        const QByteArray iv = Crypto::randomBytes(16);
        for (const int size : {0, 1, 15, 16, 17, 3372}) {
            const QByteArray plain = Crypto::randomBytes(size);
            const auto cipher = Crypto::aesCbcEncrypt(key, iv, plain);
            QVERIFY(cipher.has_value());
            QCOMPARE(cipher->size(), 16 * (size / 16 + 1)); // PROTOCOL.md §3.3
            QCOMPARE(*Crypto::aesCbcDecrypt(key, iv, *cipher), plain);
        }
    }

    void aesRefusesWrongKeysAndDamagedData()
    {
        const QByteArray key = Crypto::randomBytes(32);
        const QByteArray iv = Crypto::randomBytes(16);
        const QByteArray cipher = *Crypto::aesCbcEncrypt(key, iv, QByteArray("faktura"));
        QVERIFY(!Crypto::aesCbcDecrypt(Crypto::randomBytes(16), iv, cipher).has_value());
        QVERIFY(!Crypto::aesCbcDecrypt(key, iv, cipher.left(15)).has_value());
        QVERIFY(!Crypto::aesCbcDecrypt(key, iv, QByteArray()).has_value());
        QByteArray wrongKey = key;
        wrongKey[0] = static_cast<char>(wrongKey[0] ^ 0x55);
        const auto decrypted = Crypto::aesCbcDecrypt(wrongKey, iv, cipher);
        QVERIFY(!decrypted.has_value() || *decrypted != "faktura");
    }

    void rsaOaepRoundTrips()
    {
        const auto key = AsymmetricKey::generate(2048);
        QVERIFY(key.has_value());
        QVERIFY(key->hasPrivateKey());
        QCOMPARE(key->bits(), 2048);
        const QByteArray secret = Crypto::randomBytes(32);
        const auto publicOnly = AsymmetricKey::fromPublicDer(key->publicKeyDer());
        QVERIFY(publicOnly.has_value());
        QVERIFY(!publicOnly->hasPrivateKey());
        const auto cipher = publicOnly->encryptOaep(secret);
        QVERIFY(cipher.has_value());
        QCOMPARE(cipher->size(), 256);
        QCOMPARE(*key->decryptOaep(*cipher), secret);
        QVERIFY(!publicOnly->decryptOaep(*cipher).has_value());
        QByteArray damaged = *cipher;
        damaged[10] = static_cast<char>(damaged[10] ^ 1);
        QVERIFY(!key->decryptOaep(damaged).has_value());
    }

    // The OAEP parameters are exactly those KSeF expects (SHA-256 and MGF1-SHA-256, not SHA-1): the openssl
    // command-line tool, told those parameters explicitly, decrypts what Kurier encrypted.
    void rsaOaepInteroperatesWithOpenSslTool()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            QSKIP("the openssl command-line tool is not installed");
        }
        QTemporaryDir dir;
        const auto key = AsymmetricKey::generate(2048);
        QFile pem(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(key->privateKeyPem());
        pem.close();
        QFile in(dir.filePath(QStringLiteral("cipher.bin")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(*key->encryptOaep("token|1752236636015"));
        in.close();
        QProcess process;
        process.start(openssl,
                      {QStringLiteral("pkeyutl"), QStringLiteral("-decrypt"), QStringLiteral("-inkey"),
                       pem.fileName(), QStringLiteral("-in"), in.fileName(), QStringLiteral("-pkeyopt"),
                       QStringLiteral("rsa_padding_mode:oaep"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("rsa_oaep_md:sha256"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("rsa_mgf1_md:sha256")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray("token|1752236636015"));
    }

    void selfSignedCertificatesCarryTheirSubject()
    {
        const auto key = AsymmetricKey::generate(2048);
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-3660);
        const QDateTime to = from.addYears(2);
        const auto cert =
            Certificate::selfSigned(*key,
                                    {{QStringLiteral("C"), QStringLiteral("PL")},
                                     {QStringLiteral("O"), QStringLiteral("Pracownia Stolarska")},
                                     {QStringLiteral("2.5.4.97"), QStringLiteral("VATPL-5265877635")},
                                     {QStringLiteral("CN"), QStringLiteral("Pieczęć testowa")}},
                                    from, to, 0x01F20A5D352AE590ULL);
        QVERIFY2(cert.has_value(), cert ? "" : qPrintable(cert.error()));
        QCOMPARE(cert->subjectAttribute(QStringLiteral("2.5.4.97")), QStringLiteral("VATPL-5265877635"));
        QCOMPARE(cert->subjectAttribute(QStringLiteral("CN")), QStringLiteral("Pieczęć testowa"));
        QCOMPARE(cert->serialHex(), QStringLiteral("01F20A5D352AE590"));
        QCOMPARE(cert->notBefore().toSecsSinceEpoch(), from.toSecsSinceEpoch());
        QCOMPARE(cert->notAfter().toSecsSinceEpoch(), to.toSecsSinceEpoch());
        const auto reread = Certificate::fromDer(cert->der());
        QVERIFY(reread.has_value());
        QCOMPARE(reread->publicKey().publicKeyDer(), key->publicKeyDer());
        QVERIFY(Certificate::fromPem(cert->pem()).has_value());
        QVERIFY(!Certificate::fromDer("not a certificate").has_value());
    }

    void xadesSignaturesVerifyAndDetectTampering()
    {
        const auto key = AsymmetricKey::generate(2048);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto cert =
            Certificate::selfSigned(*key,
                                    {{QStringLiteral("C"), QStringLiteral("PL")},
                                     {QStringLiteral("O"), QStringLiteral("Firma")},
                                     {QStringLiteral("2.5.4.97"), QStringLiteral("VATPL-5265877635")},
                                     {QStringLiteral("CN"), QStringLiteral("Firma")}},
                                    now.addSecs(-3660), now.addYears(2));
        const QByteArray request =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            "<AuthTokenRequest xmlns=\"http://ksef.mf.gov.pl/auth/token/2.0\">"
            "<Challenge>20250604-CR-461EA5B000-537A6BA15D-D7</Challenge>"
            "<ContextIdentifier><Nip>5265877635</Nip></ContextIdentifier>"
            "<SubjectIdentifierType>certificateSubject</SubjectIdentifierType></AuthTokenRequest>";
        const auto signedXml = Xades::sign(request, *key, *cert, now);
        QVERIFY2(signedXml.has_value(), signedXml ? "" : qPrintable(signedXml.error()));
        QVERIFY(signedXml->contains("SignedProperties"));
        QVERIFY(signedXml->contains("SigningTime"));
        const auto verified = Xades::verify(*signedXml);
        QVERIFY(verified.has_value());
        QCOMPARE(verified->certificate.subjectAttribute(QStringLiteral("2.5.4.97")),
                 QStringLiteral("VATPL-5265877635"));

        QByteArray tampered = *signedXml;
        tampered.replace("5265877635</Nip>", "1111111111</Nip>");
        QCOMPARE(Xades::verify(tampered).error(), Xades::Failure::Invalid);
        QByteArray tamperedTime = *signedXml;
        tamperedTime.replace(now.toUTC().toString(Qt::ISODate).toUtf8(), "2020-01-01T00:00:00Z");
        QCOMPARE(Xades::verify(tamperedTime).error(),
                 Xades::Failure::Invalid); // SignedProperties are covered
        QCOMPARE(Xades::verify(request).error(), Xades::Failure::NoSignature);
        QCOMPARE(Xades::verify("<unclosed").error(), Xades::Failure::Unreadable);
        const qsizetype start = signedXml->indexOf("<Signature");
        const qsizetype end = signedXml->indexOf("</Signature>") + 12;
        QVERIFY(start > 0 && end > start);
        QByteArray twice = *signedXml;
        twice.insert(end, signedXml->mid(start, end - start));
        QCOMPARE(Xades::verify(twice).error(), Xades::Failure::TooManySignatures);

        // Kurier's signatures are inside KSeF's XAdES profile (no sig-001), with an RSA and an EC key; what
        // lies outside it is named.
        QVERIFY2(XadesProfile::problems(*signedXml).isEmpty(),
                 qPrintable(XadesProfile::problems(*signedXml).join(u", ")));
        const auto ecKey = AsymmetricKey::generateEc();
        const auto ecCert = Certificate::selfSigned(*ecKey, {{QStringLiteral("CN"), QStringLiteral("Firma")}},
                                                    now.addSecs(-3660), now.addYears(2));
        const auto ecSigned = Xades::sign(request, *ecKey, *ecCert, now);
        QVERIFY(ecSigned.has_value());
        QVERIFY(XadesProfile::problems(*ecSigned).isEmpty());
        QCOMPARE(XadesProfile::problems(twice).size(), 1);
        QByteArray noTime = *signedXml;
        noTime.replace("SigningTime", "SigningHour");
        QVERIFY(XadesProfile::problems(noTime).join(u' ').contains(u"SigningTime"));
        QByteArray sha1 = *signedXml;
        sha1.replace("http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2000/09/xmldsig#sha1");
        QVERIFY(XadesProfile::problems(sha1).join(u' ').contains(u"SHA-256"));
        QVERIFY(!XadesProfile::problems(request).isEmpty());
    }

    void signaturesVerify()
    {
        const auto key = AsymmetricKey::generate(2048);
        const QByteArray signature = *key->signSha256("document");
        QVERIFY(key->verifySha256("document", signature));
        QVERIFY(!key->verifySha256("Document", signature));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
