// DesktopSession as an accounting office (PROTOCOL.md §22): the identity it acts as, the clients that gave it
// access, and the sandbox's demo office.
#include "ksef/CredentialVault.h"
#include "ksef/KsefClient.h"
#include "main/DesktopSession.h"
#include "sandbox/Sandbox.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Kurier {

std::optional<SigningIdentity> DesktopSession::actingIdentity()
{
    if (m_settings.sandbox) {
        return m_sandboxOffice; // the demo office's, made for this run: like the emulator's tokens, never
                                // stored
    }
    auto stored = CredentialVault(m_secrets).actingIdentity(vaultEnvironment());
    return stored ? *stored : std::nullopt;
}

std::expected<KsefCredentials, QString>
DesktopSession::officeCredentials(const CompanyProfile &company,
                                  const std::optional<SigningIdentity> &identity)
{
    if (!identity) {
        return std::unexpected(
            tr("%1 is reached through the office's permissions, but no identity is set to act "
               "as (kurier-cli identity set).")
                .arg(company.name));
    }
    KsefCredentials credentials;
    credentials.method = KsefCredentials::Method::Certificate;
    credentials.contextNip = company.nip;
    credentials.privateKey = identity->key;
    credentials.certificate = identity->certificate;
    credentials.throughPermissions = true;
    return credentials;
}

std::expected<void, QString> DesktopSession::setUpSandboxOffice()
{
    for (const CompanyProfile &client : SandboxEmulator::officeClients()) {
        if (const auto granted = m_sandbox->grantOffice(client.nip, client.officeMayWrite()); !granted) {
            return std::unexpected(granted.error());
        }
    }
    if (m_sandboxOffice) {
        return {};
    }
    // The demo office's own certificate: a self-signed seal, which the emulator accepts.
    const CompanyProfile office = SandboxEmulator::demoOffice();
    auto seal = KsefClient::selfSignedSeal(office.nip, office.name);
    if (!seal) {
        return std::unexpected(seal.error());
    }
    m_sandboxOffice = SigningIdentity{seal->first, seal->second};
    return {};
}

void DesktopSession::readOfficeClients(
    std::function<void(std::expected<QList<OfficeAccess::Client>, QString>)> done)
{
    const auto identity = actingIdentity(); // the keychain is asked on this (the GUI) thread only
    if (!identity) {
        done(std::unexpected(
            tr("Set the identity you act as for your clients first: your own or the office's KSeF "
               "certificate (kurier-cli identity set).")));
        return;
    }
    const KsefEnvironment environment = this->environment();
    QPointer<DesktopSession> self(this);
    (void)QtConcurrent::run([self, environment, identity = *identity, done] {
        auto clients = OfficeAccess::clientsWhoGranted(environment, identity);
        QMetaObject::invokeMethod(
            qApp,
            [self, done, clients] {
                if (self) {
                    done(clients);
                }
            },
            Qt::QueuedConnection);
    });
}

std::expected<int, QString> DesktopSession::addOfficeClients(const QList<OfficeAccess::Client> &chosen)
{
    const QList<CompanyProfile> demo = SandboxEmulator::officeClients();
    int added = 0;
    for (const OfficeAccess::Client &client : chosen) {
        if (const CompanyProfile *known = m_settings.companyByNip(client.nip)) {
            CompanyProfile updated = *known; // what KSeF says now: read-only or read and write
            if (updated.throughOffice()) {
                updated.officeAccess = client.access();
                const QString current = m_settings.currentNip;
                m_settings.upsertCompany(updated);
                m_settings.currentNip = current;
            }
            continue;
        }
        const auto demoClient =
            std::ranges::find_if(demo, [&](const CompanyProfile &c) { return c.nip == client.nip; });
        CompanyProfile company =
            demoClient != demo.end() && m_settings.sandbox ? *demoClient : CompanyProfile();
        company.nip = client.nip;
        if (company.name.isEmpty()) {
            company.name = tr("Client %1").arg(client.nip);
        }
        company.sandbox = m_settings.sandbox;
        company.officeAccess = client.access();
        if (m_settings.sandbox) {
            if (const auto made = addDemoCompany(company); !made) { // a demo client brings demo invoices
                return std::unexpected(made.error());
            }
        } else {
            const QString current = m_settings.currentNip;
            m_settings.upsertCompany(company);
            m_settings.currentNip = current;
        }
        ++added;
    }
    saveSettings();
    return added;
}

} // namespace Kurier
