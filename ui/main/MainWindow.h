#pragma once

#include "outbox/InvoiceImport.h"
#include "outbox/OutboxItem.h"
#include "outbox/OutboxModel.h"
#include "services/OutboxWorker.h"

#include <QMainWindow>
#include <QStyle>

class QComboBox;
class QDockWidget;
class QStackedWidget;
class QLabel;
class QTableView;
class QTimer;

namespace Kurier {

class AlertCentre;
class Dashboard;
class PurchaseInbox;
class ClientsView;
class DesktopSession;
class InvoiceDetail;
class OutboxFilterBar;
class OutboxModel;
class Prompts;
class StatusPanel;
class TrayNotifier;

// The main window: the outbox table with its filters, the selected invoice's detail, the alert centre, a
// status bar with counts, connection, environment and rate budget, and every action (new invoice, import by
// dialog or drag and drop, send, retry, cancel, copy, export, correction, settings). Every action has a
// shortcut. Long work runs on the session's worker; the window only asks and shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(DesktopSession &session, Prompts &prompts, TrayNotifier &tray, QWidget *parent = nullptr);
    ~MainWindow() override;

    // After the session opened a company (first run, a switch, settings): new model, worker signals.
    void attachSession();

    // The actions, public so that tests drive exactly what a click does.
    void newInvoice();
    void importFiles();
    void importFolder();
    void importPaths(const QStringList &paths);
    // Invoices issued offline (MainWindowOffline.cpp): files imported as issued offline (offline24), and a
    // technical correction of the selected rejected offline invoice from a fixed file.
    void importOffline();
    void technicalCorrection();
    void sendSelected();
    void sendAllReady();
    void retryNow();
    void sandboxStarted(bool ok, int issued, const QString &error);
    void cancelSelected();
    void copyKsefNumber();
    void exportUpo();
    void exportPdf();    // the selected invoice as PDF (rendered now if the Document tab has not shown it)
    void printInvoice(); // Ctrl+P
    void exportXml();
    void newCorrection();
    void openSettings();
    void openCertificates(); // Settings at its Certificates page

    void showAbout(); // the version (one place: CMake's project version), environment, company, data folder
    void tryInSandbox();
    void runFirstRun();
    bool confirmQuit(); // asks when invoices are in flight; → true to quit
    void quitApplication();

    QList<qint64> selectedIds() const;
    void selectId(qint64 id);
    QAction *action(const QString &objectName) const;
    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    InvoiceDetail *detail() const { return m_detail; }
    StatusPanel *statusPanel() const { return m_status; }
    Dashboard *dashboard() const { return m_dashboard; }
    PurchaseInbox *purchases() const { return m_purchases; }
    ClientsView *clients() const { return m_clients; }
    // The office's main page (View → Clients, Ctrl+Shift+M) in place of the company's outbox, or back.
    void showClientsPage(bool shown);
    bool clientsPageShown() const;
    // Opens another company of the settings (the switcher, the Clients view): its outbox in this window.
    void openCompany(const QString &nip);
    AlertCentre *alertCentre() const { return m_alertCentre; }
    OutboxFilterBar *filterBar() const { return m_filters; }
    QString lastImportSummary() const { return m_lastImportSummary; }
    void refreshNow();    // the table and the status
    void refreshStatus(); // counts, attention, detail, actions

signals:
    void importFinished(const QList<Kurier::InvoiceImport::Result> &results);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void openSettingsAt(const QString &page); // "certificates", or empty: the first page
    void createMenusAndToolBar();
    void setupClients(); // MainWindowClients.cpp
    void updateActions();
    void updateCompanySwitcher();
    void showImportResults(const QList<InvoiceImport::Result> &results);
    // Imports the collected files; while KSeF cannot take invoices, offers to import them as issued offline
    // in the matching mode (never silently). `offline`: already chosen.
    void importCollected(const QStringList &files, std::optional<OfflineMode> offline = std::nullopt);
    void setupOfflineActions();
    void alertRaised(const Alert &alert);
    void scheduleRefresh();
    void detachModel();                             // before the session closes the company's database
    std::optional<OutboxItem> selectedItem() const; // the one selected invoice, with its XML and UPO
    void exportBytes(const QString &title, const QString &suggested, const QByteArray &bytes);
    void updateAttention();
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                       void (MainWindow::*slot)(), QStyle::StandardPixmap icon = QStyle::SP_CustomBase);

    DesktopSession &m_session;
    Prompts &m_prompts;
    TrayNotifier &m_tray;
    OutboxModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    OutboxFilterBar *m_filters = nullptr;
    InvoiceDetail *m_detail = nullptr;
    StatusPanel *m_status = nullptr;
    AlertCentre *m_alertCentre = nullptr;
    QDockWidget *m_alertDock = nullptr;
    Dashboard *m_dashboard = nullptr;
    QDockWidget *m_dashboardDock = nullptr;
    PurchaseInbox *m_purchases = nullptr;
    QDockWidget *m_purchaseDock = nullptr;
    ClientsView *m_clients = nullptr;
    QStackedWidget *m_pages = nullptr; // the company's outbox and detail, or the office's clients
    QLabel *m_attention = nullptr;
    QLabel *m_tokenBanner = nullptr;
    QComboBox *m_companies = nullptr;
    QTimer *m_refresh = nullptr;
    QList<QMetaObject::Connection> m_workerConnections;
    QString m_lastImportSummary;
    bool m_quitting = false;
    int m_sortColumn = OutboxModel::LastEventColumn; // the newest events first
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace Kurier
