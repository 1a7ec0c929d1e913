// The outbox engine's tracking half: items left in `sending`, polling, duplicates, UPOs, timed alerts.
#include "audit/AlertCenter.h"
#include "outbox/OutboxEngine.h"
#include "outbox/UpoCheck.h"
#include "util/Clock.h"
#include "util/TimeBreakdown.h"

#include <QLoggingCategory>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace Kurier {

namespace {
QHash<QString, QList<OutboxItem>> bySession(const QList<OutboxItem> &items, const QSet<qint64> &skip = {})
{
    QHash<QString, QList<OutboxItem>> groups;
    for (const OutboxItem &item : items) {
        if (!skip.contains(item.id)) {
            groups[item.sessionRef].append(item);
        }
    }
    return groups;
}

OutboxStore::Update requeue(const QString &note)
{
    OutboxStore::Update update;
    update.state = InvoiceState::Queued;
    update.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    update.note = note;
    return update;
}
} // namespace

std::optional<OutboxStore::Update> OutboxEngine::updateFor(const OutboxItem &item,
                                                           const InvoiceStatus &status)
{
    m_lastStatus.insert(item.id, status);
    OutboxStore::Update update;
    update.seen = item.state; // another Kurier on the same database may answer first
    if (item.invoiceRef.isEmpty() && !status.referenceNumber.isEmpty()) {
        update.invoiceRef = status.referenceNumber;
    }
    if (status.isPending()) {
        const InvoiceState next =
            status.phase() == KsefPhase::Processing ? InvoiceState::Processing : InvoiceState::Submitted;
        if (item.state == InvoiceState::Sending ||
            (item.state == InvoiceState::Submitted && next == InvoiceState::Processing)) {
            update.state = next;
        } else if (!update.invoiceRef) {
            return std::nullopt;
        }
        return update;
    }
    if (status.isAccepted()) {
        update.state = InvoiceState::Accepted;
        update.ksefNumber = status.ksefNumber;
        if (!status.invoicingMode.isEmpty() && status.invoicingMode != item.invoicingMode) {
            update.invoicingMode = status.invoicingMode; // "Offline" for an invoice KSeF took as offline
        }
        update.acquiredAt = status.acquisitionDate;
        update.clearError = true;
        return update;
    }
    if (status.isDuplicate()) {
        if (status.originalKsefNumber.isEmpty()) {
            update.state = InvoiceState::Rejected;
            update.error = RecordedError{ErrorClass::NeedsUser, status.code, status.details.join(u' '), {}};
            return update;
        }
        // KSeF already holds this invoice: adopt the original number; the UPO (from the original session)
        // must then confirm that it is our content (UpoCheck compares the hash).
        update.state = InvoiceState::Accepted;
        update.ksefNumber = status.originalKsefNumber;
        update.duplicateOf = status.originalKsefNumber;
        update.sessionRef = status.originalSessionReference;
        update.invoiceRef = QString();
        update.note = QStringLiteral("duplicate: adopted the original KSeF number from session %1")
                          .arg(status.originalSessionReference);
        m_lastStatus.remove(item.id);
        return update;
    }
    const KsefError error =
        KsefError::fromStatus(KsefError::Family::Invoice, status.code, status.description, status.details);
    return failure(item, error, false);
}

