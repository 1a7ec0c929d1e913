// ksef-emulator: a local KSeF 2.0 server. This file only wires: options, emulator, HTTP, the start-up line.
#include "Emulator.h"
#include "HttpFrontend.h"
#include "util/QuitOnSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ksef-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KURIER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local KSeF 2.0 emulator for tests, demos and sandbox mode."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0: any free port)."),
                      QStringLiteral("port"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("limits"),
                      QStringLiteral("Rate limits: production, off, or a JSON file."),
                      QStringLiteral("profile"), QStringLiteral("production")});
    parser.addOption({QStringLiteral("query-cap"),
                      QStringLiteral("Records one invoice query or export returns at most (KSeF: 10000)."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("subject"),
                      QStringLiteral("Also create this subject (NIP) with a KSeF token (repeatable)."),
                      QStringLiteral("nip")});
    parser.addOption({QStringLiteral("demo"),
                      QStringLiteral("Create this subject (NIP) and a KSeF token for it."),
                      QStringLiteral("nip")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("Seed for reference and KSeF numbers (deterministic runs)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("processing-ms"), QStringLiteral("Delay of each processing step in ms."),
                      QStringLiteral("ms")});
    parser.addOption({QStringLiteral("data-dir"),
                      QStringLiteral("Keep the state in a SQLite file in this folder, across restarts."),
                      QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("https"), QStringLiteral("Serve HTTPS with a generated self-signed certificate.")});
    parser.addOption({QStringLiteral("log"), QStringLiteral("Append one line per request to this file."),
                      QStringLiteral("file")});
    parser.process(app);

    Kurier::Emulator::EmulatorConfig config;
    config.port = static_cast<quint16>(parser.value(QStringLiteral("port")).toUInt());
    config.seed = parser.value(QStringLiteral("seed")).toUInt();
    config.demoNip = parser.value(QStringLiteral("demo"));
    config.dataDir = parser.value(QStringLiteral("data-dir"));
    config.logFile = parser.value(QStringLiteral("log"));
    config.queryCap = std::max(1, parser.value(QStringLiteral("query-cap")).toInt());
    if (parser.isSet(QStringLiteral("processing-ms"))) {
        const int ms = parser.value(QStringLiteral("processing-ms")).toInt();
        config.receivedToProcessingMs = ms;
        config.processingToFinalMs = ms;
        config.closeDelayMs = ms;
        config.authDelayMs = ms;
    }
    QTextStream err(stderr);
    const QString limits = parser.value(QStringLiteral("limits"));
    if (limits != u"production" && limits != u"off") {
        QFile file(limits);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "ksef-emulator: cannot read the limits file " << limits << Qt::endl;
            return 2;
        }
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        config.limitsProfile = QStringLiteral("custom");
        config.customLimits = json.contains(QStringLiteral("rateLimits"))
                                  ? json.value(QStringLiteral("rateLimits")).toObject()
                                  : json;
    } else {
        config.limitsProfile = limits;
    }

    Kurier::Emulator::Emulator emulator(config);
    Kurier::Emulator::HttpFrontend http(emulator);
    const bool https = parser.isSet(QStringLiteral("https"));
    const quint16 port = https ? http.listenTlsOn(QHostAddress::LocalHost, config.port)
                               : http.listenOn(QHostAddress::LocalHost, config.port);
    if (port == 0) {
        err << "ksef-emulator: cannot listen on 127.0.0.1:" << config.port << Qt::endl;
        return 1;
    }
    const QString origin = QStringLiteral("%1://127.0.0.1:%2")
                               .arg(https ? QStringLiteral("https") : QStringLiteral("http"))
                               .arg(port);
    emulator.setBaseUrl(origin);
    QString token;
    if (!config.demoNip.isEmpty()) {
        token = emulator.createDemoSubject(config.demoNip);
    }
    // More subjects with tokens (--subject NIP, repeatable): e.g. the buyer of the demo seller's invoices.
    QJsonObject tokens;
    for (const QString &nip : parser.values(QStringLiteral("subject"))) {
        tokens.insert(nip, emulator.createDemoSubject(nip));
    }
    Kurier::quitOnSignals(app);

    QJsonObject ready{{QStringLiteral("baseUrl"), QString(origin + QStringLiteral("/v2"))},
                      {QStringLiteral("port"), static_cast<int>(port)},
                      {QStringLiteral("controlUrl"), QString(origin + QStringLiteral("/_emulator"))}};
    if (https) {
        ready.insert(QStringLiteral("certificate"), QString::fromLatin1(http.certificatePem()));
    }
    if (!config.demoNip.isEmpty()) {
        ready.insert(QStringLiteral("contextNip"), config.demoNip);
        ready.insert(QStringLiteral("token"), token);
    }
    if (!tokens.isEmpty()) {
        ready.insert(QStringLiteral("tokens"), tokens);
    }
    QTextStream(stdout) << QJsonDocument(ready).toJson(QJsonDocument::Compact) << Qt::endl;
    return QCoreApplication::exec();
}
