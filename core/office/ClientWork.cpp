#include "office/ClientWork.h"

#include "incoming/IncomingStore.h"
#include "incoming/IncomingSync.h"
#include "reconcile/ReconcileStore.h"
#include "services/OutboxServices.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/EventLoopWait.h"

#include <QFileInfo>
#include <QThreadPool>

namespace Kurier {
QList<ClientWork::Outcome> ClientWork::run(const QList<ClientEntry> &clients, const Options &options,
                                           const std::atomic_bool &cancel)
{
    QList<Outcome> outcomes(clients.size());
    Database::prepareForThreads();
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, options.parallel));
    for (qsizetype i = 0; i < clients.size(); ++i) {
        outcomes[i].client = clients[i];
        // Each company's services are built, used and destroyed on the thread that works on it.
        pool.start([&, i] { outcomes[i] = runOne(clients[i], static_cast<int>(i), options, cancel); });
    }
    pool.waitForDone();
    return outcomes;
}

ClientWork::Outcome ClientWork::runOne(const ClientEntry &client, int index, const Options &options,
                                       const std::atomic_bool &cancel)
{
    Outcome outcome;
    outcome.client = client;
    const auto report = [&](const QString &text) {
        if (options.progress) {
            options.progress(index, text);
        }
    };
    const auto endWith = [&](Result result, const QString &text) {
        outcome.result = result;
        outcome.message = text;
        report(text);
        return outcome;
    };
    if (cancel) {
        return endWith(Result::Cancelled, tr("Not started: cancelled."));
    }
    // (A company that only buys has no database before its first purchase invoices.)
    if (options.task != Task::Purchases && !ServerAddress::isServer(client.location) &&
        !QFileInfo::exists(client.location)) {
        return endWith(Result::NothingToDo, tr("Nothing stored for this company yet."));
    }
    const SystemClock clock;
    // Each company in its own environment (a sandbox company talks to the local emulator); the default else.
    const KsefEnvironment environment =
        KsefEnvironment::fromText(client.environment).value_or(options.environment);
    auto opened = OutboxServices::open(client.location, environment, client.nip, clock, options.engine,
                                       options.password ? options.password(client.location) : QString());
    if (!opened) {
        return endWith(Result::Failed, opened.error());
    }
    OutboxServices &services = **opened;
    services.tokensEndOn = options.tokensEndOn;
    if (options.requestTimeout.count() > 0) {
        services.transport->setDefaultTimeout(options.requestTimeout);
    }
    const auto before = services.store->counts();
    if (!before) {
        return endWith(Result::Failed, before.error().text());
    }
    const QList<InvoiceState> kNotFinished =
        (options.keepDrafts ? QList<InvoiceState>{InvoiceState::Queued}
                            : QList<InvoiceState>{InvoiceState::Draft, InvoiceState::Queued}) +
        inFlightStates();
    const int waiting = countIn(*before, kNotFinished);
    if (options.task == Task::SendReady && waiting == 0) {
        outcome.result = Result::NothingToDo;
        outcome.rejected = before->value(InvoiceState::Rejected);
        outcome.message = tr("Nothing to send.");
        report(outcome.message);
        return outcome;
    }
    if (options.task == Task::SendReady && client.officeAccess == u"read") {
        // Refused before anything leaves: the client let the office read its invoices, not issue them.
        return endWith(
            Result::Failed,
            tr("NIP %1 gave the office read-only access in KSeF: nothing is sent for it (the invoices stay "
               "in its queue). Ask the client for the permission to issue invoices (InvoiceWrite).")
                .arg(client.nip));
    }
    const auto credentials =
        options.credentials
            ? options.credentials(client)
            : std::expected<KsefCredentials, QString>(std::unexpected(tr("No KSeF credentials are set up.")));
    if (!credentials) {
        return endWith(Result::Failed, credentials.error());
    }
    services.useCredentials(*credentials);

    if (options.task == Task::Purchases) {
        fetchPurchases(services, options, outcome);
        report(outcome.message);
        return outcome;
    }
    if (options.task == Task::Reconcile) {
        report(tr("Reconciling…"));
        ReconcileStore reports(services.database->connection(), *services.audit, clock);
        Reconciler reconciler(*services.store, *services.engine, *services.client, reports,
                              services.limiter.get(), clock, services.environment.key(), services.contextNip);
        const auto reconciled = reconciler.run(options.reconcile);
        services.engine->closeOnlineSession();
        if (!reconciled) {
            outcome.result = Result::Failed;
            outcome.message = reconciled.error();
        } else {
            outcome.result = reconciled->needsAttention() ? Result::Attention : Result::Done;
            outcome.message = reconciled->needsAttention() ? tr("Reconciled: something needs a person.")
                                                           : tr("Reconciled: everything agrees with KSeF.");
        }
        report(outcome.message);
        return outcome;
    }

    // Send all ready: the drafts held for sending go to the queue (one transaction), then passes until done.
    if (!options.keepDrafts) {
        const auto released =
            services.store->releaseDrafts({}, QStringLiteral("sent by the user (all clients)"));
        if (!released) {
            return endWith(Result::Failed, released.error().text());
        }
        outcome.released = *released;
    }
    (void)services.store->retryNow({});
    PassScheduler::Options passes = options.passes;
    passes.mode = PassScheduler::Mode::UntilDone;
    passes.outlastStoreFailures = services.database->engine() == SqlEngine::Postgres;
    const auto showProgress = [&] {
        if (const auto counts = services.store->counts()) {
            const int done = counts->value(InvoiceState::Confirmed) - before->value(InvoiceState::Confirmed);
            report(tr("Sending: %1 confirmed, %2 on the way")
                       .arg(done)
                       .arg(countIn(*counts, QList<InvoiceState>{InvoiceState::Queued} + inFlightStates())));
        }
    };
    report(tr("Sending…"));
    const PassScheduler::Decision end = PassScheduler(passes).run(
        *services.engine, *services.store, clock, [&cancel] { return cancel.load(); },
        [&cancel](std::chrono::milliseconds ms) {
            for (qint64 left = ms.count(); left > 0 && !cancel; left -= 100) {
                waitInEventLoop(std::chrono::milliseconds(std::min<qint64>(left, 100)));
            }
        },
        showProgress);
    services.engine->closeOnlineSession();
    const auto after = services.store->counts().value_or(QHash<InvoiceState, int>());
    outcome.confirmed = after.value(InvoiceState::Confirmed) - before->value(InvoiceState::Confirmed);
    outcome.rejected = after.value(InvoiceState::Rejected);
    outcome.open = countIn(after, kNotFinished);
    if (cancel && outcome.open > 0) {
        outcome.result = Result::Cancelled;
        outcome.message = tr("Stopped: %n invoice(s) not finished; they go on with the next sending.",
                             nullptr, outcome.open);
    } else if (end.outcome == PassScheduler::Outcome::Failed ||
               end.outcome == PassScheduler::Outcome::Stopped) {
        outcome.result = Result::Failed;
        outcome.message = end.reason;
    } else if (end.outcome == PassScheduler::Outcome::GaveUp && end.ksefPausedUntil.isValid()) {
        // KSeF did not answer: nothing was sent, the queue waits as it was for the next run.
        outcome.result = Result::Failed;
        outcome.message =
            tr("KSeF does not answer (%1); %n invoice(s) wait for the next sending.", nullptr, outcome.open)
                .arg(end.reason);
    } else if (outcome.open > 0 ||
               after.value(InvoiceState::Rejected) > before->value(InvoiceState::Rejected)) {
        outcome.result = Result::Attention;
        outcome.message =
            tr("%1 confirmed, %2 rejected, %3 not finished")
                .arg(outcome.confirmed)
                .arg(after.value(InvoiceState::Rejected) - before->value(InvoiceState::Rejected))
                .arg(outcome.open);
    } else {
        outcome.result = Result::Done;
        outcome.message = tr("%n invoice(s) confirmed with a UPO.", nullptr, outcome.confirmed);
    }
    report(outcome.message);
    return outcome;
}