StoreResult<int> OutboxEngine::resolveSending(const QSet<qint64> &touchedThisPass,
                                              std::chrono::milliseconds minimumAge)
{
    auto items = m_store.inStates({InvoiceState::Sending});
    if (!items) {
        return std::unexpected(items.error());
    }
    const QDateTime settled = m_clock.now().addMSecs(-minimumAge.count());
    items->removeIf([&settled](const OutboxItem &item) { return item.stateSince > settled; });
    QList<std::pair<qint64, OutboxStore::Update>> changes;
    const auto groups = bySession(*items, touchedThisPass);
    for (auto group = groups.begin(); group != groups.end(); ++group) {
        const QString &session = group.key();
        if (session.isEmpty()) {
            for (const OutboxItem &item : *group) {
                changes.append({item.id, requeue(QStringLiteral("no session was recorded: it never left"))});
            }
            continue;
        }
        const bool batch = group->first().mode == SendMode::Batch;
        if (batch) {
            const auto status = m_client.sessionStatus(session);
            if (!status) {
                if (status.error().isUnknownSession()) {
                    for (const OutboxItem &item : *group) {
                        changes.append(
                            {item.id, requeue(QStringLiteral("KSeF does not know the batch session"))});
                    }
                }
                continue; // unreachable now: try again next pass
            }
            if (status->phase() == KsefPhase::Received) {
                // Never closed (the upload did not finish): KSeF will not process it. Send again.
                for (const OutboxItem &item : *group) {
                    changes.append(
                        {item.id, requeue(QStringLiteral("batch session %1 was never closed").arg(session))});
                }
                (void)m_store.markSession(session, QStringLiteral("abandoned"));
                continue;
            }
            if (status->isPending()) {
                for (const OutboxItem &item : *group) {
                    OutboxStore::Update update;
                    update.state = InvoiceState::Submitted;
                    update.note = QStringLiteral("batch session %1 was closed; processing").arg(session);
                    changes.append({item.id, update});
                }
                continue;
            }
        }
        const auto listed = m_client.allSessionInvoices(session);
        if (!listed) {
            if (listed.error().isUnknownSession()) {
                for (const OutboxItem &item : *group) {
                    OutboxStore::Update update = requeue(QStringLiteral("KSeF does not know the session"));
                    update.seen = item.state;
                    changes.append({item.id, update});
                }
            }
            continue;
        }
        QHash<QString, InvoiceStatus> byHash;
        for (const InvoiceStatus &status : *listed) {
            // The same bytes sent twice in one session: the accepted copy (or the last) tells the truth.
            if (!byHash.contains(status.invoiceHash) || status.isAccepted()) {
                byHash.insert(status.invoiceHash, status);
            }
        }
        for (const OutboxItem &item : *group) {
            const auto found = byHash.constFind(item.contentHash);
            if (found == byHash.constEnd()) {
                OutboxStore::Update update =
                    requeue(QStringLiteral("not in session %1: it never reached KSeF").arg(session));
                update.seen = item.state;
                changes.append({item.id, update});
            } else if (auto update = updateFor(item, *found)) {
                update->note = QStringLiteral("found in session %1 by its hash").arg(session);
                changes.append({item.id, *update});
            }
        }
    }
    if (const auto applied = m_store.apply(changes); !applied) {
        return std::unexpected(applied.error());
    }
    return static_cast<int>(changes.size());
}

StoreResult<int> OutboxEngine::track()
{
    int changed = 0;
    const auto grace = m_client.transport().defaultTimeout() + std::chrono::seconds(5);
    for (const auto &step : std::initializer_list<std::function<StoreResult<int>()>>{
             [&] { return resolveSending({}, grace); }, [&] { return pollInFlight(); },
             [&] {
                 return fetchUpos();
             }}) {
        const auto result = step();
        if (const auto flushed = flushRequests(); !flushed) {
            return std::unexpected(flushed.error());
        }
        if (!result) {
            return std::unexpected(result.error());
        }
        changed += *result;
    }
    if (const auto alerted = raiseTimedAlerts(); !alerted) {
        return std::unexpected(alerted.error());
    }
    return changed;
}

bool OutboxEngine::mayPoll(const QString &session)
{
    // Renewed when less than two thirds of it is left: one small write per session every ten seconds or so.
    constexpr qint64 kLeaseMs = 30'000;
    const QDateTime now = m_clock.now();
    if (const auto held = m_leases.constFind(session);
        held != m_leases.constEnd() && *held > now.addMSecs(kLeaseMs * 2 / 3)) {
        return true;
    }
    const QDateTime until = now.addMSecs(kLeaseMs);
    const auto leased = m_store.leaseSession(session, m_holder, until);
    if (leased && *leased) {
        m_leases.insert(session, until);
        return true;
    }
    m_leases.remove(session);
    return false;
}

