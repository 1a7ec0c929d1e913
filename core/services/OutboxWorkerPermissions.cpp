// OutboxWorker's KSeF permission operations (PROTOCOL.md §22): between passes, with the worker's own login —
// the company's credentials, or the identity acting for it under permissions.
#include "services/OutboxServices.h"
#include "services/OutboxWorker.h"
#include "services/PermissionWork.h"

namespace Kurier {

template <typename T>
KsefClient::Result<T>
OutboxWorker::withServices(const std::function<KsefClient::Result<T>(OutboxServices &)> &work)
{
    KsefError error;
    error.kind = KsefError::Kind::Local;
    if (!m_services) {
        error.description = tr("The company's database is not open.");
        return std::unexpected(error);
    }
    if (m_working) {
        error.description = tr("Kurier is talking to KSeF; try again in a moment.");
        return std::unexpected(error);
    }
    error.description = tr("Kurier is closing.");
    KsefClient::Result<T> result = std::unexpected(error);
    exclusive([&] { result = work(*m_services); });
    return result;
}

KsefClient::Result<QList<PermissionGrantInfo>> OutboxWorker::permissionHolders()
{
    // Who holds what here, and — for an office — what it passed on to its people for its clients.
    return withServices<QList<PermissionGrantInfo>>([](OutboxServices &services) {
        KsefPermissions permissions(*services.client);
        auto holders = permissions.holders();
        if (!holders) {
            return holders;
        }
        auto passedOn = permissions.passedOn();
        if (!passedOn) {
            return passedOn;
        }
        holders->append(*passedOn);
        return holders;
    });
}

KsefClient::Result<PermissionOutcome> OutboxWorker::grantPermission(const PermissionGrantRequest &request)
{
    return withServices<PermissionOutcome>(
        [&](OutboxServices &services) { return PermissionWork::grant(services, request); });
}

KsefClient::Result<PermissionOutcome> OutboxWorker::revokePermission(const PermissionGrantInfo &held)
{
    return withServices<PermissionOutcome>(
        [&](OutboxServices &services) { return PermissionWork::revoke(services, held); });
}

} // namespace Kurier
