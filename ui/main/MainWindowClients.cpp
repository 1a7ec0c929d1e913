// MainWindow: the office's clients (View → Clients) and opening another company.
#include "alerts/TrayNotifier.h"
#include "clients/ClientsView.h"
#include "common/Prompts.h"
#include "incoming/PurchaseInbox.h"
#include "main/DesktopSession.h"
#include "main/MainWindow.h"
#include "sandbox/Sandbox.h"

#include <QAction>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace Kurier {

void MainWindow::setupClients()
{
    // The office's main page, not a dock: at 1366×768 a dock squeezed the outbox to one row.
    m_clients = new ClientsView(m_session, m_prompts, this);
    m_pages->addWidget(m_clients);
    auto *show = new QAction(tr("&Clients"), this);
    show->setObjectName(QStringLiteral("showClients"));
    show->setCheckable(true);
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    show->setToolTip(tr("The office's clients in place of this company's invoices (again: back)"));
    QWidget::addAction(show); // its shortcut works wherever the focus is
    connect(show, &QAction::toggled, this, [this](bool shown) {
        m_pages->setCurrentWidget(shown ? static_cast<QWidget *>(m_clients) : m_pages->widget(0));
        if (shown) {
            m_clients->refresh();
            m_clients->table()->setFocus();
        }
    });
    connect(m_clients, &ClientsView::openCompanyRequested, this, &MainWindow::openCompany);
    connect(m_clients, &ClientsView::companiesChanged, this, [this] {
        updateCompanySwitcher();
        scheduleRefresh();
    });
    connect(m_clients, &ClientsView::purchasesArrived, this, [this](const QString &notice) {
        m_tray.notifyText(tr("New purchase invoices"), notice); // one for all the clients of a run
        m_purchases->refresh();
    });
    connect(m_clients, &ClientsView::workFinished, this,
            [this](const QString &summary) { statusBar()->showMessage(summary.section(u'\n', -1), 15'000); });
}

void MainWindow::showClientsPage(bool shown)
{
    findChild<QAction *>(QStringLiteral("showClients"))->setChecked(shown);
}

bool MainWindow::clientsPageShown() const
{
    return m_pages->currentWidget() == m_clients;
}

void MainWindow::openCompany(const QString &nip)
{
    showClientsPage(false); // the company opens in the window: its invoices are what the person wants now
    if (nip.isEmpty() || nip == m_session.settings().currentNip) {
        return;
    }
    m_session.settings().currentNip = nip;
    const CompanyProfile *company = m_session.settings().companyByNip(nip);
    m_session.settings().sandbox = company && company->sandbox && m_session.isSandbox();
    m_session.saveSettings();
    if (const auto opened = m_session.openCurrentCompany(); !opened) {
        m_prompts.warn(this, tr("The company cannot be opened"), opened.error());
    }
    attachSession();
}

} // namespace Kurier
