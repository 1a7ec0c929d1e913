#include "EmulatorTest.h"
#include "EmulatorTestData.h"
#include "ksef/crypto/Crypto.h"
#include "util/ZipArchive.h"

#include <QJsonArray>
#include <QTest>

using namespace Kurier;
using Test::EmulatorHarness;

namespace {

struct Package
{
    QByteArray key = Crypto::randomBytes(32);
    QByteArray iv = Crypto::randomBytes(16);
    QByteArray zip;
    QList<QByteArray> encryptedParts;
};

Package package(const QList<ZipArchive::Entry> &entries, int parts)
{
    Package p;
    p.zip = *ZipArchive::create(entries);
    const qsizetype partSize = (p.zip.size() + parts - 1) / parts;
    for (int i = 0; i < parts; ++i) {
        p.encryptedParts.append(*Crypto::aesCbcEncrypt(p.key, p.iv, p.zip.mid(i * partSize, partSize)));
    }
    return p;
}
} // namespace

class TestEmulatorBatch : public Test::EmulatorTest
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(startFresh()); }

    void aPackageOfSeveralPartsIsProcessedInvoiceByInvoice()
    {
        QList<ZipArchive::Entry> entries;
        for (int i = 1; i <= 25; ++i) {
            entries.append({QStringLiteral("faktura-%1.xml").arg(i),
                            Test::emulatorInvoice(QStringLiteral("FV/B/%1").arg(i))});
        }
        entries.append({QStringLiteral("zepsuta.xml"), QByteArray("<Faktura>")});
        const Package p = package(entries, 3);
        const QJsonObject opened = open(p);
        const QString reference = opened.value(QStringLiteral("referenceNumber")).toString();
        QVERIFY(reference.contains(u"-SB-"));
        const QJsonArray uploads = opened.value(QStringLiteral("partUploadRequests")).toArray();
        QCOMPARE(uploads.size(), 3);
        for (const QJsonValue &value : uploads) {
            const QJsonObject upload = value.toObject();
            QCOMPARE(upload.value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
            QCOMPARE(upload.value(QStringLiteral("headers"))
                         .toObject()
                         .value(QStringLiteral("x-ms-blob-type"))
                         .toString(),
                     QStringLiteral("BlockBlob"));
            const int ordinal = upload.value(QStringLiteral("ordinalNumber")).toInt();
            QCOMPARE(
                m_ksef
                    ->request("PUT", upload.value(QStringLiteral("url")).toString(),
                              p.encryptedParts[ordinal - 1],
                              {{"x-ms-blob-type", "BlockBlob"}, {"Content-Type", "application/octet-stream"}})
                    .status,
                201);
        }
        QCOMPARE(close(reference).status, 204);
        const QJsonObject status = m_ksef->waitForSession(reference, m_access, 200);
        QCOMPARE(code(status), 200);
        QCOMPARE(status.value(QStringLiteral("invoiceCount")).toInt(), 26);
        QCOMPARE(status.value(QStringLiteral("successfulInvoiceCount")).toInt(), 25);
        QCOMPARE(status.value(QStringLiteral("failedInvoiceCount")).toInt(), 1);
        const QJsonArray failed =
            m_ksef->get(QStringLiteral("/sessions/%1/invoices/failed").arg(reference), m_access)
                .json()
                .value(QStringLiteral("invoices"))
                .toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().toObject().value(QStringLiteral("invoiceFileName")).toString(),
                 QStringLiteral("zepsuta.xml"));
        QCOMPARE(code(failed.first().toObject()), 430);
        const QJsonObject first =
            m_ksef->get(QStringLiteral("/sessions/%1/invoices?pageSize=10").arg(reference), m_access)
                .json()
                .value(QStringLiteral("invoices"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(
            QDateTime::fromString(first.value(QStringLiteral("invoicingDate")).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(status.value(QStringLiteral("dateCreated")).toString(), Qt::ISODateWithMs));
        QVERIFY(!first.value(QStringLiteral("upoDownloadUrl")).toString().isEmpty());
        const QJsonObject page = status.value(QStringLiteral("upo"))
                                     .toObject()
                                     .value(QStringLiteral("pages"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(m_ksef->request("GET", page.value(QStringLiteral("downloadUrl")).toString())
                     .body.count("<Dokument>"),
                 25);
    }

    void openRefusesBadDescriptions()
    {
        const Package p =
            package({{QStringLiteral("a.xml"), Test::emulatorInvoice(QStringLiteral("FV/O/1"))}}, 1);
        QJsonObject body = openBody(p);
        QJsonArray tooMany;
        for (int i = 1; i <= 51; ++i) {
            tooMany.append(QJsonObject{{QStringLiteral("ordinalNumber"), i},
                                       {QStringLiteral("fileSize"), 16},
                                       {QStringLiteral("fileHash"), QString(44, u'A')}});
        }
        QJsonObject file = body.value(QStringLiteral("batchFile")).toObject();
        file[QStringLiteral("fileParts")] = tooMany;
        body[QStringLiteral("batchFile")] = file;
        QCOMPARE(m_ksef->postJson(QStringLiteral("/sessions/batch"), body, m_access).exceptionCode(), 21161);
        file[QStringLiteral("fileParts")] =
            QJsonArray{QJsonObject{{QStringLiteral("ordinalNumber"), 1},
                                   {QStringLiteral("fileSize"), 200'000'000},
                                   {QStringLiteral("fileHash"), QString(44, u'A')}}};
        body[QStringLiteral("batchFile")] = file;
        QCOMPARE(m_ksef->postJson(QStringLiteral("/sessions/batch"), body, m_access).exceptionCode(), 21157);
    }

    void closeChecksTheUploads()
    {
        const Package p =
            package({{QStringLiteral("a.xml"), Test::emulatorInvoice(QStringLiteral("FV/U/1"))}}, 2);
        const QJsonObject opened = open(p);
        const QString reference = opened.value(QStringLiteral("referenceNumber")).toString();
        const QJsonArray uploads = opened.value(QStringLiteral("partUploadRequests")).toArray();
        m_ksef->request("PUT", uploads[0].toObject().value(QStringLiteral("url")).toString(),
                        p.encryptedParts[0]);
        QCOMPARE(close(reference).exceptionCode(), 21205); // part 2 missing
        m_ksef->request("PUT", uploads[1].toObject().value(QStringLiteral("url")).toString(),
                        p.encryptedParts[1] + "extra");
        QCOMPARE(close(reference).exceptionCode(), 21157); // part 2 has the wrong size
        m_ksef->request("PUT", uploads[1].toObject().value(QStringLiteral("url")).toString(),
                        p.encryptedParts[1]);
        QCOMPARE(close(reference).status, 204);
        QCOMPARE(code(m_ksef->waitForSession(reference, m_access, 200)), 200);
    }

    void theUploadWindowCloses()
    {
        const Package p =
            package({{QStringLiteral("a.xml"), Test::emulatorInvoice(QStringLiteral("FV/W/1"))}}, 1);
        const QJsonObject opened = open(p);
        const QString reference = opened.value(QStringLiteral("referenceNumber")).toString();
        m_ksef->control("POST", QStringLiteral("/time"),
                        QJsonObject{{QStringLiteral("shiftSeconds"), 21 * 60}});
        m_access =
            m_ksef->authenticate(QStringLiteral("5265877635")); // the old access token expired meanwhile
        QCOMPARE(m_ksef
                     ->request("PUT",
                               opened.value(QStringLiteral("partUploadRequests"))
                                   .toArray()[0]
                                   .toObject()
                                   .value(QStringLiteral("url"))
                                   .toString(),
                               p.encryptedParts[0])
                     .status,
                 403);
        QCOMPARE(close(reference).exceptionCode(), 21208);
        QCOMPARE(code(m_ksef->get(QStringLiteral("/sessions/") + reference, m_access).json()), 440);
    }

    void aDamagedPackageFailsTheSession()
    {
        Package p = package({{QStringLiteral("a.xml"), Test::emulatorInvoice(QStringLiteral("FV/Z/1"))}}, 1);
        p.zip = QByteArray("this is not a zip file at all");
        p.encryptedParts = {*Crypto::aesCbcEncrypt(p.key, p.iv, p.zip)};
        const QJsonObject opened = open(p);
        const QString reference = opened.value(QStringLiteral("referenceNumber")).toString();
        m_ksef->request("PUT",
                        opened.value(QStringLiteral("partUploadRequests"))
                            .toArray()[0]
                            .toObject()
                            .value(QStringLiteral("url"))
                            .toString(),
                        p.encryptedParts[0]);
        QCOMPARE(close(reference).status, 204);
        QCOMPARE(code(m_ksef->waitForSession(reference, m_access, 400)), 430);
    }

private:
    QJsonObject openBody(const Package &p)
    {
        return m_ksef->batchOpenBody(p.zip, p.key, p.iv, p.encryptedParts);
    }
    QJsonObject open(const Package &p)
    {
        const Test::HttpResult reply =
            m_ksef->postJson(QStringLiteral("/sessions/batch"), openBody(p), m_access);
        return reply.status == 201 ? reply.json() : QJsonObject();
    }
    Test::HttpResult close(const QString &reference)
    {
        return m_ksef->request("POST", QStringLiteral("/sessions/batch/%1/close").arg(reference), {},
                               {{"Authorization", "Bearer " + m_access.toLatin1()}});
    }
};

QTEST_GUILESS_MAIN(TestEmulatorBatch)
#include "tst_emulator_batch.moc"
