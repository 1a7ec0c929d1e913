#include "domain/KsefNumber.h"
#include "ksef/Upo.h"
#include "support/Samples.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Kurier;

namespace {
QByteArray sample(const QString &relative)
{
    QFile file(Test::testDataPath(QStringLiteral("examples/upo/v4-3/") + relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestUpo : public QObject
{
    Q_OBJECT

private slots:
    void everyOfficialSampleIsRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("documents");
        QTest::addColumn<QString>("context");
        QTest::newRow("invoice, NIP") << "kontekst-nip/upo-faktura-kontekst-id-nip.xml" << 1 << "5265877635";
        QTest::newRow("session, NIP") << "kontekst-nip/upo-sesja-kontekst-id-nip.xml" << 2 << "5265877635";
        QTest::newRow("invoice, internal id")
            << "kontekst-internal-id/upo-faktura-internal-id.xml" << 1 << "";
        QTest::newRow("session, internal id") << "kontekst-internal-id/upo-sesja-internal-id.xml" << 2 << "";
        QTest::newRow("invoice, VAT UE") << "kontekst-id-zlozony-vat-ue/upo-faktura-id-zlozony-vat-ue.xml"
                                         << 1 << "5265877635-ATU12345678";
        QTest::newRow("session, VAT UE")
            << "kontekst-id-zlozony-vat-ue/upo-sesja-id-zlozony-vat-ue.xml" << 2 << "5265877635-ATU12345678";
    }
    void everyOfficialSampleIsRead()
    {
        QFETCH(QString, file);
        QFETCH(int, documents);
        QFETCH(QString, context);
        const QByteArray bytes = sample(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        const auto upo = Upo::parse(bytes);
        QVERIFY2(upo.has_value(), qPrintable(upo ? QString() : upo.error()));
        QCOMPARE(upo->raw, bytes); // kept byte for byte
        QCOMPARE(upo->schemaVersion, QStringLiteral("4-3"));
        QVERIFY(upo->receiverName.startsWith(u"Ministerstwo Finansów"));
        QVERIFY(!upo->sessionReference.isEmpty());
        QCOMPARE(upo->formCode, QStringLiteral("FA (3)"));
        if (!context.isEmpty()) {
            QCOMPARE(upo->contextIdentifier, context);
        }
        QCOMPARE(upo->documents.size(), documents);
        for (const Upo::Document &document : upo->documents) {
            QVERIFY2(KsefNumber::parse(document.ksefNumber).has_value(), qPrintable(document.ksefNumber));
            QCOMPARE(document.invoiceHash.size(), 44);
            QVERIFY(document.issueDate.isValid());
            QVERIFY(document.numberAssignedAt.isValid());
            QVERIFY(document.sentAt.isValid());
            QVERIFY(!document.invoiceNumber.isEmpty());
            QCOMPARE(document.invoicingMode, QStringLiteral("Online"));
            QCOMPARE(upo->find(document.ksefNumber), &document);
        }
        QVERIFY(!upo->signedByMinistry);
        QCOMPARE(upo->find(QStringLiteral("nope")), nullptr);
    }

    void aPrefixedOlderSignedUpoIsReadToo()
    {
        const QByteArray xml =
            "<?xml version=\"1.0\"?><u:Potwierdzenie xmlns:u=\"http://upo.schematy.mf.gov.pl/KSeF/v4-2\" "
            "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><u:NumerReferencyjnySesji>S</"
            "u:NumerReferencyjnySesji>"
            "<u:Dokument><u:NumerKSeFDokumentu>N</u:NumerKSeFDokumentu><u:Nowe>ignored</u:Nowe>"
            "<u:SkrotDokumentu>H</u:SkrotDokumentu></u:Dokument><ds:Signature><ds:SignedInfo/></ds:Signature>"
            "</u:Potwierdzenie>";
        const auto upo = Upo::parse(xml);
        QVERIFY(upo.has_value());
        QCOMPARE(upo->schemaVersion, QStringLiteral("4-2"));
        QVERIFY(upo->signedByMinistry);
        QCOMPARE(upo->documents.value(0).invoiceHash, QStringLiteral("H"));
    }

    void badUposAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << "well-formed";
        QTest::newRow("truncated")
            << sample(QStringLiteral("kontekst-nip/upo-faktura-kontekst-id-nip.xml")).left(400)
            << "well-formed";
        QTest::newRow("html") << QByteArray("<html><body>403</body></html>") << "not a UPO";
        QTest::newRow("no document")
            << QByteArray("<Potwierdzenie xmlns=\"http://upo.schematy.mf.gov.pl/KSeF/v4-3\"/>")
            << "no invoice";
    }
    void badUposAreRefusedWithAReason()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, fragment);
        const auto upo = Upo::parse(xml);
        QVERIFY(!upo.has_value());
        QVERIFY2(upo.error().contains(fragment), qPrintable(upo.error()));
    }
};

QTEST_GUILESS_MAIN(TestUpo)
#include "tst_upo.moc"
