#include "WorkerPermissions.h"

#include "main/DesktopSession.h"

#include <QPointer>

namespace Kurier {

WorkerPermissions::WorkerPermissions(DesktopSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

template <typename Result>
void WorkerPermissions::ask(std::function<Result(OutboxWorker &)> call, std::function<void(Result)> done)
{
    m_session.runWhenIdle([self = QPointer<WorkerPermissions>(this), call = std::move(call),
                           done = std::move(done)](OutboxWorker &worker) {
        Result result = call(worker);
        if (self) { // the answer goes to the GUI thread, where this object lives
            QMetaObject::invokeMethod(
                self, [done, result] { done(result); }, Qt::QueuedConnection);
        }
    });
}

void WorkerPermissions::permissionHolders(std::function<void(Holders)> done)
{
    ask<Holders>([](OutboxWorker &worker) { return worker.permissionHolders(); }, std::move(done));
}

void WorkerPermissions::grantPermission(const PermissionGrantRequest &request,
                                        std::function<void(Outcome)> done)
{
    ask<Outcome>([request](OutboxWorker &worker) { return worker.grantPermission(request); },
                 std::move(done));
}

void WorkerPermissions::revokePermission(const PermissionGrantInfo &held, std::function<void(Outcome)> done)
{
    ask<Outcome>([held](OutboxWorker &worker) { return worker.revokePermission(held); }, std::move(done));
}

} // namespace Kurier
