#include "PermissionsTestData.h"

#include "Emulator.h"
#include "PermissionRules.h"
#include "domain/Nip.h"
#include "domain/Pesel.h"

namespace Kurier::Emulator {

using namespace PermissionRules;

void PermissionsTestData::registerRoutes()
{
    Router &router = m_emulator.m_router;
    router.add("POST", QStringLiteral("/_emulator/permissions/office"), QString(),
               [this](const HttpRequest &request, const QStringList &) { return office(request, true); });
    router.add("DELETE", QStringLiteral("/_emulator/permissions/office"), QString(),
               [this](const HttpRequest &request, const QStringList &) { return office(request, false); });
    router.add("POST", QStringLiteral("/testdata/permissions"), QStringLiteral("public"),
               [this](const HttpRequest &request, const QStringList &) { return grant(request); });
    router.add("POST", QStringLiteral("/testdata/permissions/revoke"), QStringLiteral("public"),
               [this](const HttpRequest &request, const QStringList &) { return revoke(request); });
}

HttpReply PermissionsTestData::grant(const HttpRequest &request)
{
    HttpReply failure;
    const auto body = m_emulator.jsonBody(request, &failure);
    if (!body) {
        return failure;
    }
    const QJsonObject context = body->value(QStringLiteral("contextIdentifier")).toObject();
    const QJsonObject authorized = body->value(QStringLiteral("authorizedIdentifier")).toObject();
    QStringList problems{identifierProblem(context, {QStringLiteral("Nip")}),
                         identifierProblem(authorized, {QStringLiteral("Nip"), QStringLiteral("Pesel"),
                                                        QStringLiteral("Fingerprint")})};
    const QJsonArray permissions = body->value(QStringLiteral("permissions")).toArray();
    for (const QJsonValue &value : permissions) {
        if (!personPermissions().contains(
                value.toObject().value(QStringLiteral("permissionType")).toString())) {
            problems << QStringLiteral("Nieznane uprawnienie.");
        }
        problems << descriptionProblem(value.toObject());
    }
    problems.removeAll(QString());
    if (!problems.isEmpty() || permissions.isEmpty()) {
        return m_emulator.error(
            request, 21405, problems.isEmpty() ? QStringList{QStringLiteral("Brak uprawnień.")} : problems);
    }
    const QString contextNip = context.value(QStringLiteral("value")).toString();
    if (!m_emulator.m_state.subjects.contains(contextNip)) {
        m_emulator.createDemoSubject(contextNip);
    }
    for (const QJsonValue &value : permissions) {
        PermissionGrant grant;
        grant.id = PermissionRules::newId(m_emulator.m_references);
        grant.kind = PermissionGrant::Kind::Person;
        grant.contextNip = contextNip;
        grant.subjectType = authorized.value(QStringLiteral("type")).toString();
        grant.subjectValue = authorized.value(QStringLiteral("value")).toString();
        if (grant.subjectType == u"Fingerprint") {
            grant.subjectValue = CertificateFingerprint::normalized(grant.subjectValue);
        }
        grant.permission = value.toObject().value(QStringLiteral("permissionType")).toString();
        grant.author = identifier(QStringLiteral("System"), {});
        grant.description = value.toObject().value(QStringLiteral("description")).toString();
        grant.started = m_emulator.now();
        m_emulator.m_state.permissions.add(grant);
    }
    m_emulator.m_dirty = true;
    return HttpReply::empty(200);
}

HttpReply PermissionsTestData::office(const HttpRequest &request, bool grant)
{
    HttpReply failure;
    const auto body = m_emulator.jsonBody(request, &failure);
    if (!body) {
        return failure;
    }
    const QString client = body->value(QStringLiteral("clientNip")).toString();
    const QString office = body->value(QStringLiteral("officeNip")).toString();
    if (!Nip::isValid(client) || !Nip::isValid(office) || client == office) {
        return m_emulator.error(request, 21405,
                                {QStringLiteral("clientNip i officeNip: dwa różne poprawne NIP-y.")});
    }
    PermissionRegistry &registry = m_emulator.m_state.permissions;
    registry.removeAll(client, QStringLiteral("Nip"), office);
    if (grant) {
        if (!m_emulator.m_state.subjects.contains(client)) {
            m_emulator.createDemoSubject(client);
        }
        QStringList rights{QStringLiteral("InvoiceRead")};
        if (body->value(QStringLiteral("write")).toBool(true)) {
            rights.append(QStringLiteral("InvoiceWrite"));
        }
        for (const QString &permission : rights) {
            PermissionGrant g;
            g.id = PermissionRules::newId(m_emulator.m_references);
            g.kind = PermissionGrant::Kind::Entity;
            g.contextNip = client;
            g.subjectType = QStringLiteral("Nip");
            g.subjectValue = office;
            g.permission = permission;
            g.canDelegate = body->value(QStringLiteral("canDelegate")).toBool(true);
            g.author = identifier(QStringLiteral("Nip"), client);
            g.description = QStringLiteral("Biuro rachunkowe");
            g.subjectDetails = QJsonObject{
                {QStringLiteral("fullName"), body->value(QStringLiteral("officeName"))
                                                 .toString(QStringLiteral("Biuro Rachunkowe Demo"))}};
            g.started = m_emulator.now();
            registry.add(g);
        }
    }
    m_emulator.m_dirty = true;
    return HttpReply::json(200, QJsonObject{{QStringLiteral("granted"), grant}});
}

HttpReply PermissionsTestData::revoke(const HttpRequest &request)
{
    HttpReply failure;
    const auto body = m_emulator.jsonBody(request, &failure);
    if (!body) {
        return failure;
    }
    const QJsonObject context = body->value(QStringLiteral("contextIdentifier")).toObject();
    const QJsonObject authorized = body->value(QStringLiteral("authorizedIdentifier")).toObject();
    QString value = authorized.value(QStringLiteral("value")).toString();
    if (authorized.value(QStringLiteral("type")).toString() == u"Fingerprint") {
        value = CertificateFingerprint::normalized(value);
    }
    m_emulator.m_state.permissions.removeAll(context.value(QStringLiteral("value")).toString(),
                                             authorized.value(QStringLiteral("type")).toString(), value);
    m_emulator.m_dirty = true;
    return HttpReply::empty(200);
}

} // namespace Kurier::Emulator
