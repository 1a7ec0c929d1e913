#pragma once

#include "ksef/Latarnia.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace Kurier {

class AlertCenter;
class AuditLog;
class Clock;
class OutboxStore;

// Keeps an eye on Latarnia for the worker (PROTOCOL.md §12.5): asks every few minutes (backing off while
// Latarnia is unreachable), writes every change of KSeF's availability to the audit log, and raises one alert
// per announced window (failure, total failure, maintenance) — not one per check. "Latarnia unreachable" is a
// state of its own and raises nothing: it says nothing about KSeF.
class AvailabilityWatch
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityWatch)

public:
    struct Options
    {
        std::chrono::seconds every{180};
        std::chrono::seconds maxBackoff{1800};
    };
    AvailabilityWatch(Latarnia &latarnia, AuditLog &audit, AlertCenter &alerts, const Clock &clock,
                      Options options);

    bool isDue() const;
    QDateTime nextCheck() const { return m_next; }
    // Asks Latarnia now. → the report when the availability changed since the last check (the first check
    // always counts as a change), nothing otherwise.
    std::optional<AvailabilityReport> poll();

    // The announced window (maintenance or failure) that ended with the last poll (KSeF available again),
    // once. `known` is false for the first clear answer after a start-up (KSeF available, no window seen): a
    // window may have ended unseen.
    struct EndedWindow
    {
        Availability category = Availability::Available;
        QDateTime end;
        bool known = true;
    };
    std::optional<EndedWindow> takeEndedWindow() { return std::exchange(m_ended, std::nullopt); }
    // The deadlines of offline invoices issued during the window that just ended count from its end
    // (PROTOCOL.md §12.1); a failure also extends the ones already waiting. Seen only after a start-up
    // (`known` false): the invoices of either window get their deadline from now, nothing is extended on a
    // guess. → items changed (0 when no window ended)
    int applyEndedWindow(OutboxStore &store);

    // One line for the status bar: the state, and the announcement's title or the reason it is unreachable.
    static QString describe(const AvailabilityReport &report);

private:
    void record(const AvailabilityReport &previous, const AvailabilityReport &now);

    Latarnia &m_latarnia;
    AuditLog &m_audit;
    AlertCenter &m_alerts;
    const Clock &m_clock;
    Options m_options;
    AvailabilityReport m_last;
    bool m_checked = false;
    int m_failures = 0;
    QDateTime m_next;
    std::optional<std::pair<Availability, QDateTime>> m_openWindow; // the announced window now, its end
    std::optional<EndedWindow> m_ended;
    bool m_answered = false; // Latarnia gave a clear answer (not "unreachable") since the start
};

} // namespace Kurier
