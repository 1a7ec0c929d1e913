// Online and batch sessions (PROTOCOL.md §5, §7).
#include "ksef/KsefClient.h"
#include "ksef/KsefJson.h"
#include "ksef/crypto/Crypto.h"
#include "util/TimeBreakdown.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKsef)

namespace Kurier {

namespace {
QJsonObject fa3FormCode()
{
    return QJsonObject{{QStringLiteral("systemCode"), QStringLiteral("FA (3)")},
                       {QStringLiteral("schemaVersion"), QStringLiteral("1-0E")},
                       {QStringLiteral("value"), QStringLiteral("FA")}};
}

QJsonObject fileDescription(const QByteArray &bytes)
{
    return QJsonObject{{QStringLiteral("fileSize"), static_cast<qint64>(bytes.size())},
                       {QStringLiteral("fileHash"), Crypto::sha256Base64(bytes)}};
}
} // namespace

KsefClient::Result<OnlineSession> KsefClient::openOnlineSession()
{
    for (int attempt = 0;; ++attempt) {
        OnlineSession session{{}, {}, Crypto::randomBytes(32), Crypto::randomBytes(16)};
        const auto encryption = encryptionFor(session.key, session.iv);
        if (!encryption) {
            return std::unexpected(encryption.error());
        }
        const auto opened = authorizedJson(HttpCall::json(
            "POST", QStringLiteral("/sessions/online"),
            {{QStringLiteral("formCode"), fa3FormCode()}, {QStringLiteral("encryption"), *encryption}}));
        if (!opened && opened.error().hasCode(21470) && attempt == 0) {
            forgetPublicKeys(); // rotated: encrypt the key again with the new one (§20.9)
            continue;
        }
        if (!opened) {
            return std::unexpected(opened.error());
        }
        session.reference = opened->value(QStringLiteral("referenceNumber")).toString();
        session.validUntil = KsefJson::dateTime(opened->value(QStringLiteral("validUntil")));
        if (session.reference.isEmpty()) {
            auto error = localError(QStringLiteral("POST /sessions/online"),
                                    tr("KSeF returned no session reference."));
            error.kind = KsefError::Kind::UnexpectedReply;
            return std::unexpected(error);
        }
        return session;
    }
}

KsefClient::Result<SentInvoice> KsefClient::sendInvoice(const OnlineSession &session, const QByteArray &xml,
                                                        const SendOptions &options)
{
    SentInvoice sent{session.reference, {}, Crypto::sha256Base64(xml), xml.size()};
    const auto encrypted = Crypto::aesCbcEncrypt(session.key, session.iv, xml);
    if (!encrypted) {
        return std::unexpected(
            localError(QStringLiteral("POST /sessions/online/{ref}/invoices"), encrypted.error()));
    }
    QJsonObject body{{QStringLiteral("invoiceHash"), sent.invoiceHash},
                     {QStringLiteral("invoiceSize"), sent.invoiceSize},
                     {QStringLiteral("encryptedInvoiceHash"), Crypto::sha256Base64(*encrypted)},
                     {QStringLiteral("encryptedInvoiceSize"), static_cast<qint64>(encrypted->size())},
                     {QStringLiteral("encryptedInvoiceContent"), QString::fromLatin1(encrypted->toBase64())},
                     {QStringLiteral("offlineMode"), options.offlineMode}};
    if (!options.hashOfCorrectedInvoice.isEmpty()) {
        body.insert(QStringLiteral("hashOfCorrectedInvoice"), options.hashOfCorrectedInvoice);
    }
    const auto accepted = authorizedJson(
        HttpCall::json("POST", QStringLiteral("/sessions/online/%1/invoices").arg(session.reference), body));
    if (!accepted) {
        return std::unexpected(accepted.error());
    }
    sent.invoiceReference = accepted->value(QStringLiteral("referenceNumber")).toString();
    return sent;
}

KsefClient::Result<void> KsefClient::closeOnlineSession(const QString &reference)
{
    const auto closed =
        authorized(HttpCall::post(QStringLiteral("/sessions/online/%1/close").arg(reference)));
    if (!closed) {
        return std::unexpected(closed.error());
    }
    return {};
}

KsefClient::Result<QString> KsefClient::sendBatch(const QList<BatchFile> &files, const BatchOptions &options)
{
    const QString endpoint = QStringLiteral("POST /sessions/batch");
    if (files.isEmpty() || files.size() > 10'000) {
        return std::unexpected(
            localError(endpoint, tr("A batch holds 1 to 10 000 invoices, not %1.").arg(files.size())));
    }
    std::optional<TimeBreakdown::Scope> zipping(std::in_place, m_transport.breakdown(),
                                                QLatin1StringView("batch.zip"), files.size());
    QList<ZipArchive::Entry> entries;
    entries.reserve(files.size());
    for (const BatchFile &file : files) {
        entries.append({file.name, file.xml});
    }
    const auto zip = ZipArchive::create(entries);
    if (!zip) {
        return std::unexpected(localError(endpoint, zip.error()));
    }
    const qint64 partBytes = std::max<qint64>(options.maxPartBytes, 1);
    const qsizetype partCount = (zip->size() + partBytes - 1) / partBytes;
    if (partCount > 50) {
        return std::unexpected(
            localError(endpoint, tr("The package needs %1 parts; KSeF takes at most 50.").arg(partCount)));
    }
    zipping.reset();
    std::optional<TimeBreakdown::Scope> encrypting(std::in_place, m_transport.breakdown(),
                                                   QLatin1StringView("batch.encrypt"), partCount);
    const QByteArray key = Crypto::randomBytes(32);
    const QByteArray iv = Crypto::randomBytes(16);
    QList<QByteArray> parts;
    QJsonArray declared;
    for (qsizetype i = 0; i < partCount; ++i) {
        const auto encrypted = Crypto::aesCbcEncrypt(key, iv, zip->mid(i * partBytes, partBytes));
        if (!encrypted) {
            return std::unexpected(localError(endpoint, encrypted.error()));
        }
        QJsonObject part = fileDescription(*encrypted);
        part.insert(QStringLiteral("ordinalNumber"), static_cast<int>(i + 1));
        declared.append(part);
        parts.append(*encrypted);
    }
    encrypting.reset();
    Result<QJsonObject> opened = std::unexpected(KsefError{});
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto encryption = encryptionFor(key, iv);
        if (!encryption) {
            return std::unexpected(encryption.error());
        }
        QJsonObject batchFile = fileDescription(*zip);
        batchFile.insert(QStringLiteral("fileParts"), declared);
        opened = authorizedJson(HttpCall::json("POST", QStringLiteral("/sessions/batch"),
                                               {{QStringLiteral("formCode"), fa3FormCode()},
                                                {QStringLiteral("batchFile"), batchFile},
                                                {QStringLiteral("encryption"), *encryption},
                                                {QStringLiteral("offlineMode"), options.offlineMode}}));
        if (opened || !opened.error().hasCode(21470)) {
            break;
        }
        forgetPublicKeys();
    }
    if (!opened) {
        return std::unexpected(opened.error());
    }
    const QString reference = opened->value(QStringLiteral("referenceNumber")).toString();
    if (options.onOpened && !options.onOpened(reference)) {
        return std::unexpected(
            localError(endpoint, tr("The batch session %1 was abandoned before upload.").arg(reference)));
    }

