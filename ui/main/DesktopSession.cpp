#include "main/DesktopSession.h"

#include "audit/AlertCenter.h"
#include "audit/AuditLog.h"
#include "fa/Fa3Validator.h"
#include "incoming/IncomingStore.h"
#include "invoicing/InvoiceBook.h"
#include "ksef/CredentialVault.h"
#include "outbox/OutboxStore.h"
#include "reconcile/ReconcileStore.h"
#include "sandbox/Sandbox.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QSettings>
#include <QSqlDriver>

namespace Kurier {
namespace {
constexpr std::chrono::seconds kPoliteShutdown{5}; // an idle worker's time to close its KSeF session
}

DesktopSession::DesktopSession(Paths paths, const Clock &clock, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_clock(clock)
    , m_secrets(secrets)
{
    QSettings stored(m_paths.settingsFile, QSettings::IniFormat);
    m_settings = AppSettings::load(stored);
    m_thread.setObjectName(QStringLiteral("KurierOutbox"));
}

DesktopSession::~DesktopSession()
{
    stopWorker();
}

void DesktopSession::saveSettings()
{
    QSettings stored(m_paths.settingsFile, QSettings::IniFormat);
    m_settings.save(stored);
}

KsefEnvironment DesktopSession::environment() const
{
    if (m_settings.sandbox && m_sandboxUrl.isValid()) {
        return KsefEnvironment::custom(m_sandboxUrl);
    }
    return KsefEnvironment::fromText(m_settings.environment)
        .value_or(KsefEnvironment::official(KsefEnvironment::Kind::Test));
}

QString DesktopSession::environmentLabel() const
{
    if (m_settings.sandbox) {
        return tr("SANDBOX");
    }
    switch (environment().kind) {
    case KsefEnvironment::Kind::Test:
        return tr("TEST");
    case KsefEnvironment::Kind::Demo:
        return tr("DEMO");
    case KsefEnvironment::Kind::Production:
        return tr("PRODUCTION");
    case KsefEnvironment::Kind::Custom:
        return tr("CUSTOM");
    }
    return {};
}

QString DesktopSession::databasePath() const
{
    const CompanyProfile *company = m_settings.currentCompany();
    return companyLocation(company ? company->nip : QStringLiteral("none"));
}

OutboxQuery::Thresholds DesktopSession::thresholds() const
{
    return {std::chrono::minutes(m_settings.stuckAfterMinutes),
            std::chrono::minutes(m_settings.missingUpoAfterMinutes)};
}

void DesktopSession::close()
{
    // Windows let go of the models and views over this company first: nothing may read it half-closed (the
    // keychain lookup below runs a local event loop, where a refresh timer could fire).
    emit companyClosing();
    m_serverRefresh.stop();
    stopWorker();
    m_query.reset();
    m_book.reset();
    m_purchases.reset();
    m_reports.reset();
    m_store.reset();
    m_alerts.reset();
    m_audit.reset();
    m_database.reset();
}

void DesktopSession::watchServerChanges()
{
    m_serverRefresh.stop();
    if (m_database->engine() != SqlEngine::Postgres) {
        return; // a file: the worker's passes and the window's timer notice kurier-cli's changes
    }
    QSqlDriver *driver = m_database->connection().driver();
    if (!driver->subscribeToNotification(QLatin1StringView(SqlDialect::kChangesChannel))) {
        qWarning("office server: LISTEN failed, refreshing every 15 s only");
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                if (source == QSqlDriver::OtherSource) {
                    emit databaseChanged();
                }
            });
    m_listenGeneration = Transaction::connectionGeneration(m_database->connection());
    m_serverRefresh.setInterval(15'000);
    disconnect(&m_serverRefresh, nullptr, this, nullptr); // one handler, whichever company was open before
    m_serverRefresh.callOnTimeout(this, [this] {
        // The fallback: a connection the server dropped (a restart) is opened again, and LISTENs again.
        if (!m_database || !Transaction::reconnectIfLost(m_database->connection())) {
            return;
        }
        const QSqlDatabase connection = m_database->connection();
        if (Transaction::connectionGeneration(connection) != m_listenGeneration) {
            m_listenGeneration = Transaction::connectionGeneration(connection);
            connection.driver()->subscribeToNotification(QLatin1StringView(SqlDialect::kChangesChannel));
        }
        emit databaseChanged();
    });
    m_serverRefresh.start();
}

std::expected<void, QString> DesktopSession::openCurrentCompany()
{
    close();
    const CompanyProfile *company = m_settings.currentCompany();
    if (!company) {
        return std::unexpected(tr("No company is set up yet."));
    }
    const QString path = databasePath();
    const bool onServer = ServerAddress::isServer(path);
    QString password;
    if (onServer) {
        // The office server's password is in the keychain; without one libpq's ~/.pgpass applies.
        if (auto stored = m_secrets.read(AppSettings::officeServerSecretKey(path)); stored && *stored) {
            password = **stored;
        }
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    auto database = Database::open(path, password);
    if (!database) {
        return std::unexpected(database.error().message());
    }
    m_database = std::move(*database);
    const QSqlDatabase connection = m_database->connection();
    m_rights = OfficeServer::rightsOf(connection);
    watchServerChanges();
    m_audit = std::make_unique<AuditLog>(connection, m_clock);
    m_alerts = std::make_unique<AlertCenter>(connection, *m_audit, m_clock);
    m_store = std::make_unique<OutboxStore>(connection, *m_audit, m_clock);
    m_reports = std::make_unique<ReconcileStore>(connection, *m_audit, m_clock);
    m_purchases = std::make_unique<IncomingStore>(connection, *m_audit, m_clock);
    m_validator = std::make_unique<Fa3Validator>(m_clock);
    m_book = std::make_unique<InvoiceBook>(connection, *m_store, *m_validator, m_clock);
    m_query = std::make_unique<OutboxQuery>(connection, m_clock, thresholds());

    OutboxWorker::Config config;
    config.databasePath = path;
    config.databasePassword = password;
    config.environment = environment();
    config.contextNip = company->nip;
    config.options.onlineMax = m_settings.onlineMax;
    config.options.stuckAfter = std::chrono::minutes(m_settings.stuckAfterMinutes);
    config.options.missingUpoAfter = std::chrono::minutes(m_settings.missingUpoAfterMinutes);
    config.options.offlineWarningHours = m_settings.offlineWarningHours;
    config.availabilityEvery = std::chrono::seconds(m_settings.availabilityEverySeconds);
    config.requestTimeout = std::chrono::seconds(m_settings.requestTimeoutSeconds);
    config.holdImports = !m_settings.sendAutomatically;
    config.reconcileEvery = std::chrono::minutes(m_settings.reconcileEveryMinutes);
    config.incomingEvery = std::chrono::minutes(m_settings.incomingEveryMinutes);
    config.backupDirectory = QDir(m_paths.dataDirectory).filePath(QStringLiteral("backups"));
    m_hasCredentials = false;
    m_credentialsProblem.clear();
    // The keychain's KSeF certificates: the Authentication one logs in (also in the sandbox), and all of them
    // are watched for expiry and revocation.
    const QList<KsefCertificate> stored = storedCertificates(); // one keychain read for all of it
    for (const KsefCertificate &certificate : stored) {
        config.certificates.append(
            {certificate.type, certificate.serial(), certificate.certificate.notAfter()});
        if (certificate.type == KsefCertificateType::Authentication &&
            certificate.certificate.notAfter() > m_clock.now() && m_settings.sandbox) {
            KsefCredentials credentials;
            credentials.method = KsefCredentials::Method::Certificate;
            credentials.contextNip = company->nip;
            credentials.privateKey = certificate.key;
            credentials.certificate = certificate.certificate;
            config.credentials = credentials;
        }
    }
    m_usesToken = readUsesToken(stored);
    // The "tokens end" alert is for real companies; the sandbox's demo company shows the banner only.
    config.usesToken = m_usesToken && !m_settings.sandbox;
    config.tokensEndOn = m_settings.tokensEndOn;
    // In the sandbox the company logs in with its own KSeF Authentication certificate once it has one (set
    // above), else with the emulator's KSeF token.
    if (company->throughOffice() && !company->officeMayWrite()) {
        // Read-only through the office: nothing is sent for it — said before anything leaves.
        m_credentialsProblem =
            tr("%1 gave the office read-only access in KSeF: Kurier sends nothing for it; "
               "the invoices stay in the queue. Ask the client for the permission to issue "
               "invoices (InvoiceWrite).")
                .arg(company->name);
    } else if (company->throughOffice() && !config.credentials) {
        if (auto credentials = officeCredentials(*company, actingIdentity())) {
            config.credentials = *credentials;
        } else {
            m_credentialsProblem = credentials.error();
        }
    } else if (m_settings.sandbox && !config.credentials) {
        if (const QString token = sandboxToken(company->nip); !token.isEmpty()) {
            KsefCredentials credentials;
            credentials.contextNip = company->nip;
            credentials.ksefToken = token;
            config.credentials = credentials;
        } else {
            m_credentialsProblem = tr("The sandbox emulator is not running.");
        }
    } else if (!m_settings.sandbox) {
        CredentialVault vault(m_secrets);
        if (auto credentials = vault.load(vaultEnvironment(), company->nip)) {
            config.credentials = *credentials;
        } else {
            m_credentialsProblem = credentials.error();
        }
    }
    if (!m_rights.maySend) {
        // A viewer of the office: the worker only reads (no KSeF login, no sending, no reconciliation).
        config.credentials.reset();
        m_credentialsProblem =
            tr("You may only view this company: the office server's user %1 has no right to "
               "send (role kurier_sender).")
                .arg(m_rights.user);
    }
    m_hasCredentials = config.credentials.has_value();

    m_worker = new OutboxWorker(config, m_clock);
    m_worker->moveToThread(&m_thread);
    m_connection = OutboxWorker::Connection::Starting;
    m_connectionDetail.clear();
    m_availability = {};
    connect(m_worker, &OutboxWorker::availabilityChanged, this,
            [this](const QString &key, const QString &text, bool announced) {
                m_availability = {key, text, announced};
                emit availabilityChanged(key, text, announced);
            });
    connect(m_worker, &OutboxWorker::connectionChanged, this,
            [this](OutboxWorker::Connection connection, const QString &detail) {
                m_connection = connection;
                m_connectionDetail = detail;
                emit connectionChanged(connection, detail);
            });
    connect(m_worker, &OutboxWorker::importFinished, this, &DesktopSession::finishOfflineImport);
    connect(m_worker, &OutboxWorker::budgetChanged, this, [this](int remaining, int limit) {
        m_budget = {remaining, limit};
        emit budgetChanged(remaining, limit);
    });
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &OutboxWorker::start, Qt::QueuedConnection);
    if (m_paused) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->setPaused(true); }, Qt::QueuedConnection);
    }
    emit companyOpened();
    return {};
}

