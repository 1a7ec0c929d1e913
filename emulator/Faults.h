#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Kurier::Emulator {

// Scripted faults (the control API under /_emulator/faults). A rule matches requests by rate-limit group
// and/or a path fragment and fires on the N-th matching request, every N-th, or every one, a limited number
// of times.
struct FaultRule
{
    enum class Action
    {
        Delay, // answer normally after delayMs
        Error500,
        Error502,
        Error503,  // maintenance body
        Reset,     // close the connection without an answer, before handling
        LostReply, // handle the request (state changes are committed), then never answer
        Waf,       // 403 with an HTML page, as a web application firewall would
        Exception, // 400 with KSeF's exception body carrying `exceptionCode`, before handling
    };
    Action action = Action::Error500;
    QString group;        // empty: any
    QString pathContains; // empty: any
    QString method;       // empty: any
    int nth = 0;          // 0: every matching request; N: the N-th, 2N-th… (with `every`) or only the N-th
    bool every = false;
    int times = -1; // how many times it may fire; -1 unlimited
    int delayMs = 0;
    int exceptionCode = 0; // for Exception
    int seen = 0;
    int fired = 0;

    static std::optional<FaultRule> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
};

class Faults
{
public:
    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    const QList<FaultRule> &rules() const { return m_rules; }
    // The fault to inject for this request, if any (updates the counters).
    std::optional<FaultRule> next(const QString &group, const QString &method, const QString &path);

private:
    QList<FaultRule> m_rules;
};

} // namespace Kurier::Emulator
