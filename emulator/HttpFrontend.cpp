#include "HttpFrontend.h"

#include "Emulator.h"
#include "ksef/crypto/Certificate.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Kurier::Emulator {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QString clientAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}
} // namespace

HttpFrontend::HttpFrontend(Emulator &emulator, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_emulator(emulator)
{}

quint16 HttpFrontend::listenOn(const QHostAddress &address, quint16 port)
{
    return listenWith(new QTcpServer(this), address, port);
}

quint16 HttpFrontend::listenTlsOn(const QHostAddress &address, quint16 port)
{
    const auto key = AsymmetricKey::generate(2048);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto certificate = Certificate::selfSigned(*key,
                                                     {{QStringLiteral("CN"), QStringLiteral("127.0.0.1")},
                                                      {QStringLiteral("O"), QStringLiteral("ksef-emulator")}},
                                                     now.addDays(-1), now.addYears(1));
    if (!key || !certificate) {
        return 0;
    }
    m_certificatePem = certificate->pem();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(m_certificatePem, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(key->privateKeyPem(), QSsl::Rsa, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    return listenWith(server, address, port);
}

quint16 HttpFrontend::listenWith(QTcpServer *server, const QHostAddress &address, quint16 port)
{
    server->setListenBacklogSize(1024);
    server->setMaxPendingConnections(1024);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest converted;
    converted.method = methodName(request.method());
    converted.path = request.url().path();
    converted.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        converted.headers.insert(name.toLower(), value);
    }
    converted.body = request.body();
    converted.clientIp = clientAddress(request.remoteAddress());

    // One shared object per exchange: the sink's callbacks share it instead of copying the QPointer (GCC 12
    // at -O2 reports a false use-after-free for QPointer copies held in lambdas).
    struct Exchange
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        bool isOpen() const { return socket && socket->isOpen(); }
    };
    auto exchange = std::make_shared<Exchange>(Exchange{makeResponder(request, socket), socket});
    ReplySink sink;
    sink.send = [exchange](const HttpReply &reply) {
        if (!exchange->isOpen()) {
            return; // the client gave up meanwhile
        }
        QHttpServerResponder &responder = exchange->responder;
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        if (!reply.contentType.isEmpty()) {
            responder.writeHeader("Content-Type", reply.contentType);
        }
        for (const auto &[name, value] : reply.headers) {
            responder.writeHeader(name, value);
        }
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body);
    };
    sink.abort = [exchange] {
        if (exchange->socket) {
            exchange->socket->abort();
        }
    };
    sink.drop = [exchange] {
        // Keep the connection open and silent; the client's timeout decides. Closed after ten minutes at
        // most.
        QTimer::singleShot(600'000, exchange->socket.data(), [exchange] {
            if (exchange->socket) {
                exchange->socket->abort();
            }
        });
    };
    m_emulator.dispatch(std::move(converted), sink);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    socket->abort();
}

} // namespace Kurier::Emulator
