#pragma once

#include "backup/OfficeServer.h"
#include "ksef/KsefEnvironment.h"
#include "office/ClientWork.h"
#include "office/OfficeAccess.h"
#include "outbox/OutboxQuery.h"
#include "services/OfflineIssuer.h"
#include "services/OutboxWorker.h"
#include "settings/AppSettings.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace Kurier {

class AlertCenter;
class AuditLog;
class Clock;
class Database;
class Fa3Validator;
class IncomingStore;
class InvoiceBook;
class OutboxStore;
class ReconcileStore;
class SandboxEmulator;
class SecretStore;

// The desktop application's services for the company being worked on: its database (one file per company and
// environment, so companies never mix), read and written on the GUI thread for lists and the editor, and the
// sending engine on a worker thread of its own (OutboxWorker). Also sandbox mode: the local emulator, a demo
// company and demo invoices. No widgets here: windows get this and call it.
class DesktopSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopSession)

public:
    struct Paths
    {
        QString settingsFile;    // an INI file with the typed AppSettings
        QString dataDirectory;   // databases live under it
        QString emulatorProgram; // ksef-emulator, for sandbox mode
    };
    // `secrets` is the system keychain in the app (tests may pass another SecretStore).
    DesktopSession(Paths paths, const Clock &clock, SecretStore &secrets, QObject *parent = nullptr);
    ~DesktopSession() override;

    const Clock &clock() const { return m_clock; }
    AppSettings &settings() { return m_settings; }
    const AppSettings &settings() const { return m_settings; }
    void saveSettings();
    // Runs `call` on the worker's thread once no pass is talking to KSeF (nothing when no company is open):
    // for the per-feature services the window hands to widgets (WorkerPermissions), which answer on their
    // own.
    void runWhenIdle(std::function<void(OutboxWorker &)> call);

    SecretStore &secrets() { return m_secrets; }
    QString dataDirectory() const { return m_paths.dataDirectory; }

    // Opens the current company's database and starts sending for it (stops the previous one first).
    std::expected<void, QString> openCurrentCompany();
    void close(); // stops sending and closes the company's database (companyClosing first)
    // First run and "Try it in the sandbox": starts the local emulator, makes the demo company current and
    // gives it a few demo invoices, ready to send.
    // Starts the local emulator without blocking (the window stays responsive), then opens the demo
    // company and, into an empty sandbox, issues the demo invoices; `sandboxStarted` tells how it went.
    void startSandbox();
    bool isOpen() const { return m_database != nullptr; }
    Database &database() { return *m_database; } // the GUI thread's connection to the company's database
    bool isSandbox() const { return m_settings.sandbox; }
    bool isStartingSandbox() const { return m_sandboxStarting; }
    KsefEnvironment environment() const;
    QString environmentLabel() const; // "SANDBOX", "TEST", "DEMO", "PRODUCTION"
    QString databasePath() const;
    // An office's many clients (DesktopClients.cpp): every company of the settings with its database, sorted
    // by name; an office server's passwords (read from the keychain now, for a worker thread); and what bulk
    // work for `clients` needs — their KSeF credentials read now, the settings' limits and timeouts.
    QString companyLocation(const QString &nip) const;
    bool isSandboxCompany(const QString &nip) const;
    QList<ClientEntry> clientEntries() const;
    std::function<QString(const QString &location)> officeServerPasswords();
    ClientWork::Options clientWorkOptions(const QList<ClientEntry> &clients);
    // The sandbox as an accounting office: the demo clients (SandboxEmulator::demoClients) become companies
    // of the settings, each with a few invoices ready to send in its own database. → how many were added.
    std::expected<int, QString> addSandboxClients();
    // The office (DesktopOffice.cpp, PROTOCOL.md §22): the identity this computer acts as for clients without
    // credentials of their own (the keychain's; in the sandbox the demo office's own certificate), the
    // clients that gave it access as KSeF lists them (read on a thread of its own; `done` here), and adding
    // the chosen ones as companies reached through the office — no client's secret asked for.
    std::optional<SigningIdentity> actingIdentity();
    void readOfficeClients(std::function<void(std::expected<QList<OfficeAccess::Client>, QString>)> done);
    std::expected<int, QString> addOfficeClients(const QList<OfficeAccess::Client> &chosen);
    SandboxEmulator *sandbox() { return m_sandbox.get(); }

    OutboxQuery &query() { return *m_query; }
    OutboxStore &store() { return *m_store; }
    AuditLog &audit() { return *m_audit; }
    AlertCenter &alerts() { return *m_alerts; }
    // Read side of the reconciliation reports and the purchase invoices (their writes go through the worker).
    const ReconcileStore &reconcileReports() const { return *m_reports; }
    const IncomingStore &purchases() const { return *m_purchases; }
    InvoiceBook &book() { return *m_book; }
    const Fa3Validator &validator() const { return *m_validator; }
    OutboxWorker *worker() { return m_worker; }
    bool hasCredentials() const { return m_hasCredentials; }
    // What this desktop's user may do with the company (everything for a SQLite file).
    const OfficeServer::Rights &rights() const { return m_rights; }

    // KSeF certificates (DesktopCertificates.cpp). The keychain is used here, on the GUI thread; KSeF calls
    // go through the worker and answer through `done` on this thread.
    QString vaultEnvironment() const; // the keychain's environment key ("sandbox" in the sandbox)
    QList<KsefCertificate> storedCertificates();
    // Issuing offline on this thread's connection, with the Offline certificate from the keychain.
    OfflineIssuer offlineIssuer();
    // The mode Kurier offers when KSeF cannot take invoices now (Latarnia's announcement, or no answer).
    std::optional<OfflineMode> offeredOfflineMode() const;
    // Logs in with a KSeF token (no Authentication certificate): as of the last time the company was opened.
    bool usesToken() const { return m_usesToken; }
    void queryCertificates(std::function<void(KsefClient::Result<QList<KsefCertificateInfo>>)> done);
    void prepareSignatureRequest(std::function<void(KsefClient::Result<KsefClient::SignatureRequest>)> done);
    void certificateLimits(std::function<void(KsefClient::Result<CertificateLimits>)> done);
    // Enrols, stores the new certificates in the keychain, and reopens the company so that it logs in with
    // the Authentication certificate; `done` gets the issued serials or the error.
    void enrolCertificates(const QList<KsefCertificateType> &types, AsymmetricKey::Algorithm algorithm,
                           const OutboxWorker::CertificateLogin &login,
                           std::function<void(std::expected<QStringList, QString>)> done);
    std::expected<void, QString> importCertificate(const KsefCertificate &certificate);
    void revokeCertificate(const QString &serial, const OutboxWorker::CertificateLogin &login,
                           std::function<void(std::expected<void, QString>)> done);
    QString credentialsProblem() const { return m_credentialsProblem; }

    // Requests to the worker (queued to its thread; results come back as its signals).
    void send(const QList<qint64> &ids);
    void retry(const QList<qint64> &ids); // rejected ones back to the queue, then as send
    void cancel(const QList<qint64> &ids);
    void importFiles(const QStringList &paths);
    // Imported as issued offline in `offline` (DesktopOffline.cpp): offlineImportFinished tells how it went.
    void importFiles(const QStringList &paths, std::optional<OfflineMode> offline);
    // A technical correction (PROTOCOL.md §12.3) of the rejected offline invoice `id` from a fixed file; sent
    // at once. An error says why it is refused (nothing changed).
    std::expected<void, QString> correctTechnically(qint64 id, const QString &path);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int onTheWayCount() const; // queued or in flight (InvoiceState's definition): not yet final
    // The worker's last reports (kept here so that a window attached later still shows them).
    OutboxWorker::Connection connection() const { return m_connection; }
    QString connectionDetail() const { return m_connectionDetail; }
    std::pair<int, int> budget() const { return m_budget; } // remaining, limit (per minute)
    // What Latarnia last said for this company's environment (empty key: not asked yet).
    struct Availability
    {
        QString key; // available, maintenance, failure, total-failure, unreachable
        QString text;
        bool announced = false;
    };
    Availability availability() const { return m_availability; }

