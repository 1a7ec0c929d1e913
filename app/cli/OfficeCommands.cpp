// kurier-cli for an accounting office's many client companies (the companies set up in the desktop
// application): `clients [list|add]`, `import --all-companies`, `send --all-companies`.
#include "OutboxCli.h"
#include "domain/Nip.h"
#include "ksef/CredentialVault.h"
#include "ksef/SecretStore.h"
#include "office/ClientRouting.h"
#include "office/ClientWork.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>

#include <atomic>
#include <csignal>

namespace Kurier::Cli {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kurier::Cli", text, disambiguation, n);
}

std::atomic_bool g_cancel{false};

void requestCancel(int)
{
    g_cancel = true;
}

QString settingsFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("kurier.ini"));
}

QJsonObject summaryJson(const ClientSummary &summary)
{
    QJsonObject json{
        {QStringLiteral("nip"), summary.client.nip},
        {QStringLiteral("name"), summary.client.name},
        {QStringLiteral("environment"), summary.client.environment},
        {QStringLiteral("ready"), summary.ready},
        {QStringLiteral("inFlight"), summary.inFlight},
        {QStringLiteral("confirmed"), summary.confirmed},
        {QStringLiteral("rejected"), summary.rejected},
        {QStringLiteral("stuck"), summary.stuck},
        {QStringLiteral("missingUpo"), summary.missingUpo},
        {QStringLiteral("offlineDue"), summary.offlineDue},
        {QStringLiteral("offlineOverdue"), summary.offlineOverdue},
        {QStringLiteral("newPurchases"), summary.newPurchases},
        {QStringLiteral("lastReconcile"), summary.lastReconcileOutcome},
        {QStringLiteral("lastReconcileAt"),
         summary.lastReconcileAt.isValid() ? summary.lastReconcileAt.toString(Qt::ISODate) : QString()},
        {QStringLiteral("credentials"), summary.credentialsKind},
        {QStringLiteral("credentialsExpire"),
         summary.credentialsExpire.isValid() ? summary.credentialsExpire.toString(Qt::ISODate) : QString()},
        {QStringLiteral("needsAttention"), summary.needsAttention()},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(summary.attentionReasons())}};
    if (!summary.problem.isEmpty()) {
        json.insert(QStringLiteral("problem"), summary.problem);
    }
    return json;
}

int listClients(const OfficeSetup &office, bool attentionOnly, CliContext &context)
{
    const QList<ClientSummary> summaries =
        ClientOverview::readAll(ClientOverview::entries(office.settings, office.dataDirectory),
                                context.clock.now(), ClientOverview::Options());
    QJsonArray list;
    bool attention = false;
    for (const ClientSummary &summary : summaries) {
        attention = attention || summary.needsAttention();
        if (attentionOnly && !summary.needsAttention()) {
            continue;
        }
        if (context.json) {
            list.append(summaryJson(summary));
            continue;
        }
        context.out << summary.client.name << " (NIP " << summary.client.nip << ")";
        if (!summary.exists) {
            context.out << ": " << tr("nothing stored yet") << Qt::endl;
            continue;
        }
        context.out << ": "
                    << tr("ready %1, in KSeF %2, confirmed %3, rejected %4, new purchases %5")
                           .arg(summary.ready)
                           .arg(summary.inFlight)
                           .arg(summary.confirmed)
                           .arg(summary.rejected)
                           .arg(summary.newPurchases);
        if (summary.needsAttention()) {
            context.out
                << " — "
                << tr("needs attention: %1").arg(summary.attentionReasons().join(QStringLiteral(", ")));
        }
        context.out << Qt::endl;
    }
    if (context.json) {
        context.out
            << QJsonDocument(QJsonObject{{QStringLiteral("clients"), list}}).toJson(QJsonDocument::Indented);
    }
    return attention ? ExitAttention : ExitOk;
}

int addClient(OfficeSetup &office, const QCommandLineParser &parser, CliContext &context)
{
    const QString nip = parser.value(QStringLiteral("nip")).trimmed();
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (!Nip::isValid(nip)) {
        context.err << tr("\"%1\" is not a valid NIP (10 digits with a correct check digit).").arg(nip)
                    << Qt::endl;
        return ExitUsage;
    }
    if (name.isEmpty()) {
        context.err << tr("Name the company with --name.") << Qt::endl;
        return ExitUsage;
    }
    for (const CompanyProfile &company : std::as_const(office.settings.companies)) {
        if (company.nip == nip) {
            context.err << tr("%1 (NIP %2) is already a client.").arg(company.name, nip) << Qt::endl;
            return ExitOk;
        }
    }
    CompanyProfile company;
    company.nip = nip;
    company.name = name;
    office.settings.upsertCompany(company);
    office.settings.firstRunDone = true;
    QSettings stored(settingsFile(office.dataDirectory), QSettings::IniFormat);
    office.settings.save(stored);
    stored.sync();
    if (stored.status() != QSettings::NoError) {
        context.err << tr("The settings cannot be saved in %1.").arg(stored.fileName()) << Qt::endl;
        return ExitFailed;
    }
    context.err << tr("%1 (NIP %2) is a client now.").arg(name, nip) << Qt::endl;
    return ExitOk;
}

} // namespace

