#include "EmulatorTest.h"
#include "EmulatorTestData.h"
#include "domain/KsefNumber.h"
#include "ksef/crypto/Crypto.h"

#include <QJsonArray>
#include <QTest>

using namespace Kurier;
using Test::EmulatorHarness;

namespace {
const QString kNip = QStringLiteral("5265877635");

QString upoText(const QByteArray &upo, const QString &element)
{
    const qsizetype start = upo.indexOf(QByteArray("<" + element.toLatin1() + ">"));
    const qsizetype end = upo.indexOf(QByteArray("</" + element.toLatin1() + ">"));
    return start < 0 || end < 0
               ? QString()
               : QString::fromUtf8(upo.mid(start + element.size() + 2, end - start - element.size() - 2));
}
} // namespace

class TestEmulatorSessions : public Test::EmulatorTest
{
    Q_OBJECT

private:
    int onlineSessionMaxInvoices() const
    {
        return m_ksef->get(QStringLiteral("/limits/context"), m_access)
            .json()
            .value(QStringLiteral("onlineSession"))
            .toObject()
            .value(QStringLiteral("maxInvoices"))
            .toInt();
    }

private slots:
    void init() { QVERIFY(startFresh()); }

    void anInvoiceGoesThroughToANumberAndAUpo()
    {
        const auto session = m_ksef->openSession(m_access);
        QVERIFY(session.reference.contains(u"-SO-"));
        const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/1/2026"));
        const Test::HttpResult sent = m_ksef->sendInvoice(session, m_access, xml);
        QCOMPARE(sent.status, 202);
        const QString invoiceRef = sent.json().value(QStringLiteral("referenceNumber")).toString();
        QVERIFY(invoiceRef.contains(u"-EE-"));

        const QJsonObject status = m_ksef->waitForInvoice(session.reference, invoiceRef, m_access);
        QCOMPARE(code(status), 200);
        const QString number = status.value(QStringLiteral("ksefNumber")).toString();
        const auto parsed = KsefNumber::parse(number);
        QVERIFY2(parsed.has_value(), qPrintable(number));
        QCOMPARE(parsed->sellerNip(), kNip);
        QCOMPARE(status.value(QStringLiteral("invoiceHash")).toString(), Crypto::sha256Base64(xml));
        QCOMPARE(status.value(QStringLiteral("invoiceNumber")).toString(), QStringLiteral("FV/1/2026"));
        QCOMPARE(status.value(QStringLiteral("invoicingMode")).toString(), QStringLiteral("Online"));

        // The presigned link needs no Authorization; its hash header matches the bytes.
        const Test::HttpResult upo =
            m_ksef->request("GET", status.value(QStringLiteral("upoDownloadUrl")).toString());
        QCOMPARE(upo.status, 200);
        QCOMPARE(upo.header("content-type"), QByteArray("application/xml"));
        QCOMPARE(QString::fromLatin1(upo.header("x-ms-meta-hash")), Crypto::sha256Base64(upo.body));
        QCOMPARE(upoText(upo.body, QStringLiteral("NumerKSeFDokumentu")), number);
        QCOMPARE(upoText(upo.body, QStringLiteral("SkrotDokumentu")), Crypto::sha256Base64(xml));
        QCOMPARE(upoText(upo.body, QStringLiteral("NumerReferencyjnySesji")), session.reference);
        // The same UPO through the API, by invoice reference and by KSeF number.
        const Test::HttpResult byRef = m_ksef->get(
            QStringLiteral("/sessions/%1/invoices/%2/upo").arg(session.reference, invoiceRef), m_access);
        QCOMPARE(byRef.body, upo.body);
        const Test::HttpResult byNumber = m_ksef->get(
            QStringLiteral("/sessions/%1/invoices/ksef/%2/upo").arg(session.reference, number), m_access);
        QCOMPARE(byNumber.body, upo.body);

        // Closing: 170, then 200 with a session UPO page.
        QCOMPARE(m_ksef
                     ->request("POST", QStringLiteral("/sessions/online/%1/close").arg(session.reference), {},
                               {{"Authorization", "Bearer " + m_access.toLatin1()}})
                     .status,
                 204);
        const QJsonObject closed = m_ksef->waitForSession(session.reference, m_access, 200);
        QCOMPARE(code(closed), 200);
        QCOMPARE(closed.value(QStringLiteral("successfulInvoiceCount")).toInt(), 1);
        const QJsonObject page = closed.value(QStringLiteral("upo"))
                                     .toObject()
                                     .value(QStringLiteral("pages"))
                                     .toArray()
                                     .first()
                                     .toObject();
        const Test::HttpResult sessionUpo =
            m_ksef->request("GET", page.value(QStringLiteral("downloadUrl")).toString());
        QCOMPARE(sessionUpo.status, 200);
        QVERIFY(sessionUpo.body.contains(number.toLatin1()));
        QCOMPARE(
            m_ksef
                ->get(QStringLiteral("/sessions/%1/upo/%2")
                          .arg(session.reference, page.value(QStringLiteral("referenceNumber")).toString()),
                      m_access)
                .body,
            sessionUpo.body);
        // The accepted invoice can be downloaded byte for byte once permanently stored.
        QTRY_COMPARE_WITH_TIMEOUT(m_ksef->get(QStringLiteral("/invoices/ksef/") + number, m_access).body, xml,
                                  5000);
    }

