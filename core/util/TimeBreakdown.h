#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Kurier {

// Where a run spends its wall time, by phase. Phases nest and are exclusive: time measured in an inner phase
// is taken out of the outer one, so the phases of a run add up to its wall time. Off unless a caller hands
// one in
// (`kurier-cli send --timings`, the benchmarks): every component takes a pointer that may be null, and a null
// breakdown costs one branch. One thread.
class TimeBreakdown
{
public:
    struct Phase
    {
        QString name;
        qint64 nanoseconds = 0;
        qint64 entered = 0; // how often the phase was entered
        qint64 items = 0;   // what it handled, where that means something (invoices, requests)
    };

    // Measures one phase for as long as it lives; does nothing without a breakdown.
    class Scope
    {
    public:
        Scope(TimeBreakdown *owner, QLatin1StringView phase, qint64 items = 0);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        TimeBreakdown *m_owner;
    };

    TimeBreakdown();

    void enter(QLatin1StringView phase, qint64 items = 0);
    void leave();
    void addItems(QLatin1StringView phase, qint64 items);

    QList<Phase> phases() const { return m_phases; } // in the order first entered
    qint64 totalNanoseconds() const;                 // of every phase (= wall time inside the outermost)
    // {"phases": [{"phase", "ms", "entered", "items"}…], "totalMs"}, the largest first.
    QJsonObject toJson() const;
    // One line per phase, the largest first: "  1234.5 ms  45.1 %  store.write (3000)".
    QString toText() const;

private:
    qsizetype indexOf(QLatin1StringView phase);
    void settle(); // charges the time since the last mark to the innermost open phase

    QElapsedTimer m_clock;
    qint64 m_mark = 0;
    QList<Phase> m_phases;
    QHash<QString, qsizetype> m_index;
    QList<qsizetype> m_open;
};

} // namespace Kurier
