#pragma once

#include "HttpTypes.h"
#include "PermissionRegistry.h"

#include <QJsonObject>

#include <expected>

namespace Kurier::Emulator {

class Emulator;
struct IssuedToken;

// The permissions API (PROTOCOL.md §22; open-api.json `/permissions/…`; test data in PermissionsTestData):
// grants to persons, entities (an accounting office) and indirect grants (an office's employees), their
// queries, revoking, the operations' status. One controller over the emulator's shared context; who may do
// what with the permissions it keeps is decided in PermissionRegistry.
class PermissionsApi
{
public:
    explicit PermissionsApi(Emulator &emulator);
    void registerRoutes();

private:
    HttpReply grantToPersons(const HttpRequest &request);
    HttpReply grantToEntities(const HttpRequest &request);
    HttpReply grantIndirect(const HttpRequest &request);
    HttpReply grantAuthorization(const HttpRequest &request);
    HttpReply revoke(const HttpRequest &request, const QString &id, bool authorization);
    HttpReply operationStatus(const HttpRequest &request, const QString &reference);
    HttpReply queryPersonal(const HttpRequest &request);
    HttpReply queryPersons(const HttpRequest &request);
    HttpReply queryEntities(const HttpRequest &request);
    HttpReply queryAuthorizations(const HttpRequest &request);

    // The access token with any of `permissions` and the JSON body, or the refusal (403 missing-permissions).
    struct Call
    {
        QString contextNip;
        QJsonObject author; // the caller's identifier, {type, value}
        QJsonObject body;
    };
    std::expected<Call, HttpReply> call(const HttpRequest &request, const QStringList &anyOf, bool withBody);
    // A 202 with a new operation that KSeF decides after the configured delay.
    HttpReply accepted(PermissionOperation operation);
    PermissionGrant newGrant(const Call &call, PermissionGrant::Kind kind);
    // pageOffset/pageSize (10..100) applied to `items`: {listName: [...], hasMore}.
    HttpReply page(const HttpRequest &request, const QString &listName, const QJsonArray &items);

    Emulator &m_emulator;
};

} // namespace Kurier::Emulator
