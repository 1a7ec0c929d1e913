// Polish business days over several years (holidays, Easter-based ones, 24 December since 2025) and the
// deadlines of the four offline modes, in Polish time.
#include "calendar/OfflineDeadline.h"
#include "calendar/PolishCalendar.h"

#include <QTest>

using namespace Kurier;

namespace {
QDateTime warsaw(int y, int m, int d, int h, int min, int s = 0, int ms = 0, bool summer = false)
{
    // An instant given in Polish local time, as UTC (CET +1 h, CEST +2 h).
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC).addSecs(summer ? -7200 : -3600);
}
} // namespace

class TestPolishCalendar : public QObject
{
    Q_OBJECT

private slots:
    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        // Published dates of Easter Sunday.
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
        QTest::newRow("2029") << 2029 << QDate(2029, 4, 1);
        QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 25); // the latest possible date
        QTest::newRow("2285") << 2285 << QDate(2285, 3, 22); // the earliest possible date
    }
    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(PolishCalendar::easterSunday(year), easter);
    }

    void holidays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("holiday");
        QTest::addColumn<bool>("businessDay");
        const auto row = [](const char *name, QDate date, bool holiday, bool businessDay) {
            QTest::newRow(name) << date << holiday << businessDay;
        };
        row("2026 Nowy Rok (Thu)", QDate(2026, 1, 1), true, false);
        row("2026 Trzech Króli (Tue)", QDate(2026, 1, 6), true, false);
        row("2026 Easter Monday", QDate(2026, 4, 6), true, false);
        row("2026 Easter Tuesday is a working day", QDate(2026, 4, 7), false, true);
        row("2026 1 May (Fri)", QDate(2026, 5, 1), true, false);
        row("2026 3 May (Sun)", QDate(2026, 5, 3), true, false);
        row("2026 Pentecost (Sun)", QDate(2026, 5, 24), true, false);
        row("2026 Corpus Christi (Thu)", QDate(2026, 6, 4), true, false);
        row("2026 the Friday after Corpus Christi works", QDate(2026, 6, 5), false, true);
        row("2026 15 Aug (Sat)", QDate(2026, 8, 15), true, false);
        row("2026 1 Nov (Sun)", QDate(2026, 11, 1), true, false);
        row("2026 11 Nov (Wed)", QDate(2026, 11, 11), true, false);
        row("2026 24 Dec (Thu)", QDate(2026, 12, 24), true, false);
        row("2026 25 Dec (Fri)", QDate(2026, 12, 25), true, false);
        row("2026 a plain Wednesday", QDate(2026, 12, 2), false, true);
        row("2026 a Saturday", QDate(2026, 12, 5), false, false);
        row("2027 Easter Monday", QDate(2027, 3, 29), true, false);
        row("2027 Corpus Christi", QDate(2027, 5, 27), true, false);
        row("2027 Pentecost", QDate(2027, 5, 16), true, false);
        row("2025 24 Dec (first year)", QDate(2025, 12, 24), true, false);
        row("2024 24 Dec was a working day", QDate(2024, 12, 24), false, true);
        row("2024 Corpus Christi", QDate(2024, 5, 30), true, false);
    }
    void holidays()
    {
        QFETCH(QDate, date);
        QFETCH(bool, holiday);
        QFETCH(bool, businessDay);
        QCOMPARE(PolishCalendar::isHoliday(date), holiday);
        QCOMPARE(PolishCalendar::isBusinessDay(date), businessDay);
    }

    void fourteenHolidaysSince2025()
    {
        QCOMPARE(PolishCalendar::holidays(2024).size(), 13);
        for (const int year : {2025, 2026, 2027, 2030}) {
            const auto days = PolishCalendar::holidays(year);
            QCOMPARE(days.size(), 14);
            QVERIFY(std::is_sorted(days.begin(), days.end(),
                                   [](const auto &a, const auto &b) { return a.date < b.date; }));
        }
    }

    void polishTime()
    {
        // 23:30 UTC on 31 Dec is already 1 Jan in Poland; 22:30 UTC on a summer day is 00:30 the next day.
        QCOMPARE(PolishCalendar::polishDate(QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC)),
                 QDate(2027, 1, 1));
        QCOMPARE(PolishCalendar::polishDate(QDateTime(QDate(2026, 7, 10), QTime(22, 30), Qt::UTC)),
                 QDate(2026, 7, 11));
        QCOMPARE(PolishCalendar::endOfPolishDay(QDate(2026, 12, 28)), warsaw(2026, 12, 28, 23, 59, 59, 999));
        QCOMPARE(PolishCalendar::endOfPolishDay(QDate(2026, 7, 14)),
                 warsaw(2026, 7, 14, 23, 59, 59, 999, true));
        // The days the clocks change.
        QCOMPARE(PolishCalendar::endOfPolishDay(QDate(2027, 3, 28)),
                 warsaw(2027, 3, 28, 23, 59, 59, 999, true));
        QCOMPARE(PolishCalendar::endOfPolishDay(QDate(2026, 10, 25)), warsaw(2026, 10, 25, 23, 59, 59, 999));
    }

    void deadlines_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QDate>("issued");
        QTest::addColumn<QDateTime>("windowEnd");
        QTest::addColumn<QDate>("dueDay");
        const auto row = [](const char *name, const char *mode, QDate issued, QDateTime windowEnd,
                            QDate dueDay) {
            QTest::newRow(name) << QString::fromLatin1(mode) << issued << windowEnd << dueDay;
        };
        row("offline24 on a Tuesday", "offline24", QDate(2026, 12, 1), {}, QDate(2026, 12, 2));
        row("offline24 on a Friday", "offline24", QDate(2026, 12, 4), {}, QDate(2026, 12, 7));
        row("offline24 before Christmas", "offline24", QDate(2026, 12, 23), {}, QDate(2026, 12, 28));
        row("offline24 on New Year's Eve", "offline24", QDate(2026, 12, 31), {}, QDate(2027, 1, 4));
        row("offline24 before Easter", "offline24", QDate(2027, 3, 26), {}, QDate(2027, 3, 30));
        row("offline24 before Corpus Christi", "offline24", QDate(2027, 5, 26), {}, QDate(2027, 5, 28));
        row("unavailability ends on a Thursday evening", "unavailability", QDate(2026, 12, 3),
            warsaw(2026, 12, 3, 22, 0), QDate(2026, 12, 4));
        row("unavailability ends after midnight Polish time", "unavailability", QDate(2026, 12, 3),
            QDateTime(QDate(2026, 12, 3), QTime(23, 30), Qt::UTC), QDate(2026, 12, 7));
        // PROTOCOL.md §12.6: a failure ending on Saturday 2025-07-12 is due on Tuesday 2025-07-22.
        row("failure: the documented example", "failure", QDate(2025, 7, 10),
            warsaw(2025, 7, 12, 18, 0, 0, 0, true), QDate(2025, 7, 22));
        row("failure over Christmas and New Year", "failure", QDate(2026, 12, 22),
            warsaw(2026, 12, 23, 12, 0),
            QDate(2027, 1, 7)); // 24–26 Dec, 1 Jan and 6 Jan are not business days
    }
    void deadlines()
    {
        QFETCH(QString, mode);
        QFETCH(QDate, issued);
        QFETCH(QDateTime, windowEnd);
        QFETCH(QDate, dueDay);
        const auto parsed = offlineModeFromKey(mode);
        QVERIFY(parsed);
        const auto due = OfflineDeadline::due(*parsed, issued,
                                              windowEnd.isValid() ? std::optional(windowEnd) : std::nullopt);
        QVERIFY(due);
        QCOMPARE(*due, PolishCalendar::endOfPolishDay(dueDay));
    }

    void totalFailureAndOpenWindowsHaveNoDeadline()
    {
        QVERIFY(!OfflineDeadline::due(OfflineMode::TotalFailure, QDate(2026, 12, 3)));
        QVERIFY(!OfflineDeadline::due(OfflineMode::Failure, QDate(2026, 12, 3))); // not over yet
        QVERIFY(!OfflineDeadline::due(OfflineMode::Unavailability, QDate(2026, 12, 3)));
    }

    void aNewFailureExtendsButNeverShortens()
    {
        const auto offline24 = OfflineDeadline::due(OfflineMode::Offline24, QDate(2026, 12, 1)); // 2 Dec
        const auto extended = OfflineDeadline::extendedByFailure(offline24, warsaw(2026, 12, 2, 10, 0));
        QCOMPARE(*extended, PolishCalendar::endOfPolishDay(QDate(2026, 12, 11)));
        // A later failure restarts the count again.
        const auto again = OfflineDeadline::extendedByFailure(extended, warsaw(2026, 12, 9, 10, 0));
        QCOMPARE(*again, PolishCalendar::endOfPolishDay(QDate(2026, 12, 18)));
        // An earlier one changes nothing.
        QCOMPARE(OfflineDeadline::extendedByFailure(again, warsaw(2026, 11, 20, 10, 0)), again);
        QVERIFY(!OfflineDeadline::extendedByFailure(std::nullopt, warsaw(2026, 12, 9, 10, 0)));
    }

    void warningsComeOnAMorningBeforeTheDeadline()
    {
        // The usual deadline, the end of a day: 08:00 that day.
        const QDateTime endOfDay = PolishCalendar::endOfPolishDay(QDate(2026, 12, 7));
        QCOMPARE(OfflineDeadline::warningAt(endOfDay), warsaw(2026, 12, 7, 8, 0));
        QCOMPARE(OfflineDeadline::warningAt(warsaw(2026, 12, 7, 9, 30)), warsaw(2026, 12, 7, 8, 0));
        // Due at 08:00 or earlier: the morning before, never only when it passes.
        QCOMPARE(OfflineDeadline::warningAt(warsaw(2026, 12, 7, 0, 30)), warsaw(2026, 12, 6, 8, 0));
        QCOMPARE(OfflineDeadline::warningAt(warsaw(2026, 12, 7, 8, 0)), warsaw(2026, 12, 6, 8, 0));
        // Hours before, when set.
        QCOMPARE(OfflineDeadline::warningAt(endOfDay, 24), endOfDay.addSecs(-24 * 3600));
    }

    void modeKeysRoundTrip()
    {
        for (const OfflineMode mode : {OfflineMode::Offline24, OfflineMode::Unavailability,
                                       OfflineMode::Failure, OfflineMode::TotalFailure}) {
            QCOMPARE(offlineModeFromKey(offlineModeKey(mode)), mode);
        }
        QVERIFY(!offlineModeFromKey(u"offline48"));
    }
};

QTEST_GUILESS_MAIN(TestPolishCalendar)
#include "tst_polish_calendar.moc"