QString OfficeSetup::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Kurier/Kurier");
}

AppSettings OfficeSetup::desktopSettings(const QString &dataDirectory)
{
    QSettings stored(settingsFile(dataDirectory), QSettings::IniFormat);
    return AppSettings::load(stored);
}

std::expected<OfficeSetup, QString> OfficeSetup::load(const QCommandLineParser &parser)
{
    OfficeSetup office;
    office.dataDirectory = parser.value(QStringLiteral("desktop")).isEmpty()
                               ? defaultDataDirectory()
                               : parser.value(QStringLiteral("desktop"));
    office.settings = desktopSettings(office.dataDirectory);
    const auto environment = KsefEnvironment::fromText(office.settings.environment);
    if (!environment) {
        return std::unexpected(
            QCoreApplication::translate("Kurier::Cli",
                                        "The desktop's settings name an unknown KSeF environment \"%1\".")
                .arg(office.settings.environment));
    }
    office.environment = *environment;
    return office;
}

QList<QCommandLineOption> OfficeSetup::options()
{
    return {
        {QStringLiteral("all-companies"),
         QCoreApplication::translate(
             "Kurier::Cli",
             "Every client company set up in the desktop application, each with its own database, "
             "credentials and KSeF limits.")},
        {QStringLiteral("desktop"),
         QCoreApplication::translate(
             "Kurier::Cli", "The desktop application's data folder (default ~/.local/share/Kurier/Kurier)."),
         QCoreApplication::translate("Kurier::Cli", "dir")}};
}

int runClients(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOptions(OfficeSetup::options());
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("attention"), tr("Only the clients that need attention.")});
    parser.addOption({QStringLiteral("nip"), tr("add: the company's NIP."), tr("nip")});
    parser.addOption({QStringLiteral("name"), tr("add: the company's name."), tr("name")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | add"));
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    context.json = context.json || parser.isSet(QStringLiteral("json"));
    auto office = OfficeSetup::load(parser);
    if (!office) {
        context.err << office.error() << Qt::endl;
        return ExitFailed;
    }
    const QString action = parser.positionalArguments().value(0, QStringLiteral("list"));
    if (action == u"add") {
        return addClient(*office, parser, context);
    }
    if (action != u"list") {
        context.err
            << tr("Usage: kurier-cli clients [list [--attention] [--json] | add --nip NIP --name NAME] "
                  "[--desktop DIR]")
            << Qt::endl;
        return ExitUsage;
    }
    if (office->settings.companies.isEmpty()) {
        context.err << tr("No company is set up in the desktop application at %1.").arg(office->dataDirectory)
                    << Qt::endl;
        return ExitOk;
    }
    return listClients(*office, parser.isSet(QStringLiteral("attention")), context);
}

int importAllCompanies(const QCommandLineParser &parser, const QStringList &files, CliContext &context)
{
    auto office = OfficeSetup::load(parser);
    if (!office) {
        context.err << office.error() << Qt::endl;
        return ExitFailed;
    }
    QSet<QString> nips;
    for (const CompanyProfile &company : std::as_const(office->settings.companies)) {
        nips.insert(company.nip);
    }
    const ClientRouting::Plan plan = ClientRouting::route(files, nips);
    ClientRouting::ImportOptions options;
    options.environment = office->environment;
    QJsonArray companies;
    int exit = ExitOk;
    const QList<ClientRouting::Imported> imported = ClientRouting::importPlan(
        plan, ClientOverview::entries(office->settings, office->dataDirectory), options, context.clock);
    for (const ClientRouting::Imported &company : imported) {
        const ClientEntry &client = company.client;
        if (!company.failure.isEmpty()) {
            context.err << client.name << " (NIP " << client.nip << "): " << company.failure << Qt::endl;
            exit = ExitFailed;
        }
        for (const QString &refused : company.refused) {
            context.err << refused << Qt::endl;
            exit = ExitFailed;
        }
        companies.append(QJsonObject{{QStringLiteral("nip"), client.nip},
                                     {QStringLiteral("name"), client.name},
                                     {QStringLiteral("added"), company.added},
                                     {QStringLiteral("alreadyQueued"), company.alreadyThere},
                                     {QStringLiteral("refused"), static_cast<int>(company.refused.size())},
                                     {QStringLiteral("failure"), company.failure}});
        if (!context.json) {
            context.out << tr("%1 (NIP %2): %3 added, %4 already there, %5 refused")
                               .arg(client.name, client.nip)
                               .arg(company.added)
                               .arg(company.alreadyThere)
                               .arg(company.refused.size())
                        << Qt::endl;
        }
    }
    QJsonArray unknown;
    for (const ClientRouting::Unknown &seller : plan.unknown) {
        unknown.append(QJsonObject{{QStringLiteral("nip"), seller.nip},
                                   {QStringLiteral("name"), seller.name},
                                   {QStringLiteral("files"), QJsonArray::fromStringList(seller.files)}});
        context.err << tr("Not a client: %1 (NIP %2), %n invoice(s) not imported. Add it with: kurier-cli "
                          "clients add --nip %2 --name \"%1\"",
                          nullptr, static_cast<int>(seller.files.size()))
                           .arg(seller.name, seller.nip)
                    << Qt::endl;
        exit = ExitFailed;
    }
    QJsonArray unreadable;
    for (const ClientRouting::Unreadable &file : plan.unreadable) {
        unreadable.append(
            QJsonObject{{QStringLiteral("path"), file.path}, {QStringLiteral("reason"), file.reason}});
        context.err << file.path << ": " << file.reason << Qt::endl;
        exit = ExitFailed;
    }
    if (context.json) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("companies"), companies},
                                                 {QStringLiteral("unknownSellers"), unknown},
                                                 {QStringLiteral("unreadable"), unreadable}})
                           .toJson(QJsonDocument::Indented);
    }
    return exit;
}

