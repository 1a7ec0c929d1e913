#include "PermissionRules.h"

#include "ReferenceNumbers.h"
#include "domain/Nip.h"
#include "domain/Pesel.h"

namespace Kurier::Emulator {

const QStringList &PermissionRules::personPermissions()
{
    static const QStringList all{
        QStringLiteral("CredentialsManage"),     QStringLiteral("CredentialsRead"),
        QStringLiteral("InvoiceWrite"),          QStringLiteral("InvoiceRead"),
        QStringLiteral("Introspection"),         QStringLiteral("SubunitManage"),
        QStringLiteral("EnforcementOperations"), QStringLiteral("CollectiveIdentifierManage")};
    return all;
}
const QStringList &PermissionRules::invoicePermissions()
{
    static const QStringList both{QStringLiteral("InvoiceRead"), QStringLiteral("InvoiceWrite")};
    return both;
}

QJsonObject PermissionRules::identifier(const QString &type, const QString &value)
{
    QJsonObject result{{QStringLiteral("type"), type}};
    if (!value.isEmpty()) {
        result.insert(QStringLiteral("value"), value);
    }
    return result;
}

QString PermissionRules::identifierProblem(const QJsonObject &id, const QStringList &types)
{
    const QString type = id.value(QStringLiteral("type")).toString();
    const QString value = id.value(QStringLiteral("value")).toString();
    if (!types.contains(type)) {
        return QStringLiteral("Nieobsługiwany typ identyfikatora: %1.").arg(type);
    }
    if ((type == u"Nip" && !Nip::isValid(value)) || (type == u"Pesel" && !Pesel::isValid(value)) ||
        (type == u"Fingerprint" && !CertificateFingerprint::isValid(value))) {
        return QStringLiteral("Nieprawidłowy identyfikator %1: %2.").arg(type, value);
    }
    return {};
}

QString PermissionRules::descriptionProblem(const QJsonObject &body)
{
    const qsizetype length = body.value(QStringLiteral("description")).toString().size();
    return length < 5 || length > 256 ? QStringLiteral("Opis uprawnienia musi mieć od 5 do 256 znaków.")
                                      : QString();
}

// The subjectPersonDetails/subjectEntityDetails of a listed grant.

QString PermissionRules::newId(ReferenceNumbers &numbers)
{
    return (numbers.hex(8) + u'-' + numbers.hex(4) + u'-' + numbers.hex(4) + u'-' + numbers.hex(4) + u'-' +
            numbers.hex(12))
        .toLower();
}

} // namespace Kurier::Emulator
