#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTest>

// The executable as scripts and the desktop's sandbox mode use it: one JSON line on stdout, then clean exit
// on SIGTERM.
class TestEmulatorProcess : public QObject
{
    Q_OBJECT

private slots:
    void printsOneJsonLineAndExitsOnSigterm()
    {
        QProcess emulator;
        emulator.start(QStringLiteral(KURIER_BINARY_DIR "/bin/ksef-emulator"),
                       {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--demo"),
                        QStringLiteral("5265877635"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY(emulator.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(emulator.canReadLine(), 20000);
        const QJsonObject ready = QJsonDocument::fromJson(emulator.readLine()).object();
        const QString baseUrl = ready.value(QStringLiteral("baseUrl")).toString();
        QVERIFY(baseUrl.startsWith(u"http://127.0.0.1:"));
        QVERIFY(baseUrl.endsWith(u"/v2"));
        QVERIFY(ready.value(QStringLiteral("port")).toInt() > 0);
        QCOMPARE(ready.value(QStringLiteral("contextNip")).toString(), QStringLiteral("5265877635"));
        QVERIFY(ready.value(QStringLiteral("token")).toString().contains(u"|nip-5265877635|"));

        QNetworkAccessManager network;
        QNetworkRequest request{QUrl(baseUrl + QStringLiteral("/auth/challenge"))};
        QNetworkReply *reply = network.post(request, QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;

        emulator.terminate(); // SIGTERM
        QVERIFY(emulator.waitForFinished(10000));
        QCOMPARE(emulator.exitStatus(), QProcess::NormalExit);
        QCOMPARE(emulator.exitCode(), 0);
    }

    // --https: TLS with a generated self-signed certificate, which the JSON line hands over so that a client
    // trusts exactly it.
    void servesHttpsWithItsOwnCertificate()
    {
        QProcess emulator;
        emulator.start(QStringLiteral(KURIER_BINARY_DIR "/bin/ksef-emulator"), {QStringLiteral("--https")});
        QVERIFY(emulator.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(emulator.canReadLine(), 20000);
        const QJsonObject ready = QJsonDocument::fromJson(emulator.readLine()).object();
        const QString baseUrl = ready.value(QStringLiteral("baseUrl")).toString();
        QVERIFY(baseUrl.startsWith(u"https://127.0.0.1:"));
        const QList<QSslCertificate> certificate =
            QSslCertificate::fromData(ready.value(QStringLiteral("certificate")).toString().toLatin1());
        QCOMPARE(certificate.size(), 1);

        QNetworkAccessManager network;
        QNetworkRequest request{QUrl(baseUrl + QStringLiteral("/auth/challenge"))};
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({certificate.first()});
        request.setSslConfiguration(tls);
        QNetworkReply *reply = network.post(request, QByteArray());
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
            // The certificate is trusted explicitly; only the host-name check can differ (CN is the address).
            QList<QSslError> expected;
            for (const QSslError &error : errors) {
                if (error.error() == QSslError::HostNameMismatch) {
                    expected.append(error);
                }
            }
            reply->ignoreSslErrors(expected);
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("challenge"));
        delete reply;
        emulator.terminate();
        QVERIFY(emulator.waitForFinished(10000));
        QCOMPARE(emulator.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorProcess)
#include "tst_emulator_process.moc"
