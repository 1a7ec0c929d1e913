#include "OutboxCli.h"

#include "calendar/PolishCalendar.h"
#include "ksef/CredentialVault.h"
#include "ksef/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

namespace Kurier::Cli {

QList<QCommandLineOption> OutboxCli::options()
{
    return {
        {QStringLiteral("db"), tr("Kurier's database (default: %1).").arg(defaultDatabasePath()), tr("path")},
        {QStringLiteral("environment"), tr("KSeF environment: test, demo or production (default: test)."),
         tr("name")},
        {QStringLiteral("base-url"), tr("A KSeF API at this address instead (e.g. the emulator's baseUrl)."),
         tr("url")},
        {QStringLiteral("nip"), tr("The context NIP invoices are sent in."), tr("nip")},
        {QStringLiteral("json"), tr("Print the result as JSON.")},
        {QStringLiteral("online-max"),
         tr("Send online while at most this many invoices wait (and the online budget allows); more go "
            "in batch sessions (default 20)."),
         tr("n")},
        {QStringLiteral("request-timeout"),
         tr("Give up on a KSeF request after this many milliseconds (default 30000)."), tr("ms")},
    };
}

void OutboxCli::addOptions(QCommandLineParser &parser)
{
    parser.addOptions(options());
}

QStringList OutboxCli::commandFirst(const QStringList &arguments)
{
    QSet<QString> withValue;
    for (const QCommandLineOption &option : options()) {
        if (!option.valueName().isEmpty()) {
            for (const QString &name : option.names()) {
                withValue.insert(QStringLiteral("--") + name);
            }
        }
    }
    QStringList leading;
    qsizetype i = 1;
    while (i < arguments.size() && arguments.at(i).startsWith(u"--") && arguments.at(i) != u"--help" &&
           arguments.at(i) != u"--version") {
        leading << arguments.at(i);
        if (withValue.contains(arguments.at(i)) && i + 1 < arguments.size()) {
            leading << arguments.at(i + 1);
            ++i;
        }
        ++i;
    }
    if (leading.isEmpty() || i >= arguments.size()) {
        return arguments; // no command after the options: the usage message says what is missing
    }
    return QStringList{arguments.first(), arguments.at(i)} + leading + arguments.mid(i + 1);
}

QString OutboxCli::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/kurier.sqlite");
}

