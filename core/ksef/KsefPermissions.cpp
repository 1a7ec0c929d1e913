// KSeF permissions (PROTOCOL.md §22): grants, revokes, their operations, and the lists.
#include "ksef/KsefPermissions.h"

#include "domain/Nip.h"
#include "domain/Pesel.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace Kurier {

std::optional<PermissionSubject> PermissionSubject::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (Pesel::isValid(trimmed)) {
        return PermissionSubject{Type::Pesel, trimmed};
    }
    if (const auto nip = Nip::parse(trimmed)) {
        return PermissionSubject{Type::Nip, nip->digits()};
    }
    if (CertificateFingerprint::isValid(trimmed)) {
        return PermissionSubject{Type::Fingerprint, CertificateFingerprint::normalized(trimmed)};
    }
    return std::nullopt;
}

QString PermissionSubject::typeKey() const
{
    switch (type) {
    case Type::Nip:
        return QStringLiteral("Nip");
    case Type::Pesel:
        return QStringLiteral("Pesel");
    case Type::Fingerprint:
        return QStringLiteral("Fingerprint");
    }
    return {};
}

QString PermissionOutcome::text() const
{
    switch (code) {
    case 100:
        return KsefPermissions::tr("KSeF has not decided yet.");
    case 200:
        return KsefPermissions::tr("Done: KSeF made the change.");
    case 410:
        return KsefPermissions::tr("Refused: the identifiers do not match or are in the wrong relation.");
    case 420:
        return KsefPermissions::tr(
            "Refused: whoever is logged in may not do this (a right can only be passed "
            "on when it was given with the right to pass it on).");
    case 430:
        return KsefPermissions::tr("Refused: the context does not have the role or rights this needs.");
    case 440:
        return KsefPermissions::tr("Refused: not allowed between these identifiers (for example, granting "
                                   "the company's own NIP).");
    case 450:
        return KsefPermissions::tr("Refused: not allowed for this identifier or its type.");
    default:
        return code >= 400 ? KsefPermissions::tr("Refused by KSeF (code %1).").arg(code)
                           : KsefPermissions::tr("KSeF answered code %1.").arg(code);
    }
}

QString PermissionGrantRequest::problem() const
{
    static const QStringList personRights{QStringLiteral("InvoiceRead"), QStringLiteral("InvoiceWrite"),
                                          QStringLiteral("Introspection"), QStringLiteral("CredentialsRead"),
                                          QStringLiteral("CredentialsManage")};
    if (subject.value.isEmpty()) {
        return KsefPermissions::tr(
            "Say whom: a PESEL (11 digits), a NIP (10 digits) or a certificate's SHA-256 "
            "fingerprint (64 hexadecimal digits).");
    }
    if (permissions.isEmpty()) {
        return KsefPermissions::tr("Choose at least one permission.");
    }
    const bool invoiceOnly =
        std::ranges::all_of(permissions, [](const QString &p) { return p.startsWith(u"Invoice"); });
    if (!entityName.isEmpty() || onward) {
        if (!invoiceOnly) {
            return KsefPermissions::tr("An office, and what an office passes on, can only get reading and "
                                       "issuing invoices.");
        }
    } else if (!std::ranges::all_of(permissions, [](const QString &p) { return personRights.contains(p); })) {
        return KsefPermissions::tr("Unknown permission.");
    }
    if (!entityName.isEmpty() && subject.type != PermissionSubject::Type::Nip) {
        return KsefPermissions::tr("An office is named by its NIP.");
    }
    if (!entityName.isEmpty() && entityName.trimmed().size() < 5) {
        return KsefPermissions::tr("The office's full name, as KSeF records it (at least 5 characters).");
    }
    if (entityName.isEmpty() && (firstName.trimmed().size() < 2 || lastName.trimmed().size() < 2)) {
        return KsefPermissions::tr("The person's first and last name, as KSeF records them.");
    }
    if (onward && !clientNip.isEmpty() && !Nip::isValid(clientNip)) {
        return KsefPermissions::tr("The client's NIP is not valid.");
    }
    return {};
}

namespace {

QJsonObject identifier(const QString &type, const QString &value)
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("value"), value}};
}

QJsonObject subjectIdentifier(const PermissionSubject &subject)
{
    return identifier(subject.typeKey(), subject.value);
}

// A person's subjectDetails: named by the identifier given (PESEL, NIP or fingerprint), with the name KSeF
// records.
QJsonObject personDetails(const QString &firstName, const QString &lastName)
{
    return QJsonObject{{QStringLiteral("subjectDetailsType"), QStringLiteral("PersonByIdentifier")},
                       {QStringLiteral("personById"), QJsonObject{{QStringLiteral("firstName"), firstName},
                                                                  {QStringLiteral("lastName"), lastName}}}};
}

QString referenceOf(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("referenceNumber")).toString();
}

