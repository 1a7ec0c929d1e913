#pragma once

#include "ksef/KsefEnvironment.h"
#include "ksef/KsefTypes.h"
#include "office/ClientOverview.h"
#include "reconcile/Reconciler.h"
#include "services/PassScheduler.h"

#include <QCoreApplication>

#include <atomic>
#include <expected>
#include <functional>

namespace Kurier {

class Clock;
struct OutboxServices;

// Work for many client companies at once — "Send all ready" and "Reconcile now" of the Clients view, the
// daily timer and `kurier-cli send|reconcile --all-companies`: each company with its own database, its own
// credentials and its own KSeF limits (the limiter is per company context, kept in its database), a few
// companies side by side on their own threads, one company's failure never stopping the others, cancellable
// between passes. No widgets; progress and the outcome are Kurier's own types.
class ClientWork
{
    Q_DECLARE_TR_FUNCTIONS(ClientWork)

public:
    enum class Task
    {
        SendReady, // release the drafts held for sending, then send until every invoice is done
        Reconcile, // the reconciliation (with its report kept in the company's database)
        Purchases, // the purchase invoices since the last time (IncomingSync), when due
    };
    struct Options
    {
        Task task = Task::SendReady;
        KsefEnvironment environment; // for a client whose environment (ClientEntry) names none
        // The company's KSeF credentials (the keychain's), or why there are none.
        std::function<std::expected<KsefCredentials, QString>(const ClientEntry &)> credentials;
        // An office server's password (the keychain's); null: libpq's own.
        std::function<QString(const QString &location)> password;
        OutboxEngine::Options engine;
        PassScheduler::Options passes;               // its mode is always UntilDone here
        std::chrono::milliseconds requestTimeout{0}; // 0: the transport's default
        Reconciler::Options reconcile;
        bool keepDrafts = false; // SendReady: send the queue as it is; the drafts a person holds stay held
        QDate tokensEndOn;       // the last day KSeF tokens are assured (AppSettings::tokensEndOn)
        // Purchases: a company's next synchronisation no sooner than this after its last one (at least 15
        // minutes: with at most four exports a run, a company stays under KSeF's 20 exports an hour)…
        std::chrono::minutes purchasesEvery{15};
        bool forcePurchases = false; // …unless a person asked for it now
        // Purchases: the company's new purchase invoices are announced by the caller in one notification
        // for all clients (its runs are marked announced, so the company's own window does not repeat it).
        bool announcePurchases = false;
        int parallel = 2; // companies worked on at once
        // Called from the workers' threads: the company's index in `clients` and where it is, in words.
        std::function<void(int index, const QString &text)> progress;
    };
    enum class Result
    {
        Done,        // sent and confirmed / reconciled clean
        NothingToDo, // nothing ready or in flight (no request was made)
        Attention,   // done, but something needs a person (rejected, waiting for a retry, findings)
        Failed,      // the database, the credentials or KSeF: `message`
        Cancelled,   // not started, or stopped between passes
    };
    struct Outcome
    {
        ClientEntry client;
        Result result = Result::Cancelled;
        QString message;
        int released = 0;  // drafts released for sending
        int confirmed = 0; // confirmed in this run
        int rejected = 0;  // rejected now (all of them, not only this run's)
        int open = 0;      // not finished (waiting for a retry, in flight)
        int purchases = 0; // new purchase invoices (announcePurchases: all not announced before)
    };

    // In the order of `clients`. `cancel` may be set from any thread.
    static QList<Outcome> run(const QList<ClientEntry> &clients, const Options &options,
                              const std::atomic_bool &cancel);
    // The companies whose purchase invoices to fetch now, spread over time: those not fetched for `every`,
    // longest waiting first, at most a tick's share of all (every company once per `every`, never all at
    // once), none whose database cannot be read.
    static QList<ClientEntry> purchasesDue(const QList<ClientSummary> &clients, const QDateTime &now,
                                           std::chrono::minutes every, std::chrono::minutes tick);
    // One notification's text for the new purchase invoices of a run for many clients; empty: none.
    static QString purchasesNotice(const QList<Outcome> &outcomes);
    // One line per company and a total, for the summary at the end.
    static QString summary(const QList<Outcome> &outcomes);
    static QString resultText(Result result);
    static QString resultKey(Result result); // done, nothing, attention, failed, cancelled

private:
    static void fetchPurchases(OutboxServices &services, const Options &options, Outcome &outcome);
    static Outcome runOne(const ClientEntry &client, int index, const Options &options,
                          const std::atomic_bool &cancel);
};

} // namespace Kurier
