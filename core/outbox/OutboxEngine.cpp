// The outbox engine: one pass, and the sending half of it (online and batch).
#include "outbox/OutboxEngine.h"

#include "audit/AlertCenter.h"
#include "calendar/PolishCalendar.h"
#include "ksef/SystemWarning.h"
#include "ksef/crypto/Crypto.h"
#include "ratelimit/SharedRateLimiter.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/TimeBreakdown.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcOutbox, "kurier.outbox")

namespace Kurier {

OutboxEngine::OutboxEngine(OutboxStore &store, KsefClient &client, AlertCenter &alerts, const Clock &clock,
                           Options options)
    : m_store(store)
    , m_client(client)
    , m_alerts(alerts)
    , m_clock(clock)
    , m_options(options)
    , m_random(options.random ? options.random : QRandomGenerator::global())
{
    m_client.transport().setMaxPermitWait(m_options.permitWait);
    m_client.transport().setObserver([this](const ExchangeRecord &record) { m_requests.append(record); });
}

OutboxEngine::~OutboxEngine()
{
    m_client.transport().setObserver({});
}

StoreResult<void> OutboxEngine::flushRequests()
{
    const TimeBreakdown::Scope measured(breakdown(), QLatin1StringView("engine.request-log"),
                                        m_requests.size());
    QList<QJsonObject> details;
    const QJsonObject actor = m_client.credentials().actor();
    for (const ExchangeRecord &record : std::as_const(m_requests)) {
        QJsonObject detail{{QStringLiteral("endpoint"), record.endpoint},
                           {QStringLiteral("status"), record.httpStatus},
                           {QStringLiteral("ms"), record.durationMs}};
        if (!record.group.isEmpty()) {
            detail.insert(QStringLiteral("group"), record.group);
        }
        if (record.exceptionCode != 0) {
            detail.insert(QStringLiteral("code"), record.exceptionCode);
        }
        if (!record.requestId.isEmpty()) {
            detail.insert(QStringLiteral("traceId"), record.requestId);
        }
        if (record.error) {
            detail.insert(QStringLiteral("error"), static_cast<int>(*record.error));
        }
        if (!record.endpoint.startsWith(u"GET ")) {
            detail.insert(QStringLiteral("actedAs"), actor); // who changed something in KSeF (§22)
        }
        if (!record.systemWarning.isEmpty()) {
            // What KSeF will refuse soon: with the request that drew it, and one alert per warning code.
            detail.insert(QStringLiteral("systemWarning"), record.systemWarning);
            const SystemWarning warning = SystemWarning::parse(record.systemWarning);
            if (!m_warningsRaised.contains(warning.dedupeKey())) { // not a transaction per request
                m_warningsRaised.insert(warning.dedupeKey());
                (void)m_alerts.raise(QStringLiteral("system-warning"), warning.dedupeKey(), {},
                                     warning.message());
            }
        }
        details.append(detail);
    }
    for (const ExchangeRecord &record : std::as_const(m_requests)) {
        if (record.httpStatus == 429) {
            m_tooManyRequests.append(m_clock.now());
        }
    }
    m_requests.clear();
    m_tooManyRequests.removeIf([this](const QDateTime &at) { return at.addSecs(600) < m_clock.now(); });
    if (m_tooManyRequests.size() >= 3) {
        (void)m_alerts.raise(
            QStringLiteral("rate-limited"), QStringLiteral("rate-limited"), {},
            tr("KSeF answered \"too many requests\" %n time(s) in ten minutes; another program may be "
               "using the same KSeF context.",
               nullptr, static_cast<int>(m_tooManyRequests.size())));
    }
    return m_store.log(QStringLiteral("request"), details);
}

bool OutboxEngine::isStopped() const
{
    return m_stoppedUntil.isValid() && m_stoppedUntil > m_clock.now();
}

StoreResult<bool> OutboxEngine::isFinished() const
{
    const auto counts = m_store.counts();
    if (!counts) {
        return std::unexpected(counts.error());
    }
    for (auto it = counts->begin(); it != counts->end(); ++it) {
        const InvoiceState state = it.key();
        if (it.value() > 0 && state != InvoiceState::Confirmed && state != InvoiceState::Rejected &&
            state != InvoiceState::Cancelled && state != InvoiceState::Draft) {
            return false;
        }
    }
    return true;
}

StoreResult<OutboxEngine::Pass> OutboxEngine::runOnce()
{
    // On an office server, after a pass the database failed (the server restarted), the next one starts on a
    // live connection: a lost one is opened again, as a crash would be recovered from, before anything is
    // read. Passes that went well cost no probe.
    if (m_lastPassFailed && !Transaction::reconnectIfLost(m_store.connection())) {
        return std::unexpected(StoreError::io(tr("The office server cannot be reached"),
                                              m_store.connection().lastError().text()));
    }
    auto pass = runPass();
    m_lastPassFailed = !pass.has_value();
    return pass;
}

StoreResult<OutboxEngine::Pass> OutboxEngine::runPass()
{
    Pass pass;
    QSet<qint64> touched;
    const auto step = [&](StoreResult<int> result) -> std::optional<StoreError> {
        if (const auto flushed = flushRequests(); !flushed) {
            return flushed.error();
        }
        if (!result) {
            return result.error();
        }
        pass.changed += *result;
        return std::nullopt;
    };
    // At start-up every item left in `sending` is resolved at once; later only those older than a request can
    // take (another engine on this database may be sending them right now).
    const auto grace = m_started ? m_client.transport().defaultTimeout() + std::chrono::seconds(5)
                                 : std::chrono::milliseconds(0);
    m_started = true;
    const auto measured = [this](const char *phase, const auto &work) {
        const TimeBreakdown::Scope scope(breakdown(), QLatin1StringView(phase));
        return work();
    };
    if (const auto failed =
            step(measured("engine.recover", [&] { return resolveSending(touched, grace); }))) {
        return std::unexpected(*failed);
    }
    if (const auto failed = step(measured("engine.poll", [&] { return pollInFlight(); }))) {
        return std::unexpected(*failed);
    }
    if (const auto failed = step(measured("engine.upo", [&] { return fetchUpos(); }))) {
        return std::unexpected(*failed);
    }
    if (!isStopped()) {
        const auto sent = measured("engine.send", [&] { return sendEligible(touched); });
        if (const auto failed = step(sent ? StoreResult<int>(0) : sent)) {
            return std::unexpected(*failed);
        }
        pass.sent = *sent;
    }
    if (const auto alerted = measured("engine.alerts", [&] { return raiseTimedAlerts(); }); !alerted) {
        return std::unexpected(alerted.error());
    }
    if (m_online && m_lastOnlineSend.isValid() &&
        m_lastOnlineSend.addSecs(m_options.onlineIdleClose.count()) < m_clock.now()) {
        closeOnlineSession();
    }
    (void)flushRequests();
    pass.stopped = isStopped();
    pass.stopReason = m_stopReason;
    const TimeBreakdown::Scope busyCheck(breakdown(), QLatin1StringView("engine.busy-check"));
    const auto counts = m_store.counts(); // not the items: a pass may leave 10 000 in flight
    const QList<InvoiceState> flying = inFlightStates();
    const bool inFlight = counts && std::any_of(flying.begin(), flying.end(),
                                                [&](InvoiceState state) { return counts->value(state) > 0; });
    const auto eligible = m_store.eligible(m_clock.now(), 1, false);
    const bool paused = m_sendPausedUntil.isValid() && m_sendPausedUntil > m_clock.now();
    if (paused && eligible && !eligible->isEmpty()) {
        pass.pausedUntil = m_sendPausedUntil;
        pass.pauseReason = m_pauseReason;
    }
    pass.busy = inFlight || (eligible && !eligible->isEmpty() && !pass.stopped && !paused);
    if (pass.changed > 0 || pass.sent > 0) {
        emit itemsChanged();
    }
    return pass;
}

QDateTime OutboxEngine::backoff(int attempts) const
{
    // Exponential, capped, with ±50 % jitter so that many items (and many installations) do not retry
    // together.
    const double base =
        static_cast<double>(m_options.backoffBase.count()) * std::pow(2.0, std::clamp(attempts - 1, 0, 20));
    const double capped = std::min(base, static_cast<double>(m_options.backoffCap.count()));
    const double jittered = capped * (0.5 + m_random->generateDouble());
    return m_clock.now().addMSecs(static_cast<qint64>(jittered));
}

void OutboxEngine::accessIsBack()
{
    if (std::exchange(m_accessAlertMayBeOpen, false)) {
        (void)m_alerts.resolve(QStringLiteral("access-lost"), QStringLiteral("KSeF accepted work again"));
    }
}

void OutboxEngine::stop(const KsefError &error)
{
    const Classification classification = classify(error);
    const auto delay = std::max<std::chrono::seconds>(classification.delay, std::chrono::seconds(30));
    m_stoppedUntil = m_clock.now().addSecs(delay.count());
    m_stopReason = error.message();
    m_online.reset();
    if (classification.reauthenticate) {
        // The tokens are dead (redeemed, revoked, refused): the next try starts with the credentials again.
        m_client.setTokens({});
    }
    qCWarning(lcOutbox) << "queue stopped:" << m_stopReason;
    if (error.lostAccess()) {
        // One alert for the company whatever KSeF said (415, 403, 410); closed by itself once access is back.
        const KsefCredentials &who = m_client.credentials();
        const QString actor = who.throughPermissions ? who.certificate.subjectAttribute(QStringLiteral("CN"))
                                                     : tr("the company's own credentials");
        m_accessAlertMayBeOpen = true;
        (void)m_alerts.raise(
            QStringLiteral("access-lost"), QStringLiteral("access-lost"), {},
            tr("KSeF no longer lets %1 act for NIP %2 (since %3): %4 Nothing failed: the invoices "
               "wait in the queue and go by themselves once the company grants the permission "
               "again.")
                .arg(actor, who.contextNip,
                     m_clock.now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), m_stopReason));
    } else {
        (void)m_alerts.raise(QStringLiteral("queue-stopped"),
                             QStringLiteral("queue-stopped:%1").arg(static_cast<int>(error.kind)), {},
                             tr("Sending to KSeF is paused: %1").arg(m_stopReason));
    }
    emit queueStopped(m_stopReason);
}

