// A batch session's UPO confirms all its invoices at once (PROTOCOL.md §8, §17): one download per page of up
// to 10 000 documents instead of one per invoice, read once, kept once, and every invoice checked against its
// own entry (KSeF number, hash, seller) exactly as against a UPO of its own.
#include "audit/AlertCenter.h"
#include "outbox/OutboxEngine.h"
#include "outbox/UpoCheck.h"
#include "util/Clock.h"
#include "util/TimeBreakdown.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace Kurier {

namespace {
bool linksFresh(const SessionStatus &status, const QDateTime &now)
{
    return !status.upoPages.isEmpty() &&
           std::all_of(
               status.upoPages.begin(), status.upoPages.end(), [&](const SessionStatus::UpoPage &page) {
                   return page.downloadUrl.isValid() &&
                          (!page.downloadUrlExpires.isValid() || page.downloadUrlExpires > now.addSecs(60));
               });
}
} // namespace

StoreResult<OutboxEngine::Changes> OutboxEngine::sessionUpoConfirmations(const QString &session,
                                                                         const QList<OutboxItem> &pending)
{
    const bool batch = !pending.isEmpty() && pending.first().mode == SendMode::Batch;
    if (!batch) {
        return Changes(); // online invoices: their own UPOs, which exist before the session is closed
    }
    SessionStatus status = m_sessionStatus.value(session);
    if (!linksFresh(status, m_clock.now())) {
        const auto fetched = m_client.sessionStatus(session);
        if (!fetched || fetched->upoPages.isEmpty()) {
            return Changes(); // not there (yet): the invoices' own UPOs
        }
        status = *fetched;
    }
    m_sessionStatus.remove(session);
    Changes changes;
    QSet<qint64> confirmed;
    for (const SessionStatus::UpoPage &page : std::as_const(status.upoPages)) {
        // Kept already (a pass that stopped before its invoices were written)? Then not downloaded again.
        const auto kept = m_store.upoPage(session, page.referenceNumber);
        if (!kept) {
            return std::unexpected(kept.error());
        }
        OutboxStore::KeptUpoPage pageKept = kept->value_or(OutboxStore::KeptUpoPage());
        if (!*kept && m_upoDownloaded.contains(page.referenceNumber)) {
            pageKept.bytes = m_upoDownloaded.take(page.referenceNumber); // read for the statuses this pass
        } else if (!*kept) {
            const auto downloaded = m_client.sessionUpo(session, page);
            if (!downloaded) {
                qCInfo(lcOutbox) << "session UPO page" << page.referenceNumber
                                 << "not downloaded:" << downloaded.error().message();
                continue;
            }
            pageKept.bytes = downloaded->bytes;
        }
        std::optional<TimeBreakdown::Scope> reading(std::in_place, breakdown(),
                                                    QLatin1StringView("upo.verify"));
        const auto upo = Upo::parse(pageKept.bytes);
        if (!upo) {
            qCWarning(lcOutbox) << "session UPO page" << page.referenceNumber << "unreadable:" << upo.error();
            continue; // the invoices' own UPOs instead
        }
        QList<std::pair<qint64, OutboxStore::Update>> ofPage;
        for (const OutboxItem &item : std::as_const(pending)) {
            if (confirmed.contains(item.id) || !upo->find(item.ksefNumber)) {
                continue;
            }
            if (!UpoCheck::verify(*upo, item.ksefNumber, item.contentHash, item.sellerNip)) {
                continue; // listed but not confirming this content: its own UPO decides (and alerts)
            }
            OutboxStore::Update update;
            update.seen = item.state; // accepted (or about to be, in the same transaction)
            update.state = InvoiceState::Confirmed;
            update.upoVerified = true;
            update.clearError = true;
            update.note = QStringLiteral("confirmed by the session's UPO, page %1").arg(page.referenceNumber);
            ofPage.append({item.id, update});
            confirmed.insert(item.id);
        }
        reading.reset();
        if (ofPage.isEmpty()) {
            continue;
        }
        if (pageKept.id == 0) {
            const auto kept = m_store.keepUpoPage(session, page.referenceNumber, pageKept.bytes,
                                                  static_cast<int>(upo->documents.size()));
            if (!kept) {
                return std::unexpected(kept.error());
            }
            pageKept.id = kept->id;
            pageKept.sha256 = kept->sha256; // of the bytes kept (another Kurier may have kept the page first)
        }
        for (auto &[id, update] : ofPage) {
            update.upoPage = OutboxStore::Update::UpoPageRef{pageKept.id, pageKept.sha256};
        }
        changes += ofPage;
    }
    for (const qint64 id : std::as_const(confirmed)) {
        m_lastStatus.remove(id);
    }
    return changes;
}