void ClientWork::fetchPurchases(OutboxServices &services, const Options &options, Outcome &outcome)
{
    IncomingStore store(services.database->connection(), *services.audit, services.clock);
    IncomingSync sync(store, *services.client, services.clock);
    IncomingSync::Options syncOptions;
    syncOptions.trigger = options.forcePurchases ? QStringLiteral("user") : QStringLiteral("office");
    syncOptions.force = options.forcePurchases;
    syncOptions.minInterval = std::max(options.purchasesEvery, std::chrono::minutes(15));
    const IncomingSync::Outcome synced = sync.run(syncOptions);
    services.engine->closeOnlineSession();
    outcome.purchases = synced.run.added;
    if (options.announcePurchases) {
        // Announced by the caller, with the other clients': also what an earlier run (the daily timer while
        // the window was closed) brought and nobody was told of yet.
        outcome.purchases = 0;
        if (const auto runs = store.unnotifiedRuns()) {
            for (const IncomingRun &run : *runs) {
                outcome.purchases += run.added;
                (void)store.markNotified(run.id);
            }
        }
    }
    switch (synced.status) {
    case IncomingSync::Outcome::Status::NotDue:
        outcome.result = Result::NothingToDo;
        outcome.message = synced.message;
        return;
    case IncomingSync::Outcome::Status::Failed:
        outcome.result = Result::Failed;
        outcome.message = synced.message;
        return;
    case IncomingSync::Outcome::Status::Incomplete:
        outcome.result = Result::Attention;
        outcome.message = synced.message;
        return;
    case IncomingSync::Outcome::Status::Done:
        outcome.result = Result::Done;
        outcome.message = tr("%n new purchase invoice(s).", nullptr, synced.run.added);
        return;
    }
}

