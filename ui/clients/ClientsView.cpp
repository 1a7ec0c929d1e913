#include "clients/ClientsView.h"

#include "clients/ClientListModel.h"
#include "common/Prompts.h"
#include "main/DesktopSession.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kurier {

struct ClientsView::ImportResult
{
    ClientRouting::Plan plan;
    QList<ClientRouting::Imported> imported;
};

ClientsView::ClientsView(DesktopSession &session, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_model(new ClientListModel(this))
    , m_filter(new ClientFilterModel(this))
{
    setObjectName(QStringLiteral("clientsView"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ClientListModel::SortRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Filter by company name or NIP"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter clients"));
    m_attentionOnly = new QCheckBox(tr("&Needs attention"), this);
    m_attentionOnly->setObjectName(QStringLiteral("clientsAttentionOnly"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("clientsRefresh"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    refreshButton->setToolTip(tr("Read every client's database again (F5)"));

    m_import = new QPushButton(tr("&Import folder for clients…"), this);
    m_import->setObjectName(QStringLiteral("clientsImport"));
    m_import->setToolTip(tr("Each invoice goes to the client of its seller NIP; unknown sellers are listed"));
    m_send = new QPushButton(tr("Send all &ready"), this);
    m_send->setObjectName(QStringLiteral("clientsSend"));
    m_send->setToolTip(
        tr("For the selected clients, or for all when none is selected: each company with its own "
           "credentials and KSeF limits"));
    m_reconcile = new QPushButton(tr("Reconcile &now"), this);
    m_reconcile->setObjectName(QStringLiteral("clientsReconcile"));
    m_reconcile->setToolTip(m_send->toolTip());
    m_purchases = new QPushButton(tr("&Purchase invoices"), this);
    m_purchases->setObjectName(QStringLiteral("clientsPurchases"));
    m_purchases->setToolTip(
        tr("Fetch the new purchase invoices from KSeF now, for the selected clients or for all (Kurier also "
           "fetches them by itself, a few clients at a time)"));
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_cancel->setObjectName(QStringLiteral("clientsCancel"));
    m_cancel->setEnabled(false);
    m_demoClients = new QPushButton(tr("Add &demo clients"), this);
    m_demoClients->setObjectName(QStringLiteral("clientsAddDemo"));
    m_demoClients->setToolTip(
        tr("The sandbox as an accounting office: three more demo companies with invoices "
           "ready to send"));
    m_demoClients->setVisible(false);
    m_granted = new QPushButton(tr("Add clients who gave &us access…"), this);
    m_granted->setObjectName(QStringLiteral("clientsAddGranted"));
    m_granted->setToolTip(tr("The companies that granted your office (or you) permissions in KSeF: add them "
                             "without any of their passwords, tokens or keys"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clientsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Clients"));
    m_table->setWordWrap(false);
    for (int column = ClientListModel::Ready; column <= ClientListModel::NewPurchases; ++column) {
        m_table->setColumnWidth(column, 86);
    }
    m_table->setColumnWidth(ClientListModel::Name, 260);
    m_table->setColumnWidth(ClientListModel::Environment, 110);
    m_table->setColumnWidth(ClientListModel::LastReconcile, 190);
    m_table->setColumnWidth(ClientListModel::Credentials, 150);
    m_table->setColumnWidth(ClientListModel::Access, 250);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("clientsStatus"));
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_attentionOnly);
    filters->addWidget(refreshButton);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button :
         {m_import, m_send, m_reconcile, m_purchases, m_cancel, m_granted, m_demoClients}) {
        actions->addWidget(button);
    }
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ClientFilterModel::setText);
    connect(m_attentionOnly, &QCheckBox::toggled, m_filter, &ClientFilterModel::setAttentionOnly);
    connect(refreshButton, &QPushButton::clicked, this, &ClientsView::refresh);
    connect(m_import, &QPushButton::clicked, this, &ClientsView::importFolder);
    connect(m_send, &QPushButton::clicked, this, &ClientsView::sendAllReady);
    connect(m_reconcile, &QPushButton::clicked, this, &ClientsView::reconcileNow);
    connect(m_purchases, &QPushButton::clicked, this, &ClientsView::fetchPurchases);
    connect(m_cancel, &QPushButton::clicked, this, &ClientsView::cancelWork);
    connect(m_demoClients, &QPushButton::clicked, this, &ClientsView::addDemoClients);
    connect(m_granted, &QPushButton::clicked, this, &ClientsView::addGrantedClients);
    connect(m_table, &QTableView::activated, this, &ClientsView::openSelected); // double click, Enter
    startPurchasesTimer();
    connect(&m_reading, &QFutureWatcher<QList<ClientSummary>>::finished, this, [this] {
        QStringList selected;
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
            selected << row.siblingAtColumn(ClientListModel::Nip).data().toString();
        }
        const int before = m_model->rowCount();
        m_model->setSummaries(m_reading.result());
        if (before != m_model->rowCount()) {
            m_table->resizeColumnToContents(ClientListModel::Name); // names as long as the office's clients'
            m_table->setColumnWidth(ClientListModel::Name,
                                    std::clamp(m_table->columnWidth(ClientListModel::Name), 160, 360));
        }
        for (const QString &nip : std::as_const(selected)) {
            const QModelIndex row = m_filter->mapFromSource(m_model->index(m_model->rowOf(nip), 0));
            if (row.isValid()) {
                m_table->selectionModel()->select(row,
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
        int attention = 0;
        for (const ClientSummary &summary : m_model->summaries()) {
            attention += summary.needsAttention() ? 1 : 0;
        }
        if (!m_busy) {
            m_status->setText(tr("%n client(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ") +
                              tr("%n need(s) attention", nullptr, attention));
        }
        emit refreshed();
        if (std::exchange(m_refreshAgain, false)) {
            refresh();
        }
    });
}

ClientsView::~ClientsView()
{
    if (m_cancelFlag) {
        *m_cancelFlag = true;
    }
    m_reading.waitForFinished();
    m_readingForPurchases.waitForFinished();
}

void ClientsView::refresh()
{
    m_demoClients->setVisible(m_session.isSandbox());
    if (m_reading.isRunning()) {
        m_refreshAgain = true; // once this read ends: a change made meanwhile is not lost
        return;
    }
    ClientOverview::Options options;
    options.stuckAfter = std::chrono::minutes(m_session.settings().stuckAfterMinutes);
    options.missingUpoAfter = std::chrono::minutes(m_session.settings().missingUpoAfterMinutes);
    options.password = m_session.officeServerPasswords();
    const QList<ClientEntry> clients = m_session.clientEntries();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_reading.setFuture(QtConcurrent::run([clients, now, options, cache = m_cache] {
        return ClientOverview::readAll(clients, now, options, cache.get());
    }));
}

QList<ClientEntry> ClientsView::targets() const
{
    QList<ClientEntry> chosen;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        if (const ClientSummary *summary = m_model->summaryAt(m_filter->mapToSource(row).row())) {
            chosen.append(summary->client);
        }
    }
    return chosen.isEmpty() ? m_session.clientEntries() : chosen;
}

void ClientsView::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (const ClientSummary *summary = m_model->summaryAt(m_filter->mapToSource(current).row())) {
        emit openCompanyRequested(summary->client.nip);
    }
}

void ClientsView::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    for (QPushButton *button : {m_import, m_send, m_reconcile, m_purchases, m_granted}) {
        button->setEnabled(!busy);
    }
    m_cancel->setEnabled(busy);
    if (!text.isEmpty()) {
        m_status->setText(text);
    }
}

void ClientsView::importFolder()
{
    const QString folder = m_prompts.openDirectory(this, tr("Import a folder of invoices for the clients"));
    if (!folder.isEmpty()) {
        importPaths({folder});
    }
}

void ClientsView::importPaths(const QStringList &paths)
{
    if (m_busy) {
        return;
    }
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            QDir dir(path);
            for (const QString &name :
                 dir.entryList({QStringLiteral("*.xml"), QStringLiteral("*.XML")}, QDir::Files, QDir::Name)) {
                files << dir.filePath(name);
            }
        } else {
            files << path;
        }
    }
    if (files.isEmpty()) {
        m_prompts.inform(this, tr("Import for clients"), tr("There are no .xml files there."));
        return;
    }
    setBusy(true, tr("Reading %n invoice(s)…", nullptr, static_cast<int>(files.size())));
    QSet<QString> nips;
    for (const ClientEntry &client : m_session.clientEntries()) {
        nips.insert(client.nip);
    }
    ClientRouting::ImportOptions options;
    options.environment = KsefEnvironment::fromText(m_session.settings().environment)
                              .value_or(KsefEnvironment::official(KsefEnvironment::Kind::Test));
    options.hold = !m_session.settings().sendAutomatically;
    options.password = m_session.officeServerPasswords();
    const QList<ClientEntry> clients = m_session.clientEntries();
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finishImport(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([files, nips, clients, options] {
        ImportResult result;
        result.plan = ClientRouting::route(files, nips);
        const SystemClock clock;
        result.imported = ClientRouting::importPlan(result.plan, clients, options, clock);
        return result;
    }));
}

