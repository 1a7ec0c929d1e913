#pragma once

#include "audit/AlertCenter.h"
#include "ksef/KsefEnvironment.h"
#include "ksef/KsefTypes.h"
#include "outbox/InvoiceImport.h"
#include "outbox/OutboxEngine.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Kurier {

class Clock;
class Fa3Validator;
struct OutboxServices;

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
        KsefEnvironment environment;
        QString contextNip;
        std::optional<KsefCredentials> credentials; // none: passes only read the database (no sending)
        OutboxEngine::Options options;
        std::chrono::seconds requestTimeout{30};
        std::chrono::milliseconds busyInterval{300};   // between passes while something is in flight
        std::chrono::milliseconds idleInterval{5'000}; // between passes otherwise
        bool holdImports = false;                      // imported invoices wait as "ready" for the user
        // Reconciliation with KSeF: after the first pass, then this often (0: only on request). Off by
        // default until a quit can interrupt a reconciliation in progress (it blocks this thread while KSeF
        // answers).
        std::chrono::minutes reconcileEvery{0};
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

public slots:
    void start();
    void shutdown();
    void setPaused(bool paused);
    void runPassNow();
    // "Send": ready (draft) items of `ids` are queued, waiting ones retried now; empty ids: all of them.
    void send(const QList<qint64> &ids);
    void cancel(const QList<qint64> &ids);
    void importFiles(const QStringList &paths);
    void setHoldImports(bool hold) { m_config.holdImports = hold; }
    // Compares the outbox with KSeF now (core/reconcile); `trigger`: start, timer, user.
    void reconcileNow(const QString &trigger);

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

private:
    void schedule();
    void pass();
    void setConnection(Connection connection, const QString &detail = {});
    void reportBudget();

    Config m_config;
    const Clock &m_clock;
    std::unique_ptr<OutboxServices> m_services;
    std::unique_ptr<Fa3Validator> m_validator;
    QTimer *m_timer = nullptr;
    bool m_paused = false;
    bool m_busy = false;
    bool m_inPass = false;
    Connection m_connection = Connection::Starting;
    QDateTime m_lastReconcile; // when this session last reconciled (invalid: not yet)
    QString m_detail;
};

} // namespace Kurier
