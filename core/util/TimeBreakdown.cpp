#include "util/TimeBreakdown.h"

#include <QJsonArray>

#include <algorithm>

namespace Kurier {

TimeBreakdown::Scope::Scope(TimeBreakdown *owner, QLatin1StringView phase, qint64 items)
    : m_owner(owner)
{
    if (m_owner) {
        m_owner->enter(phase, items);
    }
}

TimeBreakdown::Scope::~Scope()
{
    if (m_owner) {
        m_owner->leave();
    }
}

TimeBreakdown::TimeBreakdown()
{
    m_clock.start();
}

qsizetype TimeBreakdown::indexOf(QLatin1StringView phase)
{
    const QString name(phase);
    const auto found = m_index.constFind(name);
    if (found != m_index.cend()) {
        return *found;
    }
    m_phases.append(Phase{name, 0, 0, 0});
    m_index.insert(name, m_phases.size() - 1);
    return m_phases.size() - 1;
}

void TimeBreakdown::settle()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (!m_open.isEmpty()) {
        m_phases[m_open.constLast()].nanoseconds += now - m_mark;
    }
    m_mark = now;
}

void TimeBreakdown::enter(QLatin1StringView phase, qint64 items)
{
    settle();
    const qsizetype index = indexOf(phase);
    m_phases[index].entered += 1;
    m_phases[index].items += items;
    m_open.append(index);
}

void TimeBreakdown::leave()
{
    if (m_open.isEmpty()) {
        return;
    }
    settle();
    m_open.removeLast();
}

void TimeBreakdown::addItems(QLatin1StringView phase, qint64 items)
{
    m_phases[indexOf(phase)].items += items;
}

qint64 TimeBreakdown::totalNanoseconds() const
{
    qint64 total = 0;
    for (const Phase &phase : m_phases) {
        total += phase.nanoseconds;
    }
    return total;
}

namespace {
QList<TimeBreakdown::Phase> largestFirst(QList<TimeBreakdown::Phase> phases)
{
    std::stable_sort(phases.begin(), phases.end(),
                     [](const auto &a, const auto &b) { return a.nanoseconds > b.nanoseconds; });
    return phases;
}
} // namespace

QJsonObject TimeBreakdown::toJson() const
{
    QJsonArray phases;
    for (const Phase &phase : largestFirst(m_phases)) {
        phases.append(QJsonObject{{QStringLiteral("phase"), phase.name},
                                  {QStringLiteral("ms"), phase.nanoseconds / 1e6},
                                  {QStringLiteral("entered"), phase.entered},
                                  {QStringLiteral("items"), phase.items}});
    }
    return QJsonObject{{QStringLiteral("phases"), phases},
                       {QStringLiteral("totalMs"), totalNanoseconds() / 1e6}};
}

QString TimeBreakdown::toText() const
{
    const double total = std::max<double>(1.0, static_cast<double>(totalNanoseconds()));
    QString text;
    for (const Phase &phase : largestFirst(m_phases)) {
        text += QStringLiteral("%1 ms %2 %  %3")
                    .arg(phase.nanoseconds / 1e6, 9, 'f', 1)
                    .arg(100.0 * static_cast<double>(phase.nanoseconds) / total, 5, 'f', 1)
                    .arg(phase.name);
        if (phase.items > 0) {
            text += QStringLiteral(" (%1)").arg(phase.items);
        }
        text += u'\n';
    }
    return text;
}

} // namespace Kurier