void ClientsView::finishImport(const ImportResult &result)
{
    setBusy(false);
    QStringList lines;
    int added = 0;
    for (const ClientRouting::Imported &company : result.imported) {
        added += company.added;
        QString line = tr("%1 (NIP %2): %3 added, %4 already there")
                           .arg(company.client.name, company.client.nip)
                           .arg(company.added)
                           .arg(company.alreadyThere);
        if (!company.failure.isEmpty()) {
            line = tr("%1 (NIP %2): not imported — %3")
                       .arg(company.client.name, company.client.nip, company.failure);
        }
        lines << line;
        for (const QString &refused : company.refused) {
            lines << QStringLiteral("    ") + tr("refused: %1").arg(refused);
        }
    }
    for (const ClientRouting::Unreadable &file : result.plan.unreadable) {
        lines << tr("not an FA(3) invoice: %1 — %2").arg(QFileInfo(file.path).fileName(), file.reason);
    }
    for (const ClientRouting::Unknown &seller : result.plan.unknown) {
        lines << tr("not a client: %1 (NIP %2), %n invoice(s) not imported", nullptr,
                    static_cast<int>(seller.files.size()))
                     .arg(seller.name, seller.nip);
    }
    const QString summary =
        tr("%n invoice(s) imported", nullptr, added) + QStringLiteral(":\n") + lines.join(u'\n');
    m_status->setText(tr("%n invoice(s) imported", nullptr, added));
    emit companiesChanged();
    refresh();
    emit workFinished(summary);
    if (!result.plan.unknown.isEmpty()) {
        offerUnknownSellers(result.plan.unknown);
    } else {
        m_prompts.inform(this, tr("Import for clients"), summary);
    }
}

