// kurier-cli offline list|issue|correct, and what `import --offline MODE` shares with them (PROTOCOL.md §12).
#include "OutboxCli.h"
#include "fa/Fa3Validator.h"
#include "ksef/SecretStore.h"
#include "outbox/InvoiceImport.h"
#include "services/OfflineIssuer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kurier::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kurier::Cli", text);
}

const char *const kUsage = QT_TRANSLATE_NOOP(
    "Kurier::Cli", "Usage: kurier-cli offline list [--json]   invoices issued offline and "
                   "their deadlines (exit 3: one is overdue)\n"
                   "       kurier-cli offline issue KEY|NUMBER --mode MODE   issue a draft "
                   "or queued invoice offline\n"
                   "       kurier-cli offline correct KEY|NUMBER FILE   technical correction "
                   "of a rejected offline invoice\n"
                   "MODE: offline24, unavailability, failure, total-failure");

OfflineIssuer issuerFor(OutboxServices &services, SecretStore &secrets)
{
    return OfflineIssuer(*services.store, *services.audit, secrets,
                         {services.environment.key(), services.environment, services.contextNip},
                         services.clock);
}

std::optional<OutboxItem> findItem(OutboxServices &services, const QString &keyOrNumber, CliContext &context)
{
    const auto found = services.store->find(keyOrNumber, false);
    if (!found || !found->has_value()) {
        context.err << (found ? tr("No invoice %1 in the queue.").arg(keyOrNumber) : found.error().text())
                    << Qt::endl;
        return std::nullopt;
    }
    return **found;
}

int list(OutboxServices &services, CliContext &context)
{
    const auto waiting = services.store->offlineWaiting();
    if (!waiting) {
        context.err << waiting.error().text() << Qt::endl;
        return ExitFailed;
    }
    const QDateTime now = context.clock.now();
    int overdue = 0;
    QJsonArray rows;
    for (const OutboxItem &item : *waiting) {
        const bool late = item.offlineDueAt.isValid() && item.offlineDueAt < now;
        overdue += late ? 1 : 0;
        QJsonObject row = OutboxCli::itemJson(item);
        row.insert(QStringLiteral("overdue"), late);
        rows.append(row);
        if (!context.json) {
            context.out << item.invoiceNumber << "  " << invoiceStateName(item.state) << "  "
                        << OfflineIssuing::modeName(*item.offlineMode) << "  "
                        << OfflineIssuing::dueText(*item.offlineMode, item.offlineDueAt)
                        << (late ? tr("  OVERDUE") : QString()) << Qt::endl;
        }
    }
    if (context.json) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("invoices"), rows},
                                                 {QStringLiteral("overdue"), overdue}})
                           .toJson(QJsonDocument::Indented);
    } else {
        context.err << tr("%1 offline invoice(s) not in KSeF yet, %2 overdue").arg(rows.size()).arg(overdue)
                    << Qt::endl;
    }
    return overdue > 0 ? ExitAttention : ExitOk;
}
} // namespace

std::optional<OfflineMode> parseOfflineMode(const QString &text, CliContext &context)
{
    const auto mode = offlineModeFromKey(text);
    if (!mode) {
        context.err << tr("Unknown offline mode \"%1\": use offline24, unavailability, failure or "
                          "total-failure.")
                           .arg(text)
                    << Qt::endl;
    }
    return mode;
}

std::expected<void, QString> checkOfflineIssuing(OutboxServices &services, OfflineMode mode)
{
    KeychainSecretStore keychain;
    return issuerFor(services, keychain).check(mode);
}

void printIssued(const OutboxItem &issued, const QStringList &warnings, CliContext &context)
{
    if (context.json) {
        return;
    }
    context.out << tr("%1 issued %2, %3.")
                       .arg(issued.invoiceNumber, OfflineIssuing::modeName(*issued.offlineMode),
                            OfflineIssuing::dueText(*issued.offlineMode, issued.offlineDueAt))
                << Qt::endl;
    for (const QString &warning : warnings) {
        context.err << issued.invoiceNumber << ": " << warning << Qt::endl;
    }
}

int issueImportedOffline(OutboxServices &services, const QStringList &keys, OfflineMode mode, bool hold,
                         CliContext &context)
{
    KeychainSecretStore keychain;
    OfflineIssuer issuer = issuerFor(services, keychain);
    int problems = 0;
    for (const QString &key : keys) {
        auto issued = issuer.issue(key, mode, !hold);
        if (!issued) {
            context.err << issued.error() << Qt::endl;
            ++problems;
            continue;
        }
        printIssued(*issued, issuer.warnings(*issued), context);
    }
    return problems;
}

int runOffline(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOption({QStringLiteral("mode"), tr("offline24, unavailability, failure or total-failure."),
                      QStringLiteral("mode"), QStringLiteral("offline24")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, issue or correct"));
    if (const auto failed = OutboxCli::parseArguments(parser, arguments, context)) {
        return *failed;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if ((action != u"list" || positional.size() != 1) && (action != u"issue" || positional.size() != 2) &&
        (action != u"correct" || positional.size() != 3)) {
        context.err << tr(kUsage) << Qt::endl;
        return ExitUsage;
    }
    auto services = OutboxCli::open(parser, context, true);
    if (!services) {
        context.err << services.error() << Qt::endl;
        return ExitFailed;
    }
    if (action == u"list") {
        return list(**services, context);
    }
    const auto item = findItem(**services, positional.at(1), context);
    if (!item) {
        return ExitFailed;
    }
    if (action == u"issue") {
        const auto mode = parseOfflineMode(parser.value(QStringLiteral("mode")), context);
        if (!mode) {
            return ExitUsage;
        }
        KeychainSecretStore keychain;
        OfflineIssuer issuer = issuerFor(**services, keychain);
        const auto issued = issuer.issue(item->key, *mode, false);
        if (!issued) {
            context.err << issued.error() << Qt::endl;
            return ExitFailed;
        }
        printIssued(*issued, issuer.warnings(*issued), context);
        return ExitOk;
    }
    const Fa3Validator validator(context.clock);
    InvoiceImport import(*(*services)->store, validator, (*services)->environment.key(),
                         (*services)->contextNip);
    const InvoiceImport::Result corrected = import.correctTechnically(positional.at(2), item->id);
    if (corrected.outcome != InvoiceImport::Outcome::Replaced) {
        context.err << positional.at(2) << ": " << corrected.message << Qt::endl;
        return ExitFailed;
    }
    context.out << tr("%1: the technical correction is queued; it goes to KSeF with offlineMode and the hash "
                      "of the rejected original.")
                       .arg(item->invoiceNumber)
                << Qt::endl;
    return ExitOk;
}

} // namespace Kurier::Cli