    void duplicatesGet440WithTheOriginal()
    {
        const auto first = m_ksef->openSession(m_access);
        const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/DUP/1"));
        const QString firstRef = m_ksef->sendInvoiceRef(first, m_access, xml);
        const QJsonObject accepted = m_ksef->waitForInvoice(first.reference, firstRef, m_access);
        QCOMPARE(code(accepted), 200);

        const auto second = m_ksef->openSession(m_access);
        const QString secondRef =
            m_ksef->sendInvoiceRef(second, m_access, Test::emulatorInvoice(QStringLiteral("FV/DUP/1")));
        const QJsonObject duplicate = m_ksef->waitForInvoice(second.reference, secondRef, m_access);
        QCOMPARE(code(duplicate), 440);
        const QJsonObject extensions = duplicate.value(QStringLiteral("status"))
                                           .toObject()
                                           .value(QStringLiteral("extensions"))
                                           .toObject();
        QCOMPARE(extensions.value(QStringLiteral("originalKsefNumber")).toString(),
                 accepted.value(QStringLiteral("ksefNumber")).toString());
        QCOMPARE(extensions.value(QStringLiteral("originalSessionReferenceNumber")).toString(),
                 first.reference);
        QCOMPARE(m_ksef->control("GET", QStringLiteral("/stats"))
                     .json()
                     .value(QStringLiteral("duplicateAcceptances"))
                     .toInt(),
                 0);
    }

    void aRejectedInvoiceDoesNotBlockItsNumber()
    {
        const auto session = m_ksef->openSession(m_access);
        const QString rejected = m_ksef
                                     ->sendInvoice(session, m_access,
                                                   Test::emulatorInvoice(QStringLiteral("FV/R/1"),
                                                                         QDate::currentDate().addDays(3)))
                                     .json()
                                     .value(QStringLiteral("referenceNumber"))
                                     .toString();
        const QJsonObject future = m_ksef->waitForInvoice(session.reference, rejected, m_access);
        QCOMPARE(code(future), 450); // P_1 after the acceptance date
        const QString retried =
            m_ksef->sendInvoiceRef(session, m_access, Test::emulatorInvoice(QStringLiteral("FV/R/1")));
        QCOMPARE(code(m_ksef->waitForInvoice(session.reference, retried, m_access)), 200);
    }

