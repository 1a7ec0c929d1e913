// Emulator throughput: one 10 000-invoice batch session processed end to end (decrypt, unzip, XSD-validate,
// number, UPO), and 200 concurrent connections served without errors. Prints one JSON object.
//   kurier-bench-emulator [--invoices N] [--connections N]
#include "EmulatorTestData.h"
#include "support/EmulatorHarness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSysInfo>
#include <QTcpSocket>
#include <QThread>

using namespace Kurier;

namespace {
struct ConnectionResult
{
    int ok = 0;
    int failed = 0;
    double seconds = 0;
};

// A whole HTTP/1.1 answer: headers and as many body bytes as Content-Length says (the server keeps
// connections alive, so the end of a response is not the end of the connection).
bool complete(const QByteArray &answer)
{
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return false;
    }
    const qsizetype at = answer.toLower().indexOf("content-length:");
    if (at < 0 || at > headerEnd) {
        return true;
    }
    const qsizetype lineEnd = answer.indexOf("\r\n", at);
    const qint64 length = answer.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
    return answer.size() - (headerEnd + 4) >= length;
}

// Opens `count` TCP connections at once, sends one request on each as soon as it connects, and waits for
// every answer, all without blocking the event loop the in-process emulator shares.
ConnectionResult concurrentConnections(quint16 port, int count)
{
    QList<QTcpSocket *> sockets;
    QList<QByteArray> answers(count);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        auto *socket = new QTcpSocket;
        QObject::connect(socket, &QTcpSocket::connected, socket, [socket] {
            socket->write("GET /v2/security/public-key-certificates HTTP/1.1\r\nHost: "
                          "127.0.0.1\r\nConnection: close\r\n\r\n");
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                         [socket, &answers, i] { answers[i] += socket->readAll(); });
        socket->connectToHost(QHostAddress::LocalHost, port);
        sockets.append(socket);
    }
    QElapsedTimer deadline;
    deadline.start();
    while (deadline.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        int done = 0;
        for (int i = 0; i < count; ++i) {
            done += complete(answers[i]) || sockets[i]->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
        }
        if (done == count) {
            break;
        }
    }
    ConnectionResult result;
    for (int i = 0; i < count; ++i) {
        answers[i] += sockets[i]->readAll();
        (answers[i].startsWith("HTTP/1.1 200") && answers[i].contains("SymmetricKeyEncryption")
             ? result.ok
             : result.failed)++;
        delete sockets[i];
    }
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("invoices"), QStringLiteral("Invoices in the batch."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("connections"), QStringLiteral("Concurrent connections."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("invoices")).toInt();

    Emulator::EmulatorConfig config = Test::EmulatorHarness::fastConfig();
    config.receivedToProcessingMs = 0;
    config.processingToFinalMs = 0;
    config.closeDelayMs = 0;
    config.limitsProfile = QStringLiteral("off");
    Test::EmulatorHarness ksef(config);
    const QString access = ksef.authenticate(QStringLiteral("5265877635"));

    QList<QPair<QString, QByteArray>> files;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        files.append(
            {QStringLiteral("%1.xml").arg(i), Test::emulatorInvoice(QStringLiteral("BENCH/%1").arg(i))});
        bytes += files.last().second.size();
    }
    QElapsedTimer timer;
    timer.start();
    const QString session = ksef.sendBatch(access, files, 3); // zip, encrypt, open, upload 3 parts, close
    const double uploadSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QJsonObject status = ksef.waitForSession(session, access, 200, 120000);
    const QString upoUrl = status.value(QStringLiteral("upo"))
                               .toObject()
                               .value(QStringLiteral("pages"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("downloadUrl"))
                               .toString();
    const QByteArray upo = ksef.request("GET", upoUrl).body;
    const double totalSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const int accepted = status.value(QStringLiteral("successfulInvoiceCount")).toInt();

    const ConnectionResult connections =
        concurrentConnections(static_cast<quint16>(QUrl(ksef.origin()).port()),
                              parser.value(QStringLiteral("connections")).toInt());
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("emulator")},
        {QStringLiteral("batchInvoices"), count},
        {QStringLiteral("averageBytes"), static_cast<double>(bytes) / count},
        {QStringLiteral("accepted"), accepted},
        {QStringLiteral("upoDocuments"), static_cast<int>(upo.count("<Dokument>"))},
        {QStringLiteral("clientPackagingAndUploadSeconds"), uploadSeconds},
        {QStringLiteral("batchSeconds"), totalSeconds - uploadSeconds},
        {QStringLiteral("goalBatchSeconds"), 5},
        {QStringLiteral("connections"), connections.ok + connections.failed},
        {QStringLiteral("connectionsOk"), connections.ok},
        {QStringLiteral("connectionsFailed"), connections.failed},
        {QStringLiteral("connectionsSeconds"), connections.seconds},
        {QStringLiteral("machine"),
         QStringLiteral("%1, %2 cores").arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount())},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return accepted == count && connections.failed == 0 ? 0 : 1;
}
