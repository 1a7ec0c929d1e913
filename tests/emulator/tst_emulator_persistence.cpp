#include "EmulatorStore.h"
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

    void aSaveWritesWhatChangedNotEverything()
    {
        // Each invoice is a row of its own, written when it was added or changed: a save costs what changed,
        // so a million stored invoices cost a save no more than ten thousand.
        QTemporaryDir dir;
        QString error;
        auto store = Emulator::EmulatorStore::open(dir.path(), &error);
        QVERIFY2(store, qPrintable(error));
        Emulator::EmulatorState state;
        Emulator::SessionRecord session;
        session.referenceNumber = QStringLiteral("S-1");
        state.sessions.insert(session.referenceNumber, session);
        state.sessionOrder.append(session.referenceNumber);
        const QDateTime base(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC);
        for (int i = 1; i <= 3; ++i) {
            Emulator::InvoiceRecord invoice;
            invoice.referenceNumber = QStringLiteral("I-%1").arg(i);
            invoice.sessionReference = session.referenceNumber;
            invoice.ordinalNumber = 4 - i; // the session's order is not the map's
            invoice.sellerNip = QStringLiteral("5265877635");
            invoice.buyerNip = QStringLiteral("7771234567");
            invoice.invoiceKind = QStringLiteral("VAT");
            invoice.invoiceNumber = QStringLiteral("FV/%1").arg(i);
            invoice.statusCode = i < 3 ? 200 : 150; // the third is still in processing
            invoice.ksefNumber = QStringLiteral("K-%1").arg(i);
            invoice.acceptKey = QStringLiteral("5265877635|VAT|FV/%1").arg(i);
            invoice.permanentStorageDate = base.addSecs(i);
            state.invoices.insert(invoice.referenceNumber, invoice);
            state.unsavedInvoices.insert(invoice.referenceNumber);
        }
        const Emulator::EmulatorStore::Keys keys{"token", "symmetric", "ca key", "ca certificate"};
        QVERIFY(store->save(state, keys, 0));
        QCOMPARE(state.unsavedInvoices, QSet<QString>{QStringLiteral("I-3")}); // it may still change

        // A settled invoice changed behind the store's back is not written again: nothing rewrites all.
        state.invoices[QStringLiteral("I-1")].statusDescription = QStringLiteral("not saved");
        state.invoices[QStringLiteral("I-3")].statusCode = 200; // the one in processing is accepted
        state.invoices[QStringLiteral("I-3")].acceptKey = QStringLiteral("5265877635|VAT|FV/3");
        QVERIFY(store->save(state, keys, 0));
        QVERIFY(state.unsavedInvoices.isEmpty());

        const auto loaded = store->loadState();
        QVERIFY(loaded);
        QCOMPARE(loaded->invoices.size(), 3);
        QVERIFY(loaded->invoices.value(QStringLiteral("I-1")).statusDescription != u"not saved");
        QCOMPARE(loaded->invoices.value(QStringLiteral("I-3")).statusCode, 200);
        // The indexes and the session's list, rebuilt from the invoices.
        QCOMPARE(loaded->acceptedOrder,
                 (QStringList{QStringLiteral("I-1"), QStringLiteral("I-2"), QStringLiteral("I-3")}));
        QCOMPARE(loaded->acceptedByBuyer.value(QStringLiteral("7771234567")).size(), 3);
        QCOMPARE(loaded->acceptedBySeller.value(QStringLiteral("5265877635")).size(), 3);
        QCOMPARE(loaded->invoiceByKsefNumber.value(QStringLiteral("K-2")), QStringLiteral("I-2"));
        QCOMPARE(loaded->acceptedByKey.value(QStringLiteral("5265877635|VAT|FV/1")), QStringLiteral("I-1"));
        QCOMPARE(loaded->sessions.value(QStringLiteral("S-1")).invoiceReferences,
                 (QStringList{QStringLiteral("I-3"), QStringLiteral("I-2"), QStringLiteral("I-1")}));
        QVERIFY(loaded->unsavedInvoices.isEmpty());
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
