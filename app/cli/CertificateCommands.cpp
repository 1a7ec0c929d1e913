// kurier-cli certificates list|request|enrol|import|revoke: the company's KSeF certificates (PROTOCOL.md
// §12.4). Keys and certificates live in the system keychain only; nothing secret is printed or written.
#include "OutboxCli.h"
#include "audit/AuditLog.h"
#include "calendar/PolishCalendar.h"
#include "ksef/CertificateEnrolment.h"
#include "ksef/CredentialVault.h"
#include "ksef/SecretStore.h"
#include "ksef/crypto/SigningIdentity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kurier::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kurier::Cli", text);
}

const char *const kUsageText = QT_TRANSLATE_NOOP(
    "Kurier::Cli",
    "Usage: kurier-cli certificates list\n"
    "       kurier-cli certificates request --out REQUEST.xml\n"
    "       kurier-cli certificates enrol [--type authentication|offline|both] [--rsa] [--name NAME]\n"
    "                                     [--p12 FILE | --signed SIGNED.xml --request REQUEST.xml]\n"
    "       kurier-cli certificates import --cert FILE --key FILE | --p12 FILE\n"
    "       kurier-cli certificates revoke --serial SERIAL [--reason superseded|key-compromise] --yes");

QString usage()
{
    return tr(kUsageText);
}

QByteArray readFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

QString readSecretLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

