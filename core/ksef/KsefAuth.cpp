// Authentication (PROTOCOL.md §4): challenge, KSeF token or XAdES, status polling, redeem, refresh.
#include "ksef/KsefClient.h"
#include "ksef/KsefJson.h"
#include "ksef/crypto/Xades.h"
#include "util/Clock.h"
#include "util/TimeBreakdown.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QXmlStreamWriter>

namespace Kurier {

namespace {

// The AuthorizationPolicy's address lists from "a.b.c.d", "a.b.c.d-e.f.g.h" and "a.b.c.d/n" entries.
struct AllowedIps
{
    QStringList addresses;
    QStringList ranges;
    QStringList masks;
    bool isEmpty() const { return addresses.isEmpty() && ranges.isEmpty() && masks.isEmpty(); }
};
AllowedIps allowedIps(const QStringList &entries)
{
    AllowedIps ips;
    for (const QString &entry : entries) {
        const QString text = entry.trimmed();
        (text.contains(u'-') ? ips.ranges : text.contains(u'/') ? ips.masks : ips.addresses).append(text);
    }
    return ips;
}
} // namespace

std::expected<std::pair<AsymmetricKey, Certificate>, QString> KsefClient::selfSignedSeal(const QString &nip,
                                                                                         const QString &name)
{
    auto key = AsymmetricKey::generate(2048);
    if (!key) {
        return std::unexpected(key.error());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto certificate = Certificate::selfSigned(*key,
                                               {{QStringLiteral("C"), QStringLiteral("PL")},
                                                {QStringLiteral("O"), name},
                                                {QStringLiteral("2.5.4.97"), QStringLiteral("VATPL-") + nip},
                                                {QStringLiteral("CN"), name}},
                                               now.addSecs(-3600), now.addYears(2));
    if (!certificate) {
        return std::unexpected(certificate.error());
    }
    return std::pair{std::move(*key), std::move(*certificate)};
}

std::expected<QByteArray, QString> KsefClient::signedAuthRequest(const KsefCredentials &credentials,
                                                                 const QString &challenge,
                                                                 QDateTime signingTime)
{
    return Xades::sign(authRequestXml(credentials, challenge), credentials.privateKey,
                       credentials.certificate, signingTime);
}

QByteArray KsefClient::authRequestXml(const KsefCredentials &credentials, const QString &challenge)
{
    const QString ns = QStringLiteral("http://ksef.mf.gov.pl/auth/token/2.1");
    QByteArray document;
    QXmlStreamWriter xml(&document);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(ns);
    xml.writeStartElement(ns, QStringLiteral("AuthTokenRequest"));
    xml.writeTextElement(ns, QStringLiteral("Challenge"), challenge);
    xml.writeStartElement(ns, QStringLiteral("ContextIdentifier"));
    xml.writeTextElement(ns, QStringLiteral("Nip"), credentials.contextNip);
    xml.writeEndElement();
    xml.writeTextElement(ns, QStringLiteral("SubjectIdentifierType"), QStringLiteral("certificateSubject"));
    if (const AllowedIps ips = allowedIps(credentials.allowedIps); !ips.isEmpty()) {
        xml.writeStartElement(ns, QStringLiteral("AuthorizationPolicy"));
        xml.writeStartElement(ns, QStringLiteral("AllowedIps"));
        for (const auto &[name, values] : {std::pair{QStringLiteral("Ip4Address"), ips.addresses},
                                           std::pair{QStringLiteral("Ip4Range"), ips.ranges},
                                           std::pair{QStringLiteral("Ip4Mask"), ips.masks}}) {
            for (const QString &value : values) {
                xml.writeTextElement(ns, name, value);
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return document;
}

KsefClient::Result<AuthTokens> KsefClient::authenticate()
{
    const TimeBreakdown::Scope measured(m_transport.breakdown(), QLatin1StringView("ksef.auth"));
    const KsefCredentials &credentials = m_credentials;
    if (credentials.contextNip.isEmpty() ||
        (credentials.method == KsefCredentials::Method::KsefToken && credentials.ksefToken.isEmpty()) ||
        (credentials.method == KsefCredentials::Method::Certificate && credentials.privateKey.isNull())) {
        return std::unexpected(localError(QStringLiteral("authentication"),
                                          tr("No KSeF credentials are set for this context.")));
    }
    const auto challenge = executeJson(HttpCall::post(QStringLiteral("/auth/challenge")));
    if (!challenge) {
        return std::unexpected(challenge.error());
    }
    const QString challengeText = challenge->value(QStringLiteral("challenge")).toString();
    Result<QJsonObject> started = std::unexpected(KsefError{});
    if (credentials.method == KsefCredentials::Method::KsefToken) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            const auto key = publicKey(QStringLiteral("KsefTokenEncryption"));
            if (!key) {
                return std::unexpected(key.error());
            }
            // The timestamp must be the server's (clock skew, §20.22).
            const QByteArray plain =
                (credentials.ksefToken + u'|' +
                 QString::number(challenge->value(QStringLiteral("timestampMs")).toInteger()))
                    .toUtf8();
            const auto encrypted = key->key.encryptOaep(plain);
            if (!encrypted) {
                return std::unexpected(
                    localError(QStringLiteral("POST /auth/ksef-token"), encrypted.error()));
            }
            QJsonObject body{{QStringLiteral("challenge"), challengeText},
                             {QStringLiteral("contextIdentifier"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("Nip")},
                                          {QStringLiteral("value"), credentials.contextNip}}},
                             {QStringLiteral("encryptedToken"), QString::fromLatin1(encrypted->toBase64())},
                             {QStringLiteral("publicKeyId"), key->publicKeyId}};
            if (const AllowedIps ips = allowedIps(credentials.allowedIps); !ips.isEmpty()) {
                body.insert(
                    QStringLiteral("authorizationPolicy"),
                    QJsonObject{
                        {QStringLiteral("allowedIps"),
                         QJsonObject{
                             {QStringLiteral("ip4Addresses"), QJsonArray::fromStringList(ips.addresses)},
                             {QStringLiteral("ip4Ranges"), QJsonArray::fromStringList(ips.ranges)},
                             {QStringLiteral("ip4Masks"), QJsonArray::fromStringList(ips.masks)}}}});
            }
            started = executeJson(HttpCall::json("POST", QStringLiteral("/auth/ksef-token"), body));
            if (started || !started.error().hasCode(21470)) {
                break;
            }
            forgetPublicKeys(); // the key was rotated: fetch the new one and encrypt again (§20.9)
        }
    } else {
        const auto document = signedAuthRequest(credentials, challengeText, m_clock.now());
        if (!document) {
            return std::unexpected(
                localError(QStringLiteral("POST /auth/xades-signature"), document.error()));
        }
        return postSignedRequest(*document);
    }
    if (!started) {
        return std::unexpected(started.error());
    }
    return pollAndRedeem(started->value(QStringLiteral("referenceNumber")).toString(),
                         started->value(QStringLiteral("authenticationToken"))
                             .toObject()
                             .value(QStringLiteral("token"))
                             .toString());
}

KsefClient::Result<AuthTokens> KsefClient::postSignedRequest(const QByteArray &signedXml)
{
    HttpCall call;
    call.method = "POST";
    call.path = QStringLiteral("/auth/xades-signature");
    call.body = signedXml;
    call.contentType = "application/xml";
    const auto started = executeJson(call);
    if (!started) {
        return std::unexpected(started.error());
    }
    return pollAndRedeem(started->value(QStringLiteral("referenceNumber")).toString(),
                         started->value(QStringLiteral("authenticationToken"))
                             .toObject()
                             .value(QStringLiteral("token"))
                             .toString());
}

KsefClient::Result<AuthTokens> KsefClient::pollAndRedeem(const QString &reference,
                                                         const QString &operationToken)
{
    QElapsedTimer elapsed;
    elapsed.start();
    std::chrono::milliseconds interval = m_authOptions.pollInterval;
    for (;;) {
        const auto status = executeJson(HttpCall::get(QStringLiteral("/auth/") + reference, operationToken));
        if (!status) {
            return std::unexpected(status.error());
        }
        const QJsonObject state = status->value(QStringLiteral("status")).toObject();
        const int code = state.value(QStringLiteral("code")).toInt();
        if (code == 200) {
            break;
        }
        if (code != 100) {
            QStringList details;
            for (const QJsonValue &detail : state.value(QStringLiteral("details")).toArray()) {
                details.append(detail.toString());
            }
            KsefError error =
                KsefError::fromStatus(KsefError::Family::Auth, code,
                                      state.value(QStringLiteral("description")).toString(), details);
            error.endpoint = QStringLiteral("GET /auth/{ref}");
            return std::unexpected(error);
        }
        if (elapsed.elapsed() > m_authOptions.timeout.count()) {
            KsefError error = localError(QStringLiteral("GET /auth/{ref}"),
                                         tr("KSeF did not finish the authentication in time."));
            error.kind = KsefError::Kind::Timeout;
            return std::unexpected(error);
        }
        m_transport.sleep(interval);
        interval = std::min(interval * 2, std::chrono::milliseconds(2000));
    }
    const auto redeemed = executeJson(HttpCall::post(QStringLiteral("/auth/token/redeem"), operationToken));
    if (!redeemed) {
        return std::unexpected(redeemed.error());
    }
    AuthTokens tokens = KsefJson::tokens(*redeemed, reference);
    if (tokens.accessToken.isEmpty() || tokens.refreshToken.isEmpty()) {
        auto error = localError(QStringLiteral("POST /auth/token/redeem"), tr("KSeF returned no tokens."));
        error.kind = KsefError::Kind::UnexpectedReply;
        return std::unexpected(error);
    }
    m_tokens = tokens;
    return tokens;
}

KsefClient::Result<void> KsefClient::refreshAccessToken()
{
    const auto refreshed =
        executeJson(HttpCall::post(QStringLiteral("/auth/token/refresh"), m_tokens.refreshToken));
    if (!refreshed) {
        if (refreshed.error().kind == KsefError::Kind::Rejected ||
            refreshed.error().kind == KsefError::Kind::Unauthorized) {
            m_tokens.refreshToken.clear(); // dead: the next call authenticates again
        }
        return std::unexpected(refreshed.error());
    }
    const QJsonObject access = refreshed->value(QStringLiteral("accessToken")).toObject();
    if (access.value(QStringLiteral("token")).toString().isEmpty()) {
        auto error =
            localError(QStringLiteral("POST /auth/token/refresh"), tr("KSeF returned no access token."));
        error.kind = KsefError::Kind::UnexpectedReply;
        return std::unexpected(error);
    }
    m_tokens.accessToken = access.value(QStringLiteral("token")).toString();
    m_tokens.accessValidUntil = KsefJson::dateTime(access.value(QStringLiteral("validUntil")));
    return {};
}

KsefClient::Result<void> KsefClient::endAuthenticationSession()
{
    HttpCall call;
    call.method = "DELETE";
    call.path = QStringLiteral("/auth/sessions/current");
    const auto answer = authorized(call);
    if (!answer) {
        return std::unexpected(answer.error());
    }
    m_tokens.refreshToken.clear();
    return {};
}

} // namespace Kurier
