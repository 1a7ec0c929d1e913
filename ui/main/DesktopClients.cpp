// DesktopSession: an office's many client companies — where each one's data is, and what bulk work for them
// (the Clients view) needs from the keychain and the settings.
#include "audit/AuditLog.h"
#include "fa/Fa3Validator.h"
#include "invoicing/InvoiceBook.h"
#include "ksef/CredentialVault.h"
#include "ksef/SecretStore.h"
#include "main/DesktopSession.h"
#include "outbox/OutboxStore.h"
#include "sandbox/Sandbox.h"
#include "storage/Database.h"

#include <QDir>

namespace Kurier {

bool DesktopSession::isSandboxCompany(const QString &nip) const
{
    const CompanyProfile *company = m_settings.companyByNip(nip);
    // (Settings of an older Kurier do not mark the demo company: it is the sandbox's while the sandbox is
    // on.)
    return (company && company->sandbox) || (m_settings.sandbox && nip == SandboxEmulator::kDemoNip);
}

QString DesktopSession::companyLocation(const QString &nip) const
{
    if (isSandboxCompany(nip)) {
        // The demo company keeps the sandbox's first database; every other sandbox company has one of its
        // own.
        return QDir(m_paths.dataDirectory)
            .filePath(nip == SandboxEmulator::kDemoNip ? QStringLiteral("sandbox/kurier.sqlite")
                                                       : QStringLiteral("sandbox/kurier-%1.sqlite").arg(nip));
    }
    return m_settings.companyDatabasePath(m_paths.dataDirectory, nip);
}

QList<ClientEntry> DesktopSession::clientEntries() const
{
    QList<ClientEntry> clients = ClientOverview::entries(m_settings, m_paths.dataDirectory);
    for (ClientEntry &client : clients) {
        client.location = companyLocation(client.nip);
        if (isSandboxCompany(client.nip)) {
            client.environment = m_sandboxUrl.isValid() ? m_sandboxUrl.toString() : QStringLiteral("sandbox");
            client.sandbox = true;
        }
    }
    return clients;
}

std::function<QString(const QString &location)> DesktopSession::officeServerPasswords()
{
    QHash<QString, QString> passwords;
    for (const CompanyProfile &company : std::as_const(m_settings.companies)) {
        if (company.officeServer.isEmpty() || passwords.contains(company.officeServer)) {
            continue;
        }
        const auto stored = m_secrets.read(AppSettings::officeServerSecretKey(company.officeServer));
        passwords.insert(company.officeServer, stored && *stored ? **stored : QString());
    }
    return [passwords](const QString &location) {
        return passwords.value(location);
    };
}

ClientWork::Options DesktopSession::clientWorkOptions(const QList<ClientEntry> &clients)
{
    ClientWork::Options options;
    options.environment = KsefEnvironment::fromText(m_settings.environment)
                              .value_or(KsefEnvironment::official(KsefEnvironment::Kind::Test));
    options.password = officeServerPasswords();
    options.tokensEndOn = m_settings.tokensEndOn;
    options.engine.onlineMax = m_settings.onlineMax;
    options.engine.stuckAfter = std::chrono::minutes(m_settings.stuckAfterMinutes);
    options.engine.missingUpoAfter = std::chrono::minutes(m_settings.missingUpoAfterMinutes);
    options.requestTimeout = std::chrono::seconds(m_settings.requestTimeoutSeconds);
    options.reconcile.trigger = QStringLiteral("user");
    options.reconcile.stuckAfter = std::chrono::minutes(m_settings.stuckAfterMinutes);
    options.reconcile.sessionOpenAfter = options.reconcile.stuckAfter * 2;
    options.reconcile.missingUpoAfter = std::chrono::minutes(m_settings.missingUpoAfterMinutes);
    // Read here, on the GUI thread, before the workers start: the keychain is asked from one thread only.
    QHash<QString, std::expected<KsefCredentials, QString>> credentials;
    CredentialVault vault(m_secrets);
    const QString realEnvironment = KsefEnvironment::fromText(m_settings.environment)
                                        .value_or(KsefEnvironment::official(KsefEnvironment::Kind::Test))
                                        .key();
    std::optional<std::optional<SigningIdentity>> identity; // read from the keychain once, when needed
    for (const ClientEntry &client : clients) {
        const CompanyProfile *company = m_settings.companyByNip(client.nip);
        if (company && company->throughOffice()) {
            if (!identity) {
                identity = actingIdentity();
            }
            credentials.insert(client.nip, officeCredentials(*company, *identity));
        } else if (client.sandbox) {
            const QString token = sandboxToken(client.nip);
            if (token.isEmpty()) {
                credentials.insert(client.nip, std::unexpected(tr("The sandbox emulator is not running.")));
            } else {
                KsefCredentials sandbox;
                sandbox.contextNip = client.nip;
                sandbox.ksefToken = token;
                credentials.insert(client.nip, sandbox);
            }
        } else {
            credentials.insert(client.nip, vault.load(realEnvironment, client.nip));
        }
    }
    options.credentials = [credentials](const ClientEntry &client) {
        return credentials.value(client.nip, std::unexpected(QString()));
    };
    return options;
}

QString DesktopSession::sandboxToken(const QString &nip)
{
    if (!m_sandboxTokens.contains(nip) && m_sandbox && m_sandbox->isRunning() &&
        (isSandboxCompany(nip) || SandboxEmulator::isDemoNip(nip))) {
        if (const auto token = m_sandbox->addSubject(nip)) {
            m_sandboxTokens.insert(nip, *token);
        }
    }
    return m_sandboxTokens.value(nip);
}

std::expected<void, QString> DesktopSession::addDemoCompany(const CompanyProfile &company)
{
    const QString current = m_settings.currentNip;
    m_settings.upsertCompany(company); // a sandbox company: its database goes in the sandbox's folder
    m_settings.currentNip = current;   // the open company stays open
    auto database = Database::open(companyLocation(company.nip));
    if (!database) {
        return std::unexpected(database.error().message());
    }
    AuditLog audit((*database)->connection(), m_clock);
    OutboxStore store((*database)->connection(), audit, m_clock);
    const Fa3Validator validator(m_clock);
    InvoiceBook book((*database)->connection(), store, validator, m_clock);
    for (const Invoice &invoice : SandboxEmulator::demoInvoices(company, m_clock.today(), m_clock.now())) {
        if (auto issued =
                book.issue(invoice, company.numberingPattern, 0, environment().key(), company.nip, true);
            !issued) {
            return std::unexpected(issued.error());
        }
    }
    return {};
}

std::expected<int, QString> DesktopSession::addSandboxClients()
{
    if (!m_settings.sandbox) {
        return std::unexpected(tr("Demo clients belong to the sandbox."));
    }
    int added = 0;
    for (const CompanyProfile &company : SandboxEmulator::demoClients()) {
        if (m_settings.companyByNip(company.nip)) {
            continue;
        }
        if (sandboxToken(company.nip).isEmpty()) {
            return std::unexpected(tr("The sandbox emulator is not running."));
        }
        if (const auto made = addDemoCompany(company); !made) {
            return std::unexpected(made.error());
        }
        ++added;
    }
    saveSettings();
    return added;
}

} // namespace Kurier
