// Limits, test data and KSeF tokens (PROTOCOL.md §4.9, §14, §16).
#include "Emulator.h"
#include "Errors.h"
#include "domain/Nip.h"

#include <QJsonArray>

namespace Kurier::Emulator {

namespace {
QJsonObject sessionLimits(int maxInvoices)
{
    return QJsonObject{{QStringLiteral("maxInvoiceSizeInMB"), 1},
                       {QStringLiteral("maxInvoiceWithAttachmentSizeInMB"), 3},
                       {QStringLiteral("maxInvoices"), maxInvoices}};
}
} // namespace

void Emulator::registerLimitsAndTestData()
{
    m_router.add("GET", QStringLiteral("/rate-limits"), QStringLiteral("other"),
                 [this](const HttpRequest &request, const QStringList &) {
                     const Guard guard = requireAccess(request, QString());
                     return guard ? HttpReply::json(200, m_limiter.toJson()) : guard.error();
                 });
    m_router.add("GET", QStringLiteral("/limits/context"), QStringLiteral("other"),
                 [this](const HttpRequest &request, const QStringList &) {
                     const Guard guard = requireAccess(request, QString());
                     if (!guard) {
                         return guard.error();
                     }
                     const int max = maxInvoicesFor(guard->contextNip);
                     return HttpReply::json(
                         200, QJsonObject{{QStringLiteral("onlineSession"), sessionLimits(max)},
                                          {QStringLiteral("batchSession"), sessionLimits(max)}});
                 });
    m_router.add(
        "POST", QStringLiteral("/testdata/limits/context/session"), QStringLiteral("other"),
        [this](const HttpRequest &request, const QStringList &) {
            const auto call = authorizedJson(request, QString());
            if (!call) {
                return call.error();
            }
            for (const QString &kind : {QStringLiteral("onlineSession"), QStringLiteral("batchSession")}) {
                const QJsonObject limits = call->body.value(kind).toObject();
                for (const QString &field :
                     {QStringLiteral("maxInvoiceSizeInMB"),
                      QStringLiteral("maxInvoiceWithAttachmentSizeInMB"), QStringLiteral("maxInvoices")}) {
                    if (!limits.value(field).isDouble()) {
                        return error(request, 21405, {QStringLiteral("Brak pola %1.%2.").arg(kind, field)});
                    }
                }
            }
            const int max = call->body.value(QStringLiteral("onlineSession"))
                                .toObject()
                                .value(QStringLiteral("maxInvoices"))
                                .toInt();
            if (max < 1 || max > 100000) {
                return error(request, 21405,
                             {QStringLiteral("maxInvoices musi mieścić się w zakresie 1..100000.")});
            }
            m_state.subjects[call->token.contextNip].maxInvoicesPerSession = max;
            return HttpReply::empty(200);
        });
    m_router.add("DELETE", QStringLiteral("/testdata/limits/context/session"), QStringLiteral("other"),
                 [this](const HttpRequest &request, const QStringList &) {
                     const Guard guard = requireAccess(request, QString());
                     if (!guard) {
                         return guard.error();
                     }
                     m_state.subjects[guard->contextNip].maxInvoicesPerSession = 0;
                     return HttpReply::empty(200);
                 });
    m_router.add(
        "POST", QStringLiteral("/testdata/rate-limits"), QStringLiteral("other"),
        [this](const HttpRequest &request, const QStringList &) {
            const auto call = authorizedJson(request, QString());
            if (!call) {
                return call.error();
            }
            if (!m_limiter.loadJson(call->body.value(QStringLiteral("rateLimits")).toObject(), true)) {
                return error(request, 21405, {QStringLiteral("Nieprawidłowa definicja limitów.")});
            }
            return HttpReply::empty(200);
        });
    const auto resetLimits = [this](const HttpRequest &request, const QStringList &) {
        const Guard guard = requireAccess(request, QString());
        if (!guard) {
            return guard.error();
        }
        m_limiter.setProfile(RateLimiter::Profile::Production);
        return HttpReply::empty(200);
    };
    m_router.add("DELETE", QStringLiteral("/testdata/rate-limits"), QStringLiteral("other"), resetLimits);
    m_router.add("POST", QStringLiteral("/testdata/rate-limits/production"), QStringLiteral("other"),
                 resetLimits);

    m_router.add("POST", QStringLiteral("/testdata/subject"), QStringLiteral("public"),
                 [this](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     const QString nip = body->value(QStringLiteral("subjectNip")).toString();
                     const QString description = body->value(QStringLiteral("description")).toString();
                     if (!Nip::isValid(nip) || description.size() < 5) {
                         return error(request, 21405,
                                      {QStringLiteral("subjectNip i description (5..256) są wymagane.")});
                     }
                     if (m_state.subjects.contains(nip)) {
                         return Errors::exception(request, now(), 30001,
                                                  QStringLiteral("Podmiot już istnieje."));
                     }
                     createDemoSubject(nip);
                     return HttpReply::empty(200);
                 });
    m_router.add("POST", QStringLiteral("/testdata/attachment"), QStringLiteral("public"),
                 [this](const HttpRequest &request, const QStringList &) {
                     HttpReply failure;
                     const auto body = jsonBody(request, &failure);
                     if (!body) {
                         return failure;
                     }
                     m_state.subjects[body->value(QStringLiteral("nip")).toString()].attachmentsAllowed =
                         true;
                     return HttpReply::empty(200);
                 });
    const auto block = [this](bool blocked) {
        return [this, blocked](const HttpRequest &request, const QStringList &) {
            HttpReply failure;
            const auto body = jsonBody(request, &failure);
            if (!body) {
                return failure;
            }
            const QString nip = body->value(QStringLiteral("contextIdentifier"))
                                    .toObject()
                                    .value(QStringLiteral("value"))
                                    .toString();
            m_state.subjects[nip].blocked = blocked;
            return HttpReply::empty(200);
        };
    };
    m_router.add("POST", QStringLiteral("/testdata/context/block"), QStringLiteral("other"), block(true));
    m_router.add("POST", QStringLiteral("/testdata/context/unblock"), QStringLiteral("other"), block(false));

    m_router.add(
        "POST", QStringLiteral("/tokens"), QStringLiteral("other"),
        [this](const HttpRequest &request, const QStringList &) {
            const auto call = authorizedJson(request, QStringLiteral("CredentialsManage"));
            if (!call) {
                return call.error();
            }
            KsefTokenRecord token;
            token.referenceNumber = m_references.reference(QStringLiteral("EC"), now());
            token.created = now();
            token.description = call->body.value(QStringLiteral("description")).toString(token.description);
            token.contextNip = call->token.contextNip;
            token.permissions = call->body.value(QStringLiteral("permissions")).toVariant().toStringList();
            token.token = token.referenceNumber + QStringLiteral("|nip-") + token.contextNip + u'|' +
                          m_references.hex(64).toLower();
            m_state.ksefTokens.insert(token.token, token);
            return HttpReply::json(202,
                                   QJsonObject{{QStringLiteral("referenceNumber"), token.referenceNumber},
                                               {QStringLiteral("token"), token.token}});
        });
    m_router.add(
        "GET", QStringLiteral("/tokens"), QStringLiteral("other"),
        [this](const HttpRequest &request, const QStringList &) {
            const Guard guard = requireAccess(request, QString());
            if (!guard) {
                return guard.error();
            }
            const QStringList statuses = request.query.allQueryItemValues(QStringLiteral("status"));
            QList<const KsefTokenRecord *> mine;
            for (const KsefTokenRecord &token : std::as_const(m_state.ksefTokens)) {
                if (token.contextNip == guard->contextNip &&
                    (statuses.isEmpty() || statuses.contains(token.status))) {
                    mine.append(&token);
                }
            }
            std::sort(mine.begin(), mine.end(), [](const KsefTokenRecord *a, const KsefTokenRecord *b) {
                return a->referenceNumber > b->referenceNumber;
            });
            return page(request, 10, 100, mine.size(), QStringLiteral("tokens"), [&](qsizetype i) {
                const KsefTokenRecord &token = *mine[i];
                const QJsonObject nip{{QStringLiteral("type"), QStringLiteral("Nip")},
                                      {QStringLiteral("value"), token.contextNip}};
                return QJsonObject{
                    {QStringLiteral("referenceNumber"), token.referenceNumber},
                    {QStringLiteral("authorIdentifier"), nip},
                    {QStringLiteral("contextIdentifier"), nip},
                    {QStringLiteral("description"), token.description},
                    {QStringLiteral("requestedPermissions"), QJsonArray::fromStringList(token.permissions)},
                    {QStringLiteral("dateCreated"), token.created.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("status"), token.status}};
            });
        });
    m_router.add("GET", QStringLiteral("/tokens/{ref}"), QStringLiteral("other"),
                 [this](const HttpRequest &request, const QStringList &captures) {
                     const Guard guard = requireAccess(request, QString());
                     if (!guard) {
                         return guard.error();
                     }
                     for (const KsefTokenRecord &token : std::as_const(m_state.ksefTokens)) {
                         if (token.referenceNumber == captures.value(0) &&
                             token.contextNip == guard->contextNip) {
                             return HttpReply::json(
                                 200, QJsonObject{{QStringLiteral("referenceNumber"), token.referenceNumber},
                                                  {QStringLiteral("status"), token.status},
                                                  {QStringLiteral("requestedPermissions"),
                                                   QJsonArray::fromStringList(token.permissions)}});
                         }
                     }
                     return error(request, 21405, {QStringLiteral("Nie znaleziono tokena.")});
                 });
    m_router.add("DELETE", QStringLiteral("/tokens/{ref}"), QStringLiteral("other"),
                 [this](const HttpRequest &request, const QStringList &captures) {
                     const Guard guard = requireAccess(request, QString());
                     if (!guard) {
                         return guard.error();
                     }
                     for (KsefTokenRecord &token : m_state.ksefTokens) {
                         if (token.referenceNumber == captures.value(0) &&
                             token.contextNip == guard->contextNip) {
                             token.status = QStringLiteral("Revoked");
                             return HttpReply::empty(204);
                         }
                     }
                     return error(request, 21405, {QStringLiteral("Nie znaleziono tokena.")});
                 });
}

} // namespace Kurier::Emulator
