// kurier-cli permissions list|grant|revoke|clients and kurier-cli identity show|set|remove: KSeF permissions
// (PROTOCOL.md §22). An owner grants and revokes who may act for the company; an office or a bookkeeper acts
// for its clients with one identity of its own, kept once in the keychain — never a client's secret.
#include "OutboxCli.h"
#include "ksef/CredentialVault.h"
#include "ksef/KsefPermissions.h"
#include "ksef/SecretStore.h"
#include "ksef/crypto/SigningIdentity.h"
#include "services/PermissionWork.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kurier::Cli {

namespace {

// The rights a person names on the command line, in KSeF's words.
std::optional<QStringList> rightsFrom(const QString &text)
{
    static const QList<QPair<QString, QString>> names{
        {QStringLiteral("read"), QStringLiteral("InvoiceRead")},
        {QStringLiteral("write"), QStringLiteral("InvoiceWrite")},
        {QStringLiteral("introspection"), QStringLiteral("Introspection")},
        {QStringLiteral("credentials-read"), QStringLiteral("CredentialsRead")},
        {QStringLiteral("credentials-manage"), QStringLiteral("CredentialsManage")}};
    QStringList rights;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString word = part.trimmed().toLower();
        const auto known = std::ranges::find_if(
            names, [&](const auto &name) { return name.first == word || name.second.toLower() == word; });
        if (known == names.end()) {
            return std::nullopt;
        }
        if (!rights.contains(known->second)) {
            rights.append(known->second);
        }
    }
    return rights.isEmpty() ? std::nullopt : std::optional(rights);
}

struct PermissionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kurier::Cli::PermissionsCommand)