    void schemaViolationsGet430()
    {
        const auto session = m_ksef->openSession(m_access);
        QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/X/1"));
        xml.replace("<P_2>", "<P_2X>").replace("</P_2>", "</P_2X>");
        const QString ref = m_ksef->sendInvoiceRef(session, m_access, xml);
        const QJsonObject status = m_ksef->waitForInvoice(session.reference, ref, m_access);
        QCOMPARE(code(status), 430);
        QVERIFY(!status.value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toArray()
                     .isEmpty());
        // KSeF's stricter XML validation (in force since 19.10.2026): a processing instruction or a character
        // the W3C discourages ends with 450 and a detail naming the line.
        QByteArray withInstruction = Test::emulatorInvoice(QStringLiteral("FV/X/2"));
        withInstruction.replace("<Faktura", "<?xml-stylesheet href=\"x.xsl\"?><Faktura");
        const QString instruction = m_ksef->sendInvoiceRef(session, m_access, withInstruction);
        const QJsonObject refused = m_ksef->waitForInvoice(session.reference, instruction, m_access);
        QCOMPARE(code(refused), 450);
        const QString detail =
            refused.value(u"status").toObject().value(u"details").toArray().first().toString();
        QVERIFY2(detail.startsWith(u"Wiersz ") && detail.contains(u"instrukcja przetwarzania"),
                 qPrintable(detail));
        QByteArray nonCharacter = Test::emulatorInvoice(QStringLiteral("FV/X/3"));
        nonCharacter.replace("<P_2>", "<P_2>\xEF\xB7\x90");
        const QString character = m_ksef->sendInvoiceRef(session, m_access, nonCharacter);
        QCOMPARE(code(m_ksef->waitForInvoice(session.reference, character, m_access)), 450);
        // Before the date it is taken, with X-System-Warning xml-002 saying what will be refused and from
        // when.
        QCOMPARE(m_ksef
                     ->control("POST", QStringLiteral("/strict-xml"),
                               {{QStringLiteral("from"), QStringLiteral("2099-01-01")}})
                     .status,
                 200);
        QByteArray later = Test::emulatorInvoice(QStringLiteral("FV/X/4"));
        later.replace("<Faktura", "<?xml-stylesheet href=\"x.xsl\"?><Faktura");
        const Test::HttpResult warned = m_ksef->sendInvoice(session, m_access, later);
        QCOMPARE(warned.status, 202);
        QVERIFY2(warned.header("x-system-warning").startsWith("xml-002") &&
                     warned.header("x-system-warning").contains("2099-01-01"),
                 warned.header("x-system-warning").constData());
        QCOMPARE(code(m_ksef->waitForInvoice(session.reference,
                                             warned.json()[QStringLiteral("referenceNumber")].toString(),
                                             m_access)),
                 200);
        QCOMPARE(m_ksef
                     ->control("POST", QStringLiteral("/strict-xml"),
                               {{QStringLiteral("from"), QStringLiteral("2026-10-19")}})
                     .status,
                 200);
        const QString garbage = m_ksef->sendInvoiceRef(session, m_access, "<not-closed");
        QCOMPARE(code(m_ksef->waitForInvoice(session.reference, garbage, m_access)), 430);
    }

    // A technical correction (§12.3): an offline invoice rejected for a technical reason is resent, fixed,
    // with hashOfCorrectedInvoice; only one correction per original (21166); a valid invoice cannot be
    // corrected this way (21167).
    void technicalCorrectionOfARejectedOfflineInvoice()
    {
        const auto session = m_ksef->openSession(m_access);
        const QJsonObject offline{{QStringLiteral("offlineMode"), true}};
        QByteArray broken = Test::emulatorInvoice(QStringLiteral("FV/OFF/1"));
        broken.replace("<P_2>", "<P_2X>").replace("</P_2>", "</P_2X>");
        const QString brokenRef = m_ksef->sendInvoice(session, m_access, broken, offline)
                                      .json()[QStringLiteral("referenceNumber")]
                                      .toString();
        QCOMPARE(code(m_ksef->waitForInvoice(session.reference, brokenRef, m_access)), 430);

        const QByteArray fixed = Test::emulatorInvoice(QStringLiteral("FV/OFF/1"));
        QJsonObject correction = offline;
        correction.insert(QStringLiteral("hashOfCorrectedInvoice"), Crypto::sha256Base64(broken));
        QJsonObject onlineCorrection = correction;
        onlineCorrection.insert(QStringLiteral("offlineMode"), false);
        QCOMPARE(m_ksef->sendInvoice(session, m_access, fixed, onlineCorrection).exceptionCode(), 21405);

        const Test::HttpResult sent = m_ksef->sendInvoice(session, m_access, fixed, correction);
        QCOMPARE(sent.status, 202);
        const QJsonObject accepted = m_ksef->waitForInvoice(
            session.reference, sent.json()[QStringLiteral("referenceNumber")].toString(), m_access);
        QCOMPARE(code(accepted), 200);
        QCOMPARE(accepted[QStringLiteral("invoicingMode")].toString(), QStringLiteral("Offline"));

        QByteArray again = Test::emulatorInvoice(QStringLiteral("FV/OFF/1"));
        again.replace("<P_2>FV/OFF/1", "<P_2>FV/OFF/1 "); // other bytes, same original
        QCOMPARE(m_ksef->sendInvoice(session, m_access, again, correction).exceptionCode(), 21166);

        QJsonObject ofValid = offline;
        ofValid.insert(QStringLiteral("hashOfCorrectedInvoice"), Crypto::sha256Base64(fixed));
        QCOMPARE(
            m_ksef->sendInvoice(session, m_access, Test::emulatorInvoice(QStringLiteral("FV/OFF/2")), ofValid)
                .exceptionCode(),
            21167);
        ofValid.insert(QStringLiteral("hashOfCorrectedInvoice"), Crypto::sha256Base64("unknown"));
        QCOMPARE(
            m_ksef->sendInvoice(session, m_access, Test::emulatorInvoice(QStringLiteral("FV/OFF/3")), ofValid)
                .exceptionCode(),
            21167);
    }