std::expected<std::unique_ptr<OutboxServices>, QString> OutboxCli::open(const QCommandLineParser &parser,
                                                                        CliContext &context, bool needNip)
{
    context.json = context.json || parser.isSet(QStringLiteral("json"));
    const QString text = parser.isSet(QStringLiteral("base-url"))
                             ? parser.value(QStringLiteral("base-url"))
                             : parser.value(QStringLiteral("environment"));
    const auto environment = KsefEnvironment::fromText(text.isEmpty() ? QStringLiteral("test") : text);
    if (!environment) {
        return std::unexpected(
            tr("Unknown KSeF environment \"%1\": use test, demo, production or --base-url URL.").arg(text));
    }
    const QString nip = parser.value(QStringLiteral("nip")).trimmed();
    if (needNip && nip.isEmpty()) {
        return std::unexpected(tr("Name the context NIP with --nip."));
    }
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    if (!ServerAddress::isServer(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    OutboxEngine::Options options;
    if (parser.isSet(QStringLiteral("online-max"))) {
        options.onlineMax = std::max(0, parser.value(QStringLiteral("online-max")).toInt());
    }
    auto services = OutboxServices::open(path, *environment, nip, context.clock, options);
    if (services) {
        (*services)->tokensEndOn = OfficeSetup::desktopSettings().tokensEndOn;
    }
    if (services && parser.isSet(QStringLiteral("request-timeout"))) {
        (*services)->transport->setDefaultTimeout(std::chrono::milliseconds(
            std::max(100, parser.value(QStringLiteral("request-timeout")).toInt())));
    }
    return services;
}

std::expected<void, QString> OutboxCli::loadCredentials(OutboxServices &services)
{
    KsefCredentials credentials;
    const QString token = qEnvironmentVariable("KURIER_KSEF_TOKEN").trimmed();
    if (!token.isEmpty()) {
        credentials.contextNip = services.contextNip;
        credentials.ksefToken = token;
    } else {
        KeychainSecretStore keychain;
        CredentialVault vault(keychain);
        auto stored = vault.load(services.environment.key(), services.contextNip);
        if (!stored) {
            return std::unexpected(
                stored.error() + u' ' +
                tr("(Store them with `kurier-cli credentials set-token`, or set KURIER_KSEF_TOKEN.)"));
        }
        credentials = *stored;
    }
    services.useCredentials(credentials);
    return {};
}

std::expected<SigningIdentity, QString> OutboxCli::identityFromPkcs12(const QString &path,
                                                                      CliContext &context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
    context.err << tr("Password of the PKCS#12 file (read from standard input):") << Qt::endl;
    QTextStream in(stdin);
    return SigningIdentity::fromPkcs12(file.readAll(), in.readLine().trimmed());
}

bool OutboxCli::logsInWithToken(const OutboxServices &services)
{
    if (!qEnvironmentVariable("KURIER_KSEF_TOKEN").trimmed().isEmpty()) {
        return true;
    }
    if (services.contextNip.isEmpty()) {
        return false;
    }
    KeychainSecretStore keychain;
    return CredentialVault(keychain).usesToken(services.environment.key(), services.contextNip);
}

QString OutboxCli::tokensEndWarning(const QDate &tokensEndOn)
{
    return tr("This company logs in with a KSeF token; tokens are only assured until %1. Get a KSeF "
              "certificate: kurier-cli certificates enrol.")
        .arg(PolishCalendar::dateText(tokensEndOn));
}

void OutboxCli::warnIfOnToken(const OutboxServices &services, CliContext &context)
{
    if (logsInWithToken(services)) {
        context.err << tokensEndWarning(services.tokensEndOn) << Qt::endl;
    }
}

QJsonObject OutboxCli::itemJson(const OutboxItem &item)
{
    QJsonObject json{{QStringLiteral("key"), item.key},
                     {QStringLiteral("number"), item.invoiceNumber},
                     {QStringLiteral("sellerNip"), item.sellerNip},
                     {QStringLiteral("kind"), item.invoiceKind},
                     {QStringLiteral("issueDate"), item.issueDate.toString(Qt::ISODate)},
                     {QStringLiteral("state"), invoiceStateKey(item.state)},
                     {QStringLiteral("ksefNumber"),
                      item.ksefNumber.isEmpty() ? QJsonValue() : QJsonValue(item.ksefNumber)},
                     {QStringLiteral("upo"), item.hasUpo && item.upoVerified},
                     {QStringLiteral("attempts"), item.attempts},
                     {QStringLiteral("contentHash"), item.contentHash}};
    if (item.mode) {
        json.insert(QStringLiteral("mode"), sendModeKey(*item.mode));
    }
    if (item.offlineMode) {
        json.insert(QStringLiteral("offlineMode"), offlineModeKey(*item.offlineMode));
        json.insert(QStringLiteral("offlineDueAt"),
                    item.offlineDueAt.isValid() ? QJsonValue(item.offlineDueAt.toString(Qt::ISODateWithMs))
                                                : QJsonValue());
        json.insert(QStringLiteral("kod2"), !item.offlineKod2.isEmpty());
    }
    if (!item.invoicingMode.isEmpty()) {
        json.insert(QStringLiteral("invoicingMode"), item.invoicingMode);
    }
    if (item.acquiredAt.isValid()) {
        json.insert(QStringLiteral("acquiredAt"), item.acquiredAt.toString(Qt::ISODateWithMs));
    }
    if (!item.correctedHash.isEmpty()) {
        json.insert(QStringLiteral("hashOfCorrectedInvoice"), item.correctedHash);
    }
    if (!item.sessionRef.isEmpty()) {
        json.insert(QStringLiteral("sessionReference"), item.sessionRef);
    }
    if (!item.invoiceRef.isEmpty()) {
        json.insert(QStringLiteral("invoiceReference"), item.invoiceRef);
    }
    if (!item.duplicateOf.isEmpty()) {
        json.insert(QStringLiteral("duplicateOf"), item.duplicateOf);
    }
    if (const auto &error = item.error) {
        json.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("class"), errorClassKey(error->errorClass)},
                                {QStringLiteral("code"), error->code},
                                {QStringLiteral("message"), error->message},
                                {QStringLiteral("traceId"), error->traceId}});
    }
    if (item.state == InvoiceState::Queued && item.nextAttemptAt.isValid() &&
        item.nextAttemptAt.toMSecsSinceEpoch() > 0) {
        json.insert(QStringLiteral("nextAttemptAt"), item.nextAttemptAt.toString(Qt::ISODateWithMs));
    }
    // The conditions the outbox shows beside the state: waiting for a retry, and stuck in KSeF (the engine's
    // default threshold: kurier-cli has no settings of its own).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    json.insert(QStringLiteral("retryWaiting"), item.state == InvoiceState::Queued && item.attempts > 0 &&
                                                    item.nextAttemptAt.isValid() && item.nextAttemptAt > now);
    const auto stuckAfter =
        std::chrono::duration_cast<std::chrono::seconds>(OutboxEngine::Options().stuckAfter);
    json.insert(QStringLiteral("stuck"),
                isStuck(item.state, item.stateSince, now.addSecs(-stuckAfter.count())));
    return json;
}

