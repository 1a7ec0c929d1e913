#pragma once

#include "ksef/KsefClient.h"
#include "outbox/OutboxStore.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <chrono>
#include <optional>

namespace Kurier {

class AlertCenter;
class Clock;

// Drives the outbox to the end: every queued invoice sent once, polled to its KSeF number, and confirmed with
// a verified UPO — through crashes, timeouts, lost replies, 5xx, 429 and outages (DESIGN.md pillars 1–5).
//
// One pass (runOnce) does, in order: resolve items left in `sending` (after a crash or a lost reply: look the
// content hash up in the session's invoice list; not there → send again, where a 440 names the original),
// poll items in flight, fetch and verify UPOs, then send what is eligible — online for a few invoices, batch
// when the queue is larger than the online budget can send soon. The intent (session, hash) is committed
// before any request leaves, the reference as soon as it arrives. Calls block: run it on a worker thread or
// in kurier-cli.
class OutboxEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxEngine)

public:
    struct Options
    {
        int onlineMax = 20; // more eligible invoices than this (or than the online budget) → batch
        int batchMaxInvoices = 10'000; // per batch session (also capped by GET /limits/context)
        qint64 batchMaxPartBytes = 100'000'000;
        std::chrono::seconds onlineIdleClose{60}; // close the online session after this long without sending
        std::chrono::milliseconds backoffBase{2'000};
        std::chrono::milliseconds backoffCap{30 * 60'000};
        std::chrono::minutes stuckAfter{30};
        std::chrono::minutes missingUpoAfter{120};
        int offlineWarningHours = 0; // warn this long before an offline invoice is due; 0: at 08:00 that day
        std::chrono::milliseconds permitWait{5'000}; // how long a pass waits for a rate-limit permit
        // The backoff's jitter (a seeded generator makes retry times reproducible in tests); the system's
        // generator when null.
        QRandomGenerator *random = nullptr;
    };

    OutboxEngine(OutboxStore &store, KsefClient &client, AlertCenter &alerts, const Clock &clock,
                 Options options);
    ~OutboxEngine() override;

    struct Pass
    {
        int sent = 0;    // requests that carried invoices this pass
        int changed = 0; // items that changed state
        bool stopped = false;
        QString stopReason;
        bool busy = false; // something is in flight or eligible now
        // Sending waits: a session could not be opened (KSeF did not answer, or refused for a while). Until
        // then eligible invoices do not make the pass busy; `pauseReason` says why in words.
        QDateTime pausedUntil;
        QString pauseReason;
    };
    StoreResult<Pass> runOnce();
    // A pass without sending (reconciliation): items left in `sending` longer than a request can take,
    // items in flight polled, UPOs fetched, timed alerts raised. → items that changed
    StoreResult<int> track();
    // Start-up recovery alone (the first step of every pass): resolves every item left in `sending` by
    // looking it up in its session — found: its status; not there: queued again. → items resolved
    StoreResult<int> recover() { return resolveSending({}, std::chrono::milliseconds(0)); }

    // Nothing left to do: every item confirmed, rejected or cancelled (queued items waiting for a retry count
    // as work left).
    StoreResult<bool> isFinished() const;
    bool isStopped() const;
    QString stopReason() const { return m_stopReason; }
    // Closes the online session if one is open (at the end of `send`, or when idle).
    void closeOnlineSession();

signals:
    void queueStopped(const QString &reason);
    void itemsChanged();

private:
    TimeBreakdown *breakdown() const { return m_client.transport().breakdown(); }
    // Steps of a pass (OutboxTracking.cpp).
    StoreResult<int> resolveSending(const QSet<qint64> &touchedThisPass,
                                    std::chrono::milliseconds minimumAge);
    StoreResult<int> pollInFlight();
    StoreResult<int> fetchUpos();
    // A batch session's UPO pages confirm `pending` invoices of it (OutboxSessionUpo.cpp): the changes, or
    // applied (those confirmed leave `pending`; → how many), or added to the changes of a pass that accepts
    // them so that accepted and confirmed are one transaction.
    using Changes = QList<std::pair<qint64, OutboxStore::Update>>;
    StoreResult<Changes> sessionUpoConfirmations(const QString &session, const QList<OutboxItem> &pending);
    StoreResult<int> confirmBySessionUpo(const QString &session, QList<OutboxItem> &pending);
    StoreResult<void> confirmAcceptedBySessionUpo(const QString &session, const QList<OutboxItem> &group,
                                                  Changes &changes);
    // A batch session KSeF finished with every invoice accepted: each invoice's status (KSeF number, time of
    // receipt, mode) read from the session's UPO, by its hash and seller — instead of the invoice list, 16
    // rate-limited pages for 15 000 invoices. Nothing (the list decides) unless the UPO accounts for every
    // invoice of `group` exactly once. By item id.
    std::optional<QHash<qint64, InvoiceStatus>> statusesFromSessionUpo(const QString &session,
                                                                       const QList<OutboxItem> &group);
    StoreResult<void> raiseTimedAlerts();
    StoreResult<void> raiseDeadlineAlerts(const QDateTime &now); // offline invoices due soon or overdue
    // Applies a KSeF invoice status to an item (submitted/processing/accepted/rejected/queued, 440 adoption).
    std::optional<OutboxStore::Update> updateFor(const OutboxItem &item, const InvoiceStatus &status);
    StoreResult<int> storeUpos(const QString &session, const QList<OutboxItem> &items,
                               const QList<InvoiceStatus> &statuses);

    // Sending (OutboxEngine.cpp).
    StoreResult<int> sendEligible(QSet<qint64> &touched);
    StoreResult<int> sendOnline(const QList<OutboxItem> &items, QSet<qint64> &touched);
    // One batch session; its outcome (submitted, or the failure) is added to `outcomes` for the caller to
    // write.
    StoreResult<int> sendBatch(const QList<OutboxItem> &itemsToSend, QSet<qint64> &touched,
                               Changes &outcomes);
    // Up to kBatchesPerPass batches back to back, their outcomes written once after the last one is closed.
    StoreResult<int> sendBatches(QList<OutboxItem> eligible, bool offline, int onlineRoom,
                                 QSet<qint64> &touched);
    // Whether the invoice goes with offlineMode: true, and the audit note that says so (empty when not).
    bool sendsOffline(const OutboxItem &item) const;
    QString offlineNote(const OutboxItem &item) const;
    // What an error means for an item that was being sent; may stop the queue.
    OutboxStore::Update failure(const OutboxItem &item, const KsefError &error, bool reachedKsef);
    void stop(const KsefError &error);
    QDateTime backoff(int attempts) const;
    // Rejected-for-the-user when the stored bytes no longer match their hash; nothing when they do.
    std::optional<OutboxStore::Update> damagedContent(const OutboxItem &item);
    StoreResult<void> flushRequests();

    OutboxStore &m_store;
    KsefClient &m_client;
    AlertCenter &m_alerts;
    const Clock &m_clock;
    Options m_options;
    QRandomGenerator *m_random;
    std::optional<OnlineSession> m_online;
    QDateTime m_lastOnlineSend;
    QDateTime m_stoppedUntil;
    // An "access-lost" alert may be open (from this engine or an earlier run): the first session KSeF lets us
    // open closes it (accessIsBack).
    bool m_accessAlertMayBeOpen = true;
    void accessIsBack();
    QDateTime m_sendPausedUntil; // after a session could not be opened: backoff for the whole queue
    int m_openFailures = 0;
    QString m_pauseReason; // why m_sendPausedUntil was set
    bool m_contextLimitsRead = false;
    bool m_started = false;
    bool m_lastPassFailed = false; // the next pass first reopens a lost server connection
    StoreResult<Pass> runPass();   // runOnce's work
    void sessionOpenFailed(const KsefError &error);
    QString m_stopReason;
    QList<ExchangeRecord> m_requests;              // written to the audit log in one transaction per step
    QHash<qint64, InvoiceStatus> m_lastStatus;     // per item: the last status seen (its presigned UPO link)
    QHash<QString, SessionStatus> m_sessionStatus; // per batch session: its final status (UPO page links)
    QHash<QString, QByteArray> m_upoDownloaded;    // session UPO pages read for the statuses, by reference
    // Polling a session is leased (OutboxStore::leaseSession): several Kurier processes on one database do
    // not all poll it, download its UPOs and write the same changes.
    bool mayPoll(const QString &session);
    QString m_holder = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QHash<QString, QDateTime> m_leases; // the sessions this engine holds, until when
    QDateTime m_lastAlertCheck;
    QList<QDateTime> m_tooManyRequests; // 429s of the last ten minutes
    QSet<QString> m_warningsRaised;     // X-System-Warning codes this engine has raised an alert for
};

} // namespace Kurier
