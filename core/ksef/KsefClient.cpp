// The client's plumbing: authorised calls with refresh and replay, public keys, limits (PROTOCOL.md §3, §14).
#include "ksef/KsefClient.h"

#include "ksef/KsefJson.h"
#include "ksef/crypto/Crypto.h"
#include "ratelimit/SharedRateLimiter.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKsef, "kurier.ksef")

namespace Kurier {

KsefClient::KsefClient(HttpTransport &transport, const Clock &clock)
    : m_transport(transport)
    , m_clock(clock)
{}

QJsonObject KsefCredentials::actor() const
{
    if (method == Method::KsefToken) {
        return QJsonObject{{QStringLiteral("ksefToken"), contextNip}};
    }
    return QJsonObject{{QStringLiteral("certificate"), certificate.subjectText()},
                       {QStringLiteral("serial"), certificate.serialHex()},
                       {QStringLiteral("throughPermissions"), throughPermissions}};
}

KsefError KsefClient::localError(const QString &endpoint, const QString &text) const
{
    KsefError error;
    error.kind = KsefError::Kind::Local;
    error.endpoint = endpoint;
    error.description = text;
    return error;
}

KsefClient::Result<HttpAnswer> KsefClient::execute(const HttpCall &call)
{
    auto answer = m_transport.execute(call);
    if (answer && !answer->systemWarning.isEmpty()) {
        m_systemWarning = answer->systemWarning;
    }
    return answer;
}

KsefClient::Result<QJsonObject> KsefClient::executeJson(const HttpCall &call)
{
    const auto answer = execute(call);
    if (!answer) {
        return std::unexpected(answer.error());
    }
    return answer->object(HttpTransport::endpointPattern(call.method, call.path));
}

KsefClient::Result<QString> KsefClient::validAccessToken()
{
    const QDateTime now = m_clock.now();
    if (!m_tokens.accessToken.isEmpty() &&
        m_tokens.accessValidUntil.addSecs(-m_authOptions.refreshMargin.count()) > now) {
        return m_tokens.accessToken;
    }
    if (!m_tokens.refreshToken.isEmpty() && m_tokens.refreshValidUntil > now.addSecs(60)) {
        if (refreshAccessToken()) {
            return m_tokens.accessToken;
        }
    }
    // The refresh token is gone or refused: authenticate again with the credentials (§20.5).
    const auto tokens = authenticate();
    if (!tokens) {
        return std::unexpected(tokens.error());
    }
    return m_tokens.accessToken;
}

KsefClient::Result<HttpAnswer> KsefClient::authorized(HttpCall call)
{
    const auto token = validAccessToken();
    if (!token) {
        return std::unexpected(token.error());
    }
    call.bearer = *token;
    auto answer = execute(call);
    if (answer || answer.error().kind != KsefError::Kind::Unauthorized) {
        return answer;
    }
    // 401: the token died early (revoked session, clock skew). Refresh, or authenticate again, and replay
    // once.
    qCInfo(lcKsef) << "401 on" << answer.error().endpoint << "- renewing the access token";
    m_tokens.accessToken.clear();
    const auto renewed = validAccessToken();
    if (!renewed) {
        return std::unexpected(renewed.error());
    }
    call.bearer = *renewed;
    return execute(call);
}

KsefClient::Result<QJsonObject> KsefClient::authorizedJson(HttpCall call)
{
    const QString endpoint = HttpTransport::endpointPattern(call.method, call.path);
    const auto answer = authorized(std::move(call));
    if (!answer) {
        return std::unexpected(answer.error());
    }
    return answer->object(endpoint);
}

KsefClient::Result<PublicKeyInfo> KsefClient::publicKey(const QString &usage)
{
    const QDateTime now = m_clock.now();
    const auto usable = [&]() -> const PublicKeyInfo * {
        // The newest key of that usage that is valid now (during a planned rotation two are published).
        const PublicKeyInfo *best = nullptr;
        for (const PublicKeyInfo &key : m_keys) {
            const bool valid = (!key.validFrom.isValid() || key.validFrom <= now) &&
                               (!key.validTo.isValid() || key.validTo > now);
            if (key.usage == usage && valid && (!best || key.validFrom > best->validFrom)) {
                best = &key;
            }
        }
        return best;
    };
    if (const PublicKeyInfo *key = usable()) {
        return *key;
    }
    const auto answer = execute(HttpCall::get(QStringLiteral("/security/public-key-certificates")));
    if (!answer) {
        return std::unexpected(answer.error());
    }
    const QJsonDocument document = QJsonDocument::fromJson(answer->body);
    if (!document.isArray()) {
        auto error = answer->object(QStringLiteral("GET /security/public-key-certificates")).error();
        return std::unexpected(error);
    }
    m_keys.clear();
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        const auto certificate = Certificate::fromDer(
            QByteArray::fromBase64(object.value(QStringLiteral("certificate")).toString().toLatin1()));
        if (!certificate) {
            continue;
        }
        for (const QJsonValue &keyUsage : object.value(QStringLiteral("usage")).toArray()) {
            m_keys.append(PublicKeyInfo{
                keyUsage.toString(), object.value(QStringLiteral("publicKeyId")).toString(),
                certificate->publicKey(), KsefJson::dateTime(object.value(QStringLiteral("validFrom"))),
                KsefJson::dateTime(object.value(QStringLiteral("validTo")))});
        }
    }
    if (const PublicKeyInfo *key = usable()) {
        return *key;
    }
    KsefError error = localError(QStringLiteral("GET /security/public-key-certificates"),
                                 tr("KSeF publishes no valid public key for %1.").arg(usage));
    error.kind = KsefError::Kind::UnexpectedReply;
    return std::unexpected(error);
}

