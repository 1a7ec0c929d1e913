// Security (public keys) and authentication: PROTOCOL.md §3.1 and §4.
#include "AccessPolicy.h"
#include "Emulator.h"
#include "Errors.h"
#include "fa/SchemaValidator.h"
#include "ksef/crypto/Crypto.h"
#include "ksef/crypto/Xades.h"
#include "ksef/crypto/XadesProfile.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Kurier::Emulator {

namespace {
QJsonObject tokenInfo(const QString &token, QDateTime validUntil)
{
    return QJsonObject{{QStringLiteral("token"), token},
                       {QStringLiteral("validUntil"), validUntil.toString(Qt::ISODateWithMs)}};
}
} // namespace

HttpReply Emulator::startAuthentication(AuthOperation operation)
{
    if (m_forcedAuthCode != 200 && operation.finalCode == 200) {
        operation.finalCode = m_forcedAuthCode;
        operation.finalDescription = QStringLiteral("Uwierzytelnianie zakończone niepowodzeniem");
        operation.finalDetails = {
            QStringLiteral("Status wymuszony przez emulator (%1).").arg(m_forcedAuthCode)};
    }
    m_state.auths.insert(operation.referenceNumber, operation);
    const QString operationToken = issueToken(IssuedToken::Kind::Operation, operation.referenceNumber,
                                              operation.contextNip, m_config.operationTokenTtlSeconds);
    return HttpReply::json(202, QJsonObject{
                                    {QStringLiteral("referenceNumber"), operation.referenceNumber},
                                    {QStringLiteral("authenticationToken"),
                                     tokenInfo(operationToken, m_state.tokens[operationToken].validUntil)},
                                });
}

