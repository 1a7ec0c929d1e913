#include "domain/Nip.h"

#include <QTest>

using namespace Kurier;

class TestNip : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "5265877635";
        QTest::newRow("dashes") << "526-587-76-35";
        QTest::newRow("other dashes") << "526-58-77-635";
        QTest::newRow("spaces") << " 526 587 76 35 ";
        QTest::newRow("PL prefix") << "PL5265877635";
        QTest::newRow("pl prefix spaced") << "pl 526-587-76-35";
        QTest::newRow("ones") << "1111111111";
    }
    void acceptsValidNumbers()
    {
        QFETCH(QString, text);
        const auto nip = Nip::parse(text);
        QVERIFY2(nip.has_value(), qPrintable(text));
        QCOMPARE(nip->digits().size(), 10);
    }

    void reportsEachKindOfError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Nip::Error>("error");
        QTest::newRow("empty") << "" << Nip::Error::Empty;
        QTest::newRow("only prefix") << "PL" << Nip::Error::Empty;
        QTest::newRow("short") << "526587763" << Nip::Error::WrongLength;
        QTest::newRow("long") << "52658776351" << Nip::Error::WrongLength;
        QTest::newRow("letter") << "52658776A5" << Nip::Error::NotDigits;
        QTest::newRow("arabic digits") << QString::fromUtf8("٥٢٦٥٨٧٧٦٣٥") << Nip::Error::NotDigits;
        QTest::newRow("leading zero") << "0265877635" << Nip::Error::BadPattern;
        QTest::newRow("00 after first") << "1005877635" << Nip::Error::BadPattern;
        QTest::newRow("checksum") << "5265877636" << Nip::Error::BadChecksum;
        QTest::newRow("swapped digits") << "5265877653" << Nip::Error::BadChecksum;
    }
    void reportsEachKindOfError()
    {
        QFETCH(QString, text);
        QFETCH(Nip::Error, error);
        const auto nip = Nip::parse(text);
        QVERIFY(!nip.has_value());
        QCOMPARE(nip.error(), error);
        QVERIFY(!Nip::errorMessage(error).isEmpty());
    }

    void refusesNumbersWhoseChecksumWouldBeTen()
    {
        // 1234567890: weighted sum 6+10+21+8+15+24+35+48+63 = 230, 230 mod 11 = 10: no valid NIP starts so.
        QCOMPARE(Nip::checksumDigit(u"123456789"), -1);
        for (int last = 0; last <= 9; ++last) {
            QVERIFY(!Nip::isValid(QStringLiteral("123456789%1").arg(last)));
        }
    }

    void formatsWithDashes()
    {
        QCOMPARE(Nip::parse(u"5265877635")->formatted(), QStringLiteral("526-587-76-35"));
    }
};

QTEST_GUILESS_MAIN(TestNip)
#include "tst_nip.moc"
