#include "ksef/CredentialVault.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Kurier {

CredentialVault::CredentialVault(SecretStore &store)
    : m_store(store)
{}

QString CredentialVault::keyFor(const QString &environment, const QString &nip)
{
    return QStringLiteral("ksef/%1/%2").arg(environment, nip);
}

std::expected<void, QString> CredentialVault::saveToken(const QString &environment, const QString &nip,
                                                        const QString &token)
{
    if (token.trimmed().isEmpty()) {
        return std::unexpected(tr("The KSeF token is empty."));
    }
    const QJsonObject entry{{QStringLiteral("method"), QStringLiteral("token")},
                            {QStringLiteral("token"), token.trimmed()}};
    return m_store.write(keyFor(environment, nip),
                         QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
}

std::expected<void, QString> CredentialVault::saveIdentity(const QString &environment, const QString &nip,
                                                           const SigningIdentity &identity)
{
    const QJsonObject entry{{QStringLiteral("method"), QStringLiteral("certificate")},
                            {QStringLiteral("certificate"), QString::fromLatin1(identity.certificate.pem())},
                            {QStringLiteral("key"), QString::fromLatin1(identity.key.privateKeyPem())}};
    return m_store.write(keyFor(environment, nip),
                         QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
}

QString CredentialVault::keyFor(const QString &environment, const QString &nip, KsefCertificateType type)
{
    return QStringLiteral("ksef-certificate/%1/%2/%3").arg(environment, nip, ksefCertificateTypeKey(type));
}

std::expected<void, QString> CredentialVault::saveKsefCertificate(const QString &environment,
                                                                  const QString &nip,
                                                                  const KsefCertificate &certificate)
{
    const QJsonObject entry{
        {QStringLiteral("name"), certificate.name},
        {QStringLiteral("certificate"), QString::fromLatin1(certificate.certificate.pem())},
        {QStringLiteral("key"), QString::fromLatin1(certificate.key.privateKeyPem())}};
    return m_store.write(keyFor(environment, nip, certificate.type),
                         QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
}

std::expected<std::optional<KsefCertificate>, QString>
CredentialVault::ksefCertificate(const QString &environment, const QString &nip, KsefCertificateType type)
{
    const auto stored = m_store.read(keyFor(environment, nip, type));
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!stored->has_value()) {
        return std::optional<KsefCertificate>();
    }
    const QJsonObject entry = QJsonDocument::fromJson((*stored)->toUtf8()).object();
    auto certificate = Certificate::fromPem(entry.value(QStringLiteral("certificate")).toString().toLatin1());
    auto key = AsymmetricKey::fromPrivatePem(entry.value(QStringLiteral("key")).toString().toLatin1());
    if (!certificate || !key) {
        return std::unexpected(
            tr("The stored KSeF %1 certificate of NIP %2 is damaged; import it again or get a new one.")
                .arg(ksefCertificateTypeKey(type), nip));
    }
    KsefCertificate result;
    result.type = type;
    result.name = entry.value(QStringLiteral("name")).toString();
    result.key = std::move(*key);
    result.certificate = std::move(*certificate);
    return std::optional<KsefCertificate>(std::move(result));
}

std::expected<void, QString> CredentialVault::removeKsefCertificate(const QString &environment,
                                                                    const QString &nip,
                                                                    KsefCertificateType type)
{
    return m_store.remove(keyFor(environment, nip, type));
}

bool CredentialVault::usesToken(const QString &environment, const QString &nip, QDateTime now)
{
    const auto authentication = ksefCertificate(environment, nip, KsefCertificateType::Authentication);
    if (authentication && authentication->has_value() && (*authentication)->certificate.notAfter() > now) {
        return false; // every login uses the certificate (load())
    }
    const auto stored = m_store.read(keyFor(environment, nip));
    return stored && stored->has_value() &&
           QJsonDocument::fromJson((*stored)->toUtf8()).object().value(QStringLiteral("method")).toString() ==
               u"token";
}

std::expected<KsefCredentials, QString> CredentialVault::load(const QString &environment, const QString &nip,
                                                              QDateTime now)
{
    const auto authentication = ksefCertificate(environment, nip, KsefCertificateType::Authentication);
    if (authentication && authentication->has_value() && (*authentication)->certificate.notAfter() > now) {
        KsefCredentials credentials;
        credentials.contextNip = nip;
        credentials.method = KsefCredentials::Method::Certificate;
        credentials.privateKey = (*authentication)->key;
        credentials.certificate = (*authentication)->certificate;
        return credentials;
    }
    const auto stored = m_store.read(keyFor(environment, nip));
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!stored->has_value()) {
        const auto acting = actingIdentity(environment);
        if (!acting) {
            return std::unexpected(acting.error());
        }
        if (acting->has_value()) {
            KsefCredentials credentials;
            credentials.contextNip = nip;
            credentials.method = KsefCredentials::Method::Certificate;
            credentials.privateKey = (*acting)->key;
            credentials.certificate = (*acting)->certificate;
            credentials.throughPermissions = true;
            return credentials;
        }
        return std::unexpected(tr("No KSeF credentials are stored for NIP %1 in %2: add a KSeF token or a "
                                  "certificate in the settings, or set the identity you act as for your "
                                  "clients (kurier-cli identity).")
                                   .arg(nip, environment));
    }
    const QJsonObject entry = QJsonDocument::fromJson((*stored)->toUtf8()).object();
    KsefCredentials credentials;
    credentials.contextNip = nip;
    if (entry.value(QStringLiteral("method")).toString() == u"token") {
        credentials.method = KsefCredentials::Method::KsefToken;
        credentials.ksefToken = entry.value(QStringLiteral("token")).toString();
        return credentials;
    }
    if (entry.value(QStringLiteral("method")).toString() == u"certificate") {
        const auto identity =
            SigningIdentity::fromPem(entry.value(QStringLiteral("certificate")).toString().toLatin1(),
                                     entry.value(QStringLiteral("key")).toString().toLatin1());
        if (!identity) {
            return std::unexpected(identity.error());
        }
        credentials.method = KsefCredentials::Method::Certificate;
        credentials.privateKey = identity->key;
        credentials.certificate = identity->certificate;
        return credentials;
    }
    return std::unexpected(
        tr("The stored KSeF credentials for NIP %1 are damaged; enter them again.").arg(nip));
}

std::expected<void, QString> CredentialVault::remove(const QString &environment, const QString &nip)
{
    return m_store.remove(keyFor(environment, nip));
}

namespace {
QString actingKey(const QString &environment)
{
    return QStringLiteral("ksef-identity/%1").arg(environment);
}
} // namespace

std::expected<void, QString> CredentialVault::saveActingIdentity(const QString &environment,
                                                                 const SigningIdentity &identity)
{
    const QJsonObject entry{{QStringLiteral("certificate"), QString::fromLatin1(identity.certificate.pem())},
                            {QStringLiteral("key"), QString::fromLatin1(identity.key.privateKeyPem())}};
    return m_store.write(actingKey(environment),
                         QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
}

std::expected<std::optional<SigningIdentity>, QString>
CredentialVault::actingIdentity(const QString &environment)
{
    const auto stored = m_store.read(actingKey(environment));
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (!stored->has_value()) {
        return std::optional<SigningIdentity>();
    }
    const QJsonObject entry = QJsonDocument::fromJson((*stored)->toUtf8()).object();
    auto identity = SigningIdentity::fromPem(entry.value(QStringLiteral("certificate")).toString().toLatin1(),
                                             entry.value(QStringLiteral("key")).toString().toLatin1());
    if (!identity) {
        return std::unexpected(tr("The stored identity for %1 is damaged; set it again.").arg(environment));
    }
    return std::optional<SigningIdentity>(std::move(*identity));
}

std::expected<void, QString> CredentialVault::removeActingIdentity(const QString &environment)
{
    return m_store.remove(actingKey(environment));
}

bool CredentialVault::hasOwnCredentials(const QString &environment, const QString &nip, QDateTime now)
{
    const auto authentication = ksefCertificate(environment, nip, KsefCertificateType::Authentication);
    if (authentication && authentication->has_value() && (*authentication)->certificate.notAfter() > now) {
        return true;
    }
    const auto stored = m_store.read(keyFor(environment, nip));
    return stored && stored->has_value();
}

} // namespace Kurier