// XAdES authentication (PROTOCOL.md §4.3): the signed AuthTokenRequest is checked against its XSD (2.0
// or 2.1, signature removed: the XSDs do not declare it), the single enveloped signature is verified, and the
// subject's NIP is read from the certificate (organizationIdentifier VATPL-…, or serialNumber TINPL-/NIP-…).
// As on TEST, self-signed certificates are accepted; the owner of a NIP has every permission in its context.
HttpReply Emulator::xadesAuthentication(const HttpRequest &request)
{
    auto document = XmlDocument::parse(request.body);
    if (!document) {
        return error(request, 21001, {document.error().message});
    }
    const QString ns = document->rootNamespace();
    const bool v20 = ns == u"http://ksef.mf.gov.pl/auth/token/2.0";
    if ((!v20 && ns != u"http://ksef.mf.gov.pl/auth/token/2.1") ||
        document->rootName() != u"AuthTokenRequest") {
        return error(
            request, 21401,
            {QStringLiteral("Oczekiwano AuthTokenRequest w przestrzeni nazw auth/token/2.0 lub 2.1.")});
    }
    // libxml2 cannot compile the official 2.0 XSD (its IP-address patterns use \\b, which XSD regular
    // expressions do not have); 2.1 differs only in those patterns, so a 2.0 request is checked against 2.1
    // in its namespace.
    QByteArray withoutSignature = Xades::withoutSignatures(request.body);
    if (v20) {
        withoutSignature.replace("http://ksef.mf.gov.pl/auth/token/2.0",
                                 "http://ksef.mf.gov.pl/auth/token/2.1");
    }
    thread_local const SchemaValidator schema(SchemaValidator::Schema::AuthTokenRequest21);
    if (const ValidationIssues issues = schema.validate(withoutSignature); !issues.isEmpty()) {
        QStringList details;
        for (const ValidationIssue &issue : issues) {
            details.append(issue.text());
        }
        return error(request, 21401, details);
    }
    const auto verified = Xades::verify(request.body);
    if (!verified) {
        switch (verified.error()) {
        case Xades::Failure::NoSignature:
            return error(request, 9102);
        case Xades::Failure::TooManySignatures:
            return error(request, 9103);
        case Xades::Failure::Unreadable:
            return error(request, 21001);
        case Xades::Failure::Invalid:
            return error(request, 9105);
        }
    }
    const auto valueOf = [&](const QString &element) {
        const QRegularExpression re(QStringLiteral("<(?:\\w+:)?%1>([^<]*)</").arg(element));
        return re.match(QString::fromUtf8(request.body)).captured(1).trimmed();
    };
    const QString challengeText = valueOf(QStringLiteral("Challenge"));
    const auto challenge = m_state.challenges.constFind(challengeText);
    if (challenge == m_state.challenges.constEnd() ||
        challenge->created.addSecs(m_config.challengeTtlSeconds) < now()) {
        return error(request, 21111);
    }
    const QString contextNip = valueOf(QStringLiteral("Nip"));
    if (contextNip.isEmpty()) {
        return error(request, 21117, {QStringLiteral("Emulator obsługuje kontekst Nip.")});
    }
    const Certificate &certificate = verified->certificate;
    // Who signed (§22): a seal's NIP (organizationIdentifier VATPL-…), a person's NIP (serialNumber TINPL-…)
    // or PESEL (PNOPL-…), and always the certificate's fingerprint.
    static const QRegularExpression sealId(QStringLiteral("VATPL.*?(\\d{10})"));
    static const QRegularExpression personId(QStringLiteral("(?:TINPL|NIP).*?(\\d{10})"));
    static const QRegularExpression peselId(QStringLiteral("PNOPL.*?(\\d{11})"));
    const QString personSerial = certificate.subjectAttribute(QStringLiteral("serialNumber"));
    SubjectIdentity identity;
    identity.nip = sealId.match(certificate.subjectAttribute(QStringLiteral("2.5.4.97"))).captured(1);
    if (identity.nip.isEmpty()) {
        identity.nip = personId.match(personSerial).captured(1);
    }
    identity.pesel = peselId.match(personSerial).captured(1);
    identity.fingerprint = certificate.fingerprintSha256();
    if (identity.nip.isEmpty() && identity.pesel.isEmpty() && permissionsIn(contextNip, identity).isEmpty()) {
        return error(request, 21115,
                     {QStringLiteral("Certyfikat nie zawiera identyfikatora NIP ani PESEL podmiotu.")});
    }
    m_state.challenges.remove(challengeText);
    AuthOperation operation;
    for (const auto &[attribute, value] : certificate.subject()) {
        operation.signerSubject.insert(attribute, value);
    }
    std::optional<QString> ksefCertificateProblem;
    if (m_ca.issued(certificate)) {
        operation.ksefCertificateSerial = certificate.serialHex();
        ksefCertificateProblem = ksefCertificateRefusal(certificate, contextNip);
    }
    operation.referenceNumber = m_references.reference(QStringLiteral("AU"), now());
    operation.contextNip = contextNip;
    // The deprecated authenticationMethod enum has no "self-signed": a seal (organizationIdentifier) reads as
    // QualifiedSeal, a person's certificate as QualifiedSignature; authenticationMethodInfo says
    // XadesSignature.
    operation.method = !operation.ksefCertificateSerial.isEmpty() ? QStringLiteral("InternalCertificate")
                       : certificate.subjectAttribute(QStringLiteral("2.5.4.97")).isEmpty()
                           ? QStringLiteral("QualifiedSignature")
                           : QStringLiteral("QualifiedSeal");
    operation.started = now();
    operation.decidesAt = now().addMSecs(m_config.authDelayMs);
    operation.finalCode = 200;
    operation.finalDescription = QStringLiteral("Uwierzytelnianie zakończone sukcesem");
    operation.signedDocumentHash = Crypto::sha256Base64(request.body);
    operation.allowedIps = AccessPolicy::allowedIpsFromXml(request.body);
    operation.identity = identity;
    if (ksefCertificateProblem) {
        operation.finalCode = 460;
        operation.finalDetails = {*ksefCertificateProblem};
    } else if (operation.ksefCertificateSerial.isEmpty() &&
               request.query.queryItemValue(QStringLiteral("verifyCertificateChain")) == u"true") {
        operation.finalCode = 460;
        operation.finalDetails = {QStringLiteral("Błąd weryfikacji łańcucha certyfikatów.")};
    } else if (identity.nip != contextNip && permissionsIn(contextNip, identity).isEmpty()) {
        // Neither the owner nor holding a permission in the context (§22): 415.
        operation.finalCode = 415;
        operation.finalDetails = {
            QStringLiteral("Brak przypisanych uprawnień w kontekście %1.").arg(contextNip)};
    } else if (m_state.subjects.value(contextNip).blocked) {
        operation.finalCode = 480;
        operation.finalDetails = {QStringLiteral("Uwierzytelnianie zablokowane.")};
    } else if (identity.nip == contextNip && !m_state.subjects.contains(contextNip)) {
        createDemoSubject(contextNip); // the owner of a NIP holds every permission in its context
    }
    if (operation.finalCode != 200) {
        operation.finalDescription = QStringLiteral("Uwierzytelnianie zakończone niepowodzeniem");
    }
    HttpReply reply = startAuthentication(operation);
    // A signature outside the XAdES profile is still taken (API 2.7), with the warning sig-001.
    if (const QStringList outside = XadesProfile::problems(request.body); !outside.isEmpty()) {
        reply.withHeader("X-System-Warning",
                         QStringLiteral("sig-001: Podpis XAdES spoza profilu (brak: %1); takie podpisy będą "
                                        "odrzucane.")
                             .arg(outside.join(QStringLiteral("; ")))
                             .toUtf8());
    }
    return reply;
}