int workAllCompanies(const QCommandLineParser &parser, ClientWork::Options options, CliContext &context)
{
    auto office = OfficeSetup::load(parser);
    if (!office) {
        context.err << office.error() << Qt::endl;
        return ExitFailed;
    }
    const QList<ClientEntry> clients = ClientOverview::entries(office->settings, office->dataDirectory);
    if (clients.isEmpty()) {
        context.err << tr("No company is set up in the desktop application at %1.").arg(office->dataDirectory)
                    << Qt::endl;
        return ExitOk;
    }
    options.environment = office->environment;
    options.tokensEndOn = office->settings.tokensEndOn;
    // Read here, on this thread, before the workers start (the keychain is asked from one thread only).
    QHash<QString, std::expected<KsefCredentials, QString>> credentials;
    {
        KeychainSecretStore keychain;
        CredentialVault vault(keychain);
        for (const ClientEntry &client : clients) {
            credentials.insert(client.nip, vault.load(office->environment.key(), client.nip));
        }
    }
    options.credentials = [&credentials](const ClientEntry &client) {
        return credentials.value(client.nip);
    };
    QMutex printing;
    options.progress = [&](int index, const QString &text) {
        const QMutexLocker lock(&printing);
        if (!context.json) {
            context.err << clients[index].name << " (NIP " << clients[index].nip << "): " << text << Qt::endl;
        }
    };
    std::signal(SIGTERM, requestCancel);
    std::signal(SIGINT, requestCancel);
    const QList<ClientWork::Outcome> outcomes = ClientWork::run(clients, options, g_cancel);
    int exit = ExitOk;
    QJsonArray list;
    for (const ClientWork::Outcome &outcome : outcomes) {
        list.append(QJsonObject{{QStringLiteral("nip"), outcome.client.nip},
                                {QStringLiteral("name"), outcome.client.name},
                                {QStringLiteral("result"), ClientWork::resultKey(outcome.result)},
                                {QStringLiteral("message"), outcome.message},
                                {QStringLiteral("confirmed"), outcome.confirmed},
                                {QStringLiteral("rejected"), outcome.rejected},
                                {QStringLiteral("open"), outcome.open},
                                {QStringLiteral("purchases"), outcome.purchases}});
        if (outcome.result == ClientWork::Result::Failed || outcome.result == ClientWork::Result::Cancelled) {
            exit = ExitFailed;
        } else if (outcome.result == ClientWork::Result::Attention && exit == ExitOk) {
            exit = ExitAttention;
        }
    }
    if (context.json) {
        context.out
            << QJsonDocument(QJsonObject{{QStringLiteral("clients"), list}}).toJson(QJsonDocument::Indented);
    } else {
        context.out << ClientWork::summary(outcomes) << Qt::endl;
    }
    return exit;
}

} // namespace Kurier::Cli
