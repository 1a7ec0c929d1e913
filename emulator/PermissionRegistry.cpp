#include "PermissionRegistry.h"

#include <QJsonArray>

namespace Kurier::Emulator {

bool SubjectIdentity::matches(const QString &type, const QString &value) const
{
    if (value.isEmpty()) {
        return false;
    }
    if (type == u"Nip") {
        return nip == value;
    }
    if (type == u"Pesel") {
        return pesel == value;
    }
    if (type == u"Fingerprint") {
        return fingerprint.compare(value, Qt::CaseInsensitive) == 0;
    }
    return false;
}

QJsonObject SubjectIdentity::identifierJson() const
{
    const auto identifier = [](const char *type, const QString &value) {
        return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("value"), value}};
    };
    return !nip.isEmpty()     ? identifier("Nip", nip)
           : !pesel.isEmpty() ? identifier("Pesel", pesel)
                              : identifier("Fingerprint", fingerprint);
}

QString SubjectIdentity::key() const
{
    return nip + u'|' + pesel + u'|' + fingerprint.toUpper();
}

void PermissionRegistry::submit(PermissionOperation operation)
{
    if (!operation.adds.isEmpty() || !operation.removes.isEmpty()) {
        m_pending.append(operation.reference);
    }
    m_operations.insert(operation.reference, std::move(operation));
}

void PermissionRegistry::settle(const QDateTime &now)
{
    m_pending.removeIf([&](const QString &reference) {
        PermissionOperation &operation = m_operations[reference];
        if (operation.decidesAt > now) {
            return false;
        }
        if (operation.code == 200) {
            m_grants.append(operation.adds);
            m_grants.removeIf([&](const PermissionGrant &g) { return operation.removes.contains(g.id); });
        }
        operation.adds.clear();
        operation.removes.clear();
        return true;
    });
}

const PermissionOperation *PermissionRegistry::operation(const QString &reference) const
{
    const auto it = m_operations.constFind(reference);
    return it == m_operations.constEnd() ? nullptr : &*it;
}

QString PermissionRegistry::codeDescription(int code)
{
    switch (code) {
    case 100:
        return QStringLiteral("Operacja przyjęta do realizacji");
    case 200:
        return QStringLiteral("Operacja zakończona sukcesem");
    case 400:
        return QStringLiteral("Operacja zakończona niepowodzeniem");
    case 410:
        return QStringLiteral("Podane identyfikatory są niezgodne lub pozostają w niewłaściwej relacji");
    case 420:
        return QStringLiteral("Użyte poświadczenia nie mają uprawnień do wykonania tej operacji");
    case 430:
        return QStringLiteral("Kontekst identyfikatora nie odpowiada wymaganej roli lub uprawnieniom");
    case 440:
        return QStringLiteral("Operacja niedozwolona dla wskazanych powiązań identyfikatorów");
    case 450:
        return QStringLiteral("Operacja niedozwolona dla wskazanego identyfikatora lub jego typu");
    default:
        return QStringLiteral("Nieznany błąd");
    }
}

int PermissionRegistry::removeAll(const QString &contextNip, const QString &subjectType,
                                  const QString &subjectValue)
{
    return static_cast<int>(m_grants.removeIf([&](const PermissionGrant &g) {
        return g.contextNip == contextNip && g.subjectType == subjectType && g.subjectValue == subjectValue;
    }));
}

const PermissionGrant *PermissionRegistry::grant(const QString &id) const
{
    for (const PermissionGrant &g : m_grants) {
        if (g.id == id) {
            return &g;
        }
    }
    return nullptr;
}

QList<PermissionGrant>
PermissionRegistry::grants(const std::function<bool(const PermissionGrant &)> &wanted) const
{
    QList<PermissionGrant> result;
    for (const PermissionGrant &g : m_grants) {
        if (wanted(g)) {
            result.append(g);
        }
    }
    return result;
}

bool PermissionRegistry::delegable(const QString &clientNip, const QString &officeNip,
                                   const QString &permission) const
{
    for (const PermissionGrant &g : m_grants) {
        if (g.kind == PermissionGrant::Kind::Entity && g.contextNip == clientNip &&
            g.subjectValue == officeNip && g.permission == permission && g.canDelegate) {
            return true;
        }
    }
    return false;
}

