// The read side (PROTOCOL.md §11): one invoice by number, metadata queries with the high-water mark, exports.
#include "ksef/KsefClient.h"
#include "ksef/KsefJson.h"
#include "ksef/crypto/Crypto.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace Kurier {

namespace {
QString dateTypeName(InvoiceDateType type)
{
    switch (type) {
    case InvoiceDateType::Issue:
        return QStringLiteral("Issue");
    case InvoiceDateType::Invoicing:
        return QStringLiteral("Invoicing");
    case InvoiceDateType::PermanentStorage:
        break;
    }
    return QStringLiteral("PermanentStorage");
}

QJsonObject filtersJson(const KsefClient::MetadataQuery &query)
{
    QJsonObject range{{QStringLiteral("dateType"), dateTypeName(query.dateType)},
                      {QStringLiteral("from"), query.from.toUTC().toString(Qt::ISODateWithMs)}};
    if (query.to.isValid()) {
        range.insert(QStringLiteral("to"), query.to.toUTC().toString(Qt::ISODateWithMs));
    }
    if (query.dateType == InvoiceDateType::PermanentStorage) {
        range.insert(QStringLiteral("restrictToPermanentStorageHwmDate"), query.restrictToHwm);
    }
    return QJsonObject{{QStringLiteral("subjectType"), invoiceSubjectKey(query.subject)},
                       {QStringLiteral("dateRange"), range}};
}
} // namespace

KsefClient::Result<QByteArray> KsefClient::invoiceXml(const QString &ksefNumber)
{
    const auto answer = authorized(HttpCall::get(QStringLiteral("/invoices/ksef/") + ksefNumber));
    if (!answer) {
        return std::unexpected(answer.error());
    }
    const QString hash = QString::fromLatin1(answer->header("x-ms-meta-hash"));
    if (!hash.isEmpty() && hash != Crypto::sha256Base64(answer->body)) {
        auto error = localError(QStringLiteral("GET /invoices/ksef/{ksefNumber}"),
                                tr("The invoice's bytes do not match its x-ms-meta-hash."));
        error.kind = KsefError::Kind::UnexpectedReply;
        return std::unexpected(error);
    }
    return answer->body;
}

QList<std::pair<QDateTime, QDateTime>> KsefClient::MetadataQuery::windows(const QDateTime &from,
                                                                          const QDateTime &to)
{
    QList<std::pair<QDateTime, QDateTime>> result;
    QDateTime start = from;
    // A second short of 100 days: "at most 100 days" holds whatever KSeF counts the ends as.
    while (start.addDays(kMaxDays) < to) {
        const QDateTime end = start.addDays(kMaxDays).addSecs(-1);
        result.append({start, end});
        start = end.addSecs(1);
    }
    result.append({start, to});
    return result;
}

KsefClient::Result<MetadataPage> KsefClient::queryMetadata(const MetadataQuery &query, int pageOffset,
                                                           int pageSize)
{
    HttpCall call = HttpCall::json("POST", QStringLiteral("/invoices/query/metadata"), filtersJson(query));
    call.query.addQueryItem(QStringLiteral("pageOffset"), QString::number(pageOffset));
    call.query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    call.query.addQueryItem(QStringLiteral("sortOrder"),
                            query.ascending ? QStringLiteral("Asc") : QStringLiteral("Desc"));
    const auto json = authorizedJson(call);
    if (!json) {
        return std::unexpected(json.error());
    }
    MetadataPage page;
    for (const QJsonValue &value : json->value(QStringLiteral("invoices")).toArray()) {
        page.invoices.append(KsefJson::invoiceMetadata(value.toObject()));
    }
    page.hasMore = json->value(QStringLiteral("hasMore")).toBool();
    page.isTruncated = json->value(QStringLiteral("isTruncated")).toBool();
    page.permanentStorageHwmDate = KsefJson::dateTime(json->value(QStringLiteral("permanentStorageHwmDate")));
    return page;
}

