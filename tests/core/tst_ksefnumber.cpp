#include "domain/KsefNumber.h"

#include <QTest>

using namespace Kurier;

class TestKsefNumber : public QObject
{
    Q_OBJECT

private slots:
    void acceptsOfficialTestVectors_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("1") << "5265877635-20250826-0100001AF629-AF";
        QTest::newRow("2") << "5265877635-20250626-010080DD2B5E-26";
        QTest::newRow("3") << "5265877635-20250916-0200A0D6723E-C2";
        QTest::newRow("4") << "5555555555-20250828-010080615740-E4";
    }
    void acceptsOfficialTestVectors()
    {
        QFETCH(QString, number);
        const auto parsed = KsefNumber::parse(number);
        QVERIFY2(parsed.has_value(), qPrintable(number));
        QCOMPARE(parsed->sellerNip(), number.left(10));
        QVERIFY(parsed->date().isValid());
        QVERIFY(!parsed->isLegacy());
    }

    void reportsEachKindOfError_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<KsefNumber::Error>("error");
        QTest::newRow("empty") << "" << KsefNumber::Error::Empty;
        QTest::newRow("short") << "5265877635-20250826-0100001AF629-A" << KsefNumber::Error::WrongLength;
        QTest::newRow("lower case") << "5265877635-20250826-0100001af629-AF" << KsefNumber::Error::BadFormat;
        QTest::newRow("no hyphen") << "5265877635 20250826-0100001AF629-AF" << KsefNumber::Error::BadFormat;
        QTest::newRow("letter in nip")
            << "52658776X5-20250826-0100001AF629-AF" << KsefNumber::Error::BadFormat;
        QTest::newRow("bad nip pattern")
            << "0265877635-20250826-0100001AF629-AF" << KsefNumber::Error::BadNip;
        QTest::newRow("bad date") << "5265877635-20251326-0100001AF629-AF" << KsefNumber::Error::BadDate;
        QTest::newRow("bad checksum")
            << "5265877635-20250826-0100001AF629-AE" << KsefNumber::Error::BadChecksum;
        QTest::newRow("changed digit")
            << "5265877635-20250826-0100001AF628-AF" << KsefNumber::Error::BadChecksum;
    }
    void reportsEachKindOfError()
    {
        QFETCH(QString, number);
        QFETCH(KsefNumber::Error, error);
        const auto parsed = KsefNumber::parse(number);
        QVERIFY(!parsed.has_value());
        QCOMPARE(parsed.error(), error);
        QVERIFY(!KsefNumber::errorMessage(error).isEmpty());
    }

    void acceptsLegacyNumbersWithoutChecksum()
    {
        const auto parsed = KsefNumber::parse(u"5265877635-20230826-010000-1AF629-00");
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->isLegacy());
    }

    void generatesNumbersThatValidate()
    {
        const KsefNumber generated = KsefNumber::generate(QStringLiteral("5265877635"), QDate(2025, 8, 26),
                                                          QStringLiteral("0100001AF629"));
        QCOMPARE(generated.text(), QStringLiteral("5265877635-20250826-0100001AF629-AF"));
        for (int i = 0; i < 200; ++i) {
            const QString technical =
                QStringLiteral("%1").arg(i * 7919 + 0xABC, 12, 16, QLatin1Char('0')).toUpper();
            const KsefNumber n =
                KsefNumber::generate(QStringLiteral("1111111111"), QDate(2026, 11, 24), technical);
            QVERIFY2(KsefNumber::parse(n.text()).has_value(), qPrintable(n.text()));
        }
    }

    void crcMatchesSmbusCheckValue()
    {
        // CRC-8/SMBUS check value over "123456789" is 0xF4.
        QCOMPARE(KsefNumber::crc8("123456789"), quint8(0xF4));
    }
};

QTEST_GUILESS_MAIN(TestKsefNumber)
#include "tst_ksefnumber.moc"
