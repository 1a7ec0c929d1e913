#include "main/MainWindow.h"

#include "alerts/AlertCentre.h"
#include "alerts/TrayNotifier.h"
#include "audit/AlertCenter.h"
#include "calendar/PolishCalendar.h"
#include "common/Prompts.h"
#include "dashboard/Dashboard.h"
#include "detail/InvoiceDetail.h"
#include "incoming/PurchaseInbox.h"
#include "main/DesktopSession.h"
#include "main/StatusPanel.h"
#include "outbox/OutboxFilterBar.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Kurier {

MainWindow::MainWindow(DesktopSession &session, Prompts &prompts, TrayNotifier &tray, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_tray(tray)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kurier"));
    setAcceptDrops(true);

    m_filters = new OutboxFilterBar(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Outbox"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_attention = new QLabel(this);
    m_attention->setObjectName(QStringLiteral("attentionBanner"));
    m_attention->setTextFormat(Qt::RichText);
    m_attention->setStyleSheet(
        QStringLiteral("QLabel { background: #fef3c7; color: #78350f; padding: 6px 10px; "
                       "border: 1px solid #f59e0b; border-radius: 4px; }"));
    m_attention->setVisible(false);
    connect(m_attention, &QLabel::linkActivated, this,
            [this] { m_filters->setScope(OutboxQuery::Filter::Scope::NeedsAttention); });

    // A company still on a KSeF token: tokens are only assured until the settings' date (refreshCounts()).
    m_tokenBanner = new QLabel(this);
    m_tokenBanner->setObjectName(QStringLiteral("tokenBanner"));
    m_tokenBanner->setTextFormat(Qt::RichText);
    m_tokenBanner->setWordWrap(true);
    m_tokenBanner->setStyleSheet(m_attention->styleSheet());
    m_tokenBanner->setVisible(false);
    connect(m_tokenBanner, &QLabel::linkActivated, this, &MainWindow::openCertificates);

    m_detail = new InvoiceDetail(session, prompts, this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(8, 8, 8, 0);
    topLayout->addWidget(m_tokenBanner);
    topLayout->addWidget(m_attention);
    topLayout->addWidget(m_filters);
    topLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(splitter);
    setCentralWidget(m_pages);

    m_alertCentre = new AlertCentre(this);
    m_alertDock = new QDockWidget(tr("Alerts"), this);
    m_alertDock->setObjectName(QStringLiteral("alertDock"));
    m_alertDock->setWidget(m_alertCentre);
    addDockWidget(Qt::RightDockWidgetArea, m_alertDock);
    m_alertDock->hide();
    // The overview: counts, reconciliation and the problems it found.
    m_dashboard = new Dashboard(m_session, m_prompts, this);
    m_dashboardDock = new QDockWidget(tr("Overview"), this);
    m_dashboardDock->setObjectName(QStringLiteral("dashboardDock"));
    m_dashboardDock->setWidget(m_dashboard);
    addDockWidget(Qt::BottomDockWidgetArea, m_dashboardDock);
    m_dashboardDock->hide();
    connect(
        m_dashboard, &Dashboard::showScope, this,
        [this](OutboxQuery::Filter::Scope scope, InvoiceState state) { m_filters->setScope(scope, state); });
    connect(m_dashboard, &Dashboard::reconcileFinished, this,
            [this](bool needsAttention, const QString &summary) {
                statusBar()->showMessage(tr("Reconciliation with KSeF finished: %1").arg(summary), 10'000);
                if (needsAttention) {
                    m_dashboardDock->show(); // what needs a person is shown, not only logged
                }
                scheduleRefresh();
            });
    // Purchase invoices KSeF keeps for the company, synchronised by the worker.
    m_purchases = new PurchaseInbox(m_session, m_prompts, this);
    m_purchaseDock = new QDockWidget(tr("Purchase invoices"), this);
    m_purchaseDock->setObjectName(QStringLiteral("purchaseDock"));
    m_purchaseDock->setWidget(m_purchases);
    addDockWidget(Qt::BottomDockWidgetArea, m_purchaseDock);
    tabifyDockWidget(m_dashboardDock, m_purchaseDock);
    m_purchaseDock->hide();
    connect(m_purchases, &PurchaseInbox::newCountChanged, this, [this](int count) {
        m_purchaseDock->setWindowTitle(count > 0 ? tr("Purchase invoices (%n new)", nullptr, count)
                                                 : tr("Purchase invoices"));
    });
    connect(m_purchases, &PurchaseInbox::synchronised, this, [this](bool ok, const QString &message) {
        if (!ok) {
            statusBar()->showMessage(message, 10'000);
        }
    });
    connect(m_alertCentre, &AlertCentre::changed, this, [this](int) { updateAttention(); });
    connect(m_alertCentre, &AlertCentre::showInvoice, this, [this](const QString &key) {
        if (!m_session.isOpen()) {
            return;
        }
        if (const auto item = m_session.store().find(key, false); item && *item) {
            m_filters->setScope(OutboxQuery::Filter::Scope::All);
            selectId((*item)->id);
            m_detail->showItem((*item)->id);
        }
    });

    m_status = new StatusPanel(this);
    statusBar()->addPermanentWidget(m_status, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::refreshNow);
    // Ages and "retry at" times move on even when nothing changes in the database.
    auto *tick = new QTimer(this);
    tick->setInterval(30'000);
    connect(tick, &QTimer::timeout, this, &MainWindow::scheduleRefresh);
    tick->start();

    createActions();
    setupClients();
    createMenusAndToolBar();

    connect(m_filters, &OutboxFilterBar::filterChanged, this, [this](const OutboxQuery::Filter &filter) {
        if (m_model) {
            m_model->setFilter(filter);
            updateActions();
        }
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_detail->showItem(index.data(OutboxModel::IdRole).toLongLong());
        m_detail->setFocus();
    });

    connect(&m_tray, &TrayNotifier::openRequested, this, [this] {
        show();
        raise();
        activateWindow();
    });
    connect(&m_tray, &TrayNotifier::sendAllRequested, this, &MainWindow::sendAllReady);
    connect(&m_tray, &TrayNotifier::pauseRequested, &m_session, &DesktopSession::setPaused);
    connect(&m_tray, &TrayNotifier::quitRequested, this, &MainWindow::quitApplication);
    connect(&m_session, &DesktopSession::companyClosing, this, &MainWindow::detachModel);
    // Team mode: what another desktop of the office did shows here within a second.
    connect(&m_session, &DesktopSession::databaseChanged, this, &MainWindow::scheduleRefresh);
    connect(&m_session, &DesktopSession::connectionChanged, m_status, &StatusPanel::setConnection);
    connect(&m_session, &DesktopSession::budgetChanged, m_status, &StatusPanel::setBudget);
    // The session keeps Latarnia's last word across workers (a company reopened, settings changed).
    connect(&m_session, &DesktopSession::availabilityChanged, m_status, &StatusPanel::setAvailability);
    connect(&m_session, &DesktopSession::pausedChanged, this, [this](bool paused) {
        m_tray.setPaused(paused);
        if (QAction *pause = action(QStringLiteral("pauseSending"))) {
            pause->setChecked(paused);
        }
    });
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::detachModel()
{
    if (!m_model) {
        return;
    }
    // The order the user chose survives a company switch.
    m_sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    m_sortOrder = m_table->horizontalHeader()->sortIndicatorOrder();
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_detail->showItem(0);
    m_alertCentre->setAlerts(nullptr);
    m_dashboard->detachSession();
    m_purchases->detachSession();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::attachSession()
{
    for (const auto &connection : std::as_const(m_workerConnections)) {
        disconnect(connection);
    }
    m_workerConnections.clear();
    detachModel();
    if (m_session.isOpen()) {
        // Filter and order first, then one load: at 100,000 invoices every extra reload is visible.
        QHeaderView *header = m_table->horizontalHeader();
        // The newest events first, unless the user chose another order for an earlier company.
        const int sortColumn = m_sortColumn;
        const Qt::SortOrder sortOrder = m_sortOrder;
        m_session.query().setFilter(m_filters->filter());
        m_session.query().setSort(static_cast<OutboxQuery::Column>(sortColumn), sortOrder);
        m_model = new OutboxModel(m_session.query(), m_session.clock(), this);
        {
            const QSignalBlocker blocker(header);
            m_table->setModel(m_model);
            header->setSortIndicator(sortColumn, sortOrder);
        }
        header->resizeSection(OutboxModel::StateColumn, 190);
        header->resizeSection(OutboxModel::NumberColumn, 160);
        header->resizeSection(OutboxModel::BuyerColumn, 280);
        header->resizeSection(OutboxModel::IssueDateColumn, 100);
        header->resizeSection(OutboxModel::GrossColumn, 130);
        header->resizeSection(OutboxModel::KsefNumberColumn, 300);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            const QList<qint64> ids = selectedIds();
            m_detail->showItem(ids.size() == 1 ? ids.first() : 0);
            updateActions();
        });
        connect(m_model, &OutboxModel::loadFailed, this, [this](const QString &error) {
            statusBar()->showMessage(tr("The outbox cannot be read: %1").arg(error), 10'000);
        });
        m_alertCentre->setAlerts(&m_session.alerts());
        m_dashboard->attachSession();
        m_purchases->attachSession();
        if (OutboxWorker *worker = m_session.worker()) {
            m_workerConnections << connect(worker, &OutboxWorker::itemsChanged, this,
                                           &MainWindow::scheduleRefresh);
            m_workerConnections << connect(worker, &OutboxWorker::passFinished, this,
                                           &MainWindow::scheduleRefresh);
            m_workerConnections << connect(worker, &OutboxWorker::alertRaised, this,
                                           &MainWindow::alertRaised);
            m_workerConnections << connect(worker, &OutboxWorker::incomingArrived, this, [this](int count) {
                // One notification per synchronisation that brought new invoices.
                m_tray.notifyText(tr("New purchase invoices"),
                                  tr("%n new purchase invoice(s) from KSeF.", nullptr, count));
                m_purchases->refresh();
            });
            m_workerConnections << connect(worker, &OutboxWorker::budgetChanged, m_status,
                                           &StatusPanel::setBudget);
            m_workerConnections << connect(worker, &OutboxWorker::importFinished, this,
                                           &MainWindow::showImportResults);
            m_workerConnections << connect(
                worker, &OutboxWorker::importProgress, this, [this](int done, int total) {
                    statusBar()->showMessage(tr("Importing… %1 of %2").arg(done).arg(total));
                });
            m_workerConnections << connect(worker, &OutboxWorker::actionFinished, this,
                                           [this](const QString &message, bool ok) {
                                               if (ok) {
                                                   statusBar()->showMessage(message, 8'000);
                                               } else {
                                                   m_prompts.warn(this, tr("Kurier"), message);
                                               }
                                               scheduleRefresh();
                                           });
            m_workerConnections << connect(worker, &OutboxWorker::started, this,
                                           [this](bool ok, const QString &error) {
                                               if (!ok) {
                                                   m_prompts.warn(this, tr("Sending cannot start"), error);
                                               }
                                           });
        }
        if (!m_session.hasCredentials()) {
            m_status->setConnection(OutboxWorker::Connection::NoCredentials, m_session.credentialsProblem());
        } else {
            m_status->setConnection(m_session.connection(), m_session.connectionDetail());
            m_status->setAvailability(m_session.availability().key, m_session.availability().text,
                                      m_session.availability().announced);
        }
        m_status->setBudget(m_session.budget().first, m_session.budget().second);
    } else {
        m_table->setModel(nullptr);
        m_alertCentre->setAlerts(nullptr);
    }
    const CompanyProfile *company = m_session.settings().currentCompany();
    m_status->setCompany(company ? company->name : QString(), company ? company->nip : QString());
    m_status->setEnvironment(m_session.environmentLabel(),
                             !m_session.isSandbox() &&
                                 m_session.environment().kind == KsefEnvironment::Kind::Production,
                             m_session.isSandbox());
    setWindowTitle(company ? tr("Kurier — %1 (%2)").arg(company->name, m_session.environmentLabel())
                           : tr("Kurier"));
    updateCompanySwitcher();
    m_detail->showItem(0);
    refreshStatus();
}

void MainWindow::scheduleRefresh()
{
    if (!m_refresh->isActive()) {
        m_refresh->start();
    }
}

void MainWindow::refreshNow()
{
    if (!m_session.isOpen() || !m_model) {
        updateActions();
        return;
    }
    const QList<qint64> selected = selectedIds();
    m_model->refresh();
    if (m_table->selectionModel() && !selected.isEmpty() && selectedIds() != selected) {
        for (const qint64 id : selected) {
            selectId(id);
        }
    }
    refreshStatus();
    if (m_dashboardDock->isVisible()) {
        m_dashboard->refresh();
    }
}

void MainWindow::refreshStatus()
{
    if (!m_session.isOpen()) {
        updateActions();
        return;
    }
    if (const auto counts = m_session.store().counts()) {
        m_status->setCounts(*counts);
    }
    if (m_detail->currentId() > 0) {
        m_detail->reload();
    }
    updateAttention();
    updateActions();
}

void MainWindow::updateAttention()
{
    int attention = 0;
    if (m_session.isOpen()) {
        attention = m_session.query().needingAttention().value_or(0);
    }
    m_tray.setAttention(attention);
    m_tokenBanner->setVisible(m_session.isOpen() && m_session.usesToken());
    m_tokenBanner->setText(tr("This company logs in to KSeF with a KSeF token, which is only assured until "
                              "%1, and offline invoices need a KSeF Offline certificate. "
                              "<a href='#'>Move to KSeF certificates…</a>")
                               .arg(PolishCalendar::dateText(m_session.settings().tokensEndOn)));
    m_attention->setVisible(attention > 0);
    m_attention->setText(tr("⚠ %n invoice(s) need attention (rejected, stuck, waiting for a retry or missing "
                            "the UPO). <a href='#'>Show them</a>",
                            nullptr, attention));
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    if (!m_table->selectionModel()) {
        return ids;
    }
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << index.data(OutboxModel::IdRole).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void MainWindow::selectId(qint64 id)
{
    if (!m_model) {
        return;
    }
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        m_table->selectionModel()->select(m_model->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void MainWindow::alertRaised(const Alert &alert)
{
    m_tray.notify(alert);
    m_alertCentre->reload();
    if (!m_tray.hasTray()) {
        // No tray to carry the badge: the alert centre itself is the fallback.
        m_alertDock->show();
    }
    scheduleRefresh();
}

void MainWindow::updateCompanySwitcher()
{
    const QSignalBlocker blocker(m_companies);
    m_companies->clear();
    for (const CompanyProfile &company : m_session.settings().companies) {
        m_companies->addItem(QStringLiteral("%1 · %2").arg(company.name, company.nip), company.nip);
    }
    m_companies->setCurrentIndex(std::max(0, m_companies->findData(m_session.settings().currentNip)));
    m_companies->setEnabled(m_companies->count() > 1);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting) {
        event->accept();
        return;
    }
    if (m_session.settings().keepSendingInTray && m_tray.hasTray()) {
        hide();
        event->ignore();
        return;
    }
    if (confirmQuit()) {
        m_quitting = true;
        event->accept();
        QTimer::singleShot(0, qApp, &QApplication::quit);
    } else {
        event->ignore();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

} // namespace Kurier
