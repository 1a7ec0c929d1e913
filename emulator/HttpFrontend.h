#pragma once

#include <QAbstractHttpServer>

namespace Kurier::Emulator {

class Emulator;

// The HTTP side: turns QHttpServerRequest into HttpRequest, hands it to the Emulator with a sink that can
// answer now, later (delays), never (lost replies) or by closing the connection (resets). QAbstractHttpServer
// rather than QHttpServer because the emulator must answer asynchronously and control the socket, which
// Qt 6.4's QHttpServer routes cannot.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    explicit HttpFrontend(Emulator &emulator, QObject *parent = nullptr);
    // Listens on `address`:`port` (0: any free port) with a backlog large enough for hundreds of simultaneous
    // connections (QTcpServer's default of 50 would make the kernel drop connection attempts). Returns the
    // port, 0 on failure.
    quint16 listenOn(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Emulator &m_emulator;
};

} // namespace Kurier::Emulator