void ClientsView::offerUnknownSellers(const QList<ClientRouting::Unknown> &unknown)
{
    QStringList items;
    for (const ClientRouting::Unknown &seller : unknown) {
        items << tr("%1 (NIP %2) — %n invoice(s)", nullptr, static_cast<int>(seller.files.size()))
                     .arg(seller.name.isEmpty() ? tr("(no name)") : seller.name, seller.nip);
    }
    const QList<int> chosen = m_prompts.chooseMany(
        this, tr("Sellers who are not clients"),
        tr("These sellers' invoices were not imported: they are not clients of the office. Check the ones to "
           "add as clients; their invoices are imported then."),
        items, tr("&Add as clients and import"));
    QStringList files;
    for (const int i : chosen) {
        if (i < 0 || i >= unknown.size()) {
            continue;
        }
        const ClientRouting::Unknown &seller = unknown[i];
        CompanyProfile company;
        company.nip = seller.nip;
        company.name = seller.name.isEmpty() ? seller.nip : seller.name;
        company.sandbox = m_session.isSandbox(); // a client added in the sandbox stays there
        m_session.settings().upsertCompany(company);
        files += seller.files;
    }
    if (files.isEmpty()) {
        return;
    }
    m_session.saveSettings();
    emit companiesChanged();
    importPaths(files);
}

void ClientsView::addGrantedClients()
{
    setBusy(true, tr("Asking KSeF which companies gave you access…"));
    m_session.readOfficeClients([view = QPointer<ClientsView>(this)](const auto &granted) {
        if (!view) {
            return;
        }
        view->setBusy(false);
        if (!granted) {
            view->m_status->setText(granted.error());
            view->m_prompts.warn(view, tr("Clients who gave you access"), granted.error());
            return;
        }
        view->offerGrantedClients(*granted);
    });
}

