#pragma once

#include <QJsonObject>
#include <QString>

namespace Kurier::Emulator {

// The AuthorizationPolicy of an authentication (PROTOCOL.md §4.2, §15.1): the client addresses its access
// tokens may be used from, in the JSON shape of `AllowedIps` ({ip4Addresses, ip4Ranges, ip4Masks}).
namespace AccessPolicy {

// True when `allowedIps` is empty (no policy) or one of its entries admits `clientIp`.
bool ipAllowed(const QJsonObject &allowedIps, const QString &clientIp);

// The AllowedIps of a signed AuthTokenRequest (XAdES), in the JSON shape above; empty without a policy.
QJsonObject allowedIpsFromXml(const QByteArray &authTokenRequest);

} // namespace AccessPolicy
} // namespace Kurier::Emulator
