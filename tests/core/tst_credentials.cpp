// KSeF credentials in the real system keychain (GNOME Keyring over the Secret Service, in a private D-Bus
// session started by tests/support/with-keyring.sh), and signing identities from PKCS#12 and PEM files.
#include "ksef/CredentialVault.h"
#include "ksef/KsefClient.h"

#include <QTest>
#include <QUuid>

using namespace Kurier;

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Each run uses its own service name, so nothing from an earlier run can answer for this one.
        m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("Kurier-test-") +
                                                        QUuid::createUuid().toString(QUuid::Id128));
        QVERIFY2(m_store->write(QStringLiteral("probe"), QStringLiteral("x")).has_value(),
                 "no system keychain: run under tests/support/with-keyring.sh");
        QVERIFY(m_store->remove(QStringLiteral("probe")).has_value());
    }

    void tokensAreKeptInTheKeychain()
    {
        CredentialVault vault(*m_store);
        const auto missing = vault.load(QStringLiteral("test"), QStringLiteral("5265877635"));
        QVERIFY(!missing.has_value());
        QVERIFY(missing.error().contains(u"5265877635"));
        QVERIFY(!vault.saveToken(QStringLiteral("test"), QStringLiteral("5265877635"), QStringLiteral("  "))
                     .has_value());
        QVERIFY(vault
                    .saveToken(QStringLiteral("test"), QStringLiteral("5265877635"),
                               QStringLiteral("20261124-EC-1|nip-5265877635|abc"))
                    .has_value());
        const auto loaded = vault.load(QStringLiteral("test"), QStringLiteral("5265877635"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->method, KsefCredentials::Method::KsefToken);
        QCOMPARE(loaded->ksefToken, QStringLiteral("20261124-EC-1|nip-5265877635|abc"));
        QCOMPARE(loaded->contextNip, QStringLiteral("5265877635"));
        // Another environment is another entry.
        QVERIFY(!vault.load(QStringLiteral("production"), QStringLiteral("5265877635")).has_value());
        QVERIFY(vault.remove(QStringLiteral("test"), QStringLiteral("5265877635")).has_value());
        QVERIFY(!vault.load(QStringLiteral("test"), QStringLiteral("5265877635")).has_value());
    }

    void signingIdentitiesFromPkcs12AndPem()
    {
        const auto seal =
            KsefClient::selfSignedSeal(QStringLiteral("5265877635"), QStringLiteral("Firma testowa"));
        QVERIFY(seal.has_value());
        const SigningIdentity identity{seal->first, seal->second};
        const auto bundle = identity.toPkcs12(QStringLiteral("tajne hasło"), QStringLiteral("Kurier"));
        QVERIFY(bundle.has_value());
        const auto opened = SigningIdentity::fromPkcs12(*bundle, QStringLiteral("tajne hasło"));
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error()));
        QCOMPARE(opened->certificate.der(), identity.certificate.der());
        QVERIFY(!SigningIdentity::fromPkcs12(*bundle, QStringLiteral("złe")).has_value());
        QVERIFY(SigningIdentity::fromPkcs12(*bundle, QStringLiteral("złe")).error().contains(u"password"));
        QVERIFY(!SigningIdentity::fromPkcs12("not a bundle", QString()).has_value());
        QVERIFY(!SigningIdentity::fromPkcs12(bundle->left(bundle->size() / 2), QStringLiteral("tajne hasło"))
                     .has_value());

        QVERIFY(
            SigningIdentity::fromPem(identity.certificate.pem(), identity.key.privateKeyPem()).has_value());
        const auto other = KsefClient::selfSignedSeal(QStringLiteral("1111111111"), QStringLiteral("Inna"));
        const auto mismatch =
            SigningIdentity::fromPem(identity.certificate.pem(), other->first.privateKeyPem());
        QVERIFY(!mismatch.has_value());
        QVERIFY(mismatch.error().contains(u"does not belong"));

        CredentialVault vault(*m_store);
        QVERIFY(
            vault.saveIdentity(QStringLiteral("test"), QStringLiteral("5265877635"), *opened).has_value());
        const auto loaded = vault.load(QStringLiteral("test"), QStringLiteral("5265877635"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->method, KsefCredentials::Method::Certificate);
        QCOMPARE(loaded->certificate.der(), identity.certificate.der());
        QCOMPARE(loaded->privateKey.privateKeyPem(), identity.key.privateKeyPem());
        QVERIFY(vault.remove(QStringLiteral("test"), QStringLiteral("5265877635")).has_value());
    }

    void aDamagedEntryIsReported()
    {
        CredentialVault vault(*m_store);
        QVERIFY(m_store
                    ->write(CredentialVault::keyFor(QStringLiteral("test"), QStringLiteral("1111111111")),
                            QStringLiteral("{garbage"))
                    .has_value());
        const auto loaded = vault.load(QStringLiteral("test"), QStringLiteral("1111111111"));
        QVERIFY(!loaded.has_value());
        QVERIFY(loaded.error().contains(u"damaged"));
        QVERIFY(vault.remove(QStringLiteral("test"), QStringLiteral("1111111111")).has_value());
    }

private:
    std::unique_ptr<KeychainSecretStore> m_store;
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
