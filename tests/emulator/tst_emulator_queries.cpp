#include "EmulatorTestData.h"
#include "ksef/crypto/Certificate.h"
#include "ksef/crypto/Crypto.h"
#include "support/EmulatorHarness.h"
#include "util/ZipArchive.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Kurier;
using Test::EmulatorHarness;

namespace {
const QString kSeller = QStringLiteral("5265877635");
const QString kBuyer = QStringLiteral("1111111111");

QJsonObject filters(const QString &subject, const QDateTime &from, bool restrict = true)
{
    return QJsonObject{{QStringLiteral("subjectType"), subject},
                       {QStringLiteral("dateRange"),
                        QJsonObject{{QStringLiteral("dateType"), QStringLiteral("PermanentStorage")},
                                    {QStringLiteral("from"), from.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("restrictToPermanentStorageHwmDate"), restrict}}}};
}
} // namespace

class TestEmulatorQueries : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_ksef = std::make_unique<EmulatorHarness>();
        m_ksef->control("POST", QStringLiteral("/limits"),
                        QJsonObject{{QStringLiteral("profile"), QStringLiteral("off")}});
        m_start = QDateTime::currentDateTimeUtc().addSecs(-5);
        m_seller = m_ksef->authenticate(kSeller);
        m_buyer = m_ksef->authenticate(kBuyer);
        QVERIFY(!m_seller.isEmpty() && !m_buyer.isEmpty());
    }

    void buyersSeeTheirPurchasesOncePermanentlyStored()
    {
        const QStringList numbers = send(5, QStringLiteral("Q"));
        QTRY_COMPARE_WITH_TIMEOUT(query(m_buyer, filters(QStringLiteral("Subject2"), m_start))
                                      .value(QStringLiteral("invoices"))
                                      .toArray()
                                      .size(),
                                  5, 5000);
        const QJsonObject page = query(m_buyer, filters(QStringLiteral("Subject2"), m_start));
        QVERIFY(page.contains(QStringLiteral("permanentStorageHwmDate")));
        QCOMPARE(page.value(QStringLiteral("hasMore")).toBool(), false);
        QCOMPARE(page.value(QStringLiteral("isTruncated")).toBool(), false);
        const QJsonObject first = page.value(QStringLiteral("invoices")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("seller")).toObject().value(QStringLiteral("nip")).toString(),
                 kSeller);
        QVERIFY(numbers.contains(first.value(QStringLiteral("ksefNumber")).toString()));
        QCOMPARE(query(m_seller, filters(QStringLiteral("Subject1"), m_start))
                     .value(QStringLiteral("invoices"))
                     .toArray()
                     .size(),
                 5);
        QCOMPARE(query(m_buyer, filters(QStringLiteral("Subject1"), m_start))
                     .value(QStringLiteral("invoices"))
                     .toArray()
                     .size(),
                 0);
        // The buyer may download a purchase; an unknown number is 21164.
        QCOMPARE(m_ksef->get(QStringLiteral("/invoices/ksef/") + numbers.first(), m_buyer).status, 200);
        QCOMPARE(m_ksef->get(QStringLiteral("/invoices/ksef/5265877635-20260101-0100001AF629-00"), m_buyer)
                     .exceptionCode(),
                 21164);
    }

    // Incremental sync with the high-water mark while invoices keep arriving: every invoice is found, and
    // windows [HWM_n, HWM_n+1] never skip one.
    void hwmSyncMissesNothingWhileInvoicesArrive()
    {
        QSet<QString> seen;
        int doubled = 0;
        QDateTime from = m_start;
        QStringList sent;
        const auto collect = [&](const QJsonObject &page) {
            for (const QJsonValue &invoice : page.value(QStringLiteral("invoices")).toArray()) {
                const QString number = invoice.toObject().value(QStringLiteral("ksefNumber")).toString();
                const QDateTime stored = QDateTime::fromString(
                    invoice.toObject().value(QStringLiteral("permanentStorageDate")).toString(),
                    Qt::ISODateWithMs);
                // `from` is inclusive: only an invoice stored exactly at the previous high-water mark comes
                // twice.
                doubled += seen.contains(number) && stored != from ? 1 : 0;
                seen.insert(number);
            }
        };
        for (int round = 0; round < 6; ++round) {
            sent += send(4, QStringLiteral("H%1-").arg(round));
            for (int pageOffset = 0;; ++pageOffset) {
                const QJsonObject page =
                    query(m_buyer, filters(QStringLiteral("Subject2"), from), pageOffset, 10);
                collect(page);
                if (!page.value(QStringLiteral("hasMore")).toBool()) {
                    from = QDateTime::fromString(
                        page.value(QStringLiteral("permanentStorageHwmDate")).toString(), Qt::ISODateWithMs);
                    break;
                }
            }
        }
        QTest::qWait(300); // the last invoices reach permanent storage
        const QJsonObject last = query(m_buyer, filters(QStringLiteral("Subject2"), from), 0, 250);
        collect(last);
        QCOMPARE(seen.size(), sent.size());
        QCOMPARE(QSet<QString>(sent.begin(), sent.end()), seen);
        QCOMPARE(doubled, 0);
    }

    void queryParametersAreChecked()
    {
        // At most 100 days (API 2.7.1): 101 are refused, 99 answered.
        QCOMPARE(queryReply(m_buyer,
                            filters(QStringLiteral("Subject2"), QDateTime::currentDateTimeUtc().addDays(-101),
                                    false),
                            0, 10)
                     .exceptionCode(),
                 21405);
        QCOMPARE(queryReply(
                     m_buyer,
                     filters(QStringLiteral("Subject2"), QDateTime::currentDateTimeUtc().addDays(-99), false),
                     0, 10)
                     .status,
                 200);
        QCOMPARE(queryReply(m_buyer, filters(QStringLiteral("Subject2"), m_start.addMonths(-4), false), 0, 10)
                     .exceptionCode(),
                 21405);
        QCOMPARE(queryReply(m_buyer,
                            filters(QStringLiteral("Subject2"), QDateTime::currentDateTimeUtc().addDays(1)),
                            0, 10)
                     .exceptionCode(),
                 21183);
        QCOMPARE(queryReply(m_buyer, filters(QStringLiteral("Subject2"), m_start), 0, 5).exceptionCode(),
                 21405);
        QCOMPARE(
            queryReply(m_buyer, QJsonObject{{QStringLiteral("subjectType"), QStringLiteral("Nobody")}}, 0, 10)
                .exceptionCode(),
            21405);
    }

    void exportsDeliverEncryptedPackages()
    {
        const QStringList numbers = send(3, QStringLiteral("X"));
        QTRY_COMPARE_WITH_TIMEOUT(query(m_buyer, filters(QStringLiteral("Subject2"), m_start))
                                      .value(QStringLiteral("invoices"))
                                      .toArray()
                                      .size(),
                                  3, 5000);
        const QByteArray key = Crypto::randomBytes(32);
        const QByteArray iv = Crypto::randomBytes(16);
        const QJsonObject publicKey = m_ksef->publicKey(QStringLiteral("SymmetricKeyEncryption"));
        const auto certificate = Certificate::fromDer(
            QByteArray::fromBase64(publicKey.value(QStringLiteral("certificate")).toString().toLatin1()));
        const QJsonObject body{
            {QStringLiteral("encryption"),
             QJsonObject{{QStringLiteral("encryptedSymmetricKey"),
                          QString::fromLatin1(certificate->publicKey().encryptOaep(key)->toBase64())},
                         {QStringLiteral("initializationVector"), QString::fromLatin1(iv.toBase64())}}},
            {QStringLiteral("filters"), filters(QStringLiteral("Subject2"), m_start)}};
        const Test::HttpResult created = m_ksef->postJson(QStringLiteral("/invoices/exports"), body, m_buyer);
        QCOMPARE(created.status, 201);
        const QString reference = created.json().value(QStringLiteral("referenceNumber")).toString();
        QVERIFY(reference.contains(u"-EH-"));
        QJsonObject status;
        QTRY_COMPARE_WITH_TIMEOUT(
            (status = m_ksef->get(QStringLiteral("/invoices/exports/") + reference, m_buyer).json())
                .value(QStringLiteral("status"))
                .toObject()
                .value(QStringLiteral("code"))
                .toInt(),
            200, 5000);
        const QJsonObject package = status.value(QStringLiteral("package")).toObject();
        QCOMPARE(package.value(QStringLiteral("invoiceCount")).toInt(), 3);
        QByteArray zip;
        for (const QJsonValue &value : package.value(QStringLiteral("parts")).toArray()) {
            const QJsonObject part = value.toObject();
            const QByteArray encrypted =
                m_ksef->request("GET", part.value(QStringLiteral("url")).toString()).body;
            QCOMPARE(Crypto::sha256Base64(encrypted),
                     part.value(QStringLiteral("encryptedPartHash")).toString());
            zip += *Crypto::aesCbcDecrypt(key, iv, encrypted);
        }
        const auto entries = ZipArchive::extract(zip, 100, 100'000'000);
        QVERIFY(entries.has_value());
        QStringList names;
        for (const ZipArchive::Entry &entry : *entries) {
            names.append(entry.name);
            if (entry.name != u"_metadata.json") {
                QCOMPARE(
                    entry.data,
                    m_ksef->get(QStringLiteral("/invoices/ksef/") + entry.name.chopped(4), m_buyer).body);
            }
        }
        QVERIFY(names.contains(QStringLiteral("_metadata.json")));
        for (const QString &number : numbers) {
            QVERIFY(names.contains(number + QStringLiteral(".xml")));
        }
        QCOMPARE(
            m_ksef->get(QStringLiteral("/invoices/exports/20260101-EH-0000000000-0000000000-00"), m_buyer)
                .exceptionCode(),
            21175);
        // Four days later the package has expired (210); eight days later the export itself is gone (410).
        m_ksef->control("POST", QStringLiteral("/time"),
                        QJsonObject{{QStringLiteral("shiftSeconds"), 4 * 24 * 3600}});
        const QString later = m_ksef->authenticate(kBuyer);
        QCOMPARE(m_ksef->get(QStringLiteral("/invoices/exports/") + reference, later)
                     .json()
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 210);
        m_ksef->control("POST", QStringLiteral("/time"),
                        QJsonObject{{QStringLiteral("shiftSeconds"), 4 * 24 * 3600}});
        const QString muchLater = m_ksef->authenticate(kBuyer);
        QCOMPARE(m_ksef->get(QStringLiteral("/invoices/exports/") + reference, muchLater).status, 410);
    }

    // More than 10 000 matches: pages stop at the cap with isTruncated, and moving `from` to the last
    // record's date reaches the rest.
    void theTenThousandCapTruncates()
    {
        Emulator::EmulatorConfig config = EmulatorHarness::fastConfig();
        config.maxInvoicesPerSession = 20000;
        config.permanentStorageDelayMs = 0;
        EmulatorHarness big(config);
        big.control("POST", QStringLiteral("/limits"),
                    QJsonObject{{QStringLiteral("profile"), QStringLiteral("off")}});
        const QString seller = big.authenticate(kSeller);
        const QString buyer = big.authenticate(kBuyer);
        QList<QPair<QString, QByteArray>> files;
        for (int i = 0; i < 10'050; ++i) {
            files.append(
                {QStringLiteral("%1.xml").arg(i), Test::emulatorInvoice(QStringLiteral("CAP/%1").arg(i))});
        }
        const QString session = big.sendBatch(seller, files, 2);
        QCOMPARE(big.waitForSession(session, seller, 200, 120000)
                     .value(QStringLiteral("successfulInvoiceCount"))
                     .toInt(),
                 10'050);
        const auto page = [&](const QDateTime &from, int offset) {
            return big
                .postJson(QStringLiteral("/invoices/query/metadata?pageOffset=%1&pageSize=250").arg(offset),
                          filters(QStringLiteral("Subject2"), from), buyer)
                .json();
        };
        // Storage times are strictly increasing (as KSeF's sub-millisecond ones): a batch processed within a
        // few milliseconds reaches permanent storage over the next seconds. Wait until more than the cap is
        // visible.
        QTRY_VERIFY_WITH_TIMEOUT(page(m_start, 39).value(QStringLiteral("isTruncated")).toBool(), 30000);
        QSet<QString> seen;
        QDateTime from = m_start;
        int offset = 0;
        bool truncatedSeen = false;
        for (int guard = 0; guard < 100; ++guard) {
            const QJsonObject result = page(from, offset);
            const QJsonArray invoices = result.value(QStringLiteral("invoices")).toArray();
            for (const QJsonValue &invoice : invoices) {
                seen.insert(invoice.toObject().value(QStringLiteral("ksefNumber")).toString());
            }
            if (!result.value(QStringLiteral("hasMore")).toBool()) {
                break;
            }
            if (result.value(QStringLiteral("isTruncated")).toBool()) {
                truncatedSeen = true;
                QCOMPARE(offset, 39); // 40 pages × 250 = 10 000
                from = QDateTime::fromString(
                    invoices.last().toObject().value(QStringLiteral("permanentStorageDate")).toString(),
                    Qt::ISODateWithMs);
                offset = 0;
            } else {
                ++offset;
            }
        }
        QVERIFY(truncatedSeen);
        QCOMPARE(seen.size(), 10'050);
    }

private:
    QStringList send(int count, const QString &prefix)
    {
        const auto session = m_ksef->openSession(m_seller);
        QStringList refs;
        for (int i = 0; i < count; ++i) {
            refs.append(m_ksef->sendInvoiceRef(session, m_seller,
                                               Test::emulatorInvoice(prefix + QString::number(i))));
        }
        QStringList numbers;
        for (const QString &ref : refs) {
            numbers.append(m_ksef->waitForInvoice(session.reference, ref, m_seller)
                               .value(QStringLiteral("ksefNumber"))
                               .toString());
        }
        return numbers;
    }
    Test::HttpResult queryReply(const QString &token, const QJsonObject &body, int pageOffset, int pageSize)
    {
        return m_ksef->postJson(QStringLiteral("/invoices/query/metadata?pageOffset=%1&pageSize=%2")
                                    .arg(pageOffset)
                                    .arg(pageSize),
                                body, token);
    }
    QJsonObject query(const QString &token, const QJsonObject &body, int pageOffset = 0, int pageSize = 100)
    {
        return queryReply(token, body, pageOffset, pageSize).json();
    }

    std::unique_ptr<EmulatorHarness> m_ksef;
    QDateTime m_start;
    QString m_seller;
    QString m_buyer;
};

QTEST_GUILESS_MAIN(TestEmulatorQueries)
#include "tst_emulator_queries.moc"