// std::expected::transform is C++23 library work GCC 12 does not have.
template <typename F>
auto mapped(const std::expected<QJsonObject, KsefError> &result, F &&f)
    -> std::expected<decltype(f(*result)), KsefError>
{
    if (!result) {
        return std::unexpected(result.error());
    }
    return f(*result);
}

PermissionGrantInfo grantFromJson(const QJsonObject &j, PermissionGrantInfo::Kind defaultKind)
{
    PermissionGrantInfo g;
    g.id = j.value(QStringLiteral("id")).toString();
    g.kind = defaultKind;
    const QJsonObject authorized = j.value(QStringLiteral("authorizedIdentifier")).toObject();
    g.subjectType = authorized.value(QStringLiteral("type")).toString();
    g.subjectValue = authorized.value(QStringLiteral("value")).toString();
    const QJsonObject person = j.value(QStringLiteral("subjectPersonDetails")).toObject();
    const QJsonObject entity = j.value(QStringLiteral("subjectEntityDetails")).toObject();
    if (!entity.isEmpty()) {
        g.subjectName = entity.value(QStringLiteral("fullName")).toString();
        if (defaultKind == PermissionGrantInfo::Kind::Person) {
            g.kind = PermissionGrantInfo::Kind::Entity;
        }
    } else if (!person.isEmpty()) {
        g.subjectName = QString(person.value(QStringLiteral("firstName")).toString() + u' ' +
                                person.value(QStringLiteral("lastName")).toString())
                            .trimmed();
    }
    g.permission = j.value(QStringLiteral("permissionScope")).toString();
    g.canDelegate = j.value(QStringLiteral("canDelegate")).toBool();
    g.contextNip =
        j.value(QStringLiteral("contextIdentifier")).toObject().value(QStringLiteral("value")).toString();
    const QJsonObject target = j.value(QStringLiteral("targetIdentifier")).toObject();
    if (!target.isEmpty()) {
        g.kind = PermissionGrantInfo::Kind::Indirect;
        g.allPartners = target.value(QStringLiteral("type")).toString() == u"AllPartners";
        g.targetNip = target.value(QStringLiteral("value")).toString();
    }
    g.grantedBy =
        j.value(QStringLiteral("authorIdentifier")).toObject().value(QStringLiteral("value")).toString();
    g.description = j.value(QStringLiteral("description")).toString();
    g.since = QDateTime::fromString(j.value(QStringLiteral("startDate")).toString(), Qt::ISODateWithMs);
    return g;
}

} // namespace

KsefPermissions::Result<QString>
KsefPermissions::grantToPerson(const PermissionSubject &person, const QStringList &permissions,
                               const QString &firstName, const QString &lastName, const QString &description)
{
    const QJsonObject body{{QStringLiteral("subjectIdentifier"), subjectIdentifier(person)},
                           {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("subjectDetails"), personDetails(firstName, lastName)}};
    return post(QStringLiteral("/permissions/persons/grants"), body);
}

KsefPermissions::Result<QString> KsefPermissions::grantToEntity(const QString &nip, const QString &fullName,
                                                                const QStringList &permissions,
                                                                bool canDelegate, const QString &description)
{
    QJsonArray rights;
    for (const QString &permission : permissions) {
        rights.append(
            QJsonObject{{QStringLiteral("type"), permission}, {QStringLiteral("canDelegate"), canDelegate}});
    }
    const QJsonObject body{
        {QStringLiteral("subjectIdentifier"), identifier(QStringLiteral("Nip"), nip)},
        {QStringLiteral("permissions"), rights},
        {QStringLiteral("description"), description},
        {QStringLiteral("subjectDetails"), QJsonObject{{QStringLiteral("fullName"), fullName}}}};
    return post(QStringLiteral("/permissions/entities/grants"), body);
}

KsefPermissions::Result<QString>
KsefPermissions::grantIndirect(const PermissionSubject &person, const QString &clientNip,
                               const QStringList &permissions, const QString &firstName,
                               const QString &lastName, const QString &description)
{
    const QJsonObject target = clientNip.isEmpty()
                                   ? QJsonObject{{QStringLiteral("type"), QStringLiteral("AllPartners")}}
                                   : identifier(QStringLiteral("Nip"), clientNip);
    const QJsonObject body{{QStringLiteral("subjectIdentifier"), subjectIdentifier(person)},
                           {QStringLiteral("targetIdentifier"), target},
                           {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("subjectDetails"), personDetails(firstName, lastName)}};
    return post(QStringLiteral("/permissions/indirect/grants"), body);
}

KsefPermissions::Result<QString> KsefPermissions::post(const QString &path, const QJsonObject &body)
{
    return mapped(m_client.authorizedJson(HttpCall::json("POST", path, body)), referenceOf);
}

