#pragma once

#include "CliContext.h"
#include "ksef/crypto/SigningIdentity.h"
#include "office/ClientWork.h"
#include "services/OutboxServices.h"
#include "settings/AppSettings.h"

#include <QCommandLineParser>

namespace Kurier::Cli {

// What the outbox commands share: --db, --environment / --base-url, --nip, and the credentials (the keychain,
// or KURIER_KSEF_TOKEN on a headless server).
struct OutboxCli
{
    Q_DECLARE_TR_FUNCTIONS(OutboxCli)

public:
    // The queue options (--db, --environment, --base-url, --nip, --json, --online-max, --request-timeout).
    static QList<QCommandLineOption> options();
    static void addOptions(QCommandLineParser &parser);
    // `kurier-cli --db F status` → `kurier-cli status --db F`: queue options may come before the command.
    static QStringList commandFirst(const QStringList &arguments);
    // Parses; on a wrong command line prints why and gives the exit code.
    static std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                             CliContext &context);
    static QString defaultDatabasePath();
    // Opens the database and builds the services; `needNip` commands refuse to run without a context NIP.
    static std::expected<std::unique_ptr<OutboxServices>, QString> open(const QCommandLineParser &parser,
                                                                        CliContext &context, bool needNip);
    // KURIER_KSEF_TOKEN if set, else the keychain entry for (environment, NIP).
    static std::expected<void, QString> loadCredentials(OutboxServices &services);
    static QJsonObject itemJson(const OutboxItem &item);
    // Whether the company logs in with a KSeF token (KURIER_KSEF_TOKEN, or a token in the keychain with no
    // valid Authentication certificate), and what to tell a person then: that tokens end, and the way out.
    static bool logsInWithToken(const OutboxServices &services);
    static QString tokensEndWarning(const QDate &tokensEndOn);
    // The warning on standard error when the company logs in with a token (send, status, alerts,
    // certificates).
    static void warnIfOnToken(const OutboxServices &services, CliContext &context);
    // A PKCS#12 file's certificate and key, its password read from standard input (asked for on standard
    // error).
    static std::expected<SigningIdentity, QString> identityFromPkcs12(const QString &path,
                                                                      CliContext &context);
};

// The companies set up in the desktop application (its data folder): what --all-companies works on
// (OfficeCommands.cpp).
struct OfficeSetup
{
    AppSettings settings;
    QString dataDirectory;
    KsefEnvironment environment;
    static QList<QCommandLineOption> options(); // --all-companies, --desktop DIR
    static std::expected<OfficeSetup, QString> load(const QCommandLineParser &parser);
    // The desktop application's data folder (~/.local/share/Kurier/Kurier), and its settings (the defaults
    // when there are none): where kurier-cli reads what the desktop decides, e.g. the end of KSeF tokens.
    static QString defaultDataDirectory();
    static AppSettings desktopSettings(const QString &dataDirectory = defaultDataDirectory());
};
int runClients(const QStringList &arguments, CliContext &context);
int importAllCompanies(const QCommandLineParser &parser, const QStringList &files, CliContext &context);
int workAllCompanies(const QCommandLineParser &parser, ClientWork::Options options, CliContext &context);

int runImport(const QStringList &arguments, CliContext &context);
int runSend(const QStringList &arguments, CliContext &context, bool keepRunning); // send | run
int runStatus(const QStringList &arguments, CliContext &context);
int runShow(const QStringList &arguments, CliContext &context);
int runUpo(const QStringList &arguments, CliContext &context); // --out XML and/or --pdf
int runAudit(const QStringList &arguments, CliContext &context);
int runReconcile(const QStringList &arguments, CliContext &context);    // ReconcileCommand.cpp
int runCertificates(const QStringList &arguments, CliContext &context); // CertificateCommands.cpp
int runIncoming(const QStringList &arguments, CliContext &context);     // IncomingCommand.cpp
int runBackup(const QStringList &arguments, CliContext &context);       // BackupCommand.cpp
int runRestore(const QStringList &arguments, CliContext &context);
int runServer(const QStringList &arguments, CliContext &context); // ServerCommand.cpp
int runAlerts(const QStringList &arguments, CliContext &context);
int runCredentials(const QStringList &arguments, CliContext &context);
int runOffline(const QStringList &arguments, CliContext &context);     // OfflineCommands.cpp
int runPermissions(const QStringList &arguments, CliContext &context); // PermissionCommands.cpp
int runIdentity(const QStringList &arguments, CliContext &context);
// For `import --offline MODE` (OfflineCommands.cpp): the mode from the command line (nothing, with the
// reason printed, when unknown), whether the company can issue offline in it now, and issuing the imported
// invoices (drafts until then) offline — each printed with its deadline and what a person must know (a
// deadline passed long ago, a certificate younger than the invoice) → how many could not be issued.
std::optional<OfflineMode> parseOfflineMode(const QString &text, CliContext &context);
std::expected<void, QString> checkOfflineIssuing(OutboxServices &services, OfflineMode mode);
int issueImportedOffline(OutboxServices &services, const QStringList &keys, OfflineMode mode, bool hold,
                         CliContext &context);
QString outboxUsage();

} // namespace Kurier::Cli
