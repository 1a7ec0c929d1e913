#pragma once

#include "ksef/KsefPermissions.h"

#include <functional>

namespace Kurier {

// What Settings → Permissions needs: the company's KSeF permissions, read and changed on the worker's thread
// with the company's login; each callback arrives on the GUI thread. (DesktopSession implements it; the page
// knows nothing else of the session.)
class PermissionsBackend
{
public:
    virtual ~PermissionsBackend() = default;
    using Holders = KsefClient::Result<QList<PermissionGrantInfo>>;
    using Outcome = KsefClient::Result<PermissionOutcome>;
    virtual void permissionHolders(std::function<void(Holders)> done) = 0;
    virtual void grantPermission(const PermissionGrantRequest &request,
                                 std::function<void(Outcome)> done) = 0;
    virtual void revokePermission(const PermissionGrantInfo &held, std::function<void(Outcome)> done) = 0;
};

} // namespace Kurier
