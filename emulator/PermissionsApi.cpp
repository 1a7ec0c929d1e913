#include "PermissionsApi.h"

#include "Emulator.h"
#include "Errors.h"
#include "PermissionRules.h"
#include "domain/Nip.h"
#include "domain/Pesel.h"

#include <QJsonArray>

namespace Kurier::Emulator {

using namespace PermissionRules;

namespace {

void insertDetails(QJsonObject &item, const PermissionGrant &g)
{
    if (g.subjectDetails.contains(QStringLiteral("fullName"))) {
        item.insert(
            QStringLiteral("subjectEntityDetails"),
            QJsonObject{{QStringLiteral("subjectDetailsType"), QStringLiteral("EntityByIdentifier")},
                        {QStringLiteral("fullName"), g.subjectDetails.value(QStringLiteral("fullName"))}});
    } else if (g.subjectDetails.contains(QStringLiteral("lastName"))) {
        QJsonObject person = g.subjectDetails;
        person.insert(QStringLiteral("subjectDetailsType"), QStringLiteral("PersonByIdentifier"));
        item.insert(QStringLiteral("subjectPersonDetails"), person);
    }
}

QJsonObject grantItem(const PermissionGrant &g, bool personal)
{
    QJsonObject item{{QStringLiteral("id"), g.id},
                     {QStringLiteral("authorizedIdentifier"), identifier(g.subjectType, g.subjectValue)},
                     {QStringLiteral("permissionScope"), g.permission},
                     {QStringLiteral("description"), g.description},
                     {QStringLiteral("permissionState"), QStringLiteral("Active")},
                     {QStringLiteral("startDate"), g.started.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("canDelegate"), g.canDelegate}};
    if (g.kind == PermissionGrant::Kind::Indirect) {
        item.insert(QStringLiteral("targetIdentifier"), identifier(g.targetType, g.targetValue));
    }
    if (personal) {
        item.insert(QStringLiteral("contextIdentifier"), identifier(QStringLiteral("Nip"), g.contextNip));
    } else {
        item.insert(QStringLiteral("authorIdentifier"), g.author);
    }
    insertDetails(item, g);
    return item;
}

} // namespace

PermissionsApi::PermissionsApi(Emulator &emulator)
    : m_emulator(emulator)
{}

void PermissionsApi::registerRoutes()
{
    Router &router = m_emulator.m_router;
    const QString group =
        QStringLiteral("other"); // 10/30/120 per (context, IP), as every permission endpoint
    const auto route = [&](const QByteArray &method, const QString &path,
                           HttpReply (PermissionsApi::*handler)(const HttpRequest &)) {
        router.add(method, path, group, [this, handler](const HttpRequest &request, const QStringList &) {
            return (this->*handler)(request);
        });
    };
    route("POST", QStringLiteral("/permissions/persons/grants"), &PermissionsApi::grantToPersons);
    route("POST", QStringLiteral("/permissions/entities/grants"), &PermissionsApi::grantToEntities);
    route("POST", QStringLiteral("/permissions/indirect/grants"), &PermissionsApi::grantIndirect);
    route("POST", QStringLiteral("/permissions/authorizations/grants"), &PermissionsApi::grantAuthorization);
    route("POST", QStringLiteral("/permissions/query/personal/grants"), &PermissionsApi::queryPersonal);
    route("POST", QStringLiteral("/permissions/query/persons/grants"), &PermissionsApi::queryPersons);
    route("POST", QStringLiteral("/permissions/query/entities/grants"), &PermissionsApi::queryEntities);
    route("POST", QStringLiteral("/permissions/query/authorizations/grants"),
          &PermissionsApi::queryAuthorizations);
    router.add("GET", QStringLiteral("/permissions/query/entities/roles"), group,
               [this](const HttpRequest &request, const QStringList &) {
                   const auto caller =
                       call(request, {QStringLiteral("CredentialsManage"), QStringLiteral("CredentialsRead")},
                            false);
                   // No entity in the emulator has a role (bailiff, local government, VAT group).
                   return caller ? page(request, QStringLiteral("roles"), {}) : caller.error();
               });
    router.add("DELETE", QStringLiteral("/permissions/common/grants/{permissionId}"), group,
               [this](const HttpRequest &request, const QStringList &captures) {
                   return revoke(request, captures.value(0), false);
               });
    router.add("DELETE", QStringLiteral("/permissions/authorizations/grants/{permissionId}"), group,
               [this](const HttpRequest &request, const QStringList &captures) {
                   return revoke(request, captures.value(0), true);
               });
    router.add("GET", QStringLiteral("/permissions/operations/{referenceNumber}"), group,
               [this](const HttpRequest &request, const QStringList &captures) {
                   return operationStatus(request, captures.value(0));
               });
}

std::expected<PermissionsApi::Call, HttpReply> PermissionsApi::call(const HttpRequest &request,
                                                                    const QStringList &anyOf, bool withBody)
{
    auto token = m_emulator.requireAccess(request, QString());
    if (!token) {
        return std::unexpected(token.error());
    }
    const QSet<QString> present = m_emulator.presentPermissions(*token);
    if (!anyOf.isEmpty() &&
        std::ranges::none_of(anyOf, [&](const QString &p) { return present.contains(p); })) {
        QStringList presentList(present.begin(), present.end());
        presentList.sort();
        return std::unexpected(Errors::forbidden(
            request, m_emulator.now(), QStringLiteral("missing-permissions"),
            QStringLiteral("Brak wymaganych uprawnień."),
            QJsonObject{{QStringLiteral("requiredAnyOfPermissions"), QJsonArray::fromStringList(anyOf)},
                        {QStringLiteral("presentPermissions"), QJsonArray::fromStringList(presentList)}}));
    }
    const AuthOperation auth = m_emulator.m_state.auths.value(token->authReference);
    Call result{token->contextNip,
                auth.identity.isEmpty() ? identifier(QStringLiteral("Nip"), token->contextNip)
                                        : auth.identity.identifierJson(),
                {}};
    if (withBody) {
        HttpReply failure;
        auto body = m_emulator.jsonBody(request, &failure);
        if (!body) {
            return std::unexpected(failure);
        }
        result.body = std::move(*body);
    }
    return result;
}

PermissionGrant PermissionsApi::newGrant(const Call &call, PermissionGrant::Kind kind)
{
    PermissionGrant grant;
    grant.kind = kind;
    grant.contextNip = call.contextNip;
    const QJsonObject subject = call.body.value(QStringLiteral("subjectIdentifier")).toObject();
    grant.subjectType = subject.value(QStringLiteral("type")).toString();
    grant.subjectValue = subject.value(QStringLiteral("value")).toString();
    if (grant.subjectType == u"Fingerprint") {
        grant.subjectValue = CertificateFingerprint::normalized(grant.subjectValue);
    }
    grant.author = call.author;
    grant.description = call.body.value(QStringLiteral("description")).toString();
    const QJsonObject details = call.body.value(QStringLiteral("subjectDetails")).toObject();
    grant.subjectDetails = details.contains(QStringLiteral("personById"))
                               ? details.value(QStringLiteral("personById")).toObject()
                               : details;
    grant.subjectDetails.remove(QStringLiteral("subjectDetailsType"));
    grant.started = m_emulator.now();
    return grant;
}

HttpReply PermissionsApi::accepted(PermissionOperation operation)
{
    operation.reference = m_emulator.m_references.reference(QStringLiteral("EG"), m_emulator.now());
    operation.created = m_emulator.now();
    operation.decidesAt = operation.created.addMSecs(m_emulator.m_config.authDelayMs);
    for (PermissionGrant &grant : operation.adds) {
        grant.id = PermissionRules::newId(m_emulator.m_references);
    }
    const QString reference = operation.reference;
    m_emulator.m_state.permissions.submit(std::move(operation));
    m_emulator.m_dirty = true;
    return HttpReply::json(202, QJsonObject{{QStringLiteral("referenceNumber"), reference}});
}

HttpReply PermissionsApi::grantToPersons(const HttpRequest &request)
{
    const auto caller = call(request, {QStringLiteral("CredentialsManage")}, true);
    if (!caller) {
        return caller.error();
    }
    const QJsonObject &body = caller->body;
    QStringList problems;
    problems << identifierProblem(
                    body.value(QStringLiteral("subjectIdentifier")).toObject(),
                    {QStringLiteral("Nip"), QStringLiteral("Pesel"), QStringLiteral("Fingerprint")})
             << descriptionProblem(body);
    QStringList permissions = body.value(QStringLiteral("permissions")).toVariant().toStringList();
    if (permissions.isEmpty() || permissions.removeDuplicates() > 0 ||
        !std::ranges::all_of(permissions, [](const QString &p) { return personPermissions().contains(p); })) {
        problems << QStringLiteral(
            "Lista uprawnień jest pusta, powtarza się lub zawiera nieznane uprawnienie.");
    }
    problems.removeAll(QString());
    if (!problems.isEmpty()) {
        return m_emulator.error(request, 21405, problems);
    }
    PermissionOperation operation;
    const PermissionGrant base = newGrant(*caller, PermissionGrant::Kind::Person);
    if (base.subjectType == u"Nip" && base.subjectValue == caller->contextNip) {
        operation.code = 440; // the owner of the context holds everything already
        operation.details = {QStringLiteral("Podmiot jest właścicielem kontekstu.")};
    } else {
        for (const QString &permission : permissions) {
            PermissionGrant grant = base;
            grant.permission = permission;
            operation.adds.append(grant);
        }
    }
    return accepted(std::move(operation));
}

HttpReply PermissionsApi::grantToEntities(const HttpRequest &request)
{
    const auto caller = call(request, {QStringLiteral("CredentialsManage")}, true);
    if (!caller) {
        return caller.error();
    }
    const QJsonObject &body = caller->body;
    QStringList problems{identifierProblem(body.value(QStringLiteral("subjectIdentifier")).toObject(),
                                           {QStringLiteral("Nip")}),
                         descriptionProblem(body)};
    if (body.value(QStringLiteral("subjectDetails"))
            .toObject()
            .value(QStringLiteral("fullName"))
            .toString()
            .size() < 5) {
        problems << QStringLiteral("Brak pełnej nazwy podmiotu (subjectDetails.fullName).");
    }
    const QJsonArray permissions = body.value(QStringLiteral("permissions")).toArray();
    QStringList seen;
    for (const QJsonValue &value : permissions) {
        const QString type = value.toObject().value(QStringLiteral("type")).toString();
        if (!invoicePermissions().contains(type) || seen.contains(type)) {
            problems << QStringLiteral("Podmiotowi można nadać raz InvoiceRead i raz InvoiceWrite.");
        }
        seen << type;
    }
    if (permissions.isEmpty()) {
        problems << QStringLiteral("Lista uprawnień jest pusta.");
    }
    problems.removeAll(QString());
    if (!problems.isEmpty()) {
        return m_emulator.error(request, 21405, problems);
    }
    PermissionOperation operation;
    const PermissionGrant base = newGrant(*caller, PermissionGrant::Kind::Entity);
    if (base.subjectValue == caller->contextNip) {
        operation.code = 440;
        operation.details = {QStringLiteral("Podmiot nie może nadać uprawnień sobie samemu.")};
    } else {
        for (const QJsonValue &value : permissions) {
            PermissionGrant grant = base;
            grant.permission = value.toObject().value(QStringLiteral("type")).toString();
            grant.canDelegate = value.toObject().value(QStringLiteral("canDelegate")).toBool();
            operation.adds.append(grant);
        }
    }
    return accepted(std::move(operation));
}

HttpReply PermissionsApi::grantIndirect(const HttpRequest &request)
{
    const auto caller = call(request, {QStringLiteral("CredentialsManage")}, true);
    if (!caller) {
        return caller.error();
    }
    const QJsonObject &body = caller->body;
    const QJsonObject target = body.value(QStringLiteral("targetIdentifier")).toObject();
    const QString targetType = target.value(QStringLiteral("type")).toString(QStringLiteral("AllPartners"));
    const QString targetNip = target.value(QStringLiteral("value")).toString();
    QStringList problems{
        identifierProblem(body.value(QStringLiteral("subjectIdentifier")).toObject(),
                          {QStringLiteral("Nip"), QStringLiteral("Pesel"), QStringLiteral("Fingerprint")}),
        descriptionProblem(body)};
    if (targetType != u"AllPartners" && !(targetType == u"Nip" && Nip::isValid(targetNip))) {
        problems << QStringLiteral("targetIdentifier: NIP klienta albo AllPartners.");
    }
    QStringList permissions = body.value(QStringLiteral("permissions")).toVariant().toStringList();
    if (permissions.isEmpty() || permissions.removeDuplicates() > 0 ||
        !std::ranges::all_of(permissions,
                             [](const QString &p) { return invoicePermissions().contains(p); })) {
        problems << QStringLiteral("Pośrednio można przekazać tylko InvoiceRead i InvoiceWrite, każde raz.");
    }
    problems.removeAll(QString());
    if (!problems.isEmpty()) {
        return m_emulator.error(request, 21405, problems);
    }
    m_emulator.m_state.permissions.settle(m_emulator.now());
    PermissionOperation operation;
    PermissionGrant base = newGrant(*caller, PermissionGrant::Kind::Indirect);
    base.targetType = targetType;
    base.targetValue = targetType == u"Nip" ? targetNip : QString();
    for (const QString &permission : permissions) {
        // Only what the office holds with canDelegate in that client can be passed on.
        if (targetType == u"Nip" &&
            !m_emulator.m_state.permissions.delegable(targetNip, caller->contextNip, permission)) {
            operation.code = 420;
            operation.details.append(
                QStringLiteral(
                    "Podmiot %1 nie ma uprawnienia %2 z prawem dalszego przekazania w kontekście %3.")
                    .arg(caller->contextNip, permission, targetNip));
            continue;
        }
        PermissionGrant grant = base;
        grant.permission = permission;
        operation.adds.append(grant);
    }
    if (operation.code != 200) {
        operation.adds.clear();
    }
    return accepted(std::move(operation));
}

HttpReply PermissionsApi::grantAuthorization(const HttpRequest &request)
{
    const auto caller = call(request, {QStringLiteral("CredentialsManage")}, true);
    if (!caller) {
        return caller.error();
    }
    const QJsonObject &body = caller->body;
    static const QStringList kinds{QStringLiteral("SelfInvoicing"), QStringLiteral("RRInvoicing"),
                                   QStringLiteral("TaxRepresentative"), QStringLiteral("PefInvoicing")};
    const QJsonObject subject = body.value(QStringLiteral("subjectIdentifier")).toObject();
    QStringList problems{descriptionProblem(body)};
    if (subject.value(QStringLiteral("type")).toString() == u"Nip") {
        problems << identifierProblem(subject, {QStringLiteral("Nip")});
    } else if (subject.value(QStringLiteral("type")).toString() != u"PeppolId") {
        problems << QStringLiteral("subjectIdentifier: Nip albo PeppolId.");
    }
    if (!kinds.contains(body.value(QStringLiteral("permission")).toString())) {
        problems << QStringLiteral("Nieznane uprawnienie podmiotowe.");
    }
    problems.removeAll(QString());
    if (!problems.isEmpty()) {
        return m_emulator.error(request, 21405, problems);
    }
    PermissionGrant grant = newGrant(*caller, PermissionGrant::Kind::Authorization);
    grant.permission = body.value(QStringLiteral("permission")).toString();
    PermissionOperation operation;
    operation.adds.append(grant);
    return accepted(std::move(operation));
}

HttpReply PermissionsApi::revoke(const HttpRequest &request, const QString &id, bool authorization)
{
    const auto caller = call(request, {QStringLiteral("CredentialsManage")}, false);
    if (!caller) {
        return caller.error();
    }
    m_emulator.m_state.permissions.settle(m_emulator.now());
    const PermissionGrant *grant = m_emulator.m_state.permissions.grant(id);
    if (!grant || grant->contextNip != caller->contextNip ||
        (grant->kind == PermissionGrant::Kind::Authorization) != authorization) {
        return m_emulator.error(
            request, 21405, {QStringLiteral("Nie znaleziono uprawnienia %1 w bieżącym kontekście.").arg(id)});
    }
    PermissionOperation operation;
    operation.removes = {id};
    return accepted(std::move(operation));
}

HttpReply PermissionsApi::operationStatus(const HttpRequest &request, const QString &reference)
{
    const auto caller = call(request, {}, false);
    if (!caller) {
        return caller.error();
    }
    const QDateTime now = m_emulator.now();
    m_emulator.m_state.permissions.settle(now);
    const PermissionOperation *operation = m_emulator.m_state.permissions.operation(reference);
    if (!operation) {
        return m_emulator.error(request, 21405, {QStringLiteral("Nieznana operacja %1.").arg(reference)});
    }
    if (operation->created.addDays(30) < now) {
        return Errors::gone(request, now, QStringLiteral("Status operacji nie jest już przechowywany."));
    }
    const int code = operation->decidesAt > now ? 100 : operation->code;
    QJsonObject status{{QStringLiteral("code"), code},
                       {QStringLiteral("description"), PermissionRegistry::codeDescription(code)}};
    if (code != 100 && !operation->details.isEmpty()) {
        status.insert(QStringLiteral("details"), QJsonArray::fromStringList(operation->details));
    }
    return HttpReply::json(200, QJsonObject{{QStringLiteral("status"), status}});
}

HttpReply PermissionsApi::page(const HttpRequest &request, const QString &listName, const QJsonArray &items)
{
    const auto paging = m_emulator.pageParameters(request, 100);
    if (!paging) {
        return paging.error();
    }
    const auto [size, offset] = *paging;
    QJsonArray onPage;
    for (qsizetype i = qsizetype(offset) * size; i < items.size() && onPage.size() < size; ++i) {
        onPage.append(items.at(i));
    }
    const bool hasMore = (qsizetype(offset) + 1) * size < items.size();
    return HttpReply::json(200, QJsonObject{{listName, onPage}, {QStringLiteral("hasMore"), hasMore}});
}

HttpReply PermissionsApi::queryPersonal(const HttpRequest &request)
{
    const auto caller = call(request, {}, true);
    if (!caller) {
        return caller.error();
    }
    const auto token = m_emulator.m_state.tokens.value(request.bearer());
    const AuthOperation auth = m_emulator.m_state.auths.value(token.authReference);
    m_emulator.m_state.permissions.settle(m_emulator.now());
    QJsonArray items;
    const QStringList types =
        caller->body.value(QStringLiteral("permissionTypes")).toVariant().toStringList();
    for (const PermissionGrant &g :
         m_emulator.m_state.permissions.personal(caller->contextNip, auth.identity)) {
        if (types.isEmpty() || types.contains(g.permission)) {
            items.append(grantItem(g, true));
        }
    }
    return page(request, QStringLiteral("permissions"), items);
}

HttpReply PermissionsApi::queryPersons(const HttpRequest &request)
{
    const auto caller = call(request,
                             {QStringLiteral("CredentialsManage"), QStringLiteral("CredentialsRead"),
                              QStringLiteral("SubunitManage")},
                             true);
    if (!caller) {
        return caller.error();
    }
    const QJsonObject &body = caller->body;
    const QString queryType = body.value(QStringLiteral("queryType")).toString();
    if (queryType != u"PermissionsInCurrentContext" && queryType != u"PermissionsGrantedInCurrentContext") {
        return m_emulator.error(request, 21405, {QStringLiteral("Nieznany queryType: %1.").arg(queryType)});
    }
    const QStringList types = body.value(QStringLiteral("permissionTypes")).toVariant().toStringList();
    const QJsonObject authorized = body.value(QStringLiteral("authorizedIdentifier")).toObject();
    const bool onlyInactive = body.value(QStringLiteral("permissionState")).toString() == u"Inactive";
    const QString context = caller->contextNip;
    PermissionRegistry &registry = m_emulator.m_state.permissions;
    registry.settle(m_emulator.now());
    // In the current context: who holds what here — persons, entities, and the office employees an entity
    // passed its delegable rights to. Granted in the current context: what this context (an office) passed
    // on to its people.
    const auto held = [&](const PermissionGrant &g) {
        using Kind = PermissionGrant::Kind;
        if (queryType == u"PermissionsGrantedInCurrentContext") {
            return g.kind == Kind::Indirect && g.contextNip == context;
        }
        return ((g.kind == Kind::Person || g.kind == Kind::Entity) && g.contextNip == context) ||
               (g.kind == Kind::Indirect && (g.targetValue == context || g.targetType == u"AllPartners") &&
                registry.delegable(context, g.contextNip, g.permission));
    };
    QJsonArray items;
    for (const PermissionGrant &g : registry.grants(held)) {
        const bool typeOk = types.isEmpty() || types.contains(g.permission);
        const bool subjectOk =
            authorized.isEmpty() || (authorized.value(QStringLiteral("type")).toString() == g.subjectType &&
                                     authorized.value(QStringLiteral("value")).toString() == g.subjectValue);
        if (typeOk && subjectOk && !onlyInactive) {
            items.append(grantItem(g, false));
        }
    }
    return page(request, QStringLiteral("permissions"), items);
}

HttpReply PermissionsApi::queryEntities(const HttpRequest &request)
{
    const auto caller =
        call(request, {QStringLiteral("CredentialsManage"), QStringLiteral("CredentialsRead")}, true);
    if (!caller) {
        return caller.error();
    }
    const QString client = caller->body.value(QStringLiteral("contextIdentifier"))
                               .toObject()
                               .value(QStringLiteral("value"))
                               .toString();
    m_emulator.m_state.permissions.settle(m_emulator.now());
    // What other contexts (the clients) granted to this context's entity (the office).
    const QList<PermissionGrant> granted =
        m_emulator.m_state.permissions.grants([&](const PermissionGrant &g) {
            return g.kind == PermissionGrant::Kind::Entity && g.subjectValue == caller->contextNip &&
                   (client.isEmpty() || g.contextNip == client);
        });
    QJsonArray items;
    for (const PermissionGrant &g : granted) {
        items.append(QJsonObject{
            {QStringLiteral("id"), g.id},
            {QStringLiteral("contextIdentifier"), identifier(QStringLiteral("Nip"), g.contextNip)},
            {QStringLiteral("permissionScope"), g.permission},
            {QStringLiteral("description"), g.description},
            {QStringLiteral("startDate"), g.started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("canDelegate"), g.canDelegate}});
    }
    return page(request, QStringLiteral("permissions"), items);
}

HttpReply PermissionsApi::queryAuthorizations(const HttpRequest &request)
{
    const auto caller =
        call(request, {QStringLiteral("CredentialsManage"), QStringLiteral("CredentialsRead")}, true);
    if (!caller) {
        return caller.error();
    }
    const QString queryType = caller->body.value(QStringLiteral("queryType")).toString();
    if (queryType != u"Granted" && queryType != u"Received") {
        return m_emulator.error(request, 21405, {QStringLiteral("queryType: Granted albo Received.")});
    }
    m_emulator.m_state.permissions.settle(m_emulator.now());
    const bool granted = queryType == u"Granted";
    QJsonArray items;
    for (const PermissionGrant &g : m_emulator.m_state.permissions.grants([&](const PermissionGrant &g) {
             return g.kind == PermissionGrant::Kind::Authorization &&
                    (granted ? g.contextNip == caller->contextNip : g.subjectValue == caller->contextNip);
         })) {
        QJsonObject item{
            {QStringLiteral("id"), g.id},
            {QStringLiteral("authorIdentifier"), g.author},
            {QStringLiteral("authorizedEntityIdentifier"), identifier(g.subjectType, g.subjectValue)},
            {QStringLiteral("authorizingEntityIdentifier"), identifier(QStringLiteral("Nip"), g.contextNip)},
            {QStringLiteral("authorizationScope"), g.permission},
            {QStringLiteral("description"), g.description},
            {QStringLiteral("startDate"), g.started.toString(Qt::ISODateWithMs)}};
        insertDetails(item, g);
        items.append(item);
    }
    return page(request, QStringLiteral("authorizationGrants"), items);
}

} // namespace Kurier::Emulator
