#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Kurier::Emulator {

struct EmulatorConfig
{
    quint16 port = 0;
    quint32 seed = 0;                                     // 0: random
    QString dataDir;                                      // empty: in memory
    QString limitsProfile = QStringLiteral("production"); // production | off | custom
    QJsonObject customLimits; // with "custom": {group: {perSecond, perMinute, perHour}}
    QString demoNip;          // create this subject and a KSeF token at start
    QString logFile;
    QString recordFile; // every /v2 exchange as one JSON line (for the OpenAPI conformance test)

    int authDelayMs = 200;             // auth status 100 → final
    int receivedToProcessingMs = 50;   // invoice 100 → 150
    int processingToFinalMs = 100;     // invoice 150 → final
    int closeDelayMs = 100;            // session 170 → 200
    int permanentStorageDelayMs = 200; // acquisition → permanent storage
    qint64 accessTokenTtlSeconds = 15 * 60;
    qint64 refreshTokenTtlSeconds = 7 * 24 * 3600;
    qint64 operationTokenTtlSeconds = 45 * 60;
    qint64 challengeTtlSeconds = 10 * 60;
    qint64 sessionTtlSeconds = 12 * 3600;
    qint64 upoLinkTtlSeconds = 3 * 24 * 3600;
    int maxInvoicesPerSession = 10000;
    int queryCap = 10000; // records of one metadata query or export (KSeF: 10 000; lower to test the cap)
    bool checkNipChecksums = true; // production behaviour
    // From this (Polish) day invoices with processing instructions, characters the W3C discourages or bytes
    // that are not UTF-8 end with 450; before it they are accepted with X-System-Warning xml-002 (announced
    // for 16.07.2026, moved to 19.10.2026: PROTOCOL.md §23). POST /_emulator/strict-xml {"from": DATE} moves
    // it.
    QDate strictXmlFrom{2026, 10, 19};
    QString environmentSuffix = QStringLiteral(" - środowisko testowe (TE)");
};

} // namespace Kurier::Emulator
