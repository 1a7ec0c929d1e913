#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Kurier {

// Business days in Poland, as the offline deadlines of KSeF count them (PROTOCOL.md §12.6): not a Saturday,
// not a Sunday, not a statutory holiday of the act on days off work — 14 of them since 2025 (24 December was
// added), the Easter-based ones computed (Gauss's algorithm, Gregorian calendar) — in Polish time.
class PolishCalendar
{
    Q_DECLARE_TR_FUNCTIONS(PolishCalendar)

public:
    struct Holiday
    {
        QDate date;
        QString name; // Polish name, as in the act (for lists and messages)
    };

    static QDate easterSunday(int year);
    // The statutory holidays of `year`, in date order.
    static QList<Holiday> holidays(int year);
    static bool isHoliday(const QDate &date);
    static bool isBusinessDay(const QDate &date);
    // The `count`-th business day after `date` (not counting `date` itself): count 1 is the next one.
    static QDate businessDaysAfter(const QDate &date, int count);

    // The calendar day in Poland of an instant, and the last millisecond of a Polish day as an instant (UTC).
    static QDate polishDate(const QDateTime &instant);
    static QDateTime endOfPolishDay(const QDate &date);
    // A wall-clock time of a Polish day as an instant (UTC), and an instant as Polish wall-clock time (for
    // display: the result's date and time are what a clock in Warsaw shows).
    static QDateTime atPolishTime(const QDate &date, QTime time);
    static QDateTime polishWallClock(const QDateTime &instant);
    // An instant for people, in the language of the installed translation, saying that it is Polish time:
    // "2026-12-28 23:59 Polish time" / "28.12.2026 23:59 czasu polskiego". Deadlines are Polish time whatever
    // the computer's zone.
    static QString wallClockText(const QDateTime &instant);
    // A date for people in the installed translation's form: "31 December 2026" / "31.12.2026".
    static QString dateText(const QDate &date);
};

} // namespace Kurier