signals:
    // The sandbox is open with `issued` new demo invoices (0 when it was used before), or `error`.
    void sandboxStarted(bool ok, int issued, const QString &error);
    void companyClosing();
    void companyOpened();
    // Another desktop or kurier-cli changed the company on the office server (at most a second ago).
    void databaseChanged();
    void pausedChanged(bool paused);
    void connectionChanged(Kurier::OutboxWorker::Connection connection, const QString &detail);
    void availabilityChanged(const QString &key, const QString &text, bool announced);
    void budgetChanged(int remaining, int limit);
    // An import issued offline is done: how many are marked, and why the others are not.
    // `notices`: what a person must know of invoices that were issued (OfflineIssuer::warnings), by number.
    void offlineImportFinished(Kurier::OfflineMode mode, int issued, const QStringList &problems,
                               const QStringList &notices);

private:
    void stopWorker();
    // The sandbox's demo office: its clients' grants in the emulator, its certificate as the acting identity.
    std::expected<void, QString> setUpSandboxOffice();
    std::expected<void, QString> addDemoCompany(const CompanyProfile &company); // with demo invoices
    // A company reached through the office: the acting identity in its context, or why not.
    // `identity`: actingIdentity(), read once by the caller (not once per client from the keychain).
    std::expected<KsefCredentials, QString> officeCredentials(const CompanyProfile &company,
                                                              const std::optional<SigningIdentity> &identity);
    void finishOfflineImport(const QList<InvoiceImport::Result> &results);
    std::optional<OfflineMode> m_offlineImport;
    // Whether the company logs in with a token: no valid Authentication certificate among `stored`, and the
    // keychain's login entry is a token.
    bool readUsesToken(const QList<KsefCertificate> &stored);
    // Runs `call` on the worker's thread once no pass is talking to KSeF, then `done` with its result here.
    template <typename Result>
    void askWorker(std::function<Result(OutboxWorker &)> call, std::function<void(Result)> done);
    bool m_usesToken = false;
    Availability m_availability;
    OutboxQuery::Thresholds thresholds() const;

    Paths m_paths;
    const Clock &m_clock;
    SecretStore &m_secrets;
    AppSettings m_settings;
    std::unique_ptr<SandboxEmulator> m_sandbox;
    bool m_sandboxStarting = false;
    // Queues `call` on the worker's thread; `resumes`: it resumes sending (send, retry).
    void toWorker(const std::function<void(OutboxWorker &)> &call, bool resumes = false);
    std::expected<int, QString> openSandbox(); // once the emulator listens
    void finishSandboxStart(const std::expected<int, QString> &issued);
    QUrl m_sandboxUrl;
    QHash<QString, QString> m_sandboxTokens;        // the sandbox emulator's token of each demo company
    std::optional<SigningIdentity> m_sandboxOffice; // the demo office's certificate (setUpSandboxOffice)
    QString sandboxToken(const QString &nip); // asks the emulator for a demo client's one the first time
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AlertCenter> m_alerts;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<ReconcileStore> m_reports;
    std::unique_ptr<IncomingStore> m_purchases;
    std::unique_ptr<Fa3Validator> m_validator;
    std::unique_ptr<InvoiceBook> m_book;
    std::unique_ptr<OutboxQuery> m_query;
    QThread m_thread;
    OutboxWorker *m_worker = nullptr;
    bool m_paused = false;
    OutboxWorker::Connection m_connection = OutboxWorker::Connection::Starting;
    QString m_connectionDetail;
    std::pair<int, int> m_budget{0, 0};
    bool m_hasCredentials = false;
    QString m_credentialsProblem;
    OfficeServer::Rights m_rights;
    // On an office server: LISTEN for other desktops' commits, and a slow refresh in case a notification is
    // lost with a connection.
    void watchServerChanges();
    QTimer m_serverRefresh;
    int m_listenGeneration = 0;
};

} // namespace Kurier
