// kurier-cli audit, alerts, credentials.
#include "OutboxCli.h"
#include "ksef/CredentialVault.h"
#include "ksef/SecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Kurier::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kurier::Cli", text);
}

QString readSecretLine()
{
    QTextStream in(stdin);
    return in.readLine().trimmed();
}
} // namespace

int runAudit(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOption(
        {QStringLiteral("out"), tr("export: write the CSV here instead of standard output."), tr("file")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("verify or export"));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: kurier-cli audit verify|export [--out FILE]") << Qt::endl;
        return ExitUsage;
    }
    auto services = OutboxCli::open(parser, context, false);
    if (!services) {
        context.err << services.error() << Qt::endl;
        return ExitFailed;
    }
    const QString action = parser.positionalArguments().first();
    if (action == u"verify") {
        const auto result = (*services)->audit->verify();
        if (!result) {
            context.err << result.error().text() << Qt::endl;
            return ExitFailed;
        }
        if (context.json) {
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("intact"), result->intact},
                                                     {QStringLiteral("entries"), result->entries},
                                                     {QStringLiteral("firstBadEntry"), result->firstBadSeq},
                                                     {QStringLiteral("problem"), result->problem}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
        } else if (result->intact) {
            context.out << tr("The audit log is intact: %1 entries, each chained to the one before.")
                               .arg(result->entries)
                        << Qt::endl;
        } else {
            context.out << tr("The audit log was tampered with: %1").arg(result->problem) << Qt::endl;
        }
        return result->intact ? ExitOk : ExitFailed;
    }
    if (action == u"export") {
        QFile file;
        const bool toFile = parser.isSet(QStringLiteral("out"));
        if (toFile) {
            file.setFileName(parser.value(QStringLiteral("out")));
        }
        if (!(toFile ? file.open(QIODevice::WriteOnly) : file.open(stdout, QIODevice::WriteOnly))) {
            context.err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return ExitFailed;
        }
        const auto rows = (*services)->audit->exportCsv(file);
        if (!rows) {
            context.err << rows.error().text() << Qt::endl;
            return ExitFailed;
        }
        file.flush();
        context.err << tr("%1 audit entries exported.").arg(*rows) << Qt::endl;
        return ExitOk;
    }
    context.err << tr("Usage: kurier-cli audit verify|export [--out FILE]") << Qt::endl;
    return ExitUsage;
}

int runAlerts(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOption({QStringLiteral("ack"), tr("Acknowledge this alert."), tr("id")});
    parser.addOption({QStringLiteral("ack-all"), tr("Acknowledge every open alert.")});
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    auto services = OutboxCli::open(parser, context, false);
    if (!services) {
        context.err << services.error() << Qt::endl;
        return ExitFailed;
    }
    AlertCenter &alerts = *(*services)->alerts;
    if (parser.isSet(QStringLiteral("ack"))) {
        return alerts.acknowledge(parser.value(QStringLiteral("ack")).toLongLong()) ? ExitOk : ExitFailed;
    }
    if (parser.isSet(QStringLiteral("ack-all"))) {
        return alerts.acknowledgeAll() ? ExitOk : ExitFailed;
    }
    const auto open = alerts.open();
    if (!open) {
        context.err << open.error().text() << Qt::endl;
        return ExitFailed;
    }
    QJsonArray list;
    for (const Alert &alert : *open) {
        list.append(QJsonObject{{QStringLiteral("id"), alert.id},
                                {QStringLiteral("kind"), alert.kind},
                                {QStringLiteral("item"), alert.itemKey},
                                {QStringLiteral("message"), alert.message},
                                {QStringLiteral("raisedAt"), alert.raisedAt.toString(Qt::ISODateWithMs)}});
        if (!context.json) {
            context.out << alert.id << "  " << alert.raisedAt.toLocalTime().toString(Qt::ISODate) << "  "
                        << alert.kind << "  " << alert.message << Qt::endl;
        }
    }
    if (context.json) {
        context.out
            << QJsonDocument(QJsonObject{{QStringLiteral("alerts"), list}}).toJson(QJsonDocument::Indented);
    } else if (open->isEmpty()) {
        context.err << tr("No open alerts.") << Qt::endl;
    }
    OutboxCli::warnIfOnToken(**services, context);
    return open->isEmpty() ? ExitOk : ExitFailed;
}

int runCredentials(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOption(
        {QStringLiteral("p12"),
         tr("set-certificate: a PKCS#12 (.p12/.pfx) file; its password is read from standard input."),
         tr("file")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("set-token, set-certificate or remove"));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        context.err
            << tr("Usage: kurier-cli credentials set-token|set-certificate --p12 FILE|remove --nip NIP")
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
    const QString environment = (*services)->environment.key();
    const QString nip = (*services)->contextNip;
    const QString action = parser.positionalArguments().first();
    std::expected<void, QString> done = std::unexpected(tr("Unknown action \"%1\".").arg(action));
    if (action == u"set-token") {
        context.err << tr("KSeF token (read from standard input, not shown):") << Qt::endl;
        done = vault.saveToken(environment, nip, readSecretLine());
    } else if (action == u"set-certificate") {
        const auto identity = OutboxCli::identityFromPkcs12(parser.value(QStringLiteral("p12")), context);
        done = identity ? vault.saveIdentity(environment, nip, *identity) : std::unexpected(identity.error());
    } else if (action == u"remove") {
        done = vault.remove(environment, nip);
    }
    if (!done) {
        context.err << done.error() << Qt::endl;
        return ExitFailed;
    }
    context.err << tr("Done: credentials for NIP %1 in %2.").arg(nip, (*services)->environment.displayName())
                << Qt::endl;
    return ExitOk;
}

} // namespace Kurier::Cli