OutboxStore::Update OutboxEngine::failure(const OutboxItem &item, const KsefError &error, bool reachedKsef)
{
    const Classification classification = classify(error);
    OutboxStore::Update update;
    const int code = error.code() != 0       ? error.code()
                     : error.statusCode != 0 ? error.statusCode
                                             : error.httpStatus;
    update.error = RecordedError{classification.errorClass, code, error.message(), error.requestId};
    if (reachedKsef && error.maybeDelivered) {
        // It may be in KSeF: stay in `sending`; the next pass looks it up in the session (never a blind
        // resend).
        update.note = QStringLiteral("no answer; will be looked up in the session");
        return update;
    }
    switch (classification.errorClass) {
    case ErrorClass::StopQueue:
        stop(error);
        update.state = InvoiceState::Queued;
        update.nextAttemptAt = m_stoppedUntil;
        break;
    case ErrorClass::RecordOnly:
        // Not a failure of this invoice (the session's own statuses, or a duplicate, say what happened): the
        // error is recorded and the item stays where it is; tracking resolves it.
        update.note = QStringLiteral("recorded; the invoice's own status decides");
        break;
    case ErrorClass::NeedsUser:
        update.state = InvoiceState::Rejected;
        (void)m_alerts.raise(QStringLiteral("rejected"), QStringLiteral("rejected:%1").arg(item.key),
                             item.key,
                             tr("Invoice %1 was refused: %2").arg(item.invoiceNumber, error.message()));
        break;
    case ErrorClass::Retryable: {
        update.state = InvoiceState::Queued;
        const QDateTime retryAfter =
            error.retryAfterSeconds > 0 ? m_clock.now().addSecs(error.retryAfterSeconds) : QDateTime();
        update.nextAttemptAt = std::max(backoff(item.attempts + 1), retryAfter);
        if (classification.newSession) {
            m_online.reset();
        }
        break;
    }
    }
    return update;
}

