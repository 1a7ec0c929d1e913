#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Kurier::Emulator {

class ReferenceNumbers;

// What the permission endpoints check and how they name things (open-api.json §/permissions): shared by the
// API (PermissionsApi) and its test-data and control routes (PermissionsTestData).
namespace PermissionRules {
const QStringList &personPermissions();  // what a person can be granted
const QStringList &invoicePermissions(); // InvoiceRead, InvoiceWrite: all an entity can be granted
QJsonObject identifier(const QString &type, const QString &value); // {type, value} (no value when empty)
// What is wrong with a {type, value} identifier of one of `types`; empty when nothing is.
QString identifierProblem(const QJsonObject &id, const QStringList &types);
QString descriptionProblem(const QJsonObject &body); // 5–256 characters
QString newId(ReferenceNumbers &numbers);            // a permission id: 36 characters, UUID-shaped
} // namespace PermissionRules

} // namespace Kurier::Emulator
