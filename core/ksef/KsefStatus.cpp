// Session and invoice statuses, lists, UPO downloads (PROTOCOL.md §6, §8).
#include "ksef/KsefClient.h"
#include "ksef/KsefJson.h"
#include "ksef/crypto/Crypto.h"
#include "util/Clock.h"

#include <QJsonArray>

namespace Kurier {

namespace {
HttpCall pagedGet(const QString &path, int pageSize, const QString &continuationToken)
{
    HttpCall call = HttpCall::get(path);
    call.query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    if (!continuationToken.isEmpty()) {
        call.headers.append({"x-continuation-token", continuationToken.toUtf8()});
    }
    return call;
}
} // namespace

KsefClient::Result<SessionStatus> KsefClient::sessionStatus(const QString &reference)
{
    const auto json = authorizedJson(HttpCall::get(QStringLiteral("/sessions/") + reference));
    if (!json) {
        return std::unexpected(json.error());
    }
    return KsefJson::sessionStatus(*json, reference);
}

KsefClient::Result<Page<SessionStatus>> KsefClient::sessions(bool batch, int pageSize,
                                                             const QString &continuationToken)
{
    HttpCall call = pagedGet(QStringLiteral("/sessions"), pageSize, continuationToken);
    call.query.addQueryItem(QStringLiteral("sessionType"),
                            batch ? QStringLiteral("Batch") : QStringLiteral("Online"));
    const auto json = authorizedJson(call);
    if (!json) {
        return std::unexpected(json.error());
    }
    Page<SessionStatus> page;
    for (const QJsonValue &value : json->value(QStringLiteral("sessions")).toArray()) {
        page.items.append(KsefJson::sessionStatus(value.toObject()));
    }
    page.continuationToken = json->value(QStringLiteral("continuationToken")).toString();
    return page;
}

KsefClient::Result<Page<InvoiceStatus>> KsefClient::sessionInvoices(const QString &reference, bool failedOnly,
                                                                    int pageSize,
                                                                    const QString &continuationToken)
{
    const QString path = QStringLiteral("/sessions/%1/invoices%2")
                             .arg(reference, failedOnly ? QStringLiteral("/failed") : QString());
    const auto json = authorizedJson(pagedGet(path, pageSize, continuationToken));
    if (!json) {
        return std::unexpected(json.error());
    }
    Page<InvoiceStatus> page;
    for (const QJsonValue &value : json->value(QStringLiteral("invoices")).toArray()) {
        page.items.append(KsefJson::invoiceStatus(value.toObject()));
    }
    page.continuationToken = json->value(QStringLiteral("continuationToken")).toString();
    return page;
}

KsefClient::Result<QList<InvoiceStatus>> KsefClient::allSessionInvoices(const QString &reference,
                                                                        bool failedOnly)
{
    QList<InvoiceStatus> all;
    QString continuation;
    do {
        const auto page = sessionInvoices(reference, failedOnly, 1000, continuation);
        if (!page) {
            return std::unexpected(page.error());
        }
        all += page->items;
        continuation = page->continuationToken;
    } while (!continuation.isEmpty());
    return all;
}

KsefClient::Result<InvoiceStatus> KsefClient::invoiceStatus(const QString &sessionReference,
                                                            const QString &invoiceReference)
{
    const auto json = authorizedJson(
        HttpCall::get(QStringLiteral("/sessions/%1/invoices/%2").arg(sessionReference, invoiceReference)));
    if (!json) {
        return std::unexpected(json.error());
    }
    return KsefJson::invoiceStatus(*json);
}

KsefClient::Result<UpoBytes> KsefClient::fetchUpo(const HttpCall &call, bool presigned)
{
    const auto answer = presigned ? execute(call) : authorized(call);
    if (!answer) {
        return std::unexpected(answer.error());
    }
    UpoBytes upo{answer->body, QString::fromLatin1(answer->header("x-ms-meta-hash")), presigned};
    // The storage's hash header protects against a truncated or altered download (§8.2, §20.15).
    if (!upo.metaHash.isEmpty() && upo.metaHash != Crypto::sha256Base64(upo.bytes)) {
        KsefError error;
        error.kind = KsefError::Kind::UnexpectedReply;
        error.httpStatus = answer->status;
        error.endpoint = presigned ? QStringLiteral("GET (presigned storage)")
                                   : HttpTransport::endpointPattern(call.method, call.path);
        error.requestId = answer->requestId;
        error.description = tr("The UPO's bytes do not match its x-ms-meta-hash.");
        return std::unexpected(error);
    }
    if (upo.bytes.isEmpty() || !upo.bytes.trimmed().startsWith('<')) {
        KsefError error;
        error.kind = KsefError::Kind::UnexpectedReply;
        error.httpStatus = answer->status;
        error.endpoint = call.path;
        error.rawBody = answer->body.left(4096);
        error.description = tr("The UPO is not an XML document.");
        return std::unexpected(error);
    }
    return upo;
}

KsefClient::Result<UpoBytes> KsefClient::linkOrApi(const QUrl &link, const QDateTime &expires,
                                                   const QString &apiPath)
{
    if (link.isValid() && !link.isEmpty() && (!expires.isValid() || expires > m_clock.now())) {
        HttpCall call;
        call.url = link;
        if (auto upo = fetchUpo(call, true)) {
            return upo;
        }
        // An expired or broken link: the API is the fallback.
    }
    return fetchUpo(HttpCall::get(apiPath), false);
}

KsefClient::Result<UpoBytes> KsefClient::invoiceUpo(const QString &sessionReference,
                                                    const InvoiceStatus &status)
{
    return linkOrApi(
        status.upoDownloadUrl, status.upoDownloadUrlExpires,
        QStringLiteral("/sessions/%1/invoices/%2/upo").arg(sessionReference, status.referenceNumber));
}

QList<KsefClient::Result<UpoBytes>>
KsefClient::invoiceUpos(const QString &sessionReference, const QList<InvoiceStatus> &statuses, int parallel)
{
    QList<Result<UpoBytes>> results(statuses.size(), std::unexpected(KsefError{}));
    QList<HttpCall> calls;
    QList<qsizetype> callIndex;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const InvoiceStatus &status = statuses[i];
        if (status.upoDownloadUrl.isValid() && !status.upoDownloadUrl.isEmpty() &&
            (!status.upoDownloadUrlExpires.isValid() || status.upoDownloadUrlExpires > m_clock.now())) {
            HttpCall call;
            call.url = status.upoDownloadUrl;
            calls.append(call);
            callIndex.append(i);
        }
    }
    const auto answers = m_transport.executeAll(calls, parallel);
    QList<bool> done(statuses.size(), false);
    for (qsizetype k = 0; k < answers.size(); ++k) {
        const qsizetype i = callIndex[k];
        if (!answers[k]) {
            continue; // the API below
        }
        UpoBytes upo{answers[k]->body, QString::fromLatin1(answers[k]->header("x-ms-meta-hash")), true};
        if ((upo.metaHash.isEmpty() || upo.metaHash == Crypto::sha256Base64(upo.bytes)) &&
            upo.bytes.trimmed().startsWith('<')) {
            results[i] = upo;
            done[i] = true;
        }
    }
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (!done[i]) {
            InvoiceStatus withoutLink = statuses[i];
            withoutLink.upoDownloadUrl = QUrl();
            results[i] = invoiceUpo(sessionReference, withoutLink);
        }
    }
    return results;
}

KsefClient::Result<UpoBytes> KsefClient::invoiceUpoByKsefNumber(const QString &sessionReference,
                                                                const QString &ksefNumber)
{
    return fetchUpo(
        HttpCall::get(QStringLiteral("/sessions/%1/invoices/ksef/%2/upo").arg(sessionReference, ksefNumber)),
        false);
}

KsefClient::Result<UpoBytes> KsefClient::sessionUpo(const QString &sessionReference,
                                                    const SessionStatus::UpoPage &page)
{
    return linkOrApi(page.downloadUrl, page.downloadUrlExpires,
                     QStringLiteral("/sessions/%1/upo/%2").arg(sessionReference, page.referenceNumber));
}

} // namespace Kurier
