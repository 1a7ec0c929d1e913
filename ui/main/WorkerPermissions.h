#pragma once

#include "settings/PermissionsBackend.h"

#include <QObject>

namespace Kurier {

class DesktopSession;
class OutboxWorker;

// Settings → Permissions' backend: each call runs on the sending worker's thread with the company's login
// (the worker's own, so the page never logs in itself) and answers on the GUI thread. Nothing is called back
// once this object is gone.
class WorkerPermissions : public QObject, public PermissionsBackend
{
    Q_OBJECT

public:
    explicit WorkerPermissions(DesktopSession &session, QObject *parent = nullptr);

    void permissionHolders(std::function<void(Holders)> done) override;
    void grantPermission(const PermissionGrantRequest &request, std::function<void(Outcome)> done) override;
    void revokePermission(const PermissionGrantInfo &held, std::function<void(Outcome)> done) override;

private:
    template <typename Result>
    void ask(std::function<Result(OutboxWorker &)> call, std::function<void(Result)> done);

    DesktopSession &m_session;
};

} // namespace Kurier
