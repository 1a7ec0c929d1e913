#pragma once

#include <QEventLoop>
#include <QTimer>

#include <chrono>

namespace Kurier {

// Waits without blocking this thread's event loop: other work on the thread (replies, timers, an in-process
// emulator) goes on. For the blocking KSeF client and the engine on their worker thread, never the GUI
// thread.
inline void waitInEventLoop(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Kurier
