// Online sessions: open, send, close (PROTOCOL.md §5).
#include "Emulator.h"
#include "Errors.h"
#include "InvoiceCheck.h"
#include "ksef/crypto/Crypto.h"

#include <QTimeZone>

namespace Kurier::Emulator {

namespace {
bool supportedFormCode(const QJsonObject &formCode)
{
    const QString system = formCode.value(QStringLiteral("systemCode")).toString();
    const QString version = formCode.value(QStringLiteral("schemaVersion")).toString();
    const QString value = formCode.value(QStringLiteral("value")).toString();
    return system == u"FA (3)" && version == u"1-0E" && value == u"FA";
}
} // namespace

void Emulator::registerSessions()
{
    m_router.add(
        "POST", QStringLiteral("/sessions/online"), QStringLiteral("onlineSession"),
        [this](const HttpRequest &request, const QStringList &) {
            const auto call = authorizedJson(request, QStringLiteral("InvoiceWrite"));
            if (!call) {
                return call.error();
            }
            if (!supportedFormCode(call->body.value(QStringLiteral("formCode")).toObject())) {
                return error(request, 21405, {QStringLiteral("Wskazany kod formularza nie jest wspierany.")});
            }
            const auto key = unwrapKey(request, call->body.value(QStringLiteral("encryption")).toObject());
            if (!key) {
                return key.error();
            }
            SessionRecord session;
            session.referenceNumber = m_references.reference(QStringLiteral("SO"), now());
            session.contextNip = call->token.contextNip;
            session.authReference = call->token.authReference;
            session.created = now();
            session.updated = session.created;
            session.validUntil = session.created.addSecs(m_config.sessionTtlSeconds);
            session.keyValid = key->valid;
            if (session.keyValid) {
                session.key = key->key;
                session.iv = key->iv;
            } else {
                session.statusCode = 415;
                session.statusDescription = QStringLiteral("Błąd odszyfrowania dostarczonego klucza");
            }
            m_state.sessions.insert(session.referenceNumber, session);
            m_state.sessionOrder.append(session.referenceNumber);
            return HttpReply::json(
                201, QJsonObject{
                         {QStringLiteral("referenceNumber"), session.referenceNumber},
                         {QStringLiteral("validUntil"), session.validUntil.toString(Qt::ISODateWithMs)},
                     });
        });

    m_router.add(
        "POST", QStringLiteral("/sessions/online/{ref}/invoices"), QStringLiteral("invoiceSend"),
        [this](const HttpRequest &request, const QStringList &captures) {
            const auto found = writableOnlineSession(request, captures.value(0));
            if (!found) {
                return found.error();
            }
            SessionRecord *session = *found;
            if (session->statusCode != 100 || session->validUntil <= now()) {
                return error(request, 21180, {QStringLiteral("Sesja nie jest otwarta.")});
            }
            if (session->temporarilyUnavailable) {
                return error(request, 21184,
                             {QStringLiteral("Otwórz nową sesję i wyślij fakturę ponownie.")});
            }
            if (session->invoiceReferences.size() >= maxInvoicesFor(session->contextNip)) {
                return error(request, 21155);
            }
            HttpReply failure;
            const auto body = jsonBody(request, &failure);
            if (!body) {
                return failure;
            }
            const QByteArray content = QByteArray::fromBase64(
                body->value(QStringLiteral("encryptedInvoiceContent")).toString().toLatin1());
            if (content.isEmpty()) {
                return error(request, 21405, {QStringLiteral("Brak treści faktury.")});
            }
            if (body->value(QStringLiteral("encryptedInvoiceSize")).toInteger() != content.size()) {
                return error(request, 21402);
            }
            if (body->value(QStringLiteral("encryptedInvoiceHash")).toString() !=
                Crypto::sha256Base64(content)) {
                return error(request, 21403);
            }
            InvoiceRecord invoice;
            const auto plain = Crypto::aesCbcDecrypt(session->key, session->iv, content);
            if (plain) {
                if (body->value(QStringLiteral("invoiceSize")).toInteger() != plain->size()) {
                    return error(request, 21402);
                }
                if (body->value(QStringLiteral("invoiceHash")).toString() != Crypto::sha256Base64(*plain)) {
                    return error(request, 21403);
                }
                invoice.xml = *plain;
                invoice.invoiceHash = Crypto::sha256Base64(*plain);
            } else {
                invoice.decryptionFailed = true;
                invoice.invoiceHash = body->value(QStringLiteral("invoiceHash")).toString();
            }
            if (body->value(QStringLiteral("offlineMode")).toBool(false)) {
                invoice.invoicingMode = QStringLiteral("Offline");
                invoice.declaredOffline = true;
            }
            invoice.correctedInvoiceHash = body->value(QStringLiteral("hashOfCorrectedInvoice")).toString();
            if (!invoice.correctedInvoiceHash.isEmpty()) {
                if (const auto refusal = technicalCorrectionRefusal(request, *session, invoice)) {
                    return *refusal;
                }
            }
            invoice.referenceNumber = m_references.reference(QStringLiteral("EE"), now());
            const QString reference = invoice.referenceNumber;
            // Before the stricter XML validation starts, KSeF takes such an invoice and says what it will
            // refuse (after that day the processing refuses it: the text is read here only while it can
            // warn).
            const bool warnOnly = now().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Warsaw"))).date() <
                                  m_config.strictXmlFrom;
            const QStringList textProblems = warnOnly && !invoice.xml.isEmpty()
                                                 ? InvoiceCheck::textProblemsOf(invoice.xml)
                                                 : QStringList();
            acceptInvoice(*session, std::move(invoice));
            HttpReply reply =
                HttpReply::json(202, QJsonObject{{QStringLiteral("referenceNumber"), reference}});
            if (!textProblems.isEmpty()) {
                reply.withHeader("X-System-Warning",
                                 QStringLiteral("xml-002: %1 Od %2 takie faktury będą odrzucane.")
                                     .arg(textProblems.first(), m_config.strictXmlFrom.toString(Qt::ISODate))
                                     .toUtf8());
            }
            return reply;
        });

    m_router.add("POST", QStringLiteral("/sessions/online/{ref}/close"), QStringLiteral("onlineSessionClose"),
                 [this](const HttpRequest &request, const QStringList &captures) {
                     const auto found = writableOnlineSession(request, captures.value(0));
                     if (!found) {
                         return found.error();
                     }
                     SessionRecord *session = *found;
                     if (session->statusCode != 100) {
                         return error(request, 21180, {QStringLiteral("Sesja została już zamknięta.")});
                     }
                     closeSession(*session);
                     return HttpReply::empty(204);
                 });
}

std::optional<HttpReply> Emulator::technicalCorrectionRefusal(const HttpRequest &request,
                                                              const SessionRecord &session,
                                                              const InvoiceRecord &correction)
{
    if (correction.invoicingMode != u"Offline") {
        return error(request, 21405, {QStringLiteral("Korekta techniczna wymaga offlineMode: true.")});
    }
    const InvoiceRecord *original = nullptr;
    bool corrected = false;
    for (const InvoiceRecord &invoice : std::as_const(m_state.invoices)) {
        const bool ours = m_state.sessions.value(invoice.sessionReference).contextNip == session.contextNip;
        if (!ours) {
            continue;
        }
        if (invoice.invoiceHash == correction.correctedInvoiceHash &&
            invoice.correctedInvoiceHash.isEmpty()) {
            original = &invoice;
        }
        // A correction that is accepted or still being processed blocks another one; a rejected one does not.
        corrected = corrected || (invoice.correctedInvoiceHash == correction.correctedInvoiceHash &&
                                  (invoice.statusCode == 200 || invoice.statusCode < 200));
    }
    if (!original || original->invoicingMode != u"Offline" || original->statusCode < 400) {
        return error(request, 21167,
                     {original ? QStringLiteral("Korygowana faktura nie jest odrzuconą fakturą offline.")
                               : QStringLiteral("Nie znaleziono korygowanej faktury.")});
    }
    if (corrected) {
        return error(request, 21166);
    }
    return std::nullopt;
}

} // namespace Kurier::Emulator
