#include "services/AvailabilityWatch.h"

#include "audit/AlertCenter.h"
#include "audit/AuditLog.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QJsonObject>

namespace Kurier {

AvailabilityWatch::AvailabilityWatch(Latarnia &latarnia, AuditLog &audit, AlertCenter &alerts,
                                     const Clock &clock, Options options)
    : m_latarnia(latarnia)
    , m_audit(audit)
    , m_alerts(alerts)
    , m_clock(clock)
    , m_options(options)
{}

bool AvailabilityWatch::isDue() const
{
    return !m_next.isValid() || m_next <= m_clock.now();
}

std::optional<AvailabilityReport> AvailabilityWatch::poll()
{
    const AvailabilityReport report = m_latarnia.check();
    // Unreachable: ask again later and later (it has been down for hours), never more rarely than maxBackoff.
    m_failures = report.availability == Availability::Unreachable ? std::min(m_failures + 1, 10) : 0;
    const auto wait = std::min<std::chrono::seconds>(m_options.every * (1 << std::max(0, m_failures - 1)),
                                                     m_options.maxBackoff);
    m_next = m_clock.now().addSecs(wait.count());
    const bool changed = !m_checked || report.availability != m_last.availability ||
                         (report.current() && m_last.current() != report.current());
    const AvailabilityReport previous = m_last;
    const Availability state = report.availability;
    if (state == Availability::Maintenance || state == Availability::Failure ||
        state == Availability::TotalFailure) {
        const auto current = report.current();
        m_openWindow = {state, current ? current->end : QDateTime()};
    } else if (state == Availability::Available) {
        // Latarnia unreachable in between keeps the window open: only "available" ends it.
        if (m_openWindow) {
            const QDateTime end = m_openWindow->second.isValid() && m_openWindow->second <= m_clock.now()
                                      ? m_openWindow->second
                                      : m_clock.now();
            m_ended = EndedWindow{m_openWindow->first, end, true};
            m_openWindow.reset();
        } else if (!m_answered) {
            // The first clear answer since the start (Latarnia may have been unreachable before): a window
            // may have ended unseen.
            m_ended = EndedWindow{Availability::Available, m_clock.now(), false};
        }
    }
    m_answered = m_answered || state != Availability::Unreachable;
    m_last = report;
    m_checked = true;
    if (!changed) {
        return std::nullopt;
    }
    record(previous, report);
    return report;
}

void AvailabilityWatch::record(const AvailabilityReport &previous, const AvailabilityReport &now)
{
    QJsonObject detail{{QStringLiteral("to"), availabilityKey(now.availability)}};
    if (m_checked && previous.availability != now.availability) {
        detail.insert(QStringLiteral("from"), availabilityKey(previous.availability));
    }
    if (!now.problem.isEmpty()) {
        detail.insert(QStringLiteral("problem"), now.problem);
    }
    const auto current = now.current();
    if (current) {
        detail.insert(QStringLiteral("eventId"), current->eventId);
        detail.insert(QStringLiteral("title"), current->title);
        if (current->start.isValid()) {
            detail.insert(QStringLiteral("start"), current->start.toString(Qt::ISODateWithMs));
        }
        if (current->end.isValid()) {
            detail.insert(QStringLiteral("end"), current->end.toString(Qt::ISODateWithMs));
        }
    }
    (void)m_audit.append(QStringLiteral("availability"), {}, detail);
    const bool announced = now.availability == Availability::Maintenance ||
                           now.availability == Availability::Failure ||
                           now.availability == Availability::TotalFailure;
    if (announced) {
        const QString event = current ? current->eventId : now.problem;
        (void)m_alerts.raise(
            QStringLiteral("ksef-%1").arg(availabilityKey(now.availability)),
            QStringLiteral("availability:%1:%2").arg(availabilityKey(now.availability), event), {},
            describe(now));
    }
}

int AvailabilityWatch::applyEndedWindow(OutboxStore &store)
{
    const auto ended = takeEndedWindow();
    if (!ended) {
        return 0;
    }
    int changed = 0;
    if (!ended->known || ended->category == Availability::Maintenance) {
        changed += store.windowEnded(OfflineMode::Unavailability, ended->end, false).value_or(0);
    }
    if (!ended->known || ended->category == Availability::Failure) {
        changed += store.windowEnded(OfflineMode::Failure, ended->end, ended->known).value_or(0);
    }
    return changed;
}

QString AvailabilityWatch::describe(const AvailabilityReport &report)
{
    const QString name = availabilityName(report.availability);
    if (report.availability == Availability::Unreachable) {
        return report.problem.isEmpty() ? name : tr("%1: %2").arg(name, report.problem);
    }
    const auto current = report.current();
    if (!current || report.availability == Availability::Available) {
        return name;
    }
    const QString title = current->title.isEmpty() ? current->text : current->title;
    return title.isEmpty() ? name : tr("%1: %2").arg(name, title);
}

} // namespace Kurier