QJsonObject Emulator::authStatusJson(const AuthOperation &operation) const
{
    const bool decided = operation.decidesAt <= now();
    QJsonObject status{{QStringLiteral("code"), decided ? operation.finalCode : 100},
                       {QStringLiteral("description"),
                        decided ? operation.finalDescription : QStringLiteral("Uwierzytelnianie w toku")}};
    if (decided && !operation.finalDetails.isEmpty()) {
        status.insert(QStringLiteral("details"), QJsonArray::fromStringList(operation.finalDetails));
    }
    const bool token = operation.method == u"Token";
    QJsonObject body{
        {QStringLiteral("startDate"), operation.started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("authenticationMethod"), operation.method},
        {QStringLiteral("authenticationMethodInfo"),
         QJsonObject{
             {QStringLiteral("category"), token ? QStringLiteral("Token") : QStringLiteral("XadesSignature")},
             {QStringLiteral("code"), token ? QStringLiteral("token.ksef")
                                      : operation.ksefCertificateSerial.isEmpty()
                                          ? QStringLiteral("certificate.self-signed")
                                          : QStringLiteral("certificate.ksef")},
             {QStringLiteral("displayName"),
              token ? QStringLiteral("Token KSeF") : QStringLiteral("Certyfikat")}}},
        {QStringLiteral("status"), status},
        {QStringLiteral("isTokenRedeemed"), operation.redeemed},
    };
    if (operation.refreshValidUntil.isValid()) {
        body.insert(QStringLiteral("refreshTokenValidUntil"),
                    operation.refreshValidUntil.toString(Qt::ISODateWithMs));
    }
    if (operation.lastRefresh.isValid()) {
        body.insert(QStringLiteral("lastTokenRefreshDate"),
                    operation.lastRefresh.toString(Qt::ISODateWithMs));
    }
    return body;
}