void DesktopSession::stopWorker()
{
    if (!m_worker) {
        return;
    }
    // The worker closes its KSeF session, lets go of the database and ends its thread itself. Work under way
    // (a pass, a reconciliation, a synchronisation) is not waited for: it is stopped — what it stored stays,
    // what it did not is done next time. An idle worker gets a few seconds to close its session politely.
    if (m_worker->isWorking()) {
        m_worker->requestStop();
    }
    QMetaObject::invokeMethod(m_worker, &OutboxWorker::shutdown, Qt::QueuedConnection);
    if (!m_thread.wait(QDeadlineTimer(kPoliteShutdown))) {
        m_worker->requestStop();
        m_thread.wait();
    }
    m_worker = nullptr;
}

void DesktopSession::startSandbox()
{
    if (!m_sandbox) {
        m_sandbox = std::make_unique<SandboxEmulator>(
            m_paths.emulatorProgram.isEmpty() ? SandboxEmulator::defaultProgram() : m_paths.emulatorProgram,
            QDir(m_paths.dataDirectory).filePath(QStringLiteral("sandbox/emulator")));
        connect(m_sandbox.get(), &SandboxEmulator::ready, this,
                [this](const SandboxEmulator::Endpoint &endpoint) {
                    m_sandboxUrl = endpoint.baseUrl;
                    m_sandboxTokens = {{endpoint.contextNip, endpoint.token}};
                    finishSandboxStart(openSandbox());
                });
        connect(m_sandbox.get(), &SandboxEmulator::failed, this, [this](const QString &error) {
            if (m_sandboxStarting) {
                finishSandboxStart(std::unexpected(error));
            }
        });
    }
    if (m_sandbox->isRunning()) {
        finishSandboxStart(openSandbox());
        return;
    }
    if (m_sandboxStarting) {
        return; // already on its way: `sandboxStarted` will come once
    }
    m_sandboxStarting = true;
    m_sandbox->start(SandboxEmulator::kDemoNip);
}

