#pragma once

#include "audit/AlertCenter.h"
#include "ksef/KsefClient.h"
#include "ksef/KsefEnvironment.h"
#include "ksef/KsefPermissions.h"
#include "ksef/KsefTypes.h"
#include "outbox/InvoiceImport.h"
#include "outbox/OutboxEngine.h"
#include "services/CertificateWatch.h"
#include "services/PassScheduler.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace Kurier {

class Clock;
class Fa3Validator;
struct OutboxServices;
class AvailabilityWatch;
class Latarnia;

// The outbox engine on a thread of its own, for the desktop application: it opens the services (its own
// SQLite connection, network, blocking KSeF client) on that thread, runs passes from a timer, and does the
// user's requests (import, send, cancel, retry) there — the GUI thread never waits for KSeF. Results come
// back as signals (queued across threads).
//
// Create it, move it to a QThread, then call start() through a queued invocation; call shutdown() the same
// way before the thread ends.
class OutboxWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxWorker)

public:
    struct Config
    {
        QString databasePath;
        QString databasePassword; // an office server's, from the keychain
        KsefEnvironment environment;
        QString contextNip;
        std::optional<KsefCredentials> credentials; // none: passes only read the database (no sending)
        OutboxEngine::Options options;
        std::chrono::seconds requestTimeout{30};
        std::chrono::milliseconds busyInterval{300};   // between passes while something is in flight
        std::chrono::milliseconds idleInterval{5'000}; // between passes otherwise
        bool holdImports = false;                      // imported invoices wait as "ready" for the user
        // Reconciliation with KSeF: after the first pass, then this often (0: only on request). A quit
        // interrupts one in progress (requestStop).
        std::chrono::minutes reconcileEvery{0};
        // Purchase invoices (core/incoming): synchronised after the first pass, then this often; never more
        // often than every 15 minutes (KSeF's export budget). 0: only on request.
        std::chrono::minutes incomingEvery{0};
        // The automatic backup (core/backup): one a day into this folder when the worker starts, the newest
        // `backupsKept` kept. Empty: none.
        QString backupDirectory;
        int backupsKept = 7;
        // KSeF's availability service (Latarnia): asked this often, also while KSeF does not answer; 0:
        // never.
        std::chrono::seconds availabilityEvery{180};
        // The company's KSeF certificates (no keys) and whether it logs in with a token: checked after the
        // first pass and every 12 hours for the alerts of CertificateWatch (expiry, revocation, tokens
        // ending).
        QList<CertificateSummary> certificates;
        bool usesToken = false;
        QDate tokensEndOn; // the last day KSeF tokens are assured (AppSettings::tokensEndOn)
    };
    enum class Connection
    {
        Starting,
        Idle,    // nothing to do
        Working, // sending or waiting for KSeF
        Paused,  // the user paused sending
        Offline, // the last pass failed; it will be tried again
        Stopped, // the engine stopped the queue (credentials, maintenance…): needs the user
        NoCredentials,
    };
    Q_ENUM(Connection)

    OutboxWorker(Config config, const Clock &clock);
    ~OutboxWorker() override;

    static QString connectionName(Connection connection); // for people, translated
    // Any thread: the KSeF call in progress ends now and no new one starts (HttpTransport's stop flag) — what
    // a quit does when the worker is busy, so the window never waits for KSeF to answer.
    void requestStop() { m_stop->store(true); }

    // KSeF certificates (OutboxWorkerCertificates.cpp): call on the worker's thread
    // (DesktopSession::toWorker). `login`: a login made for this operation only — a .p12 identity, or a
    // request signed elsewhere; empty: the worker's own credentials.
    struct CertificateLogin
    {
        std::optional<KsefCredentials> credentials;
        QByteArray signedRequest;
        KsefClient::SignatureRequest request;
    };
    // Runs `work` on this thread once no pass or check is talking to KSeF (they run nested event loops, so a
    // queued call can arrive in the middle of one).
    void whenIdle(std::function<void()> work);
    KsefClient::Result<QList<KsefCertificateInfo>> listCertificates();
    KsefClient::Result<CertificateLimits> certificateLimits();
    KsefClient::Result<KsefClient::SignatureRequest> prepareSignatureRequest();
    KsefClient::Result<QList<KsefCertificate>> enrolCertificates(const QList<KsefCertificateType> &types,
                                                                 AsymmetricKey::Algorithm algorithm,
                                                                 const CertificateLogin &login);
    KsefClient::Result<void> revokeCertificate(const QString &serial, RevocationReason reason,
                                               const CertificateLogin &login);
    // KSeF permissions of the company (OutboxWorkerPermissions.cpp, PROTOCOL.md §22), on the worker's thread
    // with its login: who holds what, a grant or revoke followed until KSeF decides (audited), and — for an
    // office, in its own context — the clients that gave it access.
    KsefClient::Result<QList<PermissionGrantInfo>> permissionHolders();
    KsefClient::Result<PermissionOutcome> grantPermission(const PermissionGrantRequest &request);
    KsefClient::Result<PermissionOutcome> revokePermission(const PermissionGrantInfo &held);
    bool isWorking() const { return m_working.load(); }

public slots:
    void start();
    void shutdown();
    void setPaused(bool paused);
    void runPassNow();
    // "Send": ready (draft) items of `ids` are queued, waiting ones retried now; empty ids: all of them.
    void send(const QList<qint64> &ids);
    void cancel(const QList<qint64> &ids);
    void importFiles(const QStringList &paths);
    void importFiles(const QStringList &paths, bool hold); // hold: as drafts, whatever the settings say
    void setHoldImports(bool hold) { m_config.holdImports = hold; }
    // Compares the outbox with KSeF now (core/reconcile); `trigger`: start, timer, user.
    void reconcileNow(const QString &trigger);
    // Synchronises the purchase invoices now; `trigger` user forces it (ignores the 15-minute spacing).
    void syncIncomingNow(const QString &trigger);
    // A person's "Adopt" for a reconciliation finding (an invoice KSeF has that Kurier could not take in by
    // itself): tries again; when the invoice is in the outbox now, the finding is resolved (audited).
    void adoptNow(qint64 findingId, const QString &ksefNumber, const QDateTime &since);
    // The window's other writes (OutboxWorkerCommands.cpp): widgets never write state themselves.
    // "Retry": rejected items of `ids` go back to the queue (only if still rejected), then as `send`.
    void retry(const QList<qint64> &ids);
    // "Mark resolved" for reconciliation findings, with the person's reason (audited).
    void resolveFindings(const QList<qint64> &findingIds, const QString &reason);
    // Purchase invoices read by the user; empty: all of them.
    void markPurchasesRead(const QStringList &ksefNumbers);

signals:
    void started(bool ok, const QString &error);
    void itemsChanged();
    void alertRaised(const Kurier::Alert &alert);
    void connectionChanged(Kurier::OutboxWorker::Connection connection, const QString &detail);
    // What is left of the invoice-sending budget this minute (and its limit).
    void budgetChanged(int remaining, int limit);
    void importProgress(int done, int total);
    void importFinished(const QList<Kurier::InvoiceImport::Result> &results);
    void actionFinished(const QString &message, bool ok);
    void passFinished();
    void reconcileStarted();
    // A reconciliation ended: its stored report's id, whether anything needs a person, and a line for people.
    void reconciled(qint64 runId, bool needsAttention, const QString &summary);
    void incomingSyncStarted();
    void adopted(bool ok, const QString &message);
    // A synchronisation of purchase invoices ended (or was not due): how many are new, and a line for people.
    void incomingSynced(int added, bool ok, const QString &message);
    // New purchase invoices to announce (once per synchronisation that brought them, also the CLI's).
    void incomingArrived(int count);
    // KSeF's availability changed (Latarnia): its key ("available", "failure", …, "unreachable") and a line
    // for the status bar; `announced`: a maintenance, failure or total failure is announced.
    void availabilityChanged(const QString &key, const QString &text, bool announced);
    void findingsResolved(int resolved, const QString &error);      // error empty: all of them
    void purchasesRead(const QStringList &ksefNumbers, int unread); // empty list: all; unread left

private:
    void schedule();
    void pass();
    void setConnection(Connection connection, const QString &detail = {});
    void reportBudget();
    void dueChecks();         // reconciliation and purchase invoices when their time has come
    void checkCertificates(); // OutboxWorkerChecks.cpp
    template <typename T>
    KsefClient::Result<T> withLogin(const CertificateLogin &login,
                                    const std::function<KsefClient::Result<T>(KsefClient &)> &work);
    template <typename T>
    KsefClient::Result<T> withServices(const std::function<KsefClient::Result<T>(OutboxServices &)> &work);
    void announceIncoming();
    bool checkAvailability(); // Latarnia, when due; false: the worker is shutting down
    // Runs long KSeF work (a pass, a reconciliation, a synchronisation) as one "pass": a shutdown that
    // arrives meanwhile (from a nested event loop) is carried out when it ends. false: the worker is shutting
    // down.
    bool exclusive(const std::function<void()> &work);
    void tearDown();

    Config m_config;
    const Clock &m_clock;
    std::unique_ptr<OutboxServices> m_services;
    std::unique_ptr<Latarnia> m_latarnia; // both use m_services: reset before it
    std::unique_ptr<AvailabilityWatch> m_availability;
    std::unique_ptr<Fa3Validator> m_validator;
    QTimer *m_timer = nullptr;
    bool m_paused = false;
    PassScheduler m_scheduler; // when the next pass runs (the same policy as kurier-cli send|run)
    std::chrono::milliseconds m_nextPass;
    bool m_inPass = false;
    Connection m_connection = Connection::Starting;
    QDateTime m_lastReconcile; // when this session last reconciled (invalid: not yet)
    QDateTime m_lastIncoming;  // when this session last synchronised purchase invoices
    QDateTime m_lastCertificateCheck;
    bool m_shutdownPending = false;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    std::atomic_bool m_working{false};
    QString m_detail;
};

} // namespace Kurier
