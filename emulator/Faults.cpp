#include "Faults.h"

#include "ratelimit/RateLimitTable.h"

namespace Kurier::Emulator {

namespace {
struct ActionName
{
    FaultRule::Action action;
    const char *name;
};
constexpr ActionName kActions[] = {
    {FaultRule::Action::Delay, "delay"},  {FaultRule::Action::Error500, "500"},
    {FaultRule::Action::Error502, "502"}, {FaultRule::Action::Error503, "503"},
    {FaultRule::Action::Reset, "reset"},  {FaultRule::Action::LostReply, "lost-reply"},
    {FaultRule::Action::Waf, "waf"},      {FaultRule::Action::Exception, "exception"},
};
} // namespace

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &json, QString *error)
{
    FaultRule rule;
    const QString action = json.value(QStringLiteral("action")).toString();
    bool known = false;
    for (const ActionName &a : kActions) {
        if (action == QLatin1StringView(a.name)) {
            rule.action = a.action;
            known = true;
        }
    }
    if (!known) {
        *error =
            QStringLiteral("unknown action \"%1\" (delay, 500, 502, 503, reset, lost-reply, waf, exception)")
                .arg(action);
        return std::nullopt;
    }
    rule.group = json.value(QStringLiteral("group")).toString();
    // A group no endpoint belongs to would never fire: a typo makes a resilience test pass without its fault.
    if (!rule.group.isEmpty() && !RateLimitTable::production().contains(rule.group)) {
        *error = QStringLiteral("unknown group \"%1\" (the GET /rate-limits groups, \"other\" or \"public\")")
                     .arg(rule.group);
        return std::nullopt;
    }
    rule.pathContains = json.value(QStringLiteral("path")).toString();
    rule.method = json.value(QStringLiteral("method")).toString().toUpper();
    rule.nth = json.value(QStringLiteral("nth")).toInt(0);
    rule.every = json.value(QStringLiteral("every")).toBool(false);
    rule.times = json.value(QStringLiteral("times")).toInt(-1);
    rule.delayMs = json.value(QStringLiteral("delayMs")).toInt(0);
    rule.exceptionCode = json.value(QStringLiteral("exceptionCode")).toInt(0);
    if (rule.action == Action::Exception && rule.exceptionCode <= 0) {
        *error = QStringLiteral("the action \"exception\" needs an exceptionCode");
        return std::nullopt;
    }
    return rule;
}

QJsonObject FaultRule::toJson() const
{
    QString name;
    for (const ActionName &a : kActions) {
        if (a.action == action) {
            name = QString::fromLatin1(a.name);
        }
    }
    return QJsonObject{{QStringLiteral("action"), name},
                       {QStringLiteral("group"), group},
                       {QStringLiteral("path"), pathContains},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("nth"), nth},
                       {QStringLiteral("every"), every},
                       {QStringLiteral("times"), times},
                       {QStringLiteral("delayMs"), delayMs},
                       {QStringLiteral("exceptionCode"), exceptionCode},
                       {QStringLiteral("seen"), seen},
                       {QStringLiteral("fired"), fired}};
}

std::optional<FaultRule> Faults::next(const QString &group, const QString &method, const QString &path)
{
    for (FaultRule &rule : m_rules) {
        if ((!rule.group.isEmpty() && rule.group != group) ||
            (!rule.method.isEmpty() && rule.method != method) ||
            (!rule.pathContains.isEmpty() && !path.contains(rule.pathContains))) {
            continue;
        }
        if (rule.times >= 0 && rule.fired >= rule.times) {
            continue;
        }
        ++rule.seen;
        const bool fires = rule.nth <= 0 || (rule.every ? rule.seen % rule.nth == 0 : rule.seen == rule.nth);
        if (fires) {
            ++rule.fired;
            return rule;
        }
    }
    return std::nullopt;
}

} // namespace Kurier::Emulator
