// OutboxWorker's periodic checks against KSeF besides sending: the reconciliation (core/reconcile) and the
// purchase invoices (core/incoming). Both run on the worker thread like a pass, and a quit interrupts them.
#include "incoming/IncomingStore.h"
#include "incoming/IncomingSync.h"
#include "reconcile/ReconcileStore.h"
#include "reconcile/Reconciler.h"
#include "services/OutboxServices.h"
#include "services/OutboxWorker.h"
#include "util/Clock.h"

namespace Kurier {
namespace {

bool due(const QDateTime &last, std::chrono::minutes every, const QDateTime &now)
{
    return every.count() > 0 && (!last.isValid() || last.addSecs(every.count() * 60) <= now);
}

} // namespace

void OutboxWorker::dueChecks()
{
    // Both on start (after the first pass), then every few hours (reconciliation) or every 15 minutes or more
    // (purchase invoices) while the window is open.
    if (m_services && due(m_lastReconcile, m_config.reconcileEvery, m_clock.now())) {
        reconcileNow(m_lastReconcile.isValid() ? QStringLiteral("timer") : QStringLiteral("start"));
    }
    if (m_services && due(m_lastIncoming, m_config.incomingEvery, m_clock.now())) {
        if (!m_lastIncoming.isValid()) {
            announceIncoming(); // what the daily CLI run brought while the window was closed
        }
        syncIncomingNow(QStringLiteral("timer"));
    }
    if (m_services && due(m_lastCertificateCheck, std::chrono::hours(12), m_clock.now())) {
        checkCertificates();
    }
}

void OutboxWorker::checkCertificates()
{
    m_lastCertificateCheck = m_clock.now();
    // KSeF's list says whether a stored certificate was revoked elsewhere (e.g. in KSeF's own application).
    std::optional<QList<KsefCertificateInfo>> remote;
    if (m_config.credentials && !m_config.certificates.isEmpty() && !m_working) {
        if (!exclusive([&] {
                if (auto listed = m_services->client->queryCertificates()) {
                    remote = std::move(*listed);
                }
            })) {
            return;
        }
    }
    // A stored certificate KSeF lists as revoked is recorded once: KOD II is never signed with it again.
    for (const KsefCertificateInfo &listed : remote ? *remote : QList<KsefCertificateInfo>()) {
        const bool stored =
            std::any_of(m_config.certificates.begin(), m_config.certificates.end(),
                        [&](const CertificateSummary &c) { return c.serial == listed.serial; });
        if (stored && listed.status == KsefCertificateStatus::Revoked &&
            !OfflineIssuing::certificateRevoked(*m_services->audit, listed.serial)) {
            m_services->audit->append(QStringLiteral("certificate"),
                                      OfflineIssuing::certificateAuditKey(listed.serial),
                                      {{QStringLiteral("action"), QStringLiteral("revoked")},
                                       {QStringLiteral("serial"), listed.serial},
                                       {QStringLiteral("foundBy"), QStringLiteral("certificate query")}});
        }
    }
    for (const CertificateWatch::Due &due :
         CertificateWatch::due(m_config.contextNip, m_config.certificates, m_config.usesToken,
                               m_config.tokensEndOn, m_clock.now(), remote ? &*remote : nullptr)) {
        m_services->alerts->raise(due.kind, due.dedupeKey, QString(), due.message);
    }
}

void OutboxWorker::reconcileNow(const QString &trigger)
{
    if (!m_services || !m_config.credentials) {
        emit reconciled(0, false, tr("Reconciliation needs the KSeF credentials."));
        return;
    }
    if (m_working) {
        emit reconciled(0, false, tr("Kurier is talking to KSeF; reconcile again in a moment."));
        return;
    }
    m_lastReconcile = m_clock.now();
    emit reconcileStarted();
    ReconcileStore reports(m_services->database->connection(), *m_services->audit, m_clock);
    Reconciler reconciler(*m_services->store, *m_services->engine, *m_services->client, reports,
                          m_services->limiter.get(), m_clock, m_services->environment.key(),
                          m_services->contextNip);
    Reconciler::Options options;
    options.stuckAfter = m_config.options.stuckAfter;
    options.sessionOpenAfter = m_config.options.stuckAfter * 2;
    options.missingUpoAfter = m_config.options.missingUpoAfter;
    options.trigger = trigger;
    std::expected<ReconcileReport, QString> report = std::unexpected(QString());
    if (!exclusive([&] { report = reconciler.run(options); })) {
        return;
    }
    emit itemsChanged();
    if (!report) {
        emit reconciled(0, true, report.error());
        return;
    }
    emit reconciled(report->id, report->needsAttention(),
                    tr("%n finding(s)", nullptr, int(report->findings.size())));
}

void OutboxWorker::adoptNow(qint64 findingId, const QString &ksefNumber, const QDateTime &since)
{
    if (!m_services || !m_config.credentials || m_working) {
        emit adopted(false, m_working ? tr("Kurier is talking to KSeF; adopt again in a moment.")
                                      : tr("Adopting needs the KSeF credentials."));
        return;
    }
    ReconcileStore reports(m_services->database->connection(), *m_services->audit, m_clock);
    Reconciler reconciler(*m_services->store, *m_services->engine, *m_services->client, reports,
                          m_services->limiter.get(), m_clock, m_services->environment.key(),
                          m_services->contextNip);
    std::expected<ReconcileFinding, QString> finding = std::unexpected(QString());
    if (!exclusive([&] { finding = reconciler.adoptNow(ksefNumber, since); })) {
        return;
    }
    emit itemsChanged();
    if (!finding) {
        emit adopted(false, finding.error());
        return;
    }
    const auto numbers = m_services->store->ksefNumbersByKey();
    const bool inOutbox =
        numbers && std::find(numbers->cbegin(), numbers->cend(), ksefNumber) != numbers->cend();
    if (!inOutbox) {
        emit adopted(false, QStringLiteral("%1 %2").arg(finding->lastAnswer, finding->action).trimmed());
        return;
    }
    if (const auto resolved =
            reports.resolve(findingId, tr("Adopted from KSeF by a person: %1").arg(finding->lastAnswer));
        !resolved) {
        emit adopted(false, resolved.error());
        return;
    }
    emit adopted(true, QStringLiteral("%1. %2").arg(finding->lastAnswer, finding->action));
}

void OutboxWorker::syncIncomingNow(const QString &trigger)
{
    if (!m_services || !m_config.credentials) {
        emit incomingSynced(0, false, tr("Purchase invoices need the KSeF credentials."));
        return;
    }
    if (m_working) {
        emit incomingSynced(0, false, tr("Kurier is talking to KSeF; synchronise again in a moment."));
        return;
    }
    m_lastIncoming = m_clock.now();
    emit incomingSyncStarted();
    IncomingStore store(m_services->database->connection(), *m_services->audit, m_clock);
    IncomingSync sync(store, *m_services->client, m_clock);
    IncomingSync::Options options;
    options.trigger = trigger;
    options.force = trigger == u"user";
    IncomingSync::Outcome outcome;
    if (!exclusive([&] { outcome = sync.run(options); })) {
        return;
    }
    emit incomingSynced(outcome.run.added, outcome.status != IncomingSync::Outcome::Status::Failed,
                        outcome.message);
    announceIncoming();
}

void OutboxWorker::announceIncoming()
{
    IncomingStore store(m_services->database->connection(), *m_services->audit, m_clock);
    const auto runs = store.unnotifiedRuns();
    if (!runs || runs->isEmpty()) {
        return;
    }
    int count = 0;
    for (const IncomingRun &run : *runs) {
        count += run.added;
        (void)store.markNotified(run.id);
    }
    emit incomingArrived(count);
}

} // namespace Kurier
