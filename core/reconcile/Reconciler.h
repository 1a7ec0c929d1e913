#pragma once

#include "ksef/KsefClient.h"
#include "ksef/KsefTypes.h"
#include "reconcile/ReconcileReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <chrono>
#include <expected>

namespace Kurier {

class Clock;
class OutboxEngine;
class OutboxStore;
class ReconcileStore;
class SharedRateLimiter;
struct OutboxItem;

// Compares the outbox with what KSeF has — the only way to find what a durable outbox alone cannot see — and
// writes what it found as a report (ReconcileStore):
//  1. every local item that is not final is asked about and moved on (the engine's tracking, no sending);
//  2. what is still in KSeF's processing, or in sessions open or closing, past the thresholds is stuck — with
//     its age, KSeF's last answer and what to do;
//  3. items we think were sent but KSeF does not know are queued again (the outbox's idempotency and KSeF's
//     duplicate check make that safe);
//  4. invoices KSeF stored for our context as seller in the period that the outbox does not have are adopted
//     as confirmed, with their XML and UPO; sessions KSeF lists that we never opened are reported;
//  5. UPOs that have not come are fetched; those still missing past the threshold need a human.
// Metadata queries are limited to 20 an hour: a run takes what the shared limiter has left, and a period that
// needs more ends Incomplete, saying how long the rest will take, instead of running into 429s.
class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(Reconciler)

public:
    struct Options
    {
        QDateTime from; // KSeF's permanent-storage dates compared: [from, to); default the last 31 days
        QDateTime to;
        std::chrono::minutes stuckAfter{30};
        std::chrono::minutes sessionOpenAfter{60};
        std::chrono::minutes missingUpoAfter{120};
        int maxMetadataQueries = 20; // at most this many metadata pages in one run (KSeF allows 20 an hour)
        QString trigger = QStringLiteral("cli");
    };

    Reconciler(OutboxStore &store, OutboxEngine &engine, KsefClient &client, ReconcileStore &reports,
               SharedRateLimiter *limiter, const Clock &clock, QString environment, QString contextNip);

    // Runs, saves and returns the report; fails only when the report cannot be saved.
    std::expected<ReconcileReport, QString> run(Options options);
    // A person's "Adopt" for an invoice KSeF has for our context and the outbox does not (a finding that
    // could not be adopted by itself, e.g. its XML could not be downloaded then): tries again now, with its
    // UPO when its session is on KSeF's list. → the finding of this attempt (needsHuman when it still did not
    // work).
    std::expected<ReconcileFinding, QString> adoptNow(const QString &ksefNumber, const QDateTime &acquiredAt);

private:
    void trackLocalItems(ReconcileReport &report);
    void checkStuckAndUnknown(ReconcileReport &report, const Options &options);
    void checkSessions(ReconcileReport &report, const Options &options);
    void compareWithKsef(ReconcileReport &report, const Options &options);
    // One window of at most 100 days, page by page within the run's query budget; false when the run ends
    // here (the budget is spent, or KSeF's list could not be read). `windowsAfter`: those still to come.
    bool compareWindow(ReconcileReport &report, const KsefClient::MetadataQuery &query, int budget,
                       int windowsAfter, QSet<QString> &knownNumbers, const QHash<QString, QString> &local);
    void adopt(ReconcileReport &report, const InvoiceMetadata &metadata, const QHash<QString, QString> &local,
               std::optional<QByteArray> xml = std::nullopt);
    void checkMissingUpos(ReconcileReport &report, const Options &options);
    void error(ReconcileReport &report, const QString &what, const QString &detail);
    int metadataBudget(const Options &options) const;

    OutboxStore &m_store;
    OutboxEngine &m_engine;
    KsefClient &m_client;
    ReconcileStore &m_reports;
    SharedRateLimiter *m_limiter;
    const Clock &m_clock;
    QString m_environment;
    QString m_contextNip;
    // KSeF number → (session, status) for the invoices of the sessions listed in this run.
    QHash<QString, std::pair<QString, InvoiceStatus>> m_sessionInvoices;
    // Kurier's own sessions with invoices, not listed yet (listed on demand: an adopted invoice may be in
    // one).
    QList<std::pair<QString, QDateTime>> m_unlistedSessions;
    static constexpr int kOwnSessionsToList = 5;
};

} // namespace Kurier