QList<ClientEntry> ClientWork::purchasesDue(const QList<ClientSummary> &clients, const QDateTime &now,
                                            std::chrono::minutes every, std::chrono::minutes tick)
{
    every = std::max(every, std::chrono::minutes(15));
    QList<const ClientSummary *> due;
    for (const ClientSummary &summary : clients) {
        if (summary.problem.isEmpty() && (!summary.lastPurchasesAt.isValid() ||
                                          summary.lastPurchasesAt.addSecs(every.count() * 60) <= now)) {
            due.append(&summary);
        }
    }
    std::stable_sort(due.begin(), due.end(), [](const ClientSummary *a, const ClientSummary *b) {
        // Never fetched first, then the longest waiting.
        return a->lastPurchasesAt.isValid() != b->lastPurchasesAt.isValid()
                   ? !a->lastPurchasesAt.isValid()
                   : a->lastPurchasesAt < b->lastPurchasesAt;
    });
    const qsizetype share = std::max<qsizetype>(1, (clients.size() * tick.count() + every.count() - 1) /
                                                       std::max<qint64>(1, every.count()));
    QList<ClientEntry> picked;
    for (qsizetype i = 0; i < std::min(share, due.size()); ++i) {
        picked.append(due[i]->client);
    }
    return picked;
}

QString ClientWork::purchasesNotice(const QList<Outcome> &outcomes)
{
    int total = 0;
    QStringList companies;
    for (const Outcome &outcome : outcomes) {
        if (outcome.purchases > 0) {
            total += outcome.purchases;
            companies << QStringLiteral("%1: %2").arg(outcome.client.name).arg(outcome.purchases);
        }
    }
    if (total == 0) {
        return {};
    }
    return tr("%n new purchase invoice(s) in KSeF", nullptr, total) + QStringLiteral(" (") +
           companies.join(QStringLiteral(", ")) + u')';
}

QString ClientWork::resultKey(Result result)
{
    switch (result) {
    case Result::Done:
        return QStringLiteral("done");
    case Result::NothingToDo:
        return QStringLiteral("nothing");
    case Result::Attention:
        return QStringLiteral("attention");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ClientWork::resultText(Result result)
{
    switch (result) {
    case Result::Done:
        return tr("Done");
    case Result::NothingToDo:
        return tr("Nothing to do");
    case Result::Attention:
        return tr("Needs attention");
    case Result::Failed:
        return tr("Failed");
    case Result::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ClientWork::summary(const QList<Outcome> &outcomes)
{
    QHash<Result, int> tally;
    int confirmed = 0;
    QStringList lines;
    for (const Outcome &outcome : outcomes) {
        ++tally[outcome.result];
        confirmed += outcome.confirmed;
        if (outcome.result != Result::NothingToDo) {
            lines << QStringLiteral("%1 (NIP %2): %3 — %4")
                         .arg(outcome.client.name, outcome.client.nip, resultText(outcome.result),
                              outcome.message);
        }
    }
    lines << tr("%n client(s): ", nullptr, static_cast<int>(outcomes.size())) +
                 tr("%1 done, %2 with nothing to do, %3 need attention, %4 failed, %5 cancelled; "
                    "%6 invoice(s) confirmed.")
                     .arg(tally.value(Result::Done))
                     .arg(tally.value(Result::NothingToDo))
                     .arg(tally.value(Result::Attention))
                     .arg(tally.value(Result::Failed))
                     .arg(tally.value(Result::Cancelled))
                     .arg(confirmed);
    if (const QString purchases = purchasesNotice(outcomes); !purchases.isEmpty()) {
        lines << purchases + u'.';
    }
    return lines.join(u'\n');
}

} // namespace Kurier
