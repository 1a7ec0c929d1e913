#include "office/ClientOverview.h"

#include "audit/AlertCenter.h"
#include "audit/AuditLog.h"
#include "incoming/IncomingStore.h"
#include "ksef/KsefTypes.h"
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
    if (accessLostSince.isValid()) {
        reasons << accessText();
    }
    return reasons;
}

QString ClientSummary::accessText() const
{
    if (accessLostSince.isValid()) {
        return tr("access revoked since %1: ask the client to grant it again")
            .arg(QLocale().toString(accessLostSince.toLocalTime(), QLocale::ShortFormat));
    }
    if (client.officeAccess == u"read") {
        return tr("office's permissions, read only");
    }
    if (client.officeAccess == u"read-write") {
        return tr("office's permissions, read and write");
    }
    return tr("own credentials");
}

QList<ClientEntry> ClientOverview::entries(const AppSettings &settings, const QString &dataDirectory)
{
    QList<ClientEntry> clients;
    clients.reserve(settings.companies.size());
    for (const CompanyProfile &company : settings.companies) {
        clients.append({company.nip, company.name, settings.environment,
                        settings.companyDatabasePath(dataDirectory, company.nip), company.sandbox,
                        company.officeAccess});
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
    summary.ready = countIn(attention->counts, {InvoiceState::Draft, InvoiceState::Queued});
    summary.inFlight = countIn(attention->counts, inFlightStates());
    summary.confirmed = attention->counts.value(InvoiceState::Confirmed);
    summary.rejected = attention->counts.value(InvoiceState::Rejected);
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
    if (const auto lastRun = incoming.lastRun(invoiceSubjectKey(InvoiceSubject::Buyer));
        lastRun && *lastRun) {
        summary.lastPurchasesAt = (*lastRun)->startedAt;
    }
    AlertCenter alerts((*database)->connection(), audit, clock);
    if (const auto open = alerts.open()) {
        for (const Alert &alert : *open) {
            if (alert.kind == u"access-lost") {
                summary.accessLostSince = alert.raisedAt;
                summary.accessLostMessage = alert.message;
            }
        }
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

QString ClientOverview::fileStamp(const QString &location)
{
    if (ServerAddress::isServer(location)) {
        return {};
    }
    QStringList parts;
    for (const QString &path : {location, QString(location + QStringLiteral("-wal"))}) {
        const QFileInfo file(path);
        parts << (file.exists()
                      ? QStringLiteral("%1@%2").arg(file.size()).arg(file.lastModified().toMSecsSinceEpoch())
                      : QStringLiteral("-"));
    }
    return parts.join(u'|');
}

QList<ClientSummary> ClientOverview::readAll(const QList<ClientEntry> &clients, const QDateTime &now,
                                             const Options &options, Cache *cache)
{
    QList<ClientSummary> summaries(clients.size());
    QStringList stamps(clients.size());
    QList<qsizetype> toRead;
    if (cache) {
        cache->reused = 0;
    }
    for (qsizetype i = 0; i < clients.size(); ++i) {
        // The stamp before the read: a change made while it reads is seen by the next refresh.
        stamps[i] = fileStamp(clients[i].location);
        if (cache && !stamps[i].isEmpty()) {
            const auto cached = cache->entries.constFind(clients[i].location);
            // (A database that could not be read — locked, say — is tried again every time.)
            if (cached != cache->entries.constEnd() && cached->stamp == stamps[i] &&
                cached->summary.problem.isEmpty() && cached->readAt.secsTo(now) < cache->maxAge.count()) {
                summaries[i] = cached->summary;
                summaries[i].client = clients[i];
                ++cache->reused;
                continue;
            }
        }
        toRead.append(i);
    }
    Database::prepareForThreads();
    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount()));
    for (const qsizetype i : std::as_const(toRead)) {
        // Each task opens, reads and closes its own connection on its own thread (one connection per thread).
        pool.start([&, i] { summaries[i] = read(clients[i], now, options); });
    }
    pool.waitForDone();
    if (cache) {
        for (const qsizetype i : std::as_const(toRead)) {
            cache->entries.insert(clients[i].location, Cache::Entry{stamps[i], now, summaries[i]});
        }
    }
    return summaries;
}

} // namespace Kurier
