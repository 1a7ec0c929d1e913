#include "ksef/KsefCertificates.h"

#include "ksef/crypto/SigningIdentity.h"

namespace Kurier {

QString ksefCertificateTypeKey(KsefCertificateType type)
{
    return type == KsefCertificateType::Offline ? QStringLiteral("Offline")
                                                : QStringLiteral("Authentication");
}

const QList<QPair<QString, QString>> &enrollmentDnFields()
{
    static const QList<QPair<QString, QString>> fields{
        {QStringLiteral("commonName"), QStringLiteral("CN")},
        {QStringLiteral("countryName"), QStringLiteral("C")},
        {QStringLiteral("givenName"), QStringLiteral("GN")},
        {QStringLiteral("surname"), QStringLiteral("SN")},
        {QStringLiteral("serialNumber"), QStringLiteral("serialNumber")},
        {QStringLiteral("uniqueIdentifier"), QStringLiteral("x500UniqueIdentifier")},
        {QStringLiteral("organizationName"), QStringLiteral("O")},
        {QStringLiteral("organizationIdentifier"), QStringLiteral("organizationIdentifier")},
    };
    return fields;
}

std::optional<KsefCertificateType> ksefCertificateTypeFromKey(const QString &key)
{
    if (key == u"Authentication") {
        return KsefCertificateType::Authentication;
    }
    if (key == u"Offline") {
        return KsefCertificateType::Offline;
    }
    return std::nullopt;
}

std::optional<KsefCertificateType> KsefCertificate::typeOf(const Certificate &certificate)
{
    const Certificate::KeyUsages usages = certificate.keyUsages();
    if (usages.testFlag(Certificate::KeyUsage::NonRepudiation) &&
        !usages.testFlag(Certificate::KeyUsage::DigitalSignature)) {
        return KsefCertificateType::Offline;
    }
    if (usages.testFlag(Certificate::KeyUsage::DigitalSignature) &&
        !usages.testFlag(Certificate::KeyUsage::NonRepudiation)) {
        return KsefCertificateType::Authentication;
    }
    return std::nullopt;
}

std::expected<KsefCertificate, QString> KsefCertificate::fromParts(AsymmetricKey key, Certificate certificate,
                                                                   QDateTime now)
{
    if (!key.hasPrivateKey()) {
        return std::unexpected(tr("The key file holds no private key."));
    }
    if (!key.samePublicKey(certificate.publicKey())) {
        return std::unexpected(tr("The private key does not belong to this certificate: choose the key file "
                                  "that was downloaded together with it."));
    }
    const auto type = typeOf(certificate);
    if (!type) {
        return std::unexpected(tr("This is not a KSeF certificate: its key usage is neither Authentication "
                                  "(digital signature) nor Offline (non-repudiation)."));
    }
    if (certificate.notAfter().isValid() && certificate.notAfter() <= now) {
        return std::unexpected(tr("The certificate expired on %1: get a new one from KSeF.")
                                   .arg(certificate.notAfter().toLocalTime().toString(Qt::ISODate)));
    }
    KsefCertificate result;
    result.type = *type;
    result.name = certificate.subjectAttribute(QStringLiteral("CN"));
    result.key = std::move(key);
    result.certificate = std::move(certificate);
    return result;
}

std::expected<KsefCertificate, QString> KsefCertificate::fromFiles(const QByteArray &certificateFile,
                                                                   const QByteArray &keyFile,
                                                                   const QByteArray &password, QDateTime now)
{
    auto certificate = certificateFile.contains("-----BEGIN") ? Certificate::fromPem(certificateFile)
                                                              : Certificate::fromDer(certificateFile);
    if (!certificate) {
        return std::unexpected(
            tr("The certificate file cannot be read (expected a .crt, .cer or .pem file)."));
    }
    if (!keyFile.contains("-----BEGIN")) {
        return std::unexpected(tr("The key file is not a PEM private key (.key or .pem)."));
    }
    const bool encrypted = keyFile.contains("ENCRYPTED");
    if (encrypted && password.isEmpty()) {
        return std::unexpected(tr("The private key is protected by a password: enter it."));
    }
    auto key = AsymmetricKey::fromPrivatePem(keyFile, password);
    if (!key) {
        return std::unexpected(encrypted ? tr("The private key cannot be opened: the password is wrong.")
                                         : tr("The key file cannot be read as a private key."));
    }
    return fromParts(std::move(*key), std::move(*certificate), now);
}

std::expected<KsefCertificate, QString> KsefCertificate::fromPkcs12(const QByteArray &bundle,
                                                                    const QString &password, QDateTime now)
{
    auto identity = SigningIdentity::fromPkcs12(bundle, password);
    if (!identity) {
        return std::unexpected(identity.error());
    }
    return fromParts(std::move(identity->key), std::move(identity->certificate), now);
}

} // namespace Kurier