QList<PermissionGrant> PermissionRegistry::personal(const QString &contextNip,
                                                    const SubjectIdentity &who) const
{
    QList<PermissionGrant> result;
    for (const PermissionGrant &g : m_grants) {
        if (!who.matches(g.subjectType, g.subjectValue)) {
            continue;
        }
        switch (g.kind) {
        case PermissionGrant::Kind::Person:
        case PermissionGrant::Kind::Entity:
            if (g.contextNip == contextNip) {
                result.append(g);
            }
            break;
        case PermissionGrant::Kind::Indirect:
            if ((g.targetType == u"AllPartners" || g.targetValue == contextNip) &&
                delegable(contextNip, g.contextNip, g.permission)) {
                result.append(g);
            }
            break;
        case PermissionGrant::Kind::Authorization:
            break;
        }
    }
    return result;
}

QSet<QString> PermissionRegistry::effective(const QString &contextNip, const SubjectIdentity &who) const
{
    QSet<QString> result;
    for (const PermissionGrant &g : personal(contextNip, who)) {
        result.insert(g.permission);
    }
    return result;
}

namespace {

QJsonObject toJson(const PermissionGrant &g)
{
    return QJsonObject{{QStringLiteral("id"), g.id},
                       {QStringLiteral("kind"), static_cast<int>(g.kind)},
                       {QStringLiteral("context"), g.contextNip},
                       {QStringLiteral("subjectType"), g.subjectType},
                       {QStringLiteral("subject"), g.subjectValue},
                       {QStringLiteral("permission"), g.permission},
                       {QStringLiteral("canDelegate"), g.canDelegate},
                       {QStringLiteral("targetType"), g.targetType},
                       {QStringLiteral("target"), g.targetValue},
                       {QStringLiteral("author"), g.author},
                       {QStringLiteral("description"), g.description},
                       {QStringLiteral("details"), g.subjectDetails},
                       {QStringLiteral("started"), g.started.toString(Qt::ISODateWithMs)}};
}

PermissionGrant grantFromJson(const QJsonObject &j)
{
    PermissionGrant g;
    g.id = j.value(QStringLiteral("id")).toString();
    g.kind = static_cast<PermissionGrant::Kind>(j.value(QStringLiteral("kind")).toInt());
    g.contextNip = j.value(QStringLiteral("context")).toString();
    g.subjectType = j.value(QStringLiteral("subjectType")).toString();
    g.subjectValue = j.value(QStringLiteral("subject")).toString();
    g.permission = j.value(QStringLiteral("permission")).toString();
    g.canDelegate = j.value(QStringLiteral("canDelegate")).toBool();
    g.targetType = j.value(QStringLiteral("targetType")).toString();
    g.targetValue = j.value(QStringLiteral("target")).toString();
    g.author = j.value(QStringLiteral("author")).toObject();
    g.description = j.value(QStringLiteral("description")).toString();
    g.subjectDetails = j.value(QStringLiteral("details")).toObject();
    g.started = QDateTime::fromString(j.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    return g;
}

} // namespace

QJsonObject PermissionRegistry::toJson() const
{
    // Operations are decided before a save (settle), so only their outcome is kept.
    QJsonArray grants;
    for (const PermissionGrant &g : m_grants) {
        grants.append(Kurier::Emulator::toJson(g));
    }
    QJsonArray operations;
    for (const PermissionOperation &o : m_operations) {
        operations.append(QJsonObject{{QStringLiteral("ref"), o.reference},
                                      {QStringLiteral("created"), o.created.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("code"), o.code},
                                      {QStringLiteral("details"), QJsonArray::fromStringList(o.details)}});
    }
    return QJsonObject{{QStringLiteral("grants"), grants}, {QStringLiteral("operations"), operations}};
}

PermissionRegistry PermissionRegistry::fromJson(const QJsonObject &json)
{
    PermissionRegistry registry;
    for (const QJsonValue &value : json.value(QStringLiteral("grants")).toArray()) {
        registry.m_grants.append(grantFromJson(value.toObject()));
    }
    for (const QJsonValue &value : json.value(QStringLiteral("operations")).toArray()) {
        const QJsonObject j = value.toObject();
        PermissionOperation o;
        o.reference = j.value(QStringLiteral("ref")).toString();
        o.created = QDateTime::fromString(j.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
        o.decidesAt = o.created;
        o.code = j.value(QStringLiteral("code")).toInt();
        o.details = j.value(QStringLiteral("details")).toVariant().toStringList();
        registry.m_operations.insert(o.reference, o);
    }
    return registry;
}

} // namespace Kurier::Emulator