void OutboxEngine::sessionOpenFailed(const KsefError &error)
{
    const Classification classification = classify(error);
    if (classification.errorClass == ErrorClass::StopQueue) {
        stop(error);
        return;
    }
    // Nothing was sent: the items keep their attempts, but the queue waits before the next try.
    ++m_openFailures;
    const QDateTime retryAfter =
        error.retryAfterSeconds > 0 ? m_clock.now().addSecs(error.retryAfterSeconds) : QDateTime();
    m_sendPausedUntil = std::max(backoff(m_openFailures), retryAfter);
    m_pauseReason = error.message();
    qCInfo(lcOutbox) << "cannot open a session:" << error.message() << "- next try at" << m_sendPausedUntil;
}

StoreResult<int> OutboxEngine::sendEligible(QSet<qint64> &touched)
{
    if (m_sendPausedUntil.isValid() && m_sendPausedUntil > m_clock.now()) {
        return 0;
    }
    if (!m_contextLimitsRead) {
        // Batches are split per the context's limit (GET /limits/context; 10 000 unless KSeF says otherwise).
        const auto eligibleNow = m_store.eligible(m_clock.now(), 1, false);
        if (eligibleNow && !eligibleNow->isEmpty()) {
            if (const auto limits = m_client.contextLimits()) {
                m_options.batchMaxInvoices =
                    std::clamp(limits->batchMaxInvoices, 1, m_options.batchMaxInvoices);
                m_contextLimitsRead = true;
                // The rate limits KSeF applies to this context (GET /rate-limits: its groups, unknown ones
                // kept) go into the shared limiter; the table Kurier ships stays when they cannot be read.
                if (const auto rates = m_client.rateLimits(); !rates) {
                    qCInfo(lcOutbox) << "rate limits not read:" << rates.error().message();
                }
            }
        }
    }
    auto eligible = m_store.eligible(m_clock.now(), m_options.batchMaxInvoices);
    if (!eligible) {
        return std::unexpected(eligible.error());
    }
    if (eligible->isEmpty()) {
        return 0;
    }
    // The routing rule: online while the queue fits what the online budget can send now (at most onlineMax);
    // otherwise one batch session per ≤ batchMaxInvoices (KSeF's 180 online sends per hour vs. 10 000 per
    // batch).
    int onlineRoom = m_options.onlineMax;
    if (SharedRateLimiter *limiter = m_client.transport().limiter()) {
        const auto budget = limiter->budget(QStringLiteral("invoiceSend"));
        if (budget.limits.perMinute > 0) {
            onlineRoom = std::min(onlineRoom, budget.remaining.perMinute);
        }
        if (budget.limits.perHour > 0) {
            onlineRoom = std::min(onlineRoom, budget.remaining.perHour);
        }
    }
    // Technical corrections go online (hashOfCorrectedInvoice is per invoice), before anything else.
    QList<OutboxItem> corrections;
    for (const OutboxItem &item : *eligible) {
        if (!item.correctedHash.isEmpty()) {
            corrections.append(item);
        }
    }
    if (!corrections.isEmpty()) {
        return sendOnline(corrections, touched);
    }
    // Offline and online invoices never share a batch session: this pass sends the group of the first
    // eligible one (offline invoices come first, the earliest deadline first), the next pass the other.
    const bool offline = sendsOffline(eligible->first());
    eligible->removeIf([&](const OutboxItem &item) { return sendsOffline(item) != offline; });
    if (eligible->size() <= onlineRoom) {
        return sendOnline(*eligible, touched);
    }
    return sendBatches(*eligible, offline, onlineRoom, touched);
}

