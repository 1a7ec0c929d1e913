// MainWindow: the menu bar and the tool bar (the actions themselves are made in MainWindowActions.cpp).
#include "common/Prompts.h"
#include "editor/InvoiceEditor.h"
#include "incoming/PurchaseInbox.h"
#include "invoicing/InvoiceBook.h"
#include "main/DesktopSession.h"
#include "main/MainWindow.h"
#include "sandbox/Sandbox.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace Kurier {

void MainWindow::createMenusAndToolBar()
{
    QAction *purchases = m_purchaseDock->toggleViewAction();
    purchases->setObjectName(QStringLiteral("showPurchases"));
    purchases->setText(tr("&Purchase invoices"));
    purchases->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(purchases, &QAction::toggled, this, [this](bool shown) {
        if (shown) {
            m_purchases->refresh();
        }
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newInvoice")));
    QMenu *drafts = file->addMenu(tr("Open &draft"));
    connect(drafts, &QMenu::aboutToShow, this, [this, drafts] {
        drafts->clear();
        const auto list = m_session.isOpen() ? m_session.book().drafts()
                                             : std::expected<QList<InvoiceBook::DraftInfo>, QString>();
        if (!list || list->isEmpty()) {
            drafts->addAction(tr("No drafts"))->setEnabled(false);
            return;
        }
        for (const InvoiceBook::DraftInfo &draft : *list) {
            const QString label =
                tr("%1 — saved %2")
                    .arg(draft.buyer.isEmpty() ? tr("(no buyer)") : draft.buyer,
                         QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat));
            drafts->addAction(label, this, [this, id = draft.id] {
                const auto invoice = m_session.book().loadDraft(id);
                if (!invoice) {
                    m_prompts.warn(this, tr("The draft cannot be opened"), invoice.error());
                    return;
                }
                InvoiceEditor editor(m_session, m_prompts, this);
                editor.setInvoice(*invoice, id);
                if (editor.exec() == QDialog::Accepted) {
                    scheduleRefresh();
                }
            });
        }
    });
    file->addAction(action(QStringLiteral("importFiles")));
    file->addAction(action(QStringLiteral("importFolder")));
    file->addAction(action(QStringLiteral("importOffline")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportXml")));
    file->addAction(action(QStringLiteral("exportUpo")));
    file->addAction(action(QStringLiteral("exportPdf")));
    file->addAction(action(QStringLiteral("printInvoice")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("settings")));
    file->addAction(action(QStringLiteral("certificates")));
    file->addAction(action(QStringLiteral("trySandbox")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *invoice = menuBar()->addMenu(tr("&Invoice"));
    for (const char *name : {"sendSelected", "sendAllReady", "retryNow", "cancelSelected", "pauseSending"}) {
        invoice->addAction(action(QString::fromLatin1(name)));
    }
    invoice->addSeparator();
    for (const char *name : {"openDetail", "copyKsefNumber", "newCorrection", "technicalCorrection"}) {
        invoice->addAction(action(QString::fromLatin1(name)));
    }
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("find")));
    view->addAction(action(QStringLiteral("showAttention")));
    view->addAction(m_alertDock->toggleViewAction());
    view->addAction(m_dashboardDock->toggleViewAction());
    view->addAction(m_purchaseDock->toggleViewAction());
    view->addAction(findChild<QAction *>(QStringLiteral("showClients")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    for (const char *name : {"newInvoice", "importFiles", "sendSelected", "sendAllReady", "retryNow",
                             "cancelSelected", "exportUpo"}) {
        bar->addAction(action(QString::fromLatin1(name)));
    }
    bar->addSeparator();
    m_companies = new QComboBox(bar);
    m_companies->setObjectName(QStringLiteral("companySwitcher"));
    m_companies->setAccessibleName(tr("Company"));
    m_companies->setMinimumContentsLength(24);
    bar->addWidget(m_companies);
    connect(m_companies, &QComboBox::activated, this,
            [this](int index) { openCompany(m_companies->itemData(index).toString()); });
}

} // namespace Kurier