QString statusKey(KsefCertificateStatus status)
{
    switch (status) {
    case KsefCertificateStatus::Active:
        return QStringLiteral("active");
    case KsefCertificateStatus::Blocked:
        return QStringLiteral("blocked");
    case KsefCertificateStatus::Revoked:
        return QStringLiteral("revoked");
    case KsefCertificateStatus::Expired:
        return QStringLiteral("expired");
    case KsefCertificateStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// The pending signature request beside its file (not secret: a challenge, a NIP, a time).
QString pendingPath(const QString &requestPath)
{
    return requestPath + QStringLiteral(".pending.json");
}

// The messages of the actions. Their translation context is the struct's own, as lupdate files them (a free
// tr() here would ask for "Kurier::Cli", where these texts are not: every message came out in English).
struct Command
{
    Q_DECLARE_TR_FUNCTIONS(Kurier::Cli::Command)

public:
    CliContext &context;
    const QCommandLineParser &parser;
    OutboxServices &services;
    CredentialVault &vault;

    QString environment() const { return services.environment.key(); }
    QString nip() const { return services.contextNip; }
    void audit(const QString &what, const KsefCertificate &certificate) const
    {
        services.audit->append(
            QStringLiteral("certificate"), QString(),
            {{QStringLiteral("action"), what},
             {QStringLiteral("type"), ksefCertificateTypeKey(certificate.type)},
             {QStringLiteral("serial"), certificate.serial()},
             {QStringLiteral("validTo"), certificate.certificate.notAfter().toString(Qt::ISODate)}});
    }
    int fail(const QString &text) const
    {
        context.err << text << Qt::endl;
        return ExitFailed;
    }

    int list() const
    {
        QJsonArray rows;
        for (const KsefCertificateType type :
             {KsefCertificateType::Authentication, KsefCertificateType::Offline}) {
            const auto stored = vault.ksefCertificate(environment(), nip(), type);
            if (!stored) {
                return fail(stored.error());
            }
            if (stored->has_value()) {
                const KsefCertificate &c = **stored;
                rows.append(QJsonObject{
                    {QStringLiteral("type"), ksefCertificateTypeKey(type)},
                    {QStringLiteral("serial"), c.serial()},
                    {QStringLiteral("name"), c.name},
                    {QStringLiteral("validFrom"), c.certificate.notBefore().toString(Qt::ISODate)},
                    {QStringLiteral("validTo"), c.certificate.notAfter().toString(Qt::ISODate)},
                    {QStringLiteral("onThisComputer"), true}});
            }
        }
        const bool onToken = vault.usesToken(environment(), nip());
        // KSeF's own list: the status of each, and those not kept here. Without a login only the local ones.
        QString remoteProblem;
        if (const auto loaded = OutboxCli::loadCredentials(services); !loaded) {
            remoteProblem = loaded.error();
        } else if (const auto remote = services.client->queryCertificates(); !remote) {
            remoteProblem = remote.error().message();
        } else {
            for (const KsefCertificateInfo &info : *remote) {
                bool found = false;
                for (QJsonValueRef row : rows) {
                    QJsonObject object = row.toObject();
                    if (object.value(QStringLiteral("serial")).toString() == info.serial) {
                        object.insert(QStringLiteral("status"), statusKey(info.status));
                        row = object;
                        found = true;
                    }
                }
                if (!found) {
                    rows.append(
                        QJsonObject{{QStringLiteral("type"), ksefCertificateTypeKey(info.type)},
                                    {QStringLiteral("serial"), info.serial},
                                    {QStringLiteral("name"), info.name},
                                    {QStringLiteral("validFrom"), info.validFrom.toString(Qt::ISODate)},
                                    {QStringLiteral("validTo"), info.validTo.toString(Qt::ISODate)},
                                    {QStringLiteral("status"), statusKey(info.status)},
                                    {QStringLiteral("onThisComputer"), false}});
                }
            }
        }
        if (context.json) {
            QJsonObject out{{QStringLiteral("certificates"), rows}, {QStringLiteral("usesToken"), onToken}};
            if (!remoteProblem.isEmpty()) {
                out.insert(QStringLiteral("ksefProblem"), remoteProblem);
            }
            context.out << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            for (const QJsonValue &value : rows) {
                const QJsonObject row = value.toObject();
                context.out << QStringLiteral("%1  %2  %3 … %4  %5%6")
                                   .arg(row.value(QStringLiteral("type")).toString(), -14)
                                   .arg(row.value(QStringLiteral("serial")).toString())
                                   .arg(dateText(QDateTime::fromString(
                                       row.value(QStringLiteral("validFrom")).toString(), Qt::ISODate)))
                                   .arg(dateText(QDateTime::fromString(
                                       row.value(QStringLiteral("validTo")).toString(), Qt::ISODate)))
                                   .arg(row.value(QStringLiteral("status")).toString(tr("status unknown")))
                                   .arg(row.value(QStringLiteral("onThisComputer")).toBool()
                                            ? QString()
                                            : tr("  (not on this computer)"))
                            << Qt::endl;
            }
            if (rows.isEmpty()) {
                context.out << tr("No KSeF certificates.") << Qt::endl;
            }
            if (!remoteProblem.isEmpty()) {
                context.err << tr("KSeF's list could not be read: %1").arg(remoteProblem) << Qt::endl;
            }
        }
        if (onToken) {
            context.err << OutboxCli::tokensEndWarning(services.tokensEndOn) << Qt::endl;
        }
        return ExitOk;
    }

    int request() const
    {
        const QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty()) {
            context.err << usage() << Qt::endl;
            return ExitUsage;
        }
        const auto prepared = services.client->prepareSignatureRequest(nip());
        if (!prepared) {
            return fail(prepared.error().message());
        }
        QFile file(out);
        QFile pending(pendingPath(out));
        const QJsonObject state{
            {QStringLiteral("nip"), prepared->contextNip},
            {QStringLiteral("challenge"), prepared->challenge},
            {QStringLiteral("validUntil"), prepared->validUntil.toString(Qt::ISODateWithMs)}};
        if (!file.open(QIODevice::WriteOnly) || file.write(prepared->xml) != prepared->xml.size() ||
            !pending.open(QIODevice::WriteOnly) || pending.write(QJsonDocument(state).toJson()) < 0) {
            return fail(tr("Cannot write %1: %2").arg(out, file.errorString()));
        }
        context.out
            << tr("The login request for NIP %1 is in %2. Sign it (XAdES, enveloped: the trusted profile "
                  "or your qualified-signature software) before %3, then run: kurier-cli certificates "
                  "enrol --signed SIGNED.xml --request %2")
                   .arg(nip(), out, PolishCalendar::wallClockText(prepared->validUntil))
            << Qt::endl;
        return ExitOk;
    }

    // A login with a signature for enrolment or revocation: a .p12, a request signed elsewhere, or the stored
    // credentials when they are a certificate.
    std::expected<void, QString> signatureLogin() const
    {
        if (parser.isSet(QStringLiteral("p12"))) {
            QString problem;
            const QByteArray bundle = readFile(parser.value(QStringLiteral("p12")), &problem);
            if (!problem.isEmpty()) {
                return std::unexpected(problem);
            }
            context.err << tr("Password of the PKCS#12 file (read from standard input):") << Qt::endl;
            const auto identity = SigningIdentity::fromPkcs12(bundle, readSecretLine());
            if (!identity) {
                return std::unexpected(identity.error());
            }
            KsefCredentials credentials;
            credentials.method = KsefCredentials::Method::Certificate;
            credentials.contextNip = nip();
            credentials.privateKey = identity->key;
            credentials.certificate = identity->certificate;
            services.client->setCredentials(credentials);
            const auto tokens = services.client->authenticate();
            return tokens ? std::expected<void, QString>() : std::unexpected(tokens.error().message());
        }
        if (parser.isSet(QStringLiteral("signed"))) {
            QString problem;
            const QByteArray signedXml = readFile(parser.value(QStringLiteral("signed")), &problem);
            const QByteArray pendingJson =
                problem.isEmpty() ? readFile(pendingPath(parser.value(QStringLiteral("request"))), &problem)
                                  : QByteArray();
            if (!problem.isEmpty()) {
                return std::unexpected(problem + u' ' +
                                       tr("(Write the request with `kurier-cli certificates request`.)"));
            }
            const QJsonObject pending = QJsonDocument::fromJson(pendingJson).object();
            KsefClient::SignatureRequest request;
            request.contextNip = pending.value(QStringLiteral("nip")).toString();
            request.challenge = pending.value(QStringLiteral("challenge")).toString();
            request.validUntil = QDateTime::fromString(pending.value(QStringLiteral("validUntil")).toString(),
                                                       Qt::ISODateWithMs);
            const auto tokens = services.client->authenticateWithSignedRequest(signedXml, request);
            return tokens ? std::expected<void, QString>() : std::unexpected(tokens.error().message());
        }
        if (const auto loaded = OutboxCli::loadCredentials(services); !loaded) {
            return loaded;
        }
        if (services.client->credentials().method == KsefCredentials::Method::KsefToken) {
            return std::unexpected(
                tr("KSeF issues certificates only after a login with a signature, not with a "
                   "KSeF token: give --p12 FILE, or write a request with `kurier-cli "
                   "certificates request --out FILE`, sign it, and give --signed and "
                   "--request."));
        }
        return {};
    }

    int enrol() const
    {
        const QString typeText = parser.value(QStringLiteral("type")).toLower();
        QList<KsefCertificateType> types;
        if (typeText.isEmpty() || typeText == u"both") {
            types = {KsefCertificateType::Authentication, KsefCertificateType::Offline};
        } else if (typeText == u"authentication") {
            types = {KsefCertificateType::Authentication};
        } else if (typeText == u"offline") {
            types = {KsefCertificateType::Offline};
        } else {
            context.err << usage() << Qt::endl;
            return ExitUsage;
        }
        if (const auto login = signatureLogin(); !login) {
            return fail(login.error());
        }
        const auto limits = services.client->certificateLimits();
        if (!limits) {
            return fail(limits.error().message());
        }
        context.err << tr("KSeF's limits: %1 of %2 certificates left, %3 of %4 requests left.")
                           .arg(limits->certificatesRemaining)
                           .arg(limits->certificateLimit)
                           .arg(limits->enrollmentsRemaining)
                           .arg(limits->enrollmentLimit)
                    << Qt::endl;
        CertificateEnrolment enrolment(*services.client);
        for (const KsefCertificateType type : types) {
            CertificateEnrolment::Options options;
            options.algorithm = parser.isSet(QStringLiteral("rsa")) ? AsymmetricKey::Algorithm::Rsa
                                                                    : AsymmetricKey::Algorithm::Ec;
            options.name = parser.isSet(QStringLiteral("name"))
                               ? parser.value(QStringLiteral("name"))
                               : CertificateEnrolment::defaultName(type, services.clock.now().date());
            const auto certificate = enrolment.enrol(type, options);
            if (!certificate) {
                return fail(tr("The %1 certificate was not issued: %2")
                                .arg(ksefCertificateTypeKey(type), certificate.error().message()));
            }
            if (const auto saved = vault.saveKsefCertificate(environment(), nip(), *certificate); !saved) {
                return fail(saved.error());
            }
            audit(QStringLiteral("enrolled"), *certificate);
            context.out
                << tr("KSeF %1 certificate %2 issued, valid until %3; its key is in the system keychain.")
                       .arg(ksefCertificateTypeKey(type), certificate->serial(),
                            dateText(certificate->certificate.notAfter()))
                << Qt::endl;
        }
        return ExitOk;
    }

    int import() const
    {
        QString problem;
        std::expected<KsefCertificate, QString> certificate = std::unexpected(QString());
        if (parser.isSet(QStringLiteral("p12"))) {
            const QByteArray bundle = readFile(parser.value(QStringLiteral("p12")), &problem);
            if (!problem.isEmpty()) {
                return fail(problem);
            }
            context.err << tr("Password of the PKCS#12 file (read from standard input):") << Qt::endl;
            certificate = KsefCertificate::fromPkcs12(bundle, readSecretLine(), services.clock.now());
        } else if (parser.isSet(QStringLiteral("cert")) && parser.isSet(QStringLiteral("key"))) {
            const QByteArray cert = readFile(parser.value(QStringLiteral("cert")), &problem);
            const QByteArray key =
                problem.isEmpty() ? readFile(parser.value(QStringLiteral("key")), &problem) : QByteArray();
            if (!problem.isEmpty()) {
                return fail(problem);
            }
            QByteArray password;
            if (key.contains("ENCRYPTED")) {
                context.err << tr("Password of the private key (read from standard input):") << Qt::endl;
                password = readSecretLine().toUtf8();
            }
            certificate = KsefCertificate::fromFiles(cert, key, password, services.clock.now());
        } else {
            context.err << usage() << Qt::endl;
            return ExitUsage;
        }
        if (!certificate) {
            return fail(certificate.error());
        }
        if (const auto saved = vault.saveKsefCertificate(environment(), nip(), *certificate); !saved) {
            return fail(saved.error());
        }
        audit(QStringLiteral("imported"), *certificate);
        context.out
            << tr("KSeF %1 certificate %2 imported, valid until %3; its key is in the system keychain.")
                   .arg(ksefCertificateTypeKey(certificate->type), certificate->serial(),
                        dateText(certificate->certificate.notAfter()))
            << Qt::endl;
        return ExitOk;
    }

    int revoke() const
    {
        const QString serial = parser.value(QStringLiteral("serial")).toUpper();
        if (serial.isEmpty()) {
            context.err << usage() << Qt::endl;
            return ExitUsage;
        }
        if (!parser.isSet(QStringLiteral("yes"))) {
            context.err
                << tr("Revoking certificate %1 cannot be undone: it no longer logs in, and the KOD II of "
                      "offline invoices signed with it (if it is an Offline certificate) no longer "
                      "verifies for their buyers. Repeat with --yes to revoke it.")
                       .arg(serial)
                << Qt::endl;
            return ExitUsage;
        }
        if (const auto login = signatureLogin(); !login) {
            return fail(login.error());
        }
        const QString reasonText = parser.value(QStringLiteral("reason"));
        const RevocationReason reason = reasonText == u"superseded"       ? RevocationReason::Superseded
                                        : reasonText == u"key-compromise" ? RevocationReason::KeyCompromise
                                                                          : RevocationReason::Unspecified;
        if (const auto revoked = services.client->revokeCertificate(serial, reason); !revoked) {
            return fail(revoked.error().message());
        }
        for (const KsefCertificateType type :
             {KsefCertificateType::Authentication, KsefCertificateType::Offline}) {
            const auto stored = vault.ksefCertificate(environment(), nip(), type);
            if (stored && stored->has_value() && (*stored)->serial() == serial) {
                audit(QStringLiteral("revoked"), **stored);
                vault.removeKsefCertificate(environment(), nip(), type);
            }
        }
        context.out << tr("Certificate %1 is revoked.").arg(serial) << Qt::endl;
        return ExitOk;
    }
};
} // namespace