public:
    CliContext &context;
    const QCommandLineParser &parser;
    OutboxServices &services;

    int fail(const QString &text) const
    {
        context.err << text << Qt::endl;
        return ExitFailed;
    }
    static QString usage()
    {
        return tr(
            "Usage: kurier-cli permissions list --nip NIP\n"
            "       kurier-cli permissions grant --nip NIP --to PESEL|NIP|FINGERPRINT --rights LIST\n"
            "                                    [--name \"FIRST LAST\"] [--office \"FULL NAME\"]\n"
            "                                    [--no-delegate] [--client NIP|all]\n"
            "       kurier-cli permissions revoke --nip NIP --id ID [--yes]\n"
            "       kurier-cli permissions clients --nip OFFICE-NIP\n"
            "LIST: read, write, introspection, credentials-read, credentials-manage (comma-separated).");
    }
    static QString kindText(const PermissionGrantInfo &g)
    {
        switch (g.kind) {
        case PermissionGrantInfo::Kind::Person:
            return tr("person");
        case PermissionGrantInfo::Kind::Entity:
            return tr("office/company");
        case PermissionGrantInfo::Kind::Indirect:
            return g.allPartners ? tr("through the office, every client") : tr("through the office");
        }
        return {};
    }
    static QJsonObject grantJson(const PermissionGrantInfo &g)
    {
        return QJsonObject{{QStringLiteral("id"), g.id},
                           {QStringLiteral("kind"),
                            g.kind == PermissionGrantInfo::Kind::Person   ? QStringLiteral("person")
                            : g.kind == PermissionGrantInfo::Kind::Entity ? QStringLiteral("entity")
                                                                          : QStringLiteral("indirect")},
                           {QStringLiteral("subjectType"), g.subjectType},
                           {QStringLiteral("subject"), g.subjectValue},
                           {QStringLiteral("name"), g.subjectName},
                           {QStringLiteral("permission"), g.permission},
                           {QStringLiteral("canDelegate"), g.canDelegate},
                           {QStringLiteral("context"), g.contextNip},
                           {QStringLiteral("client"), g.allPartners ? QStringLiteral("all") : g.targetNip},
                           {QStringLiteral("since"), g.since.toString(Qt::ISODate)}};
    }
    int printGrants(const QList<PermissionGrantInfo> &grants, const QString &none) const
    {
        if (context.json) {
            QJsonArray rows;
            for (const PermissionGrantInfo &g : grants) {
                rows.append(grantJson(g));
            }
            context.out << QJsonDocument(rows).toJson(QJsonDocument::Compact) << Qt::endl;
            return ExitOk;
        }
        for (const PermissionGrantInfo &g : grants) {
            context.out << QStringLiteral("%1  %2  %3  %4%5%6")
                               .arg(g.id, g.permission.leftJustified(18), kindText(g),
                                    PermissionWork::subjectText(g),
                                    g.canDelegate ? tr(", may pass it on") : QString(),
                                    g.kind == PermissionGrantInfo::Kind::Indirect && !g.targetNip.isEmpty()
                                        ? tr(", client %1").arg(g.targetNip)
                                        : QString())
                        << Qt::endl;
        }
        if (grants.isEmpty()) {
            context.out << none << Qt::endl;
        }
        return ExitOk;
    }
    std::expected<void, QString> login() const
    {
        if (const auto loaded = OutboxCli::loadCredentials(services); !loaded) {
            return std::unexpected(loaded.error());
        }
        if (const auto tokens = services.client->authenticate(); !tokens) {
            return std::unexpected(tokens.error().message());
        }
        return {};
    }
    // The outcome of a grant or revoke KSeF decided (PermissionWork followed and audited it), in plain words.
    int report(const PermissionWork::Outcome &outcome) const
    {
        if (!outcome) {
            return fail(outcome.error().message());
        }
        context.out << outcome->text()
                    << (outcome->details.isEmpty() ? QString() : u' ' + outcome->details.join(u' '))
                    << Qt::endl;
        return outcome->phase == PermissionOutcome::Phase::Done ? ExitOk : ExitFailed;
    }

    int list() const
    {
        if (const auto in = login(); !in) {
            return fail(in.error());
        }
        KsefPermissions permissions(*services.client);
        auto holders = permissions.holders();
        if (!holders) {
            return fail(holders.error().message());
        }
        return printGrants(*holders,
                           tr("Nobody holds permissions in NIP %1 but its owner.").arg(services.contextNip));
    }

    int clients() const
    {
        if (const auto in = login(); !in) {
            return fail(in.error());
        }
        auto granted = KsefPermissions(*services.client).clientsGrants();
        if (!granted) {
            return fail(granted.error().message());
        }
        return printGrants(*granted, tr("No company has given NIP %1 access yet.").arg(services.contextNip));
    }

    int grant() const
    {
        const auto subject = PermissionSubject::parse(parser.value(QStringLiteral("to")));
        const auto rights = rightsFrom(parser.value(QStringLiteral("rights")));
        if (!subject || !rights) {
            context.err << (subject ? tr("--rights: read, write, introspection, credentials-read or "
                                         "credentials-manage, comma-separated.")
                                    : tr("--to: a PESEL (11 digits), a NIP (10 digits) or a certificate's "
                                         "SHA-256 fingerprint (64 hexadecimal digits)."))
                        << Qt::endl;
            return ExitUsage;
        }
        const QStringList name = parser.value(QStringLiteral("name")).split(u' ', Qt::SkipEmptyParts);
        PermissionGrantRequest request;
        request.subject = *subject;
        request.permissions = *rights;
        request.firstName = name.value(0);
        request.lastName = QStringList(name.mid(1)).join(u' ');
        request.entityName = parser.value(QStringLiteral("office"));
        request.canDelegate = !parser.isSet(QStringLiteral("no-delegate"));
        request.onward = parser.isSet(QStringLiteral("client"));
        const QString client = parser.value(QStringLiteral("client"));
        request.clientNip = client == u"all" ? QString() : client;
        if (const QString problem = request.problem(); !problem.isEmpty()) {
            return fail(problem);
        }
        if (const auto in = login(); !in) {
            return fail(in.error());
        }
        context.err << tr("Sent to KSeF; waiting for its decision…") << Qt::endl;
        return report(PermissionWork::grant(services, request));
    }

    int revoke() const
    {
        const QString id = parser.value(QStringLiteral("id"));
        if (id.isEmpty()) {
            context.err << usage() << Qt::endl;
            return ExitUsage;
        }
        if (const auto in = login(); !in) {
            return fail(in.error());
        }
        KsefPermissions permissions(*services.client);
        const auto holders = permissions.holders();
        if (!holders) {
            return fail(holders.error().message());
        }
        const auto held =
            std::ranges::find_if(*holders, [&](const PermissionGrantInfo &g) { return g.id == id; });
        if (held == holders->end()) {
            return fail(tr("No permission %1 is held in NIP %2 (`kurier-cli permissions list` shows them).")
                            .arg(id, services.contextNip));
        }
        if (!parser.isSet(QStringLiteral("yes"))) {
            context.err << PermissionWork::revokeConsequence(*held, services.contextNip) << u' '
                        << tr("Repeat with --yes to revoke it.") << Qt::endl;
            return ExitUsage;
        }
        context.err << tr("Sent to KSeF; waiting for its decision…") << Qt::endl;
        return report(PermissionWork::revoke(services, *held));
    }
};

} // namespace

