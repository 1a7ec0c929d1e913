#include "calendar/PolishCalendar.h"

#include <QTimeZone>

#include <algorithm>

namespace Kurier {

namespace {
// Poland follows the EU summer-time rule: CEST from the last Sunday of March, 01:00 UTC, to the last Sunday
// of October, 01:00 UTC. Used only when the system has no time-zone data for Europe/Warsaw.
QDate lastSunday(int year, int month)
{
    QDate day(year, month, QDate(year, month, 1).daysInMonth());
    return day.addDays(-(day.dayOfWeek() % 7));
}

int polishOffsetSeconds(const QDateTime &utc)
{
    static const QTimeZone warsaw(QByteArrayLiteral("Europe/Warsaw"));
    if (warsaw.isValid()) {
        return warsaw.offsetFromUtc(utc);
    }
    const int year = utc.date().year();
    const QDateTime summerFrom(lastSunday(year, 3), QTime(1, 0), Qt::UTC);
    const QDateTime summerTo(lastSunday(year, 10), QTime(1, 0), Qt::UTC);
    return utc >= summerFrom && utc < summerTo ? 7200 : 3600;
}
} // namespace

QDate PolishCalendar::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PolishCalendar::Holiday> PolishCalendar::holidays(int year)
{
    const QDate easter = easterSunday(year);
    QList<Holiday> days{
        {QDate(year, 1, 1), QStringLiteral("Nowy Rok")},
        {easter, QStringLiteral("Wielkanoc")},
        {easter.addDays(1), QStringLiteral("Poniedziałek Wielkanocny")},
        {QDate(year, 5, 1), QStringLiteral("Święto Pracy")},
        {QDate(year, 5, 3), QStringLiteral("Święto Konstytucji 3 Maja")},
        {easter.addDays(49), QStringLiteral("Zielone Świątki")},
        {easter.addDays(60), QStringLiteral("Boże Ciało")},
        {QDate(year, 8, 15), QStringLiteral("Wniebowzięcie Najświętszej Maryi Panny")},
        {QDate(year, 11, 1), QStringLiteral("Wszystkich Świętych")},
        {QDate(year, 11, 11), QStringLiteral("Narodowe Święto Niepodległości")},
        {QDate(year, 12, 25), QStringLiteral("Boże Narodzenie (pierwszy dzień)")},
        {QDate(year, 12, 26), QStringLiteral("Boże Narodzenie (drugi dzień)")},
    };
    if (year >= 2011) {
        days.append({QDate(year, 1, 6), QStringLiteral("Święto Trzech Króli")});
    }
    if (year >= 2025) {
        days.append({QDate(year, 12, 24), QStringLiteral("Wigilia Bożego Narodzenia")});
    }
    std::sort(days.begin(), days.end(), [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return days;
}

bool PolishCalendar::isHoliday(const QDate &date)
{
    const QList<Holiday> days = holidays(date.year());
    return std::any_of(days.begin(), days.end(), [&](const Holiday &day) { return day.date == date; });
}

bool PolishCalendar::isBusinessDay(const QDate &date)
{
    return date.isValid() && date.dayOfWeek() <= 5 && !isHoliday(date);
}

QDate PolishCalendar::businessDaysAfter(const QDate &date, int count)
{
    QDate day = date;
    for (int found = 0; found < count;) {
        day = day.addDays(1);
        found += isBusinessDay(day) ? 1 : 0;
    }
    return day;
}

QDate PolishCalendar::polishDate(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    return utc.addSecs(polishOffsetSeconds(utc)).date();
}

QDateTime PolishCalendar::endOfPolishDay(const QDate &date)
{
    // The next Polish midnight as UTC, less one millisecond. The offset at midnight is the day's (Polish
    // clocks change at 02:00/03:00 local, never around midnight).
    const QDateTime nextMidnightAsUtc(date.addDays(1), QTime(0, 0), Qt::UTC);
    const int offset = polishOffsetSeconds(nextMidnightAsUtc.addSecs(-3600));
    return nextMidnightAsUtc.addSecs(-offset).addMSecs(-1);
}

QDateTime PolishCalendar::atPolishTime(const QDate &date, QTime time)
{
    const QDateTime asUtc(date, time, Qt::UTC);
    return asUtc.addSecs(-polishOffsetSeconds(asUtc.addSecs(-3600)));
}

QDateTime PolishCalendar::polishWallClock(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    return utc.addSecs(polishOffsetSeconds(utc));
}

QString PolishCalendar::wallClockText(const QDateTime &instant)
{
    //: The format of a date and time (QDateTime::toString): Polish "dd.MM.yyyy HH:mm".
    const QString format = tr("yyyy-MM-dd HH:mm");
    return tr("%1 Polish time").arg(polishWallClock(instant).toString(format));
}

QString PolishCalendar::dateText(const QDate &date)
{
    //: The format of a date (QDate::toString): Polish "dd.MM.yyyy".
    return date.toString(tr("d MMMM yyyy"));
}

} // namespace Kurier