KsefPermissions::Result<QString> KsefPermissions::revoke(const QString &permissionId)
{
    HttpCall call;
    call.method = "DELETE";
    call.path = QStringLiteral("/permissions/common/grants/") + permissionId;
    return mapped(m_client.authorizedJson(call), referenceOf);
}

KsefPermissions::Result<QString> KsefPermissions::grant(const PermissionGrantRequest &request)
{
    if (const QString problem = request.problem(); !problem.isEmpty()) {
        return std::unexpected(m_client.localError(QStringLiteral("POST /permissions/…/grants"), problem));
    }
    if (!request.entityName.isEmpty()) {
        return grantToEntity(request.subject.value, request.entityName.trimmed(), request.permissions,
                             request.canDelegate, request.description);
    }
    if (request.onward) {
        return grantIndirect(request.subject, request.clientNip, request.permissions,
                             request.firstName.trimmed(), request.lastName.trimmed(), request.description);
    }
    return grantToPerson(request.subject, request.permissions, request.firstName.trimmed(),
                         request.lastName.trimmed(), request.description);
}

KsefPermissions::Result<PermissionOutcome> KsefPermissions::outcome(const QString &reference)
{
    return mapped(
        m_client.authorizedJson(HttpCall::get(QStringLiteral("/permissions/operations/") + reference)),
        [](const QJsonObject &answer) {
            const QJsonObject status = answer.value(QStringLiteral("status")).toObject();
            PermissionOutcome result;
            result.code = status.value(QStringLiteral("code")).toInt();
            result.description = status.value(QStringLiteral("description")).toString();
            result.details = status.value(QStringLiteral("details")).toVariant().toStringList();
            result.phase = result.code == 200  ? PermissionOutcome::Phase::Done
                           : result.code < 200 ? PermissionOutcome::Phase::Pending
                                               : PermissionOutcome::Phase::Refused;
            return result;
        });
}

KsefPermissions::Result<PermissionOutcome> KsefPermissions::waitForOutcome(const QString &reference,
                                                                           std::chrono::milliseconds timeout)
{
    QElapsedTimer waited;
    waited.start();
    std::chrono::milliseconds interval(250); // the permission endpoints allow 10 requests a second
    while (true) {
        auto status = outcome(reference);
        if (!status || status->phase != PermissionOutcome::Phase::Pending ||
            std::chrono::milliseconds(waited.elapsed()) + interval > timeout) {
            return status;
        }
        m_client.transport().sleep(interval);
        interval = std::min(interval * 2, std::chrono::milliseconds(2000));
    }
}

KsefPermissions::Result<QList<PermissionGrantInfo>>
KsefPermissions::query(const QString &path, const QJsonObject &body, PermissionGrantInfo::Kind defaultKind)
{
    QList<PermissionGrantInfo> all;
    for (int page = 0; page < 1000; ++page) {
        HttpCall call = HttpCall::json("POST", QStringLiteral("/permissions/query/") + path, body);
        call.query.addQueryItem(QStringLiteral("pageOffset"), QString::number(page));
        call.query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        const auto answer = m_client.authorizedJson(call);
        if (!answer) {
            return std::unexpected(answer.error());
        }
        for (const QJsonValue &value : answer->value(QStringLiteral("permissions")).toArray()) {
            all.append(grantFromJson(value.toObject(), defaultKind));
        }
        if (!answer->value(QStringLiteral("hasMore")).toBool()) {
            break;
        }
    }
    return all;
}

KsefPermissions::Result<QList<PermissionGrantInfo>> KsefPermissions::holders()
{
    return query(QStringLiteral("persons/grants"),
                 {{QStringLiteral("queryType"), QStringLiteral("PermissionsInCurrentContext")}},
                 PermissionGrantInfo::Kind::Person);
}

KsefPermissions::Result<QList<PermissionGrantInfo>> KsefPermissions::passedOn()
{
    auto granted =
        query(QStringLiteral("persons/grants"),
              {{QStringLiteral("queryType"), QStringLiteral("PermissionsGrantedInCurrentContext")}},
              PermissionGrantInfo::Kind::Indirect);
    if (granted) {
        for (PermissionGrantInfo &grant : *granted) {
            grant.passedOn = true;
        }
    }
    return granted;
}

KsefPermissions::Result<QList<PermissionGrantInfo>> KsefPermissions::clientsGrants(const QString &clientNip)
{
    QJsonObject body;
    if (!clientNip.isEmpty()) {
        body.insert(QStringLiteral("contextIdentifier"), identifier(QStringLiteral("Nip"), clientNip));
    }
    return query(QStringLiteral("entities/grants"), body, PermissionGrantInfo::Kind::Entity);
}

KsefPermissions::Result<QList<PermissionGrantInfo>> KsefPermissions::mine()
{
    return query(QStringLiteral("personal/grants"), {}, PermissionGrantInfo::Kind::Person);
}

} // namespace Kurier
