#include "calendar/OfflineDeadline.h"

#include "calendar/PolishCalendar.h"

namespace Kurier {

QString offlineModeKey(OfflineMode mode)
{
    switch (mode) {
    case OfflineMode::Offline24:
        return QStringLiteral("offline24");
    case OfflineMode::Unavailability:
        return QStringLiteral("unavailability");
    case OfflineMode::Failure:
        return QStringLiteral("failure");
    case OfflineMode::TotalFailure:
        return QStringLiteral("total-failure");
    }
    return {};
}

std::optional<OfflineMode> offlineModeFromKey(QStringView key)
{
    for (const OfflineMode mode : {OfflineMode::Offline24, OfflineMode::Unavailability, OfflineMode::Failure,
                                   OfflineMode::TotalFailure}) {
        if (key == offlineModeKey(mode)) {
            return mode;
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> OfflineDeadline::due(OfflineMode mode, const QDate &issueDate,
                                              const std::optional<QDateTime> &windowEnd)
{
    switch (mode) {
    case OfflineMode::Offline24:
        return PolishCalendar::endOfPolishDay(PolishCalendar::businessDaysAfter(issueDate, 1));
    case OfflineMode::Unavailability:
    case OfflineMode::Failure: {
        if (!windowEnd || !windowEnd->isValid()) {
            return std::nullopt;
        }
        const int days = mode == OfflineMode::Failure ? kFailureBusinessDays : 1;
        const QDate ended = PolishCalendar::polishDate(*windowEnd);
        return PolishCalendar::endOfPolishDay(PolishCalendar::businessDaysAfter(ended, days));
    }
    case OfflineMode::TotalFailure:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QDateTime> OfflineDeadline::extendedByFailure(const std::optional<QDateTime> &due,
                                                            const QDateTime &failureEnd)
{
    const auto failureDue = OfflineDeadline::due(OfflineMode::Failure, {}, failureEnd);
    if (!due) {
        return due; // no obligation (total failure) stays none
    }
    return failureDue && *failureDue > *due ? failureDue : due;
}

QDateTime OfflineDeadline::warningAt(const QDateTime &due, int hoursBefore)
{
    if (hoursBefore > 0) {
        return due.addSecs(-3600LL * hoursBefore);
    }
    // A morning before the deadline: its own day's, or the day before's when it falls due before 08:00
    // (a deadline at 00:30 would otherwise be warned about only when it passes).
    const QDate day = PolishCalendar::polishDate(due);
    const QDateTime morning = PolishCalendar::atPolishTime(day, QTime(8, 0));
    return morning < due ? morning : PolishCalendar::atPolishTime(day.addDays(-1), QTime(8, 0));
}

} // namespace Kurier