void Emulator::registerSecurityAndAuth()
{
    // Authentication sessions of the caller's context, newest first (PROTOCOL.md §4.8).
    m_router.add(
        "GET", QStringLiteral("/auth/sessions"), QStringLiteral("other"),
        [this](const HttpRequest &request, const QStringList &) {
            const Guard guard = requireAccess(request, QString());
            if (!guard) {
                return guard.error();
            }
            QList<const AuthOperation *> mine;
            for (const AuthOperation &operation : std::as_const(m_state.auths)) {
                if (operation.contextNip == guard->contextNip) {
                    mine.append(&operation);
                }
            }
            std::sort(mine.begin(), mine.end(),
                      [](const AuthOperation *a, const AuthOperation *b) { return a->started > b->started; });
            return page(request, 10, 100, mine.size(), QStringLiteral("items"), [&](qsizetype i) {
                QJsonObject item = authStatusJson(*mine[i]);
                item.insert(QStringLiteral("referenceNumber"), mine[i]->referenceNumber);
                item.insert(QStringLiteral("isCurrent"), mine[i]->referenceNumber == guard->authReference);
                return item;
            });
        });

    m_router.add("GET", QStringLiteral("/security/public-key-certificates"), QStringLiteral("public"),
                 [this](const HttpRequest &, const QStringList &) {
                     return HttpReply::json(200, QJsonDocument(m_keys.certificatesJson()));
                 });

    m_router.add("POST", QStringLiteral("/auth/challenge"), QStringLiteral("public"),
                 [this](const HttpRequest &request, const QStringList &) {
                     const QDateTime created = now();
                     Challenge challenge{m_references.reference(QStringLiteral("CR"), created), created,
                                         created.toMSecsSinceEpoch()};
                     m_state.challenges.insert(challenge.value, challenge);
                     return HttpReply::json(
                         200, QJsonObject{
                                  {QStringLiteral("challenge"), challenge.value},
                                  {QStringLiteral("timestamp"), created.toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("timestampMs"), challenge.timestampMs},
                                  {QStringLiteral("clientIp"), request.clientIp},
                              });
                 });

    m_router.add(
        "POST", QStringLiteral("/auth/ksef-token"), QStringLiteral("public"),
        [this](const HttpRequest &request, const QStringList &) {
            HttpReply failure;
            const auto body = jsonBody(request, &failure);
            if (!body) {
                return failure;
            }
            const QString challengeText = body->value(QStringLiteral("challenge")).toString();
            const auto challenge = m_state.challenges.constFind(challengeText);
            if (challenge == m_state.challenges.constEnd() ||
                challenge->created.addSecs(m_config.challengeTtlSeconds) < now()) {
                return error(request, 21111);
            }
            const QJsonObject context = body->value(QStringLiteral("contextIdentifier")).toObject();
            const QString contextType = context.value(QStringLiteral("type")).toString();
            const QString contextValue = context.value(QStringLiteral("value")).toString();
            if (contextType.isEmpty() || contextValue.isEmpty() ||
                body->value(QStringLiteral("encryptedToken")).toString().isEmpty()) {
                return error(request, 21405, {QStringLiteral("Brak wymaganych pól.")});
            }
            const auto plain = m_keys.decrypt(
                KeyRing::tokenUsage, body->value(QStringLiteral("publicKeyId")).toString(),
                QByteArray::fromBase64(body->value(QStringLiteral("encryptedToken")).toString().toLatin1()));
            if (!plain && plain.error() == KeyRing::Failure::Withdrawn) {
                return error(request, 21470);
            }
            AuthOperation operation;
            operation.referenceNumber = m_references.reference(QStringLiteral("AU"), now());
            operation.contextNip = contextValue;
            operation.method = QStringLiteral("Token");
            operation.started = now();
            operation.decidesAt = now().addMSecs(m_config.authDelayMs);
            const QString text = plain ? QString::fromUtf8(*plain) : QString();
            const qsizetype bar = text.lastIndexOf(u'|');
            const QString token = bar > 0 ? text.left(bar) : QString();
            const auto record = m_state.ksefTokens.constFind(token);
            operation.finalCode = 200;
            operation.finalDescription = QStringLiteral("Uwierzytelnianie zakończone sukcesem");
            if (!plain || record == m_state.ksefTokens.constEnd()) {
                operation.finalCode = 450;
                operation.finalDetails = {QStringLiteral("Nieprawidłowy token.")};
            } else if (text.mid(bar + 1).toLongLong() != challenge->timestampMs) {
                operation.finalCode = 450;
                operation.finalDetails = {QStringLiteral("Nieprawidłowy czas tokena.")};
            } else if (record->status != u"Active") {
                operation.finalCode = 450;
                operation.finalDetails = {record->status == u"Revoked" ? QStringLiteral("Token unieważniony.")
                                                                       : QStringLiteral("Token nieaktywny.")};
            } else if (record->contextNip != contextValue) {
                operation.finalCode = 415;
                operation.finalDetails = {QStringLiteral("Brak uprawnień w kontekście.")};
            } else if (m_state.subjects.value(contextValue).blocked) {
                operation.finalCode = 480;
                operation.finalDetails = {QStringLiteral("Uwierzytelnianie zablokowane.")};
            } else {
                operation.ksefTokenReference = record->referenceNumber;
                operation.tokenPermissions = true;
                operation.permissions = record->permissions;
            }
            operation.allowedIps = body->value(QStringLiteral("authorizationPolicy"))
                                       .toObject()
                                       .value(QStringLiteral("allowedIps"))
                                       .toObject();
            if (operation.finalCode != 200) {
                operation.finalDescription = QStringLiteral("Uwierzytelnianie zakończone niepowodzeniem");
            }
            m_state.challenges.remove(challengeText); // single use
            return startAuthentication(operation);
        });

    m_router.add(
        "POST", QStringLiteral("/auth/xades-signature"), QStringLiteral("public"),
        [this](const HttpRequest &request, const QStringList &) { return xadesAuthentication(request); });

    m_router.add(
        "GET", QStringLiteral("/auth/{ref}"), QStringLiteral("public"),
        [this](const HttpRequest &request, const QStringList &captures) {
            // Seven days after it started an operation is gone (410), whatever became of its token.
            const IssuedToken presented = m_state.tokens.value(request.bearer());
            const auto old = m_state.auths.constFind(captures.value(0));
            if (presented.kind == IssuedToken::Kind::Operation && old != m_state.auths.constEnd() &&
                presented.authReference == old->referenceNumber && old->started.addDays(7) < now()) {
                return Errors::gone(request, now(), QStringLiteral("Operacja uwierzytelnienia wygasła."));
            }
            const Guard guard = requireToken(request, IssuedToken::Kind::Operation);
            if (!guard) {
                return guard.error();
            }
            const auto operation = m_state.auths.constFind(captures.value(0));
            if (operation == m_state.auths.constEnd() || guard->authReference != operation->referenceNumber) {
                return error(request, 21304);
            }
            if (operation->started.addDays(7) < now()) {
                return Errors::gone(request, now(), QStringLiteral("Operacja uwierzytelnienia wygasła."));
            }
            return HttpReply::json(200, authStatusJson(*operation));
        });

    m_router.add(
        "POST", QStringLiteral("/auth/token/redeem"), QStringLiteral("public"),
        [this](const HttpRequest &request, const QStringList &) {
            const Guard guard = requireToken(request, IssuedToken::Kind::Operation);
            if (!guard) {
                return guard.error();
            }
            auto operation = m_state.auths.find(guard->authReference);
            if (operation == m_state.auths.end()) {
                return error(request, 21304);
            }
            if (operation->redeemed || operation->decidesAt > now() || operation->finalCode != 200) {
                return error(
                    request, 21301,
                    {operation->redeemed
                         ? QStringLiteral("Tokeny zostały już pobrane.")
                         : QStringLiteral("Status uwierzytelnienia nie pozwala na pobranie tokenów.")});
            }
            operation->redeemed = true;
            operation->refreshValidUntil = now().addSecs(m_config.refreshTokenTtlSeconds);
            const QString access = issueToken(IssuedToken::Kind::Access, operation->referenceNumber,
                                              operation->contextNip, m_config.accessTokenTtlSeconds);
            const QString refresh = issueToken(IssuedToken::Kind::Refresh, operation->referenceNumber,
                                               operation->contextNip, m_config.refreshTokenTtlSeconds);
            return HttpReply::json(
                200,
                QJsonObject{
                    {QStringLiteral("accessToken"), tokenInfo(access, m_state.tokens[access].validUntil)},
                    {QStringLiteral("refreshToken"), tokenInfo(refresh, m_state.tokens[refresh].validUntil)},
                });
        });

    m_router.add("POST", QStringLiteral("/auth/token/refresh"), QStringLiteral("public"),
                 [this](const HttpRequest &request, const QStringList &) {
                     const Guard guard = requireToken(request, IssuedToken::Kind::Refresh);
                     if (!guard) {
                         return guard.error();
                     }
                     auto operation = m_state.auths.find(guard->authReference);
                     if (operation == m_state.auths.end()) {
                         return error(request, 21304);
                     }
                     if (operation->sessionRevoked) {
                         return error(request, 21301,
                                      {QStringLiteral("Sesja uwierzytelnienia została unieważniona.")});
                     }
                     operation->lastRefresh = now();
                     const QString access = issueToken(IssuedToken::Kind::Access, operation->referenceNumber,
                                                       operation->contextNip, m_config.accessTokenTtlSeconds);
                     return HttpReply::json(
                         200, QJsonObject{{QStringLiteral("accessToken"),
                                           tokenInfo(access, m_state.tokens[access].validUntil)}});
                 });

    const auto revoke = [this](const HttpRequest &request, const QString &reference) {
        auto operation = m_state.auths.find(reference);
        if (operation == m_state.auths.end()) {
            return error(request, 21304);
        }
        operation->sessionRevoked = true;
        return HttpReply::empty(204);
    };
    m_router.add("DELETE", QStringLiteral("/auth/sessions/current"), QStringLiteral("other"),
                 [this, revoke](const HttpRequest &request, const QStringList &) {
                     Guard guard = requireToken(request, IssuedToken::Kind::Access);
                     if (!guard) {
                         guard = requireToken(request, IssuedToken::Kind::Refresh);
                     }
                     return guard ? revoke(request, guard->authReference) : guard.error();
                 });
    m_router.add("DELETE", QStringLiteral("/auth/sessions/{ref}"), QStringLiteral("other"),
                 [this, revoke](const HttpRequest &request, const QStringList &captures) {
                     const Guard guard = requireToken(request, IssuedToken::Kind::Access);
                     return guard ? revoke(request, captures.value(0)) : guard.error();
                 });
}

} // namespace Kurier::Emulator