StoreResult<int> OutboxEngine::confirmBySessionUpo(const QString &session, QList<OutboxItem> &pending)
{
    const auto changes = sessionUpoConfirmations(session, pending);
    if (!changes) {
        return std::unexpected(changes.error());
    }
    if (const auto applied = m_store.apply(*changes); !applied) {
        return std::unexpected(applied.error());
    }
    QSet<qint64> confirmed;
    for (const auto &change : *changes) {
        confirmed.insert(change.first);
    }
    pending.removeIf([&](const OutboxItem &item) { return confirmed.contains(item.id); });
    return static_cast<int>(changes->size());
}

std::optional<QHash<qint64, InvoiceStatus>>
OutboxEngine::statusesFromSessionUpo(const QString &session, const QList<OutboxItem> &group)
{
    const SessionStatus status = m_sessionStatus.value(session);
    if (group.isEmpty() || status.failedInvoiceCount != 0 || status.successfulInvoiceCount != group.size() ||
        !linksFresh(status, m_clock.now())) {
        return std::nullopt; // a rejected invoice, one already handled, or no UPO yet: the list decides
    }
    QHash<QString, Upo::Document> byHash;
    QSet<QString> twice;
    for (const SessionStatus::UpoPage &page : std::as_const(status.upoPages)) {
        const auto kept = m_store.upoPage(session, page.referenceNumber);
        QByteArray bytes = kept && *kept ? (*kept)->bytes : QByteArray();
        if (bytes.isEmpty()) {
            const auto downloaded = m_client.sessionUpo(session, page);
            if (!downloaded) {
                return std::nullopt;
            }
            bytes = downloaded->bytes;
            m_upoDownloaded.insert(page.referenceNumber,
                                   bytes); // kept with the confirmations, not read twice
        }
        const TimeBreakdown::Scope reading(breakdown(), QLatin1StringView("upo.verify"));
        const auto upo = Upo::parse(bytes);
        if (!upo) {
            return std::nullopt;
        }
        for (const Upo::Document &document : upo->documents) {
            if (byHash.contains(document.invoiceHash)) {
                twice.insert(document.invoiceHash);
            }
            byHash.insert(document.invoiceHash, document);
        }
    }
    QHash<qint64, InvoiceStatus> statuses;
    for (const OutboxItem &item : group) {
        const auto document = byHash.constFind(item.contentHash);
        if (document == byHash.constEnd() || twice.contains(item.contentHash) ||
            document->sellerNip != item.sellerNip || document->ksefNumber.isEmpty()) {
            return std::nullopt;
        }
        InvoiceStatus accepted;
        accepted.code = 200;
        accepted.description = QStringLiteral("accepted: listed in the session's UPO");
        accepted.invoiceHash = document->invoiceHash;
        accepted.invoiceNumber = document->invoiceNumber;
        accepted.ksefNumber = document->ksefNumber;
        accepted.invoicingMode = document->invoicingMode;
        accepted.acquisitionDate = document->numberAssignedAt;
        statuses.insert(item.id, accepted);
    }
    return statuses;
}

StoreResult<void> OutboxEngine::confirmAcceptedBySessionUpo(const QString &session,
                                                            const QList<OutboxItem> &group, Changes &changes)
{
    // The invoices this pass accepts, as they will be once accepted: confirmed in the same transaction.
    QHash<qint64, OutboxItem> byId;
    for (const OutboxItem &item : group) {
        byId.insert(item.id, item);
    }
    QList<OutboxItem> accepted;
    for (const auto &[id, update] : std::as_const(changes)) {
        if (update.state == InvoiceState::Accepted && update.ksefNumber && byId.contains(id)) {
            OutboxItem item = byId.value(id);
            item.state = InvoiceState::Accepted;
            item.ksefNumber = *update.ksefNumber;
            accepted.append(item);
        }
    }
    if (accepted.isEmpty()) {
        return {};
    }
    const auto confirmations = sessionUpoConfirmations(session, accepted);
    if (!confirmations) {
        return std::unexpected(confirmations.error());
    }
    changes += *confirmations;
    return {};
}

} // namespace Kurier