    void hashesAndSizesAreCheckedOnSend()
    {
        const auto session = m_ksef->openSession(m_access);
        const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/H/1"));
        const QByteArray encrypted = *Crypto::aesCbcEncrypt(session.key, session.iv, xml);
        QJsonObject body{
            {QStringLiteral("invoiceHash"), Crypto::sha256Base64(xml)},
            {QStringLiteral("invoiceSize"), xml.size()},
            {QStringLiteral("encryptedInvoiceHash"), Crypto::sha256Base64(encrypted)},
            {QStringLiteral("encryptedInvoiceSize"), encrypted.size() + 16},
            {QStringLiteral("encryptedInvoiceContent"), QString::fromLatin1(encrypted.toBase64())}};
        const QString path = QStringLiteral("/sessions/online/%1/invoices").arg(session.reference);
        QCOMPARE(m_ksef->postJson(path, body, m_access).exceptionCode(), 21402);
        body[QStringLiteral("encryptedInvoiceSize")] = encrypted.size();
        body[QStringLiteral("encryptedInvoiceHash")] = Crypto::sha256Base64("other");
        QCOMPARE(m_ksef->postJson(path, body, m_access).exceptionCode(), 21403);
        body[QStringLiteral("encryptedInvoiceHash")] = Crypto::sha256Base64(encrypted);
        body[QStringLiteral("invoiceHash")] = Crypto::sha256Base64("other");
        QCOMPARE(m_ksef->postJson(path, body, m_access).exceptionCode(), 21403);
        body[QStringLiteral("invoiceHash")] = Crypto::sha256Base64(xml);
        QCOMPARE(m_ksef->postJson(path, body, m_access).status, 202);
        QCOMPARE(
            m_ksef
                ->postJson(QStringLiteral("/sessions/online/20260101-SO-0000000000-0000000000-00/invoices"),
                           body, m_access)
                .exceptionCode(),
            21173);
        QCOMPARE(m_ksef
                     ->request("POST", path, "{not json",
                               {{"Authorization", "Bearer " + m_access.toLatin1()},
                                {"Content-Type", "application/json"}})
                     .exceptionCode(),
                 21405);
    }

