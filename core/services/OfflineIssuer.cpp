#include "services/OfflineIssuer.h"

#include "ksef/CredentialVault.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

namespace Kurier {

OfflineIssuer::OfflineIssuer(OutboxStore &store, const AuditLog &audit, SecretStore &secrets, Company company,
                             const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_secrets(secrets)
    , m_company(std::move(company))
    , m_clock(clock)
{}

std::expected<OfflineIssuing::Context, QString> OfflineIssuer::context(std::optional<QDateTime> windowEnd)
{
    CredentialVault vault(m_secrets);
    auto certificate =
        vault.ksefCertificate(m_company.vaultEnvironment, m_company.contextNip, KsefCertificateType::Offline);
    if (!certificate) {
        return std::unexpected(certificate.error());
    }
    OfflineIssuing::Context context{m_company.environment,   m_company.contextNip,
                                    std::move(*certificate), false,
                                    m_clock.now(),           windowEnd};
    if (context.offlineCertificate) {
        context.certificateRevoked =
            OfflineIssuing::certificateRevoked(m_audit, context.offlineCertificate->serial());
    }
    return context;
}

std::expected<void, QString> OfflineIssuer::check(OfflineMode mode)
{
    const auto found = context(std::nullopt);
    if (!found) {
        return std::unexpected(found.error());
    }
    // A stand-in document: what is checked is the certificate, not the invoice.
    const auto prepared =
        OfflineIssuing::prepare(mode, m_company.contextNip, m_clock.now().date(), "check", *found);
    if (!prepared) {
        return std::unexpected(prepared.error());
    }
    return {};
}

std::expected<OutboxItem, QString> OfflineIssuer::issue(const QString &key, OfflineMode mode, bool release,
                                                        std::optional<QDateTime> windowEnd)
{
    const auto item = m_store.find(key, true);
    if (!item) {
        return std::unexpected(item.error().text());
    }
    if (!item->has_value()) {
        return std::unexpected(tr("Invoice %1 is not in the outbox.").arg(key));
    }
    const auto found = context(windowEnd);
    if (!found) {
        return std::unexpected(found.error());
    }
    const auto prepared =
        OfflineIssuing::prepare(mode, (*item)->sellerNip, (*item)->issueDate, (*item)->xml, *found);
    if (!prepared) {
        return std::unexpected(prepared.error());
    }
    auto marked = m_store.markOffline((*item)->id, *prepared);
    if (!marked) {
        return std::unexpected(marked.error().text());
    }
    // A total failure's invoice is kept and marked: there is no obligation to send it.
    if (release && mode != OfflineMode::TotalFailure && marked->state == InvoiceState::Draft) {
        auto update = OutboxStore::Update::to(InvoiceState::Queued);
        update.note = QStringLiteral("issued offline");
        if (const auto queued = m_store.apply(marked->id, update); !queued) {
            return std::unexpected(queued.error().text());
        }
        marked->state = InvoiceState::Queued;
    }
    return *marked;
}

QStringList OfflineIssuer::warnings(const OutboxItem &issued)
{
    const auto found = context(std::nullopt);
    return OfflineIssuing::warnings(issued.issueDate, issued.offlineDueAt,
                                    found ? found->offlineCertificate : std::nullopt, m_clock.now());
}

} // namespace Kurier
