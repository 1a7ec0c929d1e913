#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Kurier {

// The four ways of issuing an invoice outside KSeF (PROTOCOL.md §12.1) and the deadline by which each must
// reach KSeF.
enum class OfflineMode
{
    Offline24, // the taxpayer's choice, any time: by the end of the next business day after the issue date
    Unavailability, // during an announced unavailability: the next business day after it ends
    Failure,      // during an announced failure: 7 business days after it ends (a new one restarts the count)
    TotalFailure, // announced in the media: no obligation to send; kept and marked
};

QString offlineModeKey(OfflineMode mode); // "offline24", "unavailability", "failure", "total-failure"
std::optional<OfflineMode> offlineModeFromKey(QStringView key);

class OfflineDeadline
{
public:
    static constexpr int kFailureBusinessDays = 7;

    // The last moment (UTC) the invoice may reach KSeF; none for a total failure (and for the window modes
    // while the window has not ended yet: the deadline is not known until KSeF is back).
    // `issueDate` is P_1; `windowEnd` is when the announced unavailability or failure ended.
    static std::optional<QDateTime> due(OfflineMode mode, const QDate &issueDate,
                                        const std::optional<QDateTime> &windowEnd = std::nullopt);
    // A failure announced while an offline invoice waits moves its deadline to 7 business days after that
    // failure ends, when that is later (it never shortens one).
    static std::optional<QDateTime> extendedByFailure(const std::optional<QDateTime> &due,
                                                      const QDateTime &failureEnd);
    // When to warn that a deadline is near: `hoursBefore` hours before it, or (0) at 08:00 Polish time on the
    // day it falls due (the day before when it falls due at 08:00 or earlier).
    static QDateTime warningAt(const QDateTime &due, int hoursBefore = 0);
};

} // namespace Kurier
