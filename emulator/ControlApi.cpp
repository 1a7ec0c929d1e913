// The control API under /_emulator/ (not part of KSeF): faults, time, holds, counters.
#include "Emulator.h"
#include "Errors.h"

#include <QJsonArray>

namespace Kurier::Emulator {

void Emulator::registerControl()
{
    const auto ok = [](const QJsonObject &body = {}) {
        return HttpReply::json(200, body);
    };

    m_router.add("GET", QStringLiteral("/_emulator/stats"), QString(),
                 [this, ok](const HttpRequest &, const QStringList &) { return ok(statsJson()); });

    m_router.add("GET", QStringLiteral("/_emulator/faults"), QString(),
                 [this, ok](const HttpRequest &, const QStringList &) {
                     QJsonArray rules;
                     for (const FaultRule &rule : m_faults.rules()) {
                         rules.append(rule.toJson());
                     }
                     return ok(QJsonObject{{QStringLiteral("faults"), rules}});
                 });
    m_router.add("POST", QStringLiteral("/_emulator/faults"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     QString problem;
                     const auto rule = FaultRule::fromJson(*body, &problem);
                     if (!rule) {
                         return error(request, 21405, {problem});
                     }
                     m_faults.add(*rule);
                     return ok(rule->toJson());
                 });
    m_router.add("DELETE", QStringLiteral("/_emulator/faults"), QString(),
                 [this, ok](const HttpRequest &, const QStringList &) {
                     m_faults.clear();
                     m_holdAt150 = false;
                     releaseUpos();
                     m_decryptFailureRate = 0;
                     m_keyFailureRate = 0;
                     m_forcedAuthCode = 200;
                     m_systemWarning.clear();
                     return ok();
                 });

    // {"shiftSeconds": N} moves the emulator's clock forward (or back) relative to the system clock.
    m_router.add("POST", QStringLiteral("/_emulator/time"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     m_shiftMs +=
                         static_cast<qint64>(body->value(QStringLiteral("shiftSeconds")).toDouble() * 1000);
                     expireSessions();
                     return ok(QJsonObject{{QStringLiteral("now"), now().toString(Qt::ISODateWithMs)}});
                 });

    // {"enabled": true} keeps every invoice that reaches 150 there; POST /_emulator/release finishes them.
    m_router.add("POST", QStringLiteral("/_emulator/hold"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     m_holdAt150 = body->value(QStringLiteral("enabled")).toBool(true);
                     return ok();
                 });
    m_router.add("POST", QStringLiteral("/_emulator/release"), QString(),
                 [this, ok](const HttpRequest &, const QStringList &) {
                     m_holdAt150 = false;
                     int released = 0;
                     for (auto it = m_state.invoices.begin(); it != m_state.invoices.end(); ++it) {
                         if (it->held) {
                             finishInvoice(*it);
                             finishSession(it->sessionReference);
                             ++released;
                         }
                     }
                     return ok(QJsonObject{{QStringLiteral("released"), released}});
                 });

    // {"rate": 0.1}: that share of invoices ends with 435 (decryption error), as if the client's crypto
    // failed.
    m_router.add("POST", QStringLiteral("/_emulator/decrypt-failures"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     // code 415: session keys fail to decrypt; 435, 450 (a semantic error: a technical
                     // rejection), 500 or 550: invoices end with that status.
                     const double rate = std::clamp(body->value(QStringLiteral("rate")).toDouble(), 0.0, 1.0);
                     const int code = body->value(QStringLiteral("code")).toInt(435);
                     if (code == 415) {
                         m_keyFailureRate = rate;
                     } else if (code == 435 || code == 450 || code == 500 || code == 550) {
                         m_decryptFailureRate = rate;
                         m_invoiceFailureCode = code;
                     } else {
                         return error(request, 21405, {QStringLiteral("code: 415, 435, 450, 500 or 550")});
                     }
                     return ok();
                 });

    // {"code": 415|425|450|460|470|480|500|550}: every following authentication ends with that status; 200 or
    // DELETE /_emulator/faults restores normal behaviour.
    m_router.add("POST", QStringLiteral("/_emulator/auth-outcome"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     m_forcedAuthCode = body->value(QStringLiteral("code")).toInt(200);
                     return ok();
                 });

    m_router.add("POST", QStringLiteral("/_emulator/sessions/{ref}/expire"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &captures) {
                     auto session = m_state.sessions.find(captures.value(0));
                     if (session == m_state.sessions.end()) {
                         return error(request, 21173);
                     }
                     session->validUntil = now();
                     expireSessions();
                     return ok();
                 });

    m_router.add("POST", QStringLiteral("/_emulator/system-warning"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     m_systemWarning = body->value(QStringLiteral("text")).toString();
                     return ok();
                 });

    // {"from": "2027-01-01"}: the day the stricter XML validation starts (450 from then, xml-002 before).
    m_router.add(
        "POST", QStringLiteral("/_emulator/strict-xml"), QString(),
        [this, ok](const HttpRequest &request, const QStringList &) {
            HttpReply failure;
            const auto body = jsonBody(request, &failure);
            if (!body) {
                return failure;
            }
            const QDate from = QDate::fromString(body->value(QStringLiteral("from")).toString(), Qt::ISODate);
            if (!from.isValid()) {
                return HttpReply::json(
                    400, QJsonObject{{QStringLiteral("error"), QStringLiteral("from: a date, YYYY-MM-DD")}});
            }
            m_config.strictXmlFrom = from;
            return ok();
        });

    // {"profile": "production" | "off"} or {"rateLimits": {...}}.
    m_router.add("POST", QStringLiteral("/_emulator/limits"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     const QString profile = body->value(QStringLiteral("profile")).toString();
                     if (profile == u"off") {
                         m_limiter.setProfile(RateLimiter::Profile::Off);
                     } else if (profile == u"production") {
                         m_limiter.setProfile(RateLimiter::Profile::Production);
                     } else if (!m_limiter.loadJson(body->value(QStringLiteral("rateLimits")).toObject())) {
                         return error(request, 21405,
                                      {QStringLiteral("profile: production|off, or rateLimits")});
                     }
                     return ok(m_limiter.toJson());
                 });

    m_router.add("POST", QStringLiteral("/_emulator/subjects"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     const QString nip = body->value(QStringLiteral("nip")).toString();
                     return ok(QJsonObject{{QStringLiteral("nip"), nip},
                                           {QStringLiteral("token"), createDemoSubject(nip)}});
                 });

    // Key rotation (§3.1): {"usage": "KsefTokenEncryption"|"SymmetricKeyEncryption", "mode":
    // "add"|"replace"}. "add" publishes a second key beside the current one (planned rotation); "replace"
    // withdraws the old ones (emergency rotation: their publicKeyId is refused with 21470).
    m_router.add("POST", QStringLiteral("/_emulator/keys"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     const QString mode = body->value(QStringLiteral("mode")).toString(QStringLiteral("add"));
                     if (mode != u"add" && mode != u"replace") {
                         return error(request, 21405, {QStringLiteral("mode: add or replace")});
                     }
                     const auto keyId =
                         m_keys.rotate(body->value(QStringLiteral("usage")).toString(), mode == u"replace");
                     if (!keyId) {
                         return error(request, 21405, {keyId.error()});
                     }
                     m_dirty = true;
                     return ok(QJsonObject{{QStringLiteral("publicKeyId"), *keyId}});
                 });

    // UPOs: {"withhold": true} makes invoices accepted from now on come without a UPO (a late or lost UPO:
    // the status has no upoDownloadUrl, the UPO endpoints answer 21178); {"withhold": false} delivers them.
    // {"sign": true} signs every UPO with a test seal (enveloped XAdES), as KSeF may.
    m_router.add("POST", QStringLiteral("/_emulator/upo"), QString(),
                 [this, ok](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     if (body->contains(QStringLiteral("withhold"))) {
                         m_withholdUpo = body->value(QStringLiteral("withhold")).toBool();
                         if (!m_withholdUpo) {
                             releaseUpos();
                         }
                     }
                     if (body->contains(QStringLiteral("sign"))) {
                         m_signUpo = body->value(QStringLiteral("sign")).toBool();
                     }
                     return ok(QJsonObject{{QStringLiteral("withhold"), m_withholdUpo},
                                           {QStringLiteral("sign"), m_signUpo}});
                 });
}

void Emulator::releaseUpos()
{
    m_withholdUpo = false;
    for (InvoiceRecord &invoice : m_state.invoices) {
        if (invoice.upoWithheld) {
            invoice.upoWithheld = false;
            m_state.unsavedInvoices.insert(invoice.referenceNumber);
        }
    }
}

} // namespace Kurier::Emulator
