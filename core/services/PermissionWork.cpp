#include "services/PermissionWork.h"

#include "audit/AuditLog.h"
#include "services/OutboxServices.h"

#include <QJsonArray>

namespace Kurier {

namespace {

PermissionWork::Outcome followed(OutboxServices &services, const KsefClient::Result<QString> &reference,
                                 QJsonObject detail)
{
    if (!reference) {
        return std::unexpected(reference.error());
    }
    auto outcome = KsefPermissions(*services.client).waitForOutcome(*reference);
    if (!outcome) {
        return outcome;
    }
    detail.insert(QStringLiteral("operation"), *reference);
    detail.insert(QStringLiteral("code"), outcome->code);
    detail.insert(QStringLiteral("actedAs"), services.client->credentials().actor());
    (void)services.audit->append(QStringLiteral("permission"), QString(), detail);
    return outcome;
}

} // namespace

PermissionWork::Outcome PermissionWork::grant(OutboxServices &services, PermissionGrantRequest request)
{
    if (request.description.trimmed().size() < 5) {
        request.description = tr("Granted with Kurier");
    }
    const QJsonObject detail{
        {QStringLiteral("action"), request.onward ? QStringLiteral("pass-on") : QStringLiteral("grant")},
        {QStringLiteral("subjectType"), request.subject.typeKey()},
        {QStringLiteral("subject"), request.subject.value},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(request.permissions)},
        {QStringLiteral("client"), request.clientNip}};
    return followed(services, KsefPermissions(*services.client).grant(request), detail);
}

PermissionWork::Outcome PermissionWork::revoke(OutboxServices &services, const PermissionGrantInfo &held)
{
    const QJsonObject detail{{QStringLiteral("action"), QStringLiteral("revoke")},
                             {QStringLiteral("id"), held.id},
                             {QStringLiteral("subjectType"), held.subjectType},
                             {QStringLiteral("subject"), held.subjectValue},
                             {QStringLiteral("permissions"), QJsonArray{held.permission}}};
    return followed(services, KsefPermissions(*services.client).revoke(held.id), detail);
}

QString PermissionWork::subjectText(const PermissionGrantInfo &held)
{
    const QString id = QStringLiteral("%1 %2").arg(held.subjectType.toUpper(), held.subjectValue);
    return held.subjectName.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(held.subjectName, id);
}

QString PermissionWork::revokeConsequence(const PermissionGrantInfo &held, const QString &companyNip)
{
    if (held.kind == PermissionGrantInfo::Kind::Entity) {
        return tr("Revoking %1 of %2 also ends the access of everyone the office passed it on to. Their work "
                  "for NIP %3 stops at their next request and waits until it is granted again.")
            .arg(held.permission, subjectText(held), companyNip);
    }
    return tr("Revoking %1 of %2: from their next request they can no longer do this for NIP %3.")
        .arg(held.permission, subjectText(held), companyNip);
}

} // namespace Kurier