KsefClient::Result<QJsonObject> KsefClient::encryptionFor(const QByteArray &key, const QByteArray &iv)
{
    const auto publicKey = this->publicKey(QStringLiteral("SymmetricKeyEncryption"));
    if (!publicKey) {
        return std::unexpected(publicKey.error());
    }
    const auto wrapped = publicKey->key.encryptOaep(key);
    if (!wrapped) {
        return std::unexpected(localError(QStringLiteral("encryption"), wrapped.error()));
    }
    return QJsonObject{{QStringLiteral("encryptedSymmetricKey"), QString::fromLatin1(wrapped->toBase64())},
                       {QStringLiteral("initializationVector"), QString::fromLatin1(iv.toBase64())},
                       {QStringLiteral("publicKeyId"), publicKey->publicKeyId}};
}

KsefClient::Result<QMap<QString, WindowLimits>> KsefClient::rateLimits()
{
    const auto json = authorizedJson(HttpCall::get(QStringLiteral("/rate-limits")));
    if (!json) {
        return std::unexpected(json.error());
    }
    const auto table = RateLimitTable::fromJson(*json);
    if (!table) {
        KsefError error =
            localError(QStringLiteral("GET /rate-limits"), tr("The rate limits have an unknown shape."));
        error.kind = KsefError::Kind::UnexpectedReply;
        error.rawBody = QJsonDocument(*json).toJson(QJsonDocument::Compact);
        return std::unexpected(error);
    }
    if (SharedRateLimiter *limiter = m_transport.limiter()) {
        if (const auto stored = limiter->setLimits(*table); !stored) {
            qCWarning(lcKsef) << stored.error();
        }
    }
    return *table;
}

KsefClient::Result<ContextLimits> KsefClient::contextLimits()
{
    const auto json = authorizedJson(HttpCall::get(QStringLiteral("/limits/context")));
    if (!json) {
        return std::unexpected(json.error());
    }
    const QJsonObject online = json->value(QStringLiteral("onlineSession")).toObject();
    const QJsonObject batch = json->value(QStringLiteral("batchSession")).toObject();
    ContextLimits limits;
    limits.onlineMaxInvoices = online.value(QStringLiteral("maxInvoices")).toInt(limits.onlineMaxInvoices);
    limits.batchMaxInvoices = batch.value(QStringLiteral("maxInvoices")).toInt(limits.batchMaxInvoices);
    limits.onlineMaxInvoiceBytes =
        static_cast<qint64>(online.value(QStringLiteral("maxInvoiceSizeInMB")).toDouble(1) * 1'000'000);
    limits.batchMaxInvoiceBytes =
        static_cast<qint64>(batch.value(QStringLiteral("maxInvoiceSizeInMB")).toDouble(1) * 1'000'000);
    return limits;
}

} // namespace Kurier
