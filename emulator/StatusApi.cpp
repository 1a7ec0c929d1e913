// Session and invoice status, lists, UPO downloads, presigned storage, invoice download (PROTOCOL.md §6, §8,
// §11.1).
#include "Emulator.h"
#include "Errors.h"
#include "ksef/crypto/Crypto.h"

#include <QJsonArray>

namespace Kurier::Emulator {

namespace {
// Continuation tokens are opaque to clients: Base64 of "offset:N".
std::optional<int> pageOffset(const HttpRequest &request)
{
    const QByteArray token = request.header("x-continuation-token");
    if (token.isEmpty()) {
        return 0;
    }
    const QByteArray decoded = QByteArray::fromBase64(token);
    bool ok = false;
    const int offset = decoded.startsWith("offset:") ? decoded.mid(7).toInt(&ok) : -1;
    return ok && offset >= 0 ? std::optional<int>(offset) : std::nullopt;
}

QString continuation(int offset)
{
    return QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset)).toBase64());
}

HttpReply xmlDocument(const QByteArray &xml)
{
    return HttpReply::raw(200, "application/xml", xml)
        .withHeader("x-ms-meta-hash", Crypto::sha256Base64(xml).toLatin1());
}
} // namespace

HttpReply Emulator::page(const HttpRequest &request, int min, int max, qsizetype total,
                         const QString &listName, const std::function<QJsonObject(qsizetype)> &item)
{
    bool sizeOk = true;
    const int size = request.query.hasQueryItem(QStringLiteral("pageSize"))
                         ? request.query.queryItemValue(QStringLiteral("pageSize")).toInt(&sizeOk)
                         : min;
    if (!sizeOk || size < min || size > max) {
        return error(request, 21405,
                     {QStringLiteral("pageSize musi mieścić się w zakresie %1..%2.").arg(min).arg(max)});
    }
    const auto offset = pageOffset(request);
    if (!offset) {
        return error(request, 21418);
    }
    QJsonArray items;
    for (qsizetype i = *offset; i < total && i < *offset + size; ++i) {
        items.append(item(i));
    }
    QJsonObject body{{listName, items}};
    if (*offset + size < total) {
        body.insert(QStringLiteral("continuationToken"), continuation(*offset + size));
    }
    return HttpReply::json(200, body);
}