std::optional<int> OutboxCli::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                             CliContext &context)
{
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}

QString outboxUsage()
{
    return QCoreApplication::translate(
        "kurier-cli",
        "import FILE|DIR...        validate invoices and put them in the queue (--offline MODE: issued "
        "offline)\n"
        "  offline list|issue|correct  invoices issued offline: deadlines (exit 3: overdue), issuing, "
        "technical correction\n"
        "  send                      send the queue until every invoice is confirmed or nothing can go now\n"
        "  run                       keep sending (the desktop's engine, headless) until stopped\n"
        "  status [--json]           what is in the queue\n"
        "  show KEY|NUMBER           one invoice and its history\n"
        "  upo KEY|NUMBER --out FILE write an invoice's official receipt (UPO); --pdf FILE: readable PDF\n"
        "  pdf KEY|NUMBER --out FILE the invoice as a PDF with its QR code (--document-language pl|en)\n"
        "  reconcile [--from D --to D] [--json] [--csv F]  compare with KSeF: adopt, requeue, report (exit "
        "3: "
        "needs a person)\n"
        "  incoming [sync|list|save|read]  purchase invoices from KSeF (sync at most every 15 min; --force)\n"
        "  backup --out FILE | --check FILE   a consistent copy of the database (while in use), or check "
        "one\n"
        "  restore FILE              put a backup back (Kurier stopped; the replaced database is kept)\n"
        "  server init|migrate|grant|status  a company on an office's PostgreSQL server (team mode)\n"
        "  audit verify|export       check the audit log's hash chain, or write it as CSV\n"
        "  alerts [--ack ID|--ack-all]  open alerts\n"
        "  credentials set-token|set-certificate|remove   KSeF credentials in the system keychain\n"
        "  certificates list|request|enrol|import|revoke  KSeF certificates (login and KOD II)\n"
        "  permissions list|grant|revoke|clients  who may act for the company in KSeF; an office's clients\n"
        "  identity show|set|remove  the identity you act as for clients (their permissions, not their "
        "secrets)\n"
        "  clients [list|add]        an office's client companies at a glance (exit 3: one needs attention)\n"
        "  import|send|reconcile|incoming sync --all-companies   for every client company of the desktop "
        "(--desktop DIR):\n"
        "                            invoices go to the company of their seller NIP\n"
        "  (queue commands take --db PATH or postgresql://USER@HOST:PORT/DB, --environment NAME or "
        "--base-url "
        "URL, --nip NIP)");
}

} // namespace Kurier::Cli
