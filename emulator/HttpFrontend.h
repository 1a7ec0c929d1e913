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
    // The same over TLS with a freshly generated self-signed certificate for 127.0.0.1/localhost; its PEM is
    // kept so that clients can trust exactly it.
    quint16 listenTlsOn(const QHostAddress &address, quint16 port);
    QByteArray certificatePem() const { return m_certificatePem; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Emulator &m_emulator;
    QByteArray m_certificatePem;
    quint16 listenWith(class QTcpServer *server, const QHostAddress &address, quint16 port);
};

} // namespace Kurier::Emulator