StoreResult<int> OutboxEngine::sendBatches(QList<OutboxItem> eligible, bool offline, int onlineRoom,
                                           QSet<qint64> &touched)
{
    // Batch after batch in one pass, so that KSeF processes them side by side; each one's intent is committed
    // before its upload as always, and the outcomes (submitted) of all are written after the last close — a
    // crash before that leaves them in `sending`, which the next pass looks up in their sessions.
    constexpr int kBatchesPerPass = 4;
    Changes outcomes;
    int sent = 0;
    for (int batch = 0; batch < kBatchesPerPass; ++batch) {
        const auto one = sendBatch(eligible, touched, outcomes);
        if (!one || *one == 0 || isStopped()) {
            if (const auto stored = m_store.apply(outcomes); !stored) {
                return std::unexpected(stored.error());
            }
            return one ? StoreResult<int>(sent + *one) : one;
        }
        sent += *one;
        auto next = m_store.eligible(m_clock.now(), m_options.batchMaxInvoices);
        if (!next) {
            break;
        }
        next->removeIf([&](const OutboxItem &item) {
            return sendsOffline(item) != offline || !item.correctedHash.isEmpty();
        });
        if (next->size() <= onlineRoom) {
            break; // the rest goes online in the next pass
        }
        eligible = *next;
    }
    if (const auto stored = m_store.apply(outcomes); !stored) {
        return std::unexpected(stored.error());
    }
    return sent;
}