int runPermissions(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("to"), PermissionsCommand::tr("grant: PESEL, NIP or certificate fingerprint."),
         QStringLiteral("id")},
        {QStringLiteral("rights"), PermissionsCommand::tr("grant: read, write, introspection, …"),
         QStringLiteral("list")},
        {QStringLiteral("name"), PermissionsCommand::tr("grant: the person's first and last name."),
         QStringLiteral("name")},
        {QStringLiteral("office"),
         PermissionsCommand::tr("grant: to an office (entity) by NIP, its full name."),
         QStringLiteral("name")},
        {QStringLiteral("no-delegate"),
         PermissionsCommand::tr("grant --office: the office may not pass it on.")},
        {QStringLiteral("client"),
         PermissionsCommand::tr("grant: as an office, pass it on for a client (NIP or all)."),
         QStringLiteral("nip")},
        {QStringLiteral("id"), PermissionsCommand::tr("revoke: the permission's id (from list)."),
         QStringLiteral("id")},
        {QStringLiteral("yes"), PermissionsCommand::tr("revoke: yes, revoke it.")},
    });
    parser.addPositionalArgument(QStringLiteral("action"),
                                 PermissionsCommand::tr("list, grant, revoke or clients"));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        context.err << (parser.errorText().isEmpty() ? QString() : parser.errorText() + u'\n')
                    << PermissionsCommand::usage() << Qt::endl;
        return ExitUsage;
    }
    auto services = OutboxCli::open(parser, context, true);
    if (!services) {
        context.err << services.error() << Qt::endl;
        return ExitFailed;
    }
    const PermissionsCommand command{context, parser, **services};
    const QString action = parser.positionalArguments().first();
    if (action == u"list") {
        return command.list();
    }
    if (action == u"grant") {
        return command.grant();
    }
    if (action == u"revoke") {
        return command.revoke();
    }
    if (action == u"clients") {
        return command.clients();
    }
    context.err << PermissionsCommand::usage() << Qt::endl;
    return ExitUsage;
}

int runIdentity(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("p12"), PermissionsCommand::tr("set: a PKCS#12 file (password from standard input)."),
         QStringLiteral("file")},
        {QStringLiteral("from-company"),
         PermissionsCommand::tr(
             "set: the KSeF Authentication certificate of this company (the office's own NIP)."),
         QStringLiteral("nip")},
    });
    parser.addPositionalArgument(QStringLiteral("action"), PermissionsCommand::tr("show, set or remove"));
    const QString usage = PermissionsCommand::tr(
        "Usage: kurier-cli identity show|remove\n"
        "       kurier-cli identity set --p12 FILE | --from-company OFFICE-NIP\n"
        "The identity you act as for companies that have no credentials of their own in "
        "Kurier: KSeF lets it in where it holds permissions.");
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        context.err << usage << Qt::endl;
        return ExitUsage;
    }
    auto services = OutboxCli::open(parser, context, false);
    if (!services) {
        context.err << services.error() << Qt::endl;
        return ExitFailed;
    }
    KeychainSecretStore keychain;
    CredentialVault vault(keychain);
    const QString environment = (*services)->environment.key();
    const QString action = parser.positionalArguments().first();
    if (action == u"set") {
        std::expected<SigningIdentity, QString> identity = std::unexpected(usage);
        if (parser.isSet(QStringLiteral("p12"))) {
            identity = OutboxCli::identityFromPkcs12(parser.value(QStringLiteral("p12")), context);
        } else if (parser.isSet(QStringLiteral("from-company"))) {
            const QString nip = parser.value(QStringLiteral("from-company"));
            const auto stored = vault.ksefCertificate(environment, nip, KsefCertificateType::Authentication);
            if (!stored || !stored->has_value()) {
                identity = std::unexpected(
                    stored ? PermissionsCommand::tr("NIP %1 has no KSeF Authentication certificate in this "
                                                    "keychain (`kurier-cli certificates enrol --nip %1`).")
                                 .arg(nip)
                           : stored.error());
            } else {
                identity = SigningIdentity{(*stored)->key, (*stored)->certificate};
            }
        }
        if (!identity) {
            context.err << identity.error() << Qt::endl;
            return ExitFailed;
        }
        if (const auto saved = vault.saveActingIdentity(environment, *identity); !saved) {
            context.err << saved.error() << Qt::endl;
            return ExitFailed;
        }
    } else if (action == u"remove") {
        if (const auto removed = vault.removeActingIdentity(environment); !removed) {
            context.err << removed.error() << Qt::endl;
            return ExitFailed;
        }
        context.out << PermissionsCommand::tr("No identity is set for %1 any more.")
                           .arg((*services)->environment.displayName())
                    << Qt::endl;
        return ExitOk;
    } else if (action != u"show") {
        context.err << usage << Qt::endl;
        return ExitUsage;
    }
    const auto acting = vault.actingIdentity(environment);
    if (!acting) {
        context.err << acting.error() << Qt::endl;
        return ExitFailed;
    }
    if (!acting->has_value()) {
        context.out << PermissionsCommand::tr(
                           "No identity is set: Kurier logs in only with each company's own "
                           "credentials.")
                    << Qt::endl;
        return ExitOk;
    }
    const Certificate &certificate = (*acting)->certificate;
    if (context.json) {
        context.out << QJsonDocument(
                           QJsonObject{
                               {QStringLiteral("subject"), certificate.subjectText()},
                               {QStringLiteral("serial"), certificate.serialHex()},
                               {QStringLiteral("fingerprint"), certificate.fingerprintSha256()},
                               {QStringLiteral("validTo"), certificate.notAfter().toString(Qt::ISODate)}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
    } else {
        context.out << PermissionsCommand::tr(
                           "Acting as: %1\nSerial: %2\nFingerprint (SHA-256): %3\nValid to: %4")
                           .arg(certificate.subjectText(), certificate.serialHex(),
                                certificate.fingerprintSha256(),
                                certificate.notAfter().toString(QStringLiteral("yyyy-MM-dd")))
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace Kurier::Cli
