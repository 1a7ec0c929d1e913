#include "domain/Money.h"

#include <QTest>

using namespace Kurier;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parsesFa3Amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("grosze");
        QTest::newRow("integer") << "12" << qint64(1200);
        QTest::newRow("one decimal") << "12.5" << qint64(1250);
        QTest::newRow("two decimals") << "0.01" << qint64(1);
        QTest::newRow("negative") << "-43.60" << qint64(-4360);
        QTest::newRow("large") << "9999999999999999.99" << qint64(999999999999999999);
    }
    void parsesFa3Amounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, grosze);
        const auto money = Money::parse(text);
        QVERIFY(money.has_value());
        QCOMPARE(money->grosze(), grosze);
    }

    void refusesWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("three decimals") << "1.234";
        QTest::newRow("comma") << "1,23";
        QTest::newRow("letters") << "12a";
        QTest::newRow("empty") << "";
        QTest::newRow("only dot") << ".";
        QTest::newRow("two dots") << "1.2.3";
        QTest::newRow("overflow") << "99999999999999999999";
    }
    void refusesWhatIsNotAnAmount()
    {
        QFETCH(QString, text);
        QVERIFY(!Money::parse(text).has_value());
    }

    void writesTwoDecimalsForXml()
    {
        QCOMPARE(Money::fromGrosze(0).toXml(), QStringLiteral("0.00"));
        QCOMPARE(Money::fromGrosze(5).toXml(), QStringLiteral("0.05"));
        QCOMPARE(Money::fromGrosze(-5).toXml(), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromGrosze(123456).toXml(), QStringLiteral("1234.56"));
    }

    // VAT is rounded half away from zero to the grosz, also for negative amounts (corrections).
    void roundsVatHalfAwayFromZero_data()
    {
        QTest::addColumn<qint64>("net");
        QTest::addColumn<int>("percent");
        QTest::addColumn<qint64>("vat");
        QTest::newRow("exact") << qint64(10000) << 23 << qint64(2300);
        QTest::newRow("0.5 up") << qint64(50) << 23 << qint64(12);          // 11.5 → 12
        QTest::newRow("below half") << qint64(4360) << 23 << qint64(1003);  // 1002.8 → 1003
        QTest::newRow("just below half") << qint64(2) << 23 << qint64(0);   // 0.46 → 0
        QTest::newRow("negative half") << qint64(-50) << 23 << qint64(-12); // -11.5 → -12
        QTest::newRow("negative below") << qint64(-2) << 23 << qint64(0);
        QTest::newRow("8 percent half") << qint64(1250) << 8 << qint64(100);
        QTest::newRow("5 percent .5") << qint64(10) << 5 << qint64(1); // 0.5 → 1
        QTest::newRow("zero") << qint64(0) << 23 << qint64(0);
    }
    void roundsVatHalfAwayFromZero()
    {
        QFETCH(qint64, net);
        QFETCH(int, percent);
        QFETCH(qint64, vat);
        QCOMPARE(Money::fromGrosze(net).vatOnNet(percent).grosze(), vat);
    }

    void extractsVatFromGross()
    {
        QCOMPARE(Money::fromGrosze(12300).vatInGross(23).grosze(), qint64(2300));
        QCOMPARE(Money::fromGrosze(100).vatInGross(23).grosze(), qint64(19)); // 18.699 → 19
        QCOMPARE(Money::fromGrosze(-100).vatInGross(23).grosze(), qint64(-19));
        QCOMPARE(Money::fromGrosze(10800).vatInGross(8).grosze(), qint64(800));
    }

    void multipliesQuantityByPriceExactly()
    {
        // 3 × 0.333333 = 0.999999 → 1.00; 1.125 × 123.45 = 138.88125 → 138.88; 0.000001 × 0.01 → 0.00
        QCOMPARE(Money::fromProduct(*Quantity::parse(u"3"), *UnitPrice::parse(u"0.333333"))->grosze(),
                 qint64(100));
        QCOMPARE(Money::fromProduct(*Quantity::parse(u"1.125"), *UnitPrice::parse(u"123.45"))->grosze(),
                 qint64(13888));
        QCOMPARE(Money::fromProduct(*Quantity::parse(u"2.5"), *UnitPrice::parse(u"0.01"))->grosze(),
                 qint64(3)); // 0.025
        QCOMPARE(Money::fromProduct(*Quantity::parse(u"-2.5"), *UnitPrice::parse(u"0.01"))->grosze(),
                 qint64(-3));
        QVERIFY(!Money::fromProduct(*Quantity::parse(u"999999999999"), *UnitPrice::parse(u"9999999999"))
                     .has_value());
    }

    void convertsAtExchangeRate()
    {
        // 100.00 EUR at 4.2537 = 425.37 PLN; 0.01 EUR at 4.2537 = 0.042537 → 0.04
        QCOMPARE(Money::fromGrosze(10000).converted(*ExchangeRate::parse(u"4.2537")).grosze(), qint64(42537));
        QCOMPARE(Money::fromGrosze(1).converted(*ExchangeRate::parse(u"4.2537")).grosze(), qint64(4));
        QCOMPARE(Money::fromGrosze(-1).converted(*ExchangeRate::parse(u"4.5")).grosze(),
                 qint64(-5)); // -0.045
    }

    void formatsForPeople()
    {
        const QLocale polish(QLocale::Polish, QLocale::Poland);
        const QString text = Money::fromGrosze(123456789).format(polish);
        QVERIFY2(text.endsWith(QStringLiteral(",89")), qPrintable(text));
        QCOMPARE(QString(text).remove(polish.groupSeparator()), QStringLiteral("1234567,89"));
        QCOMPARE(Money::fromGrosze(-5).format(QLocale::c()), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromGrosze(100).format(QLocale::c(), QStringLiteral("PLN")),
                 QStringLiteral("1.00\u00A0PLN"));
    }

    void parsesUserInputInPolish()
    {
        const QLocale polish(QLocale::Polish, QLocale::Poland);
        QCOMPARE(Money::parseUserInput(u"1 234,50", polish)->grosze(), qint64(123450));
        QCOMPARE(Money::parseUserInput(u"1\u00A0234,5", polish)->grosze(), qint64(123450));
        QCOMPARE(Money::parseUserInput(u"12.34", polish)->grosze(), qint64(1234));
        QVERIFY(!Money::parseUserInput(u"12,345", polish).has_value());
        // In an English interface a Polish user still types a comma; thousands may be grouped either way.
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Money::parseUserInput(u"8,50", english)->grosze(), qint64(850));
        QCOMPARE(Money::parseUserInput(u"1,234.50", english)->grosze(), qint64(123450));
        QCOMPARE(Money::parseUserInput(u"1.234,50", polish)->grosze(), qint64(123450));
        QVERIFY(!Money::parseUserInput(u"1.234.567", english).has_value());
    }

    void fixedDecimalsKeepTheirPrecision()
    {
        QCOMPARE(Quantity::parse(u"0.000001")->units(), qint64(1));
        QVERIFY(!Quantity::parse(u"0.0000001").has_value());
        QCOMPARE(Quantity::parse(u"2.500")->toString(), QStringLiteral("2.5"));
        QCOMPARE(UnitPrice::parse(u"7")->toString(2), QStringLiteral("7.00"));
        QCOMPARE(UnitPrice::parse(u"0.12345678")->toString(2), QStringLiteral("0.12345678"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