void DesktopSession::finishSandboxStart(const std::expected<int, QString> &issued)
{
    m_sandboxStarting = false;
    emit sandboxStarted(issued.has_value(), issued.value_or(0), issued ? QString() : issued.error());
}

std::expected<int, QString> DesktopSession::openSandbox()
{
    m_settings.sandbox = true;
    if (const auto office = setUpSandboxOffice(); !office) {
        return std::unexpected(office.error());
    }
    m_settings.upsertCompany(SandboxEmulator::demoCompany());
    m_settings.currentNip = SandboxEmulator::kDemoNip;
    m_settings.firstRunDone = true;
    saveSettings();
    if (auto opened = openCurrentCompany(); !opened) {
        return std::unexpected(opened.error());
    }
    // Demo invoices only into an empty sandbox: a second start keeps what the user did.
    const auto counts = m_store->counts();
    if (!counts) {
        return std::unexpected(counts.error().text());
    }
    if (!counts->isEmpty()) {
        return 0; // (the store's query is finished: no read snapshot is left open for the issuing below)
    }
    const CompanyProfile company = SandboxEmulator::demoCompany();
    int issued = 0;
    for (const Invoice &invoice : SandboxEmulator::demoInvoices(m_clock.today(), m_clock.now())) {
        auto item =
            m_book->issue(invoice, company.numberingPattern, 0, environment().key(), company.nip, true);
        if (!item) {
            return std::unexpected(item.error());
        }
        ++issued;
    }
    return issued;
}

