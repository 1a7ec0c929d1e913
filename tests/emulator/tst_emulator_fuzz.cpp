#include "EmulatorTestData.h"
#include "support/EmulatorHarness.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Kurier;
using Test::EmulatorHarness;

namespace {
QByteArray randomBytes(QRandomGenerator &random, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        c = static_cast<char>(random.bounded(256));
    }
    return bytes;
}

// Bodies that are almost right are the interesting ones: valid JSON with wrong types, missing or extra
// fields, truncated documents, garbage Base64, huge values.
QByteArray malformedBody(QRandomGenerator &random, const QString &validSession)
{
    switch (random.bounded(9)) {
    case 0:
        return randomBytes(random, random.bounded(1, 400));
    case 1:
        return R"x({"challenge": 12, "contextIdentifier": "Nip", "encryptedToken": [1,2]})x";
    case 2:
        return R"x({"formCode": {"systemCode": "FA (3)"}, "encryption": {"encryptedSymmetricKey": "!!!", "initializationVector": "AAAA"}})x";
    case 3:
        return QJsonDocument(QJsonObject{{QStringLiteral("invoiceHash"), QString(44, u'A')},
                                         {QStringLiteral("invoiceSize"), -5},
                                         {QStringLiteral("encryptedInvoiceHash"), QStringLiteral("x")},
                                         {QStringLiteral("encryptedInvoiceSize"), 1e18},
                                         {QStringLiteral("encryptedInvoiceContent"),
                                          QString::fromLatin1(randomBytes(random, 64).toBase64())}})
            .toJson();
    case 4:
        return QByteArray(
                   R"x({"subjectType": "Subject2", "dateRange": {"dateType": "PermanentStorage", "from": ")x") +
               randomBytes(random, 10).toHex() + "\"}}";
    case 5:
        return QByteArray("{\"a\":") + QByteArray(random.bounded(1, 200), '[');
    case 6:
        return QByteArray(random.bounded(100'000, 1'200'000), 'x');
    case 7:
        return "null";
    default:
        return QJsonDocument(QJsonObject{{QStringLiteral("referenceNumber"), validSession},
                                         {QStringLiteral("batchFile"),
                                          QJsonObject{{QStringLiteral("fileParts"), QJsonArray{1, 2, 3}}}}})
            .toJson();
    }
}
} // namespace

// At least 1 000 malformed requests against every kind of endpoint: each gets an HTTP answer that is not a
// 5xx, the emulator stays up, and afterwards it still works and has accepted nothing twice.
class TestEmulatorFuzz : public QObject
{
    Q_OBJECT

private slots:
    void survivesMalformedRequests()
    {
        EmulatorHarness ksef;
        ksef.control("POST", QStringLiteral("/limits"),
                     QJsonObject{{QStringLiteral("profile"), QStringLiteral("off")}});
        const QString access = ksef.authenticate(QStringLiteral("5265877635"));
        const auto session = ksef.openSession(access);
        const QStringList paths{QStringLiteral("/auth/challenge"),
                                QStringLiteral("/auth/ksef-token"),
                                QStringLiteral("/auth/") + session.reference,
                                QStringLiteral("/auth/token/redeem"),
                                QStringLiteral("/auth/token/refresh"),
                                QStringLiteral("/sessions/online"),
                                QStringLiteral("/sessions/online/%1/invoices").arg(session.reference),
                                QStringLiteral("/sessions/online/%1/close").arg(session.reference),
                                QStringLiteral("/sessions/batch"),
                                QStringLiteral("/sessions/batch/%1/close").arg(session.reference),
                                QStringLiteral("/sessions/") + session.reference,
                                QStringLiteral("/sessions?sessionType=Online&pageSize=abc"),
                                QStringLiteral("/sessions/%1/invoices/x%2y").arg(session.reference),
                                QStringLiteral("/invoices/query/metadata?pageSize=-1"),
                                QStringLiteral("/invoices/exports"),
                                QStringLiteral("/invoices/ksef/%00%ff"),
                                QStringLiteral("/testdata/subject"),
                                QStringLiteral("/testdata/rate-limits"),
                                QStringLiteral("/tokens"),
                                QStringLiteral("/rate-limits"),
                                QStringLiteral("/sessions/%1/upo/..%2F..").arg(session.reference)};
        const QList<QByteArray> methods{"GET", "POST", "PUT", "DELETE", "PATCH"};
        QRandomGenerator random(20261124);
        int answered = 0;
        for (int i = 0; i < 1200; ++i) {
            const QString path = paths[random.bounded(static_cast<int>(paths.size()))];
            const QByteArray method = methods[random.bounded(static_cast<int>(methods.size()))];
            QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", random.bounded(3)
                                                                              ? QByteArray("application/json")
                                                                              : QByteArray("text/plain")}};
            switch (random.bounded(3)) {
            case 0:
                headers.append({"Authorization", "Bearer " + access.toLatin1()});
                break;
            case 1:
                headers.append({"Authorization", "Bearer " + randomBytes(random, 30).toBase64()});
                break;
            default:
                break;
            }
            if (random.bounded(4) == 0) {
                headers.append({"x-continuation-token", randomBytes(random, 12).toBase64()});
            }
            const Test::HttpResult reply =
                ksef.request(method, path, malformedBody(random, session.reference), headers);
            QVERIFY2(reply.status >= 200 && reply.status < 500,
                     qPrintable(QStringLiteral("%1 %2 → %3 %4")
                                    .arg(QString::fromLatin1(method), path)
                                    .arg(reply.status)
                                    .arg(reply.networkError)));
            ++answered;
        }
        QCOMPARE(answered, 1200);
        // Still consistent and working (the fuzzing may have closed the first session).
        const auto fresh = ksef.openSession(access);
        const QString ref =
            ksef.sendInvoiceRef(fresh, access, Test::emulatorInvoice(QStringLiteral("FV/FUZZ/1")));
        QCOMPARE(ksef.waitForInvoice(fresh.reference, ref, access)
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 200);
        QCOMPARE(ksef.control("GET", QStringLiteral("/stats"))
                     .json()
                     .value(QStringLiteral("duplicateAcceptances"))
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFuzz)
#include "tst_emulator_fuzz.moc"
