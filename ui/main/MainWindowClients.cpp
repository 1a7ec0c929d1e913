// MainWindow: the office's clients (View → Clients) and opening another company.
#include "alerts/TrayNotifier.h"
#include "clients/ClientsView.h"
#include "common/Prompts.h"
#include "incoming/PurchaseInbox.h"
#include "main/DesktopSession.h"
#include "main/MainWindow.h"
#include "sandbox/Sandbox.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>

namespace Kurier {

void MainWindow::setupClients()
{
    m_clients = new ClientsView(m_session, m_prompts, this);
    m_clientsDock = new QDockWidget(tr("Clients"), this);
    m_clientsDock->setObjectName(QStringLiteral("clientsDock"));
    m_clientsDock->setWidget(m_clients);
    addDockWidget(Qt::BottomDockWidgetArea, m_clientsDock);
    tabifyDockWidget(m_dashboardDock, m_clientsDock);
    m_clientsDock->hide();
    QAction *show = m_clientsDock->toggleViewAction();
    show->setObjectName(QStringLiteral("showClients"));
    show->setText(tr("&Clients"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(show, &QAction::toggled, this, [this](bool shown) {
        if (shown) {
            m_clients->refresh();
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

void MainWindow::openCompany(const QString &nip)
{
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