    void closedSessionsRefuseMore()
    {
        const auto session = m_ksef->openSession(m_access);
        const QString close = QStringLiteral("/sessions/online/%1/close").arg(session.reference);
        const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + m_access.toLatin1()}};
        QCOMPARE(m_ksef->request("POST", close, {}, auth).status, 204);
        QCOMPARE(m_ksef->request("POST", close, {}, auth).exceptionCode(), 21180);
        QCOMPARE(m_ksef->sendInvoice(session, m_access, Test::emulatorInvoice(QStringLiteral("FV/C/1")))
                     .exceptionCode(),
                 21180);
        QCOMPARE(code(m_ksef->waitForSession(session.reference, m_access, 400)), 440); // nothing was sent
    }

    void aSessionWithOnlyBadInvoicesEnds445AndFailedListsThem()
    {
        m_ksef->control("POST", QStringLiteral("/limits"),
                        QJsonObject{{QStringLiteral("profile"), QStringLiteral("off")}});
        const auto session = m_ksef->openSession(m_access);
        QStringList refs;
        for (int i = 0; i < 12; ++i) {
            refs << m_ksef->sendInvoiceRef(session, m_access, "<broken");
        }
        m_ksef->request("POST", QStringLiteral("/sessions/online/%1/close").arg(session.reference), {},
                        {{"Authorization", "Bearer " + m_access.toLatin1()}});
        QCOMPARE(code(m_ksef->waitForSession(session.reference, m_access, 400)), 445);
        // Paging with continuation tokens: 10 + 2.
        const Test::HttpResult first = m_ksef->get(
            QStringLiteral("/sessions/%1/invoices/failed?pageSize=10").arg(session.reference), m_access);
        QCOMPARE(first.json().value(QStringLiteral("invoices")).toArray().size(), 10);
        const QByteArray token =
            first.json().value(QStringLiteral("continuationToken")).toString().toLatin1();
        QVERIFY(!token.isEmpty());
        const Test::HttpResult second = m_ksef->request(
            "GET", QStringLiteral("/sessions/%1/invoices/failed?pageSize=10").arg(session.reference), {},
            {{"Authorization", "Bearer " + m_access.toLatin1()}, {"x-continuation-token", token}});
        QCOMPARE(second.json().value(QStringLiteral("invoices")).toArray().size(), 2);
        QVERIFY(!second.json().contains(QStringLiteral("continuationToken")));
        QCOMPARE(m_ksef
                     ->request("GET", QStringLiteral("/sessions/%1/invoices").arg(session.reference), {},
                               {{"Authorization", "Bearer " + m_access.toLatin1()},
                                {"x-continuation-token", "???"}})
                     .exceptionCode(),
                 21418);
        QCOMPARE(
            m_ksef->get(QStringLiteral("/sessions/%1/invoices?pageSize=5").arg(session.reference), m_access)
                .exceptionCode(),
            21405);
    }

    void sessionListsFilterAndPage()
    {
        for (int i = 0; i < 3; ++i) {
            m_ksef->openSession(m_access);
        }
        QCOMPARE(m_ksef->get(QStringLiteral("/sessions"), m_access).exceptionCode(),
                 21405); // sessionType is required
        const QJsonObject list =
            m_ksef->get(QStringLiteral("/sessions?sessionType=Online&statuses=InProgress"), m_access).json();
        QCOMPARE(list.value(QStringLiteral("sessions")).toArray().size(), 3);
        QCOMPARE(m_ksef->get(QStringLiteral("/sessions?sessionType=Batch"), m_access)
                     .json()
                     .value(QStringLiteral("sessions"))
                     .toArray()
                     .size(),
                 0);
    }

    void theSessionInvoiceLimitCanBeLowered()
    {
        const QJsonObject two{{QStringLiteral("maxInvoiceSizeInMB"), 1},
                              {QStringLiteral("maxInvoiceWithAttachmentSizeInMB"), 3},
                              {QStringLiteral("maxInvoices"), 2}};
        QCOMPARE(m_ksef
                     ->postJson(QStringLiteral("/testdata/limits/context/session"),
                                QJsonObject{{QStringLiteral("onlineSession"),
                                             QJsonObject{{QStringLiteral("maxInvoices"), 2}}}},
                                m_access)
                     .exceptionCode(),
                 21405);
        QCOMPARE(m_ksef
                     ->postJson(QStringLiteral("/testdata/limits/context/session"),
                                QJsonObject{{QStringLiteral("onlineSession"), two},
                                            {QStringLiteral("batchSession"), two}},
                                m_access)
                     .status,
                 200);
        QCOMPARE(onlineSessionMaxInvoices(), 2);
        const auto session = m_ksef->openSession(m_access);
        QCOMPARE(
            m_ksef->sendInvoice(session, m_access, Test::emulatorInvoice(QStringLiteral("FV/LIM/1"))).status,
            202);
        QCOMPARE(
            m_ksef->sendInvoice(session, m_access, Test::emulatorInvoice(QStringLiteral("FV/LIM/2"))).status,
            202);
        QCOMPARE(m_ksef->sendInvoice(session, m_access, Test::emulatorInvoice(QStringLiteral("FV/LIM/3")))
                     .exceptionCode(),
                 21155);
        const QString batch =
            m_ksef->sendBatch(m_access,
                              {{QStringLiteral("1.xml"), Test::emulatorInvoice(QStringLiteral("FV/LIM/4"))},
                               {QStringLiteral("2.xml"), Test::emulatorInvoice(QStringLiteral("FV/LIM/5"))},
                               {QStringLiteral("3.xml"), Test::emulatorInvoice(QStringLiteral("FV/LIM/6"))}},
                              1);
        QCOMPARE(code(m_ksef->waitForSession(batch, m_access, 400)), 420);
        QCOMPARE(m_ksef
                     ->request("DELETE", QStringLiteral("/testdata/limits/context/session"), {},
                               {{"Authorization", "Bearer " + m_access.toLatin1()}})
                     .status,
                 200);
        QCOMPARE(onlineSessionMaxInvoices(), 10000);
    }

    // More invoices than a batch session may hold is KSeF's 420 whatever the package's size — counted before
    // anything is unpacked (it was 430, "decompression error", for an independent client's 15 141).
    void aBatchOverTheInvoiceLimitIs420()
    {
        QList<QPair<QString, QByteArray>> files;
        for (int i = 0; i <= 10'000; ++i) {
            files.append({QStringLiteral("%1.xml").arg(i), QByteArrayLiteral("<x/>")});
        }
        const QString batch = m_ksef->sendBatch(m_access, files, 1);
        QCOMPARE(code(m_ksef->waitForSession(batch, m_access, 400)), 420);
    }

    void expiredSessionsRefuseInvoices()
    {
        const auto session = m_ksef->openSession(m_access);
        QCOMPARE(m_ksef->control("POST", QStringLiteral("/sessions/%1/expire").arg(session.reference)).status,
                 200);
        QCOMPARE(m_ksef->sendInvoice(session, m_access, Test::emulatorInvoice(QStringLiteral("FV/E/1")))
                     .exceptionCode(),
                 21180);
    }

    void unsupportedFormsAndUnreadableKeys()
    {
        const QJsonObject key = m_ksef->publicKey(QStringLiteral("SymmetricKeyEncryption"));
        QJsonObject body{{QStringLiteral("formCode"),
                          QJsonObject{{QStringLiteral("systemCode"), QStringLiteral("FA (1)")},
                                      {QStringLiteral("schemaVersion"), QStringLiteral("1-0E")},
                                      {QStringLiteral("value"), QStringLiteral("FA")}}},
                         {QStringLiteral("encryption"),
                          QJsonObject{{QStringLiteral("encryptedSymmetricKey"),
                                       QString::fromLatin1(QByteArray(256, 'x').toBase64())},
                                      {QStringLiteral("initializationVector"),
                                       QString::fromLatin1(QByteArray(16, 'i').toBase64())}}}};
        const Test::HttpResult problem =
            m_ksef->request("POST", QStringLiteral("/sessions/online"), QJsonDocument(body).toJson(),
                            {{"Authorization", "Bearer " + m_access.toLatin1()},
                             {"Content-Type", "application/json"},
                             {"X-Error-Format", "problem-details"}});
        QCOMPARE(problem.status, 400);
        QCOMPARE(problem.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(problem.exceptionCode(), 21405);
        body[QStringLiteral("formCode")] =
            QJsonObject{{QStringLiteral("systemCode"), QStringLiteral("FA (3)")},
                        {QStringLiteral("schemaVersion"), QStringLiteral("1-0E")},
                        {QStringLiteral("value"), QStringLiteral("FA")}};
        const Test::HttpResult opened = m_ksef->postJson(QStringLiteral("/sessions/online"), body, m_access);
        QCOMPARE(opened.status, 201);
        const QString reference = opened.json().value(QStringLiteral("referenceNumber")).toString();
        QCOMPARE(code(m_ksef->get(QStringLiteral("/sessions/") + reference, m_access).json()), 415);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorSessions)
#include "tst_emulator_sessions.moc"