bool OutboxEngine::sendsOffline(const OutboxItem &item) const
{
    // Issued offline, or dated before the day it reaches KSeF (PROTOCOL.md §12.2: KSeF takes it as offline
    // either way, and the deadline of offline24 applies).
    return item.isOffline() || item.issueDate < PolishCalendar::polishDate(m_clock.now());
}

QString OutboxEngine::offlineNote(const OutboxItem &item) const
{
    if (item.isOffline()) {
        return QStringLiteral("offlineMode: true (%1)").arg(offlineModeKey(*item.offlineMode));
    }
    return sendsOffline(item) ? QStringLiteral("offlineMode: true (P_1 %1 is before the day it is sent)")
                                    .arg(item.issueDate.toString(Qt::ISODate))
                              : QString();
}

StoreResult<int> OutboxEngine::sendOnline(const QList<OutboxItem> &items, QSet<qint64> &touched)
{
    int sent = 0;
    for (const OutboxItem &item : items) {
        if (isStopped()) {
            break;
        }
        if (!m_online || m_online->validUntil < m_clock.now().addSecs(30 * 60)) {
            auto opened = m_client.openOnlineSession();
            if (!opened) {
                sessionOpenFailed(opened.error());
                return sent; // nothing was sent; the items stay queued
            }
            m_openFailures = 0;
            m_online = *opened;
            accessIsBack();
            if (const auto recorded = m_store.recordSession(
                    m_online->reference, QStringLiteral("online"), m_client.transport().environment().key(),
                    m_client.credentials().contextNip, m_online->validUntil);
                !recorded) {
                return std::unexpected(recorded.error());
            }
        }
        if (const auto damaged = damagedContent(item)) {
            if (const auto stored = m_store.apply(item.id, *damaged); !stored) {
                return std::unexpected(stored.error());
            }
            continue;
        }
        // The intent, committed before the request leaves.
        OutboxStore::Update intent;
        intent.state = InvoiceState::Sending;
        intent.mode = SendMode::Online;
        intent.sessionRef = m_online->reference;
        intent.invoiceRef = QString();
        intent.countAttempt = true;
        intent.expect = InvoiceState::Queued;
        intent.expectOffline = item.isOffline();
        intent.note = offlineNote(item);
        if (!item.correctedHash.isEmpty()) {
            intent.note += QStringLiteral("; technical correction of %1").arg(item.correctedHash);
        }
        if (const auto committed = m_store.apply(item.id, intent); !committed) {
            if (committed.error().code == StoreError::Code::Conflict) {
                continue; // another engine on this database took it first (or holds the database now)
            }
            return std::unexpected(committed.error()); // the disk refused the intent: nothing left
        }
        touched.insert(item.id);
        KsefClient::SendOptions sendOptions;
        sendOptions.offlineMode = sendsOffline(item);
        sendOptions.hashOfCorrectedInvoice = item.correctedHash;
        const auto result = m_client.sendInvoice(*m_online, item.xml, sendOptions);
        ++sent;
        m_lastOnlineSend = m_clock.now();
        OutboxStore::Update outcome;
        if (result) {
            outcome.state = InvoiceState::Submitted;
            outcome.invoiceRef = result->invoiceReference;
            outcome.clearError = true;
        } else {
            outcome = failure(item, result.error(), true);
        }
        // A warning KSeF gave for this invoice goes on its timeline (the request log and the alert have it
        // too).
        if (!m_requests.isEmpty() && !m_requests.constLast().systemWarning.isEmpty()) {
            outcome.note = (outcome.note.isEmpty() ? QString() : outcome.note + QStringLiteral("; ")) +
                           QStringLiteral("KSeF warned: ") + m_requests.constLast().systemWarning;
        }
        if (const auto stored = m_store.apply(item.id, outcome); !stored) {
            return std::unexpected(stored.error());
        }
    }
    return sent;
}

std::optional<OutboxStore::Update> OutboxEngine::damagedContent(const OutboxItem &item)
{
    const TimeBreakdown::Scope measured(breakdown(), QLatin1StringView("integrity"), 1);
    if (Crypto::sha256Base64(item.xml) == item.contentHash) {
        return std::nullopt;
    }
    // The stored bytes are not what was imported (a damaged or edited database): never send them.
    OutboxStore::Update update;
    update.state = InvoiceState::Rejected;
    update.error = RecordedError{ErrorClass::NeedsUser,
                                 0,
                                 tr("The stored invoice is damaged (its bytes no longer match the imported "
                                    "file); import it again."),
                                 {}};
    (void)m_alerts.raise(
        QStringLiteral("rejected"), QStringLiteral("rejected:%1").arg(item.key), item.key,
        tr("Invoice %1 is damaged in Kurier's database and was not sent.").arg(item.invoiceNumber));
    return update;
}

