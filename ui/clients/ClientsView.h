#pragma once

#include "office/ClientRouting.h"
#include "office/ClientWork.h"
#include "office/OfficeAccess.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Kurier {

class ClientFilterModel;
class ClientListModel;
class DesktopSession;
class Prompts;

// The office's clients at a glance (View → Clients): one row per company with what waits, what is in KSeF and
// what needs a person, read from each company's database on a worker thread (no KSeF connection). Filter by
// text and "Needs attention"; double click or Enter opens the company. Bulk work for the selected clients (or
// all): import a folder of many sellers (each invoice to the company of its seller NIP, unknown sellers
// offered as new clients), send all ready, reconcile now — each company with its own credentials and limits,
// progress per company, cancellable, one summary at the end.
class ClientsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientsView)

public:
    ClientsView(DesktopSession &session, Prompts &prompts, QWidget *parent = nullptr);
    ~ClientsView() override;

    ClientListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isBusy() const { return m_busy; }

public slots:
    void refresh();
    void importFolder(); // asks for the folder
    void importPaths(const QStringList &paths);
    void sendAllReady();
    void reconcileNow();
    void fetchPurchases(); // a person asked: every chosen client's purchase invoices now
    // The timer's: the purchase invoices of the clients whose turn it is (ClientWork::purchasesDue), quietly;
    // the company open in the window fetches its own.
    void fetchDuePurchases();
    void cancelWork();
    void addDemoClients(); // the sandbox only
    // "Add the clients who gave us access…": KSeF's list for the identity this computer acts as, each client
    // with the rights it gave; the ticked ones become companies reached through the office (no secret asked).
    void addGrantedClients();

signals:
    void openCompanyRequested(const QString &nip);
    void refreshed(); // the table shows the databases as they are now
    void workFinished(const QString &summary);
    // New purchase invoices of one run for many clients: one notification for all of them.
    void purchasesArrived(const QString &notice);
    void companiesChanged(); // invoices were imported or companies added: the outbox may show more

private:
    struct ImportResult;
    QList<ClientEntry> targets() const; // the selected clients, or all of them
    void runWork(ClientWork::Task task);
    void startPurchasesTimer();
    // `quiet`: the timer's (no question before, no dialog after; the status line and the notification).
    void startWork(const QList<ClientEntry> &clients, ClientWork::Options options, const QString &busyText,
                   bool quiet);
    void setBusy(bool busy, const QString &text = {});
    void finishImport(const ImportResult &result);
    void offerUnknownSellers(const QList<ClientRouting::Unknown> &unknown);
    void offerGrantedClients(const QList<OfficeAccess::Client> &granted);
    void openSelected();

    DesktopSession &m_session;
    Prompts &m_prompts;
    ClientListModel *m_model = nullptr;
    ClientFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_attentionOnly = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_reconcile = nullptr;
    QPushButton *m_purchases = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_demoClients = nullptr;
    QPushButton *m_granted = nullptr;
    QLabel *m_status = nullptr;
    QFutureWatcher<QList<ClientSummary>> m_reading;
    QTimer *m_purchasesTimer = nullptr;
    QFutureWatcher<QList<ClientSummary>> m_readingForPurchases;
    bool m_refreshAgain = false;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    // What the last reads found, by database: a refresh reads again only the companies whose files changed.
    // Used by one read at a time (m_reading), on its thread.
    std::shared_ptr<ClientOverview::Cache> m_cache = std::make_shared<ClientOverview::Cache>();
};

} // namespace Kurier