    // Upload every part to its presigned URL, in parallel; a part that fails is retried on its own.
    QList<HttpCall> uploads;
    for (const QJsonValue &value : opened->value(QStringLiteral("partUploadRequests")).toArray()) {
        const QJsonObject request = value.toObject();
        const int ordinal = request.value(QStringLiteral("ordinalNumber")).toInt();
        HttpCall call;
        call.method = request.value(QStringLiteral("method")).toString(QStringLiteral("PUT")).toLatin1();
        call.url = QUrl(request.value(QStringLiteral("url")).toString());
        call.body = parts.value(ordinal - 1);
        call.contentType = "application/octet-stream";
        call.timeout = options.uploadTimeout;
        const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            call.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
        }
        uploads.append(call);
    }
    if (uploads.size() != parts.size()) {
        auto error = localError(
            endpoint,
            tr("KSeF gave %1 upload addresses for %2 parts.").arg(uploads.size()).arg(parts.size()));
        error.kind = KsefError::Kind::UnexpectedReply;
        return std::unexpected(error);
    }
    QList<HttpCall> pending = uploads;
    for (int attempt = 1; !pending.isEmpty(); ++attempt) {
        const auto results = m_transport.executeAll(pending, options.parallelUploads);
        QList<HttpCall> failed;
        std::optional<KsefError> lastError;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results[i]) {
                failed.append(pending[i]);
                lastError = results[i].error();
            }
        }
        if (!failed.isEmpty() && attempt >= options.uploadAttempts) {
            qCWarning(lcKsef) << failed.size() << "batch part(s) could not be uploaded to" << reference;
            return std::unexpected(*lastError);
        }
        pending = failed;
    }
    const auto closed = authorized(HttpCall::post(QStringLiteral("/sessions/batch/%1/close").arg(reference)));
    if (!closed) {
        return std::unexpected(closed.error());
    }
    return reference;
}

} // namespace Kurier
