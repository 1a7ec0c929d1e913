#include "office/ClientOverview.h"

#include "audit/AuditLog.h"
#include "incoming/IncomingStore.h"
#include "outbox/OutboxStore.h"
#include "reconcile/ReconcileStore.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace Kurier {

bool ClientSummary::needsAttention() const
{
    return !attentionReasons().isEmpty();
}

QStringList ClientSummary::attentionReasons() const
{
    QStringList reasons;
    if (!problem.isEmpty()) {
        reasons << problem;
    }
    if (rejected > 0) {
        reasons << tr("%n rejected", nullptr, rejected);
    }
    if (stuck > 0) {
        reasons << tr("%n stuck", nullptr, stuck);
    }
    if (missingUpo > 0) {
        reasons << tr("%n without a UPO", nullptr, missingUpo);
    }
    if (offlineOverdue > 0) {
        reasons << tr("%n offline overdue", nullptr, offlineOverdue);
    } else if (offlineDue > 0) {
        reasons << tr("%n offline due soon", nullptr, offlineDue);
    }
    if (credentialsExpireSoon) {
        reasons << tr("credentials expire on %1")
                       .arg(QLocale().toString(credentialsExpire.toLocalTime().date(), QLocale::ShortFormat));
    }
    if (lastReconcileOutcome == u"attention" || lastReconcileOutcome == u"failed" ||
        lastReconcileOutcome == u"incomplete") {
        reasons << tr("the last reconciliation: %1").arg(lastReconcileOutcome);
    }
    return reasons;
}

QList<ClientEntry> ClientOverview::entries(const AppSettings &settings, const QString &dataDirectory)
{
    QList<ClientEntry> clients;
    clients.reserve(settings.companies.size());
    for (const CompanyProfile &company : settings.companies) {
        clients.append({company.nip, company.name, settings.environment,
                        settings.companyDatabasePath(dataDirectory, company.nip)});
    }
    std::sort(clients.begin(), clients.end(), [](const ClientEntry &a, const ClientEntry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return clients;
}

ClientSummary ClientOverview::read(const ClientEntry &client, const QDateTime &now, const Options &options)
{
    ClientSummary summary;
    summary.client = client;
    if (!ServerAddress::isServer(client.location) && !QFileInfo::exists(client.location)) {
        summary.exists = false; // nothing issued, imported or synchronised for it yet
        return summary;
    }
    const QString password = options.password ? options.password(client.location) : QString();
    auto database = Database::open(client.location, password);
    if (!database) {
        summary.problem = database.error().message();
        return summary;
    }
    SystemClock clock;
    AuditLog audit((*database)->connection(), clock);
    const OutboxStore outbox((*database)->connection(), audit, clock);
    const auto attention =
        outbox.attention(now.addSecs(-std::chrono::seconds(options.stuckAfter).count()),
                         now.addSecs(-std::chrono::seconds(options.missingUpoAfter).count()), now,
                         now.addSecs(std::chrono::seconds(options.offlineDueWithin).count()));
    if (!attention) {
        summary.problem = attention.error().text();
        return summary;
    }
    const auto count = [&](std::initializer_list<InvoiceState> states) {
        int total = 0;
        for (const InvoiceState state : states) {
            total += attention->counts.value(state);
        }
        return total;
    };
    summary.ready = count({InvoiceState::Draft, InvoiceState::Queued});
    summary.inFlight = count(
        {InvoiceState::Sending, InvoiceState::Submitted, InvoiceState::Processing, InvoiceState::Accepted});
    summary.confirmed = count({InvoiceState::Confirmed});
    summary.rejected = count({InvoiceState::Rejected});
    summary.stuck = attention->stuck;
    summary.missingUpo = attention->missingUpo;
    summary.offlineDue = attention->offlineDue;
    summary.offlineOverdue = attention->offlineOverdue;

    if (const auto note = outbox.credentialsNote(); note && note->expiresAt.isValid()) {
        summary.credentialsKind = note->kind;
        summary.credentialsExpire = note->expiresAt;
        // (The sandbox's demo companies are on the emulator's tokens: nothing there needs a person.)
        summary.credentialsExpireSoon = !client.sandbox && note->expiresAt < now.addDays(30);
    }
    const IncomingStore incoming((*database)->connection(), audit, clock);
    if (const auto fresh = incoming.count(true)) {
        summary.newPurchases = *fresh;
    } else {
        summary.problem = fresh.error();
    }
    const ReconcileStore reconcile((*database)->connection(), audit, clock);
    if (const auto last = reconcile.lastOutcome(); last && *last) {
        summary.lastReconcileOutcome = (*last)->outcome;
        summary.lastReconcileAt = (*last)->at;
    } else if (!last) {
        summary.problem = last.error();
    }
    return summary;
}

QList<ClientSummary> ClientOverview::readAll(const QList<ClientEntry> &clients, const QDateTime &now,
                                             const Options &options)
{
    QList<ClientSummary> summaries(clients.size());
    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount()));
    for (qsizetype i = 0; i < clients.size(); ++i) {
        // Each task opens, reads and closes its own connection on its own thread (one connection per thread).
        pool.start([&, i] { summaries[i] = read(clients[i], now, options); });
    }
    pool.waitForDone();
    return summaries;
}

} // namespace Kurier
