#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
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
};

QTEST_GUILESS_MAIN(TestEmulatorProcess)
#include "tst_emulator_process.moc"