int runCertificates(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("type"), tr("enrol: authentication, offline or both (default)."), tr("type")},
        {QStringLiteral("rsa"), tr("enrol: an RSA-2048 key instead of EC P-256.")},
        {QStringLiteral("name"), tr("enrol: the certificate's name in KSeF."), tr("name")},
        {QStringLiteral("p12"), tr("enrol, revoke: log in with this .p12; import: import it."), tr("file")},
        {QStringLiteral("signed"), tr("enrol, revoke: the login request signed elsewhere."), tr("file")},
        {QStringLiteral("request"), tr("with --signed: the request file Kurier wrote."), tr("file")},
        {QStringLiteral("out"), tr("request: where to write the login request."), tr("file")},
        {QStringLiteral("cert"), tr("import: the certificate file (.crt, .cer, .pem)."), tr("file")},
        {QStringLiteral("key"), tr("import: its private key file (.key, .pem)."), tr("file")},
        {QStringLiteral("serial"), tr("revoke: the certificate's serial number."), tr("serial")},
        {QStringLiteral("reason"), tr("revoke: superseded or key-compromise."), tr("reason")},
        {QStringLiteral("yes"), tr("revoke: yes, revoke it.")},
    });
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, request, enrol, import or revoke"));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        context.err << (parser.errorText().isEmpty() ? QString() : parser.errorText() + u'\n') << usage()
                    << Qt::endl;
        return ExitUsage;
    }
    auto services = OutboxCli::open(parser, context, true);
    if (!services) {
        context.err << services.error() << Qt::endl;
        return ExitFailed;
    }
    KeychainSecretStore keychain;
    CredentialVault vault(keychain);
    const Command command{context, parser, **services, vault};
    const QString action = parser.positionalArguments().first();
    if (action == u"list") {
        return command.list();
    }
    if (action == u"request") {
        return command.request();
    }
    if (action == u"enrol" || action == u"enroll") {
        return command.enrol();
    }
    if (action == u"import") {
        return command.import();
    }
    if (action == u"revoke") {
        return command.revoke();
    }
    context.err << usage() << Qt::endl;
    return ExitUsage;
}

} // namespace Kurier::Cli