void ClientsView::offerGrantedClients(const QList<OfficeAccess::Client> &granted)
{
    if (granted.isEmpty()) {
        m_status->setText(tr("No company has given you access in KSeF yet: a client grants your office's NIP "
                             "(or you) the rights to read and issue invoices in KSeF."));
        return;
    }
    QStringList items;
    for (const OfficeAccess::Client &client : granted) {
        const CompanyProfile *known = m_session.settings().companyByNip(client.nip);
        items << tr("NIP %1 — %2 since %3%4")
                     .arg(client.nip, client.write ? tr("read and issue invoices") : tr("read invoices only"),
                          QLocale().toString(client.since.toLocalTime().date(), QLocale::ShortFormat),
                          known ? tr(" (already a client: its rights are updated)") : QString());
    }
    const QList<int> chosen = m_prompts.chooseMany(this, tr("Clients who gave you access"),
                                                   tr("These companies granted you permissions in KSeF. "
                                                      "Check the ones to add: Kurier reaches them with your "
                                                      "own identity, never with their credentials."),
                                                   items, tr("&Add"));
    QList<OfficeAccess::Client> add;
    for (const int i : chosen) {
        if (i >= 0 && i < granted.size()) {
            add.append(granted[i]);
        }
    }
    if (add.isEmpty()) {
        return;
    }
    const auto added = m_session.addOfficeClients(add);
    if (!added) {
        m_prompts.warn(this, tr("Clients who gave you access"), added.error());
        return;
    }
    m_status->setText(tr("%n client(s) added; they are reached through your permissions.", nullptr, *added));
    emit companiesChanged();
    refresh();
}

void ClientsView::addDemoClients()
{
    const auto added = m_session.addSandboxClients();
    if (!added) {
        m_prompts.warn(this, tr("Demo clients"), added.error());
        return;
    }
    m_status->setText(*added > 0
                          ? tr("%n demo client(s) added, each with invoices ready to send.", nullptr, *added)
                          : tr("The demo clients are already here."));
    emit companiesChanged();
    refresh();
}

void ClientsView::sendAllReady()
{
    runWork(ClientWork::Task::SendReady);
}

void ClientsView::reconcileNow()
{
    runWork(ClientWork::Task::Reconcile);
}

void ClientsView::cancelWork()
{
    if (m_cancelFlag) {
        *m_cancelFlag = true;
        m_status->setText(tr("Stopping after the current step…"));
    }
}

void ClientsView::runWork(ClientWork::Task task)
{
    if (m_busy) {
        return;
    }
    const QList<ClientEntry> clients = targets();
    if (clients.isEmpty()) {
        return;
    }
    const bool sending = task == ClientWork::Task::SendReady;
    const QString question =
        sending ? tr("Send all ready invoices of %n client(s) to KSeF %1? Each company sends with its own "
                     "credentials, within its own limits.",
                     nullptr, static_cast<int>(clients.size()))
                      .arg(m_session.environmentLabel())
                : tr("Reconcile %n client(s) with KSeF %1 now?", nullptr, static_cast<int>(clients.size()))
                      .arg(m_session.environmentLabel());
    if (!m_prompts.confirm(this, sending ? tr("Send for clients") : tr("Reconcile clients"), question,
                           sending ? tr("&Send") : tr("&Reconcile"))) {
        return;
    }
    ClientWork::Options options = m_session.clientWorkOptions(clients);
    options.task = task;
    startWork(clients, options,
              sending ? tr("Sending for %n client(s)…", nullptr, static_cast<int>(clients.size()))
                      : tr("Reconciling %n client(s)…", nullptr, static_cast<int>(clients.size())),
              false);
}

void ClientsView::startWork(const QList<ClientEntry> &clients, ClientWork::Options options,
                            const QString &busyText, bool quiet)
{
    m_model->clearProgress();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    const QPointer<ClientsView> self(this);
    options.progress = [self, clients](int index, const QString &text) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, nip = clients.value(index).nip, text] {
                if (self) {
                    self->m_model->setProgress(nip, text);
                }
            },
            Qt::QueuedConnection);
    };
    setBusy(true, busyText);
    auto *watcher = new QFutureWatcher<QList<ClientWork::Outcome>>(this);
    connect(watcher, &QFutureWatcher<QList<ClientWork::Outcome>>::finished, this, [this, watcher, quiet] {
        watcher->deleteLater();
        const QList<ClientWork::Outcome> outcomes = watcher->result();
        m_cancelFlag.reset();
        const QString summary = ClientWork::summary(outcomes);
        setBusy(false, summary.section(u'\n', -1));
        emit companiesChanged();
        refresh();
        if (!quiet) {
            emit workFinished(summary);
        }
        if (const QString notice = ClientWork::purchasesNotice(outcomes); !notice.isEmpty()) {
            emit purchasesArrived(notice);
        }
        if (!quiet) {
            m_prompts.inform(this, tr("Work for clients finished"), summary);
        }
    });
    watcher->setFuture(QtConcurrent::run(
        [clients, options, flag = m_cancelFlag] { return ClientWork::run(clients, options, *flag); }));
}

} // namespace Kurier
