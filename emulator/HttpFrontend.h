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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Emulator &m_emulator;
};

} // namespace Kurier::Emulator