StoreResult<int> OutboxEngine::pollInFlight()
{
    const QList<InvoiceState> states{InvoiceState::Submitted, InvoiceState::Processing};
    // The sessions first, the items only of those with news: a batch of 10 000 is not read at every pass
    // while KSeF processes it.
    const auto sessions = m_store.sessionsIn(states);
    if (!sessions) {
        return std::unexpected(sessions.error());
    }
    QList<std::pair<qint64, OutboxStore::Update>> changes;
    for (const OutboxStore::SessionGroup &inSession : *sessions) {
        const QString &session = inSession.sessionRef;
        if (!mayPoll(session)) {
            continue; // another Kurier on this database polls it
        }
        const bool batch = inSession.mode == SendMode::Batch;
        int sessionCode = 0;
        if (batch) {
            const auto status = m_client.sessionStatus(session);
            if (!status || status->isPending()) {
                continue; // still processing (or unreachable): the invoice list would say nothing new
            }
            sessionCode = status->code;
            m_sessionStatus.insert(session, *status); // its UPO pages, for fetchUpos in this pass
        }
        const auto read = m_store.inStatesOfSession(states, session);
        if (!read) {
            return std::unexpected(read.error());
        }
        if (read->isEmpty()) {
            continue;
        }
        const QList<OutboxItem> *group = &*read;
        const bool few = !batch && group->size() <= 3 &&
                         std::all_of(group->begin(), group->end(),
                                     [](const OutboxItem &item) { return !item.invoiceRef.isEmpty(); });
        if (few) {
            for (const OutboxItem &item : *group) {
                const auto status = m_client.invoiceStatus(session, item.invoiceRef);
                if (status) {
                    if (auto update = updateFor(item, *status)) {
                        changes.append({item.id, *update});
                    }
                }
            }
            continue;
        }
        if (batch) {
            if (const auto fromUpo = statusesFromSessionUpo(session, *group)) {
                for (const OutboxItem &item : *group) {
                    if (auto update = updateFor(item, fromUpo->value(item.id))) {
                        update->note = QStringLiteral("accepted: the session's UPO lists it");
                        changes.append({item.id, *update});
                    }
                }
                if (const auto confirmed = confirmAcceptedBySessionUpo(session, *group, changes);
                    !confirmed) {
                    return std::unexpected(confirmed.error());
                }
                continue;
            }
        }
        const auto listed = m_client.allSessionInvoices(session);
        if (!listed) {
            continue;
        }
        QHash<QString, InvoiceStatus> byRef;
        QHash<QString, InvoiceStatus> byHash;
        for (const InvoiceStatus &status : *listed) {
            byRef.insert(status.referenceNumber, status);
            if (!byHash.contains(status.invoiceHash) || status.isAccepted()) {
                byHash.insert(status.invoiceHash, status);
            }
        }
        for (const OutboxItem &item : *group) {
            std::optional<InvoiceStatus> found;
            if (!item.invoiceRef.isEmpty() && byRef.contains(item.invoiceRef)) {
                found = byRef.value(item.invoiceRef);
            } else if (byHash.contains(item.contentHash)) {
                found = byHash.value(item.contentHash);
            }
            if (found) {
                if (auto update = updateFor(item, *found)) {
                    changes.append({item.id, *update});
                }
            } else if (batch) {
                // The batch ended and this invoice is not in it: the package failed as a whole (e.g.
                // 415/435).
                const KsefError error =
                    KsefError::fromStatus(KsefError::Family::Session, sessionCode, QString());
                OutboxStore::Update update = failure(item, error, false);
                update.seen = item.state;
                changes.append({item.id, update});
            }
        }
        if (batch) {
            if (const auto confirmed = confirmAcceptedBySessionUpo(session, *group, changes); !confirmed) {
                return std::unexpected(confirmed.error());
            }
        }
    }
    m_upoDownloaded.clear(); // (kept with their confirmations above, or not needed)
    if (const auto applied = m_store.apply(changes); !applied) {
        return std::unexpected(applied.error());
    }
    return static_cast<int>(changes.size());
}

