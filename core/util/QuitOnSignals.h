#pragma once

class QCoreApplication;

namespace Kurier {

// SIGTERM and SIGINT end the application's event loop cleanly, so that destructors run (the outbox finishes
// its pass, child processes are stopped). A self-pipe: the signal handler itself does nothing unsafe.
void quitOnSignals(QCoreApplication &app);

} // namespace Kurier
