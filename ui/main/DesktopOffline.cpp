// DesktopSession's invoices issued offline (issue: when KSeF is down, invoicing goes on): the issuer on the
// GUI thread's connection, the mode Kurier offers, imports issued offline, and technical corrections.
#include "DesktopSession.h"
#include "ksef/CredentialVault.h"
#include "outbox/OutboxStore.h"

namespace Kurier {

OfflineIssuer DesktopSession::offlineIssuer()
{
    return OfflineIssuer(*m_store, *m_audit, m_secrets,
                         {vaultEnvironment(), environment(),
                          m_settings.currentCompany() ? m_settings.currentCompany()->nip : QString()},
                         m_clock);
}

std::optional<OfflineMode> DesktopSession::offeredOfflineMode() const
{
    Kurier::Availability availability = Kurier::Availability::Unreachable;
    for (const Kurier::Availability known :
         {Kurier::Availability::Available, Kurier::Availability::Maintenance, Kurier::Availability::Failure,
          Kurier::Availability::TotalFailure}) {
        if (m_availability.key == availabilityKey(known)) {
            availability = known;
        }
    }
    return OfflineIssuing::offeredMode(availability, m_connection == OutboxWorker::Connection::Offline);
}

void DesktopSession::importFiles(const QStringList &paths, std::optional<OfflineMode> offline)
{
    if (!offline) {
        importFiles(paths);
        return;
    }
    // Imported as drafts (nothing can send them online), then marked offline here when the worker is done.
    m_offlineImport = offline;
    toWorker([paths](OutboxWorker &worker) { worker.importFiles(paths, true); });
}

void DesktopSession::finishOfflineImport(const QList<InvoiceImport::Result> &results)
{
    if (!m_offlineImport) {
        return;
    }
    const OfflineMode mode = *std::exchange(m_offlineImport, std::nullopt);
    OfflineIssuer issuer = offlineIssuer();
    QList<qint64> queued;
    QStringList problems;
    QStringList notices; // a deadline passed long ago, a certificate younger than the invoice
    for (const InvoiceImport::Result &result : results) {
        if (result.outcome != InvoiceImport::Outcome::Added &&
            result.outcome != InvoiceImport::Outcome::Replaced) {
            continue;
        }
        auto issued = issuer.issue(result.key, mode, m_settings.sendAutomatically);
        if (!issued) {
            problems.append(issued.error());
            continue;
        }
        for (const QString &notice : issuer.warnings(*issued)) {
            notices.append(issued->invoiceNumber + QStringLiteral(": ") + notice);
        }
        if (issued->state == InvoiceState::Queued) {
            queued.append(issued->id);
        }
    }
    if (!queued.isEmpty()) {
        send(queued);
    }
    emit offlineImportFinished(mode, static_cast<int>(results.size() - problems.size()), problems, notices);
}

std::expected<void, QString> DesktopSession::correctTechnically(qint64 id, const QString &path)
{
    InvoiceImport import(*m_store, *m_validator, environment().key(),
                         m_settings.currentCompany() ? m_settings.currentCompany()->nip : QString());
    const InvoiceImport::Result corrected = import.correctTechnically(path, id);
    if (corrected.outcome != InvoiceImport::Outcome::Replaced) {
        return std::unexpected(corrected.message);
    }
    send({id});
    return {};
}

} // namespace Kurier