StoreResult<int> OutboxEngine::fetchUpos()
{
    const auto items = m_store.inStates({InvoiceState::Accepted});
    if (!items) {
        return std::unexpected(items.error());
    }
    int stored = 0;
    const auto groups = bySession(*items);
    for (auto group = groups.begin(); group != groups.end(); ++group) {
        const QString &session = group.key();
        if (!mayPoll(session)) {
            continue; // another Kurier on this database polls it
        }
        QList<OutboxItem> pending;
        for (const OutboxItem &item : *group) {
            if (!item.hasUpo) {
                pending.append(item);
            }
        }
        const auto bySessionUpo = confirmBySessionUpo(session, pending);
        if (!bySessionUpo) {
            return std::unexpected(bySessionUpo.error());
        }
        stored += *bySessionUpo;
        // Fresh presigned links for many items come from one list call instead of one API call each.
        const bool needLinks =
            std::count_if(pending.begin(), pending.end(), [this](const OutboxItem &item) {
                return !item.invoiceRef.isEmpty() && !m_lastStatus.value(item.id).upoDownloadUrl.isValid();
            }) > 3;
        if (needLinks) {
            if (const auto listed = m_client.allSessionInvoices(session)) {
                QHash<QString, InvoiceStatus> byRef;
                for (const InvoiceStatus &status : *listed) {
                    byRef.insert(status.referenceNumber, status);
                }
                for (const OutboxItem &item : std::as_const(pending)) {
                    if (byRef.contains(item.invoiceRef)) {
                        m_lastStatus.insert(item.id, byRef.value(item.invoiceRef));
                    }
                }
            }
        }
        for (qsizetype start = 0; start < pending.size(); start += 500) {
            const QList<OutboxItem> chunk = pending.mid(start, 500);
            QList<InvoiceStatus> statuses;
            QList<OutboxItem> byLink;
            QList<std::pair<OutboxItem, KsefClient::Result<UpoBytes>>> results;
            for (const OutboxItem &item : chunk) {
                if (item.invoiceRef.isEmpty()) {
                    results.append(
                        {item, m_client.invoiceUpoByKsefNumber(session, item.ksefNumber)}); // adopted 440
                    continue;
                }
                InvoiceStatus status = m_lastStatus.value(item.id);
                status.referenceNumber = item.invoiceRef;
                statuses.append(status);
                byLink.append(item);
            }
            const auto downloaded = m_client.invoiceUpos(session, statuses);
            for (qsizetype i = 0; i < byLink.size(); ++i) {
                results.append({byLink[i], downloaded[i]});
            }
            QList<std::pair<qint64, OutboxStore::Update>> changes;
            for (const auto &[item, upo] : results) {
                if (!upo) {
                    continue; // not there yet (21178) or unreachable: next pass; an alert after
                              // missingUpoAfter
                }
                std::optional<TimeBreakdown::Scope> verifying(std::in_place, breakdown(),
                                                              QLatin1StringView("upo.verify"), 1);
                const auto checked =
                    UpoCheck::verify(upo->bytes, item.ksefNumber, item.contentHash, item.sellerNip);
                verifying.reset();
                OutboxStore::Update update;
                update.seen = item.state;
                if (checked) {
                    update.state = InvoiceState::Confirmed;
                    update.upo = upo->bytes;
                    update.upoVerified = true;
                    update.clearError = true;
                    m_lastStatus.remove(item.id);
                    ++stored;
                } else {
                    update.error = RecordedError{ErrorClass::NeedsUser, 0, checked.error(), {}};
                    (void)m_alerts.raise(QStringLiteral("upo-mismatch"),
                                         QStringLiteral("upo-mismatch:%1").arg(item.key), item.key,
                                         tr("The UPO for invoice %1 does not confirm it: %2")
                                             .arg(item.invoiceNumber, checked.error()));
                }
                changes.append({item.id, update});
            }
            if (const auto applied = m_store.apply(changes); !applied) {
                return std::unexpected(applied.error());
            }
        }
    }
    return stored;
}