KsefClient::Result<KsefClient::ExportResult> KsefClient::exportInvoices(const MetadataQuery &query,
                                                                        std::chrono::milliseconds timeout)
{
    const QString endpoint = QStringLiteral("POST /invoices/exports");
    const QByteArray key = Crypto::randomBytes(32);
    const QByteArray iv = Crypto::randomBytes(16);
    Result<QJsonObject> started = std::unexpected(KsefError{});
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto encryption = encryptionFor(key, iv);
        if (!encryption) {
            return std::unexpected(encryption.error());
        }
        started = authorizedJson(HttpCall::json(
            "POST", QStringLiteral("/invoices/exports"),
            {{QStringLiteral("encryption"), *encryption}, {QStringLiteral("filters"), filtersJson(query)}}));
        if (started || !started.error().hasCode(21470)) {
            break;
        }
        forgetPublicKeys();
    }
    if (!started) {
        return std::unexpected(started.error());
    }
    ExportResult result;
    result.reference = started->value(QStringLiteral("referenceNumber")).toString();

    QElapsedTimer elapsed;
    elapsed.start();
    QJsonObject status;
    for (std::chrono::milliseconds interval{200};;
         interval = std::min(interval * 2, std::chrono::milliseconds(5000))) {
        const auto polled =
            authorizedJson(HttpCall::get(QStringLiteral("/invoices/exports/") + result.reference));
        if (!polled) {
            return std::unexpected(polled.error());
        }
        status = *polled;
        result.code = status.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt();
        if (result.code != 100) {
            break;
        }
        if (elapsed.elapsed() > timeout.count()) {
            auto error = localError(QStringLiteral("GET /invoices/exports/{ref}"),
                                    tr("The export did not finish in time."));
            error.kind = KsefError::Kind::Timeout;
            return std::unexpected(error);
        }
        m_transport.sleep(interval);
    }
    if (result.code != 200) {
        KsefError error = KsefError::fromStatus(KsefError::Family::Export, result.code,
                                                status.value(QStringLiteral("status"))
                                                    .toObject()
                                                    .value(QStringLiteral("description"))
                                                    .toString());
        error.endpoint = QStringLiteral("GET /invoices/exports/{ref}");
        return std::unexpected(error);
    }
    const QJsonObject package = status.value(QStringLiteral("package")).toObject();
    result.isTruncated = package.value(QStringLiteral("isTruncated")).toBool();
    result.permanentStorageHwmDate =
        KsefJson::dateTime(package.value(QStringLiteral("permanentStorageHwmDate")));
    result.lastPermanentStorageDate =
        KsefJson::dateTime(package.value(QStringLiteral("lastPermanentStorageDate")));
    QList<QJsonObject> parts;
    for (const QJsonValue &part : package.value(QStringLiteral("parts")).toArray()) {
        parts.append(part.toObject());
    }
    std::sort(parts.begin(), parts.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("ordinalNumber")).toInt() <
               b.value(QStringLiteral("ordinalNumber")).toInt();
    });
    QByteArray zip;
    for (const QJsonObject &part : parts) {
        HttpCall call;
        call.url = QUrl(part.value(QStringLiteral("url")).toString());
        call.timeout = std::chrono::minutes(5);
        const auto downloaded = execute(call);
        if (!downloaded) {
            return std::unexpected(downloaded.error());
        }
        if (part.contains(QStringLiteral("encryptedPartHash")) &&
            part.value(QStringLiteral("encryptedPartHash")).toString() !=
                Crypto::sha256Base64(downloaded->body)) {
            auto error = localError(endpoint, tr("Export part %1 is damaged (hash mismatch).")
                                                  .arg(part.value(QStringLiteral("ordinalNumber")).toInt()));
            error.kind = KsefError::Kind::UnexpectedReply;
            return std::unexpected(error);
        }
        const auto plain = Crypto::aesCbcDecrypt(key, iv, downloaded->body);
        if (!plain) {
            return std::unexpected(localError(endpoint, plain.error()));
        }
        zip += *plain;
    }
    const auto files = ZipArchive::extract(zip, 20'000, qint64(4) * 1024 * 1024 * 1024);
    if (!files) {
        auto error = localError(endpoint, files.error());
        error.kind = KsefError::Kind::UnexpectedReply;
        return std::unexpected(error);
    }
    result.files = *files;
    return result;
}

} // namespace Kurier