void Emulator::registerStatusAndUpo()
{
    const auto findSession = [this](const HttpRequest &request, const QString &reference,
                                    const IssuedToken &token) -> SessionRecord * {
        Q_UNUSED(request);
        auto it = m_state.sessions.find(reference);
        return it != m_state.sessions.end() && it->contextNip == token.contextNip ? &*it : nullptr;
    };
    // The access check, then the caller's session named in the path — or the answer to give (21173: none).
    const auto guardedSession =
        [this, findSession](const HttpRequest &request,
                            const QString &reference) -> std::expected<SessionRecord *, HttpReply> {
        const Guard guard = requireAccess(request, QString());
        if (!guard) {
            return std::unexpected(guard.error());
        }
        SessionRecord *session = findSession(request, reference, *guard);
        if (!session) {
            return std::unexpected(error(request, 21173));
        }
        if (auto refusal = sessionAccessRefusal(request, *session, *guard)) {
            return std::unexpected(std::move(*refusal));
        }
        return session;
    };
    m_router.add(
        "GET", QStringLiteral("/sessions/{ref}"), QStringLiteral("sessionMisc"),
        [this, guardedSession](const HttpRequest &request, const QStringList &captures) {
            const auto found = guardedSession(request, captures.value(0));
            if (!found) {
                return found.error();
            }
            SessionRecord *session = *found;
            int succeeded = 0;
            int failed = 0;
            for (const QString &reference : std::as_const(session->invoiceReferences)) {
                const int code = m_state.invoices[reference].statusCode;
                succeeded += code == 200 ? 1 : 0;
                failed += code > 200 ? 1 : 0;
            }
            QJsonObject body{
                {QStringLiteral("status"),
                 QJsonObject{{QStringLiteral("code"), session->statusCode},
                             {QStringLiteral("description"), session->statusDescription}}},
                {QStringLiteral("dateCreated"), session->created.toString(Qt::ISODateWithMs)},
                {QStringLiteral("dateUpdated"), session->updated.toString(Qt::ISODateWithMs)},
                {QStringLiteral("validUntil"), session->validUntil.toString(Qt::ISODateWithMs)},
                {QStringLiteral("invoiceCount"), static_cast<int>(session->invoiceReferences.size())},
                {QStringLiteral("successfulInvoiceCount"), succeeded},
                {QStringLiteral("failedInvoiceCount"), failed},
            };
            if (!session->upoReference.isEmpty()) {
                const QDateTime expires = now().addSecs(m_config.upoLinkTtlSeconds);
                const QJsonObject page{
                    {QStringLiteral("referenceNumber"), session->upoReference},
                    {QStringLiteral("downloadUrl"),
                     storageLink(
                         StorageLink{QStringLiteral("session-upo"), session->referenceNumber, {}, expires})},
                    {QStringLiteral("downloadUrlExpirationDate"), expires.toString(Qt::ISODateWithMs)}};
                body.insert(QStringLiteral("upo"), QJsonObject{{QStringLiteral("pages"), QJsonArray{page}}});
            }
            return HttpReply::json(200, body);
        });

    const auto invoiceList = [this, guardedSession](bool failedOnly) {
        return [this, guardedSession, failedOnly](const HttpRequest &request, const QStringList &captures) {
            const auto found = guardedSession(request, captures.value(0));
            if (!found) {
                return found.error();
            }
            SessionRecord *session = *found;
            QList<QString> selected;
            for (const QString &reference : std::as_const(session->invoiceReferences)) {
                if (!failedOnly || m_state.invoices[reference].statusCode > 200) {
                    selected.append(reference);
                }
            }
            return page(request, 10, 1000, selected.size(), QStringLiteral("invoices"),
                        [&](qsizetype i) { return invoiceStatusJson(m_state.invoices[selected[i]]); });
        };
    };
    m_router.add("GET", QStringLiteral("/sessions/{ref}/invoices/failed"),
                 QStringLiteral("sessionInvoiceList"), invoiceList(true));
    m_router.add("GET", QStringLiteral("/sessions/{ref}/invoices"), QStringLiteral("sessionInvoiceList"),
                 invoiceList(false));

    m_router.add("GET", QStringLiteral("/sessions/{ref}/invoices/{invoiceRef}"),
                 QStringLiteral("invoiceStatus"),
                 [this, findSession](const HttpRequest &request, const QStringList &captures) {
                     const Guard guard = requireAccess(request, QString());
                     if (!guard) {
                         return guard.error();
                     }
                     SessionRecord *session = findSession(request, captures.value(0), *guard);
                     auto invoice = m_state.invoices.find(captures.value(1));
                     if (!session || invoice == m_state.invoices.end() ||
                         invoice->sessionReference != session->referenceNumber) {
                         return error(request, 21173);
                     }
                     return HttpReply::json(200, invoiceStatusJson(*invoice));
                 });

    const auto invoiceUpoReply = [this](const HttpRequest &request, const SessionRecord *session,
                                        const InvoiceRecord *invoice) {
        if (!session || !invoice || invoice->sessionReference != session->referenceNumber ||
            invoice->statusCode != 200 || invoice->upoWithheld) {
            return error(request, 21178);
        }
        return xmlDocument(invoiceUpo(*session, *invoice));
    };
    m_router.add(
        "GET", QStringLiteral("/sessions/{ref}/invoices/{invoiceRef}/upo"), QStringLiteral("sessionMisc"),
        [this, findSession, invoiceUpoReply](const HttpRequest &request, const QStringList &captures) {
            const Guard guard = requireAccess(request, QString());
            if (!guard) {
                return guard.error();
            }
            const auto invoice = m_state.invoices.constFind(captures.value(1));
            const SessionRecord *session = findSession(request, captures.value(0), *guard);
            if (session) {
                if (auto refusal = sessionAccessRefusal(request, *session, *guard)) {
                    return *refusal;
                }
            }
            return invoiceUpoReply(request, session,
                                   invoice == m_state.invoices.constEnd() ? nullptr : &*invoice);
        });
    m_router.add(
        "GET", QStringLiteral("/sessions/{ref}/invoices/ksef/{ksefNumber}/upo"),
        QStringLiteral("sessionMisc"),
        [this, findSession, invoiceUpoReply](const HttpRequest &request, const QStringList &captures) {
            const Guard guard = requireAccess(request, QString());
            if (!guard) {
                return guard.error();
            }
            const QString reference = m_state.invoiceByKsefNumber.value(captures.value(1));
            const auto invoice = m_state.invoices.constFind(reference);
            const SessionRecord *session = findSession(request, captures.value(0), *guard);
            if (session) {
                if (auto refusal = sessionAccessRefusal(request, *session, *guard)) {
                    return *refusal;
                }
            }
            return invoiceUpoReply(request, session,
                                   invoice == m_state.invoices.constEnd() ? nullptr : &*invoice);
        });
    m_router.add("GET", QStringLiteral("/sessions/{ref}/upo/{upoRef}"), QStringLiteral("sessionMisc"),
                 [this, guardedSession](const HttpRequest &request, const QStringList &captures) {
                     const auto found = guardedSession(request, captures.value(0));
                     if (!found) {
                         return found.error();
                     }
                     const SessionRecord *session = *found;
                     if (session->upoReference.isEmpty() || session->upoReference != captures.value(1)) {
                         return error(request, 21178);
                     }
                     return xmlDocument(sessionUpo(*session));
                 });

    m_router.add(
        "GET", QStringLiteral("/sessions"), QStringLiteral("sessionList"),
        [this](const HttpRequest &request, const QStringList &) {
            const Guard guard = requireAccess(request, QString());
            if (!guard) {
                return guard.error();
            }
            const QString type = request.query.queryItemValue(QStringLiteral("sessionType"));
            if (type != u"Online" && type != u"Batch") {
                return error(request, 21405,
                             {QStringLiteral("Parametr sessionType jest wymagany (Online|Batch).")});
            }
            const QStringList statuses = request.query.allQueryItemValues(QStringLiteral("statuses"));
            const QDateTime createdFrom = QDateTime::fromString(
                request.query.queryItemValue(QStringLiteral("dateCreatedFrom"), QUrl::FullyDecoded),
                Qt::ISODate);
            QList<const SessionRecord *> matching;
            for (auto it = m_state.sessionOrder.crbegin(); it != m_state.sessionOrder.crend(); ++it) {
                const SessionRecord &session = m_state.sessions[*it];
                if (session.contextNip != guard->contextNip || session.batch != (type == u"Batch") ||
                    (createdFrom.isValid() && session.created < createdFrom)) {
                    continue;
                }
                const QString bucket = session.statusCode < 200    ? QStringLiteral("InProgress")
                                       : session.statusCode == 200 ? QStringLiteral("Succeeded")
                                       : session.statusCode == 440 ? QStringLiteral("Cancelled")
                                                                   : QStringLiteral("Failed");
                if (statuses.isEmpty() || statuses.contains(bucket)) {
                    matching.append(&session);
                }
            }
            return page(request, 10, 1000, matching.size(), QStringLiteral("sessions"), [&](qsizetype i) {
                const SessionRecord &session = *matching[i];
                int succeeded = 0;
                int failed = 0;
                for (const QString &reference : session.invoiceReferences) {
                    const int code = m_state.invoices[reference].statusCode;
                    succeeded += code == 200 ? 1 : 0;
                    failed += code > 200 ? 1 : 0;
                }
                return QJsonObject{
                    {QStringLiteral("referenceNumber"), session.referenceNumber},
                    {QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("code"), session.statusCode},
                                 {QStringLiteral("description"), session.statusDescription}}},
                    {QStringLiteral("dateCreated"), session.created.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("dateUpdated"), session.updated.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("validUntil"), session.validUntil.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("totalInvoiceCount"), static_cast<int>(session.invoiceReferences.size())},
                    {QStringLiteral("successfulInvoiceCount"), succeeded},
                    {QStringLiteral("failedInvoiceCount"), failed},
                };
            });
        });

    m_router.add("GET", QStringLiteral("/invoices/ksef/{ksefNumber}"), QStringLiteral("invoiceDownload"),
                 [this](const HttpRequest &request, const QStringList &captures) {
                     const Guard guard = requireAccess(request, QStringLiteral("InvoiceRead"));
                     if (!guard) {
                         return guard.error();
                     }
                     const auto invoice =
                         m_state.invoices.constFind(m_state.invoiceByKsefNumber.value(captures.value(0)));
                     if (invoice == m_state.invoices.constEnd() || (invoice->sellerNip != guard->contextNip &&
                                                                    invoice->buyerNip != guard->contextNip)) {
                         return error(request, 21164);
                     }
                     if (invoice->permanentStorageDate > now()) {
                         return error(request, 21165);
                     }
                     return xmlDocument(invoice->xml);
                 });

    // Presigned storage: no Authorization, no rate limit, expires.
    m_router.add("GET", QStringLiteral("/_storage/{token}"), QString(),
                 [this](const HttpRequest &request, const QStringList &captures) {
                     const auto link = presignedLink(captures.value(0));
                     if (!link) {
                         return link.error();
                     }
                     Q_UNUSED(request);
                     if (link->kind == u"export-part") {
                         const QByteArray part =
                             m_state.exports.value(link->invoiceReference).encryptedParts.value(link->part);
                         return HttpReply::raw(200, "application/octet-stream", part);
                     }
                     const SessionRecord &session = m_state.sessions[link->sessionReference];
                     if (link->kind == u"session-upo") {
                         return xmlDocument(sessionUpo(session));
                     }
                     const InvoiceRecord &invoice = m_state.invoices[link->invoiceReference];
                     if (invoice.upoWithheld) {
                         return HttpReply::raw(404, "application/xml",
                                               "<Error><Code>BlobNotFound</Code></Error>");
                     }
                     return xmlDocument(invoiceUpo(session, invoice));
                 });
}

} // namespace Kurier::Emulator