StoreResult<void> OutboxEngine::raiseTimedAlerts()
{
    const QDateTime now = m_clock.now();
    if (m_lastAlertCheck.isValid() && m_lastAlertCheck.addSecs(10) > now) {
        return {};
    }
    m_lastAlertCheck = now;
    const KsefCredentials &credentials = m_client.credentials();
    if (credentials.method == KsefCredentials::Method::Certificate && !credentials.certificate.isNull() &&
        credentials.certificate.notAfter() < now.addDays(30)) {
        (void)m_alerts.raise(
            QStringLiteral("credentials"),
            QStringLiteral("credentials:%1").arg(credentials.certificate.serialHex()), {},
            tr("The KSeF certificate expires on %1: renew it before sending stops.")
                .arg(credentials.certificate.notAfter().toLocalTime().toString(Qt::ISODate)));
    }
    // Only the items old enough to alert about are read (a batch keeps 10 000 in flight for a while).
    const auto withoutUpo =
        m_store.inStatesSince({InvoiceState::Accepted}, now.addSecs(-m_options.missingUpoAfter.count() * 60));
    const QDateTime stuckBefore = now.addSecs(-m_options.stuckAfter.count() * 60);
    const auto waiting = m_store.inStatesSince(stuckStates(), stuckBefore);
    if (!withoutUpo || !waiting) {
        return std::unexpected(!withoutUpo ? withoutUpo.error() : waiting.error());
    }
    for (const OutboxItem &item : *withoutUpo) {
        (void)m_alerts.raise(
            QStringLiteral("missing-upo"), QStringLiteral("missing-upo:%1").arg(item.key), item.key,
            tr("Invoice %1 has KSeF number %2 but no UPO yet.").arg(item.invoiceNumber, item.ksefNumber));
    }
    for (const OutboxItem &item : *waiting) {
        if (isStuck(item.state, item.stateSince, stuckBefore)) {
            (void)m_alerts.raise(
                QStringLiteral("stuck"), QStringLiteral("stuck:%1").arg(item.key), item.key,
                tr("Invoice %1 has been waiting for KSeF since %2.")
                    .arg(item.invoiceNumber, item.stateSince.toLocalTime().toString(Qt::ISODate)));
        }
    }
    return raiseDeadlineAlerts(now);
}

StoreResult<void> OutboxEngine::raiseDeadlineAlerts(const QDateTime &now)
{
    const auto waiting = m_store.offlineWaiting();
    if (!waiting) {
        return std::unexpected(waiting.error());
    }
    for (const OutboxItem &item : *waiting) {
        if (!item.offlineDueAt.isValid() || item.state == InvoiceState::Draft) {
            continue;
        }
        const QString due = OfflineIssuing::dueText(*item.offlineMode, item.offlineDueAt);
        const QString at = item.offlineDueAt.toUTC().toString(Qt::ISODate);
        if (item.offlineDueAt < now) {
            (void)m_alerts.raise(
                QStringLiteral("offline-overdue"), QStringLiteral("offline-overdue:%1:%2").arg(item.key, at),
                item.key,
                tr("Offline invoice %1 is overdue (%2): it goes to KSeF as soon as KSeF answers.")
                    .arg(item.invoiceNumber, due));
        } else if (OfflineDeadline::warningAt(item.offlineDueAt, m_options.offlineWarningHours) <= now) {
            (void)m_alerts.raise(
                QStringLiteral("offline-due"), QStringLiteral("offline-due:%1:%2").arg(item.key, at),
                item.key, tr("Offline invoice %1 must reach KSeF soon (%2).").arg(item.invoiceNumber, due));
        }
    }
    return {};
}

} // namespace Kurier
