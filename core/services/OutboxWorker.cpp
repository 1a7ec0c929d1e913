#include "services/OutboxWorker.h"

#include "backup/Backup.h"
#include "fa/Fa3Validator.h"
#include "ksef/Latarnia.h"
#include "services/AvailabilityWatch.h"
#include "services/OutboxServices.h"

#include <QCoreApplication>
#include <QThread>

namespace Kurier {

OutboxWorker::OutboxWorker(Config config, const Clock &clock)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_scheduler({PassScheduler::Mode::KeepRunning, m_config.busyInterval, m_config.idleInterval, {}})
    , m_nextPass(m_config.idleInterval)
{
    qRegisterMetaType<Kurier::Alert>();
    qRegisterMetaType<QList<Kurier::InvoiceImport::Result>>();
    qRegisterMetaType<Kurier::OutboxWorker::Connection>();
}

OutboxWorker::~OutboxWorker() = default;

QString OutboxWorker::connectionName(Connection connection)
{
    switch (connection) {
    case Connection::Starting:
        return tr("Starting…");
    case Connection::Idle:
        return tr("Connected, nothing to send");
    case Connection::Working:
        return tr("Sending");
    case Connection::Paused:
        return tr("Sending paused");
    case Connection::Offline:
        return tr("KSeF unreachable, retrying");
    case Connection::Stopped:
        return tr("Sending stopped");
    case Connection::NoCredentials:
        return tr("No credentials");
    }
    return {};
}

void OutboxWorker::start()
{
    auto services = OutboxServices::open(m_config.databasePath, m_config.environment, m_config.contextNip,
                                         m_clock, m_config.options, m_config.databasePassword);
    if (!services) {
        emit started(false, services.error());
        return;
    }
    m_services = std::move(*services);
    m_services->tokensEndOn = m_config.tokensEndOn;
    m_services->transport->setDefaultTimeout(m_config.requestTimeout);
    m_services->transport->setStopFlag(m_stop);
    m_validator = std::make_unique<Fa3Validator>(m_clock);
    connect(m_services->alerts.get(), &AlertCenter::alertRaised, this, &OutboxWorker::alertRaised);
    connect(m_services->engine.get(), &OutboxEngine::itemsChanged, this, &OutboxWorker::itemsChanged);
    connect(m_services->engine.get(), &OutboxEngine::queueStopped, this,
            [this](const QString &reason) { setConnection(Connection::Stopped, reason); });
    if (m_config.credentials) {
        m_services->useCredentials(*m_config.credentials);
    }
    if (!m_config.backupDirectory.isEmpty()) {
        // Before any work: a copy of yesterday's state even if today's first pass goes wrong.
        if (const auto backup =
                Backup::daily(*m_services->database, m_config.backupDirectory, m_config.backupsKept, m_clock);
            !backup) {
            emit actionFinished(tr("The daily backup could not be made: %1").arg(backup.error()), false);
        }
    }
    if (m_config.availabilityEvery.count() > 0) {
        m_latarnia = std::make_unique<Latarnia>(*m_services->transport, m_config.environment.latarniaBase());
        AvailabilityWatch::Options watch;
        watch.every = m_config.availabilityEvery;
        m_availability = std::make_unique<AvailabilityWatch>(*m_latarnia, *m_services->audit,
                                                             *m_services->alerts, m_clock, watch);
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutboxWorker::pass);
    emit started(true, {});
    // Start-up recovery first: anything a crash left in `sending` is resolved before new work.
    m_timer->start(0);
}

void OutboxWorker::shutdown()
{
    if (m_timer) {
        m_timer->stop();
    }
    if (m_working) {
        // Called from a nested event loop of the work in progress (a queued call is delivered there): the
        // services are on the stack below. The work ends soon (requestStop), then exclusive() tears down.
        m_shutdownPending = true;
        return;
    }
    tearDown();
}

bool OutboxWorker::checkAvailability()
{
    if (!m_availability || !m_availability->isDue() || m_stop->load()) {
        return true;
    }
    // Like a pass: a shutdown that arrives while Latarnia is asked (its reply is awaited in a local event
    // loop) is carried out when the check ends, never under it.
    std::optional<AvailabilityReport> changed;
    if (!exclusive([&] { changed = m_availability->poll(); })) {
        return false;
    }
    if (m_availability->applyEndedWindow(*m_services->store) > 0) {
        emit itemsChanged();
    }
    if (changed) {
        const Availability now = changed->availability;
        emit availabilityChanged(availabilityKey(now), AvailabilityWatch::describe(*changed),
                                 now != Availability::Available && now != Availability::Unreachable);
    }
    return true;
}

void OutboxWorker::tearDown()
{
    if (m_services) {
        if (m_config.credentials) {
            m_services->engine->closeOnlineSession(); // refused at once when stopping: KSeF closes it later
        }
        m_availability.reset();
        m_latarnia.reset();
        m_services.reset();
    }
    // The thread ends only now, with nothing of ours on its stack (a quit from outside while work is under
    // way would turn the work's local event loops into busy loops).
    if (QThread::currentThread() == thread() &&
        QThread::currentThread() != QCoreApplication::instance()->thread()) {
        QThread::currentThread()->quit();
    }
}

bool OutboxWorker::exclusive(const std::function<void()> &work)
{
    m_inPass = true;
    m_working = true;
    work();
    m_working = false;
    m_inPass = false;
    if (m_shutdownPending) {
        // Once the caller's stores (on its stack, over this database) are gone.
        QMetaObject::invokeMethod(this, &OutboxWorker::tearDown, Qt::QueuedConnection);
        return false;
    }
    return true;
}

void OutboxWorker::setPaused(bool paused)
{
    m_paused = paused;
    setConnection(paused ? Connection::Paused : Connection::Starting);
    if (!paused) {
        runPassNow();
    }
}

void OutboxWorker::runPassNow()
{
    if (m_timer && !m_inPass) {
        m_timer->start(0);
    }
}

void OutboxWorker::schedule()
{
    if (m_timer) {
        m_timer->start(m_nextPass);
    }
}

void OutboxWorker::pass()
{
    if (!m_services) {
        return;
    }
    if (!m_config.credentials) {
        setConnection(Connection::NoCredentials);
        emit passFinished();
        schedule();
        return;
    }
    if (m_paused) {
        emit passFinished();
        schedule();
        return;
    }
    if (m_working) { // the timer fired inside the local event loop of a reconciliation or synchronisation
        schedule();
        return;
    }
    StoreResult<OutboxEngine::Pass> result = std::unexpected(StoreError());
    if (!exclusive([&] { result = m_services->engine->runOnce(); })) {
        return;
    }
    m_nextPass = m_scheduler.next(result, false, std::nullopt, m_clock.now()).wait;
    if (!result) {
        setConnection(Connection::Offline, result.error().text());
    } else if (result->stopped) {
        setConnection(Connection::Stopped, result->stopReason);
    } else {
        setConnection(result->busy ? Connection::Working : Connection::Idle);
    }
    if (result && result->changed > 0) {
        emit itemsChanged();
    }
    reportBudget();
    emit passFinished();
    if (!checkAvailability()) { // also (above all) when KSeF did not answer
        return;
    }
    if (result && !result->stopped) {
        dueChecks();
    }
    if (m_services) {
        schedule();
    }
}

void OutboxWorker::send(const QList<qint64> &ids)
{
    if (!m_services) {
        return;
    }
    const auto released = m_services->store->releaseDrafts(ids, QStringLiteral("sent by the user"));
    if (!released) {
        emit actionFinished(released.error().text(), false);
        return;
    }
    const auto retried = m_services->store->retryNow(ids);
    if (!retried) {
        emit actionFinished(retried.error().text(), false);
        return;
    }
    emit itemsChanged();
    emit actionFinished(tr("%n invoice(s) on the way to KSeF.", nullptr, *released + *retried), true);
    if (m_paused) {
        setPaused(false);
    } else {
        runPassNow();
    }
}

void OutboxWorker::cancel(const QList<qint64> &ids)
{
    if (!m_services) {
        return;
    }
    QList<std::pair<qint64, OutboxStore::Update>> changes;
    for (const qint64 id : ids) {
        OutboxStore::Update update = OutboxStore::Update::to(InvoiceState::Cancelled);
        update.note = QStringLiteral("cancelled by the user");
        changes.append({id, update});
    }
    // All or nothing: the transition table refuses the whole change if one invoice has already left.
    if (const auto applied = m_services->store->apply(changes); !applied) {
        emit actionFinished(tr("Nothing was cancelled: %1").arg(applied.error().text()), false);
        return;
    }
    emit itemsChanged();
    emit actionFinished(tr("%n invoice(s) cancelled.", nullptr, static_cast<int>(ids.size())), true);
}

void OutboxWorker::importFiles(const QStringList &paths)
{
    importFiles(paths, m_config.holdImports);
}

void OutboxWorker::importFiles(const QStringList &paths, bool hold)
{
    if (!m_services) {
        emit importFinished({});
        return;
    }
    InvoiceImport import(*m_services->store, *m_validator, m_config.environment.key(), m_config.contextNip);
    import.setHold(hold);
    const auto results =
        import.importFiles(paths, [this](int done, int total) { emit importProgress(done, total); });
    emit itemsChanged();
    emit importFinished(results);
    runPassNow();
}

void OutboxWorker::setConnection(Connection connection, const QString &detail)
{
    if (connection == m_connection && detail == m_detail) {
        return;
    }
    m_connection = connection;
    m_detail = detail;
    emit connectionChanged(connection, detail);
}

void OutboxWorker::reportBudget()
{
    const SharedRateLimiter::Budget budget = m_services->limiter->budget(QStringLiteral("invoiceSend"));
    emit budgetChanged(budget.remaining.perMinute, budget.limits.perMinute);
}

} // namespace Kurier