void DesktopSession::toWorker(const std::function<void(OutboxWorker &)> &call, bool resumes)
{
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, call] { call(*worker); }, Qt::QueuedConnection);
    }
    if (resumes && m_paused) { // the worker's send resumes sending; the window shows it at once
        m_paused = false;
        emit pausedChanged(false);
    }
}

void DesktopSession::runWhenIdle(std::function<void(OutboxWorker &)> call)
{
    toWorker([call = std::move(call)](OutboxWorker &worker) {
        worker.whenIdle([call, &worker] { call(worker); });
    });
}

void DesktopSession::retry(const QList<qint64> &ids)
{
    toWorker([ids](OutboxWorker &worker) { worker.retry(ids); }, true);
}

void DesktopSession::send(const QList<qint64> &ids)
{
    toWorker([ids](OutboxWorker &worker) { worker.send(ids); }, true);
}

void DesktopSession::cancel(const QList<qint64> &ids)
{
    toWorker([ids](OutboxWorker &worker) { worker.cancel(ids); });
}

void DesktopSession::importFiles(const QStringList &paths)
{
    toWorker([paths](OutboxWorker &worker) { worker.importFiles(paths); });
}

void DesktopSession::setPaused(bool paused)
{
    if (paused == m_paused) {
        return;
    }
    m_paused = paused;
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, paused] { worker->setPaused(paused); }, Qt::QueuedConnection);
    }
    emit pausedChanged(paused);
}

int DesktopSession::onTheWayCount() const
{
    const auto counts = m_store ? m_store->counts() : StoreResult<QHash<InvoiceState, int>>();
    int count = 0;
    if (counts) {
        for (auto it = counts->begin(); it != counts->end(); ++it) {
            count += it.key() == InvoiceState::Queued || isInFlight(it.key()) ? it.value() : 0;
        }
    }
    return count;
}

} // namespace Kurier