StoreResult<int> OutboxEngine::sendBatch(const QList<OutboxItem> &itemsToSend, QSet<qint64> &touched,
                                         Changes &outcomes)
{
    QList<OutboxItem> items;
    QList<std::pair<qint64, OutboxStore::Update>> damaged;
    for (const OutboxItem &item : itemsToSend) {
        if (auto update = damagedContent(item)) {
            damaged.append({item.id, *update});
        } else {
            items.append(item);
        }
    }
    if (const auto stored = m_store.apply(damaged); !stored) {
        return std::unexpected(stored.error());
    }
    if (items.isEmpty()) {
        return 0;
    }
    QList<KsefClient::BatchFile> files;
    files.reserve(items.size());
    for (const OutboxItem &item : items) {
        files.append({QStringLiteral("%1.xml").arg(item.id), item.xml});
    }
    KsefClient::BatchOptions options;
    options.maxPartBytes = m_options.batchMaxPartBytes;
    options.offlineMode = sendsOffline(items.first()); // the whole group is one or the other (sendEligible)
    std::optional<StoreError> intentError;
    QString sessionRef;
    options.onOpened = [&](const QString &reference) {
        sessionRef = reference;
        (void)m_store.recordSession(reference, QStringLiteral("batch"),
                                    m_client.transport().environment().key(),
                                    m_client.credentials().contextNip, {});
        QList<std::pair<qint64, OutboxStore::Update>> intents;
        for (const OutboxItem &item : items) {
            OutboxStore::Update intent;
            intent.state = InvoiceState::Sending;
            intent.mode = SendMode::Batch;
            intent.sessionRef = reference;
            intent.note = offlineNote(item);
            intent.invoiceRef = QString();
            intent.countAttempt = true;
            intent.expect = InvoiceState::Queued;
            intent.expectOffline = item.isOffline();
            intents.append({item.id, intent});
        }
        if (const auto committed = m_store.apply(intents); !committed) {
            intentError = committed.error();
            return false; // nothing is uploaded: KSeF cancels the empty session
        }
        for (const OutboxItem &item : items) {
            touched.insert(item.id);
        }
        return true;
    };
    const auto sent = m_client.sendBatch(files, options);
    if (intentError) {
        if (intentError->code == StoreError::Code::Conflict) {
            // Another engine took one of them, or one was issued offline meanwhile: nothing was uploaded
            // (KSeF cancels the empty session); the next pass reads the queue again.
            (void)m_store.markSession(sessionRef, QStringLiteral("abandoned"));
            return 0;
        }
        return std::unexpected(*intentError);
    }
    if (sent) {
        m_openFailures = 0;
        accessIsBack();
        (void)m_store.markSession(*sent, QStringLiteral("closed"));
        for (const OutboxItem &item : items) {
            OutboxStore::Update update;
            update.state = InvoiceState::Submitted;
            update.clearError = true;
            outcomes.append({item.id, update});
        }
    } else if (!sessionRef.isEmpty()) {
        // Opened but not (provably) closed: a close that may have arrived stays in `sending` for the session
        // check; an upload that failed leaves the session unclosed — KSeF never processes it.
        const bool closeMayHaveArrived =
            sent.error().maybeDelivered && sent.error().endpoint.contains(u"close");
        for (const OutboxItem &item : items) {
            OutboxItem counted = item;
            counted.attempts += 1;
            outcomes.append({item.id, failure(counted, sent.error(), closeMayHaveArrived)});
        }
        if (!closeMayHaveArrived) {
            (void)m_store.markSession(sessionRef, QStringLiteral("abandoned"));
        }
    } else {
        sessionOpenFailed(sent.error());
        return 0;
    }
    return sent ? 1 : 0;
}

void OutboxEngine::closeOnlineSession()
{
    if (!m_online) {
        return;
    }
    const QString reference = m_online->reference;
    m_online.reset();
    if (m_client.closeOnlineSession(reference)) {
        (void)m_store.markSession(reference, QStringLiteral("closed"));
    }
    (void)flushRequests();
}

} // namespace Kurier
