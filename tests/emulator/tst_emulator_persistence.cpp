#include "EmulatorTestData.h"
#include "domain/KsefNumber.h"
#include "support/EmulatorHarness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;
using Test::EmulatorHarness;

// --data-dir: sessions, invoices, KSeF numbers, tokens, duplicates and the keys survive a restart of the
// emulator.
class TestEmulatorPersistence : public QObject
{
    Q_OBJECT

private slots:
    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        Emulator::EmulatorConfig config = EmulatorHarness::fastConfig();
        config.dataDir = dir.path();
        QString access;
        QString sessionRef;
        QString invoiceRef;
        QString ksefNumber;
        QString publicKeyId;
        QByteArray upo;
        {
            EmulatorHarness first(config);
            QVERIFY(first.emulator().isPersistent());
            access = first.authenticate(QStringLiteral("5265877635"));
            publicKeyId = first.publicKey(QStringLiteral("SymmetricKeyEncryption"))
                              .value(QStringLiteral("publicKeyId"))
                              .toString();
            const auto session = first.openSession(access);
            sessionRef = session.reference;
            invoiceRef =
                first.sendInvoiceRef(session, access, Test::emulatorInvoice(QStringLiteral("FV/P/1")));
            ksefNumber = first.waitForInvoice(sessionRef, invoiceRef, access)
                             .value(QStringLiteral("ksefNumber"))
                             .toString();
            QVERIFY(KsefNumber::parse(ksefNumber).has_value());
            upo =
                first.get(QStringLiteral("/sessions/%1/invoices/%2/upo").arg(sessionRef, invoiceRef), access)
                    .body;
        } // the emulator stops and saves

        EmulatorHarness second(config);
        // The same access token still works, the invoice and its UPO are there, the key is the same.
        const QJsonObject status =
            second.get(QStringLiteral("/sessions/%1/invoices/%2").arg(sessionRef, invoiceRef), access).json();
        QCOMPARE(status.value(QStringLiteral("ksefNumber")).toString(), ksefNumber);
        QCOMPARE(
            second.get(QStringLiteral("/sessions/%1/invoices/%2/upo").arg(sessionRef, invoiceRef), access)
                .body,
            upo);
        QCOMPARE(second.publicKey(QStringLiteral("SymmetricKeyEncryption"))
                     .value(QStringLiteral("publicKeyId"))
                     .toString(),
                 publicKeyId);
        // Duplicates are still detected across the restart.
        const auto session = second.openSession(access);
        QVERIFY(session.reference != sessionRef);
        const QString again =
            second.sendInvoiceRef(session, access, Test::emulatorInvoice(QStringLiteral("FV/P/1")));
        const QJsonObject duplicate = second.waitForInvoice(session.reference, again, access);
        QCOMPARE(duplicate.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt(),
                 440);
        QCOMPARE(duplicate.value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("extensions"))
                     .toObject()
                     .value(QStringLiteral("originalKsefNumber"))
                     .toString(),
                 ksefNumber);
    }

    void invoicesInFlightFinishAfterARestart()
    {
        QTemporaryDir dir;
        Emulator::EmulatorConfig config = EmulatorHarness::fastConfig();
        config.dataDir = dir.path();
        config.receivedToProcessingMs = 60'000; // still at 100 when the emulator stops
        QString access;
        QString sessionRef;
        QString invoiceRef;
        {
            EmulatorHarness first(config);
            access = first.authenticate(QStringLiteral("5265877635"));
            const auto session = first.openSession(access);
            sessionRef = session.reference;
            invoiceRef =
                first.sendInvoiceRef(session, access, Test::emulatorInvoice(QStringLiteral("FV/P/2")));
        }
        EmulatorHarness second(config);
        QCOMPARE(second.waitForInvoice(sessionRef, invoiceRef, access)
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 200);
    }

    void aDamagedStateFileIsReportedNotOverwritten()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("ksef-emulator.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        Emulator::EmulatorConfig config = EmulatorHarness::fastConfig();
        config.dataDir = dir.path();
        {
            EmulatorHarness emulator(config);
            QVERIFY(!emulator.emulator().isPersistent()); // it runs in memory and says so in its log
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a database"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorPersistence)
#include "tst_emulator_persistence.moc"
