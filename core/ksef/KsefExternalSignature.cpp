// Login with an AuthTokenRequest signed outside Kurier (PROTOCOL.md §4.3): the trusted profile or
// qualified-signature software signs the file Kurier wrote; Kurier checks that it is the same request and is
// signed before it posts it.
#include "ksef/KsefClient.h"
#include "ksef/crypto/Xades.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace Kurier {

namespace {
QString elementText(const QByteArray &xml, const QString &name)
{
    const QRegularExpression re(QStringLiteral("<(?:[\\w.-]+:)?%1>\\s*([^<]*?)\\s*</").arg(name));
    return re.match(QString::fromUtf8(xml)).captured(1);
}
} // namespace

KsefClient::Result<KsefClient::SignatureRequest>
KsefClient::prepareSignatureRequest(const QString &contextNip)
{
    const auto challenge = executeJson(HttpCall::post(QStringLiteral("/auth/challenge")));
    if (!challenge) {
        return std::unexpected(challenge.error());
    }
    SignatureRequest request;
    request.contextNip = contextNip;
    request.challenge = challenge->value(QStringLiteral("challenge")).toString();
    const qint64 issuedMs = challenge->value(QStringLiteral("timestampMs")).toInteger();
    const QDateTime issued =
        issuedMs > 0 ? QDateTime::fromMSecsSinceEpoch(issuedMs, Qt::UTC) : m_clock.now().toUTC();
    request.validUntil = issued.addSecs(10 * 60);
    KsefCredentials credentials;
    credentials.contextNip = contextNip;
    request.xml = authRequestXml(credentials, request.challenge);
    return request;
}

std::optional<QString> KsefClient::signedRequestProblem(const QByteArray &signedXml,
                                                        const SignatureRequest &request, QDateTime now)
{
    if (signedXml.trimmed().isEmpty()) {
        return tr("The file is empty.");
    }
    const auto verified = Xades::verify(signedXml);
    if (!verified) {
        switch (verified.error()) {
        case Xades::Failure::Unreadable:
            return tr("The file is not an XML document (is it the signed request, saved as .xml?).");
        case Xades::Failure::NoSignature:
            return tr("The file is not signed: sign it with the trusted profile or your signature software "
                      "and choose the signed file.");
        case Xades::Failure::TooManySignatures:
            return tr("The file carries more than one signature; sign the original request once.");
        case Xades::Failure::Invalid:
            return tr(
                "The signature in the file is not valid: the document was changed after signing, or the "
                "signature is damaged.");
        }
    }
    if (elementText(signedXml, QStringLiteral("Challenge")) != request.challenge) {
        return tr("The file is a request for another login (another challenge): sign the request Kurier "
                  "wrote last.");
    }
    if (elementText(signedXml, QStringLiteral("Nip")) != request.contextNip) {
        return tr("The file is a request for another company (NIP %1, expected %2).")
            .arg(elementText(signedXml, QStringLiteral("Nip")), request.contextNip);
    }
    if (request.validUntil.isValid() && now >= request.validUntil) {
        return tr("The request expired at %1 (KSeF accepts a signed request for 10 minutes): write a new one "
                  "and sign it again.")
            .arg(request.validUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    return std::nullopt;
}

KsefClient::Result<AuthTokens> KsefClient::authenticateWithSignedRequest(const QByteArray &signedXml,
                                                                         const SignatureRequest &request)
{
    if (const auto problem = signedRequestProblem(signedXml, request, m_clock.now())) {
        return std::unexpected(localError(QStringLiteral("POST /auth/xades-signature"), *problem));
    }
    return postSignedRequest(signedXml);
}

} // namespace Kurier
