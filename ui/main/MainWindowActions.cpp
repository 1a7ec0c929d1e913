// MainWindow: the actions and what they do.
#include "alerts/TrayNotifier.h"
#include "common/Prompts.h"
#include "dashboard/Dashboard.h"
#include "detail/DocumentView.h"
#include "detail/InvoiceDetail.h"
#include "editor/InvoiceEditor.h"
#include "invoicing/InvoiceBook.h"
#include "main/DesktopSession.h"
#include "main/MainWindow.h"
#include "main/WorkerPermissions.h"
#include "outbox/OutboxFilterBar.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxStore.h"
#include "sandbox/Sandbox.h"
#include "settings/CertificatesPage.h"
#include "settings/FirstRunDialog.h"
#include "settings/PermissionsPage.h"
#include "settings/SettingsDialog.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace Kurier {

QAction *MainWindow::addAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                               void (MainWindow::*slot)(), QStyle::StandardPixmap icon)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    if (icon != QStyle::SP_CustomBase) {
        action->setIcon(style()->standardIcon(icon));
    }
    if (!shortcut.isEmpty()) {
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'),
                                                         shortcut.toString(QKeySequence::NativeText)));
    }
    connect(action, &QAction::triggered, this, slot);
    QMainWindow::addAction(action);
    return action;
}

void MainWindow::createActions()
{
    addAction(QStringLiteral("newInvoice"), tr("&New invoice…"), QKeySequence::New, &MainWindow::newInvoice,
              QStyle::SP_FileIcon);
    addAction(QStringLiteral("importFiles"), tr("&Import files…"), QKeySequence::Open,
              &MainWindow::importFiles, QStyle::SP_DialogOpenButton);
    addAction(QStringLiteral("importFolder"), tr("Import &folder…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &MainWindow::importFolder,
              QStyle::SP_DirOpenIcon);
    addAction(QStringLiteral("sendSelected"), tr("&Send selected"), QKeySequence(Qt::CTRL | Qt::Key_Return),
              &MainWindow::sendSelected, QStyle::SP_ArrowForward);
    addAction(QStringLiteral("sendAllReady"), tr("Send &all ready"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &MainWindow::sendAllReady,
              QStyle::SP_MediaSeekForward);
    addAction(QStringLiteral("retryNow"), tr("&Retry now"), QKeySequence(Qt::CTRL | Qt::Key_R),
              &MainWindow::retryNow, QStyle::SP_BrowserReload);
    addAction(QStringLiteral("cancelSelected"), tr("&Cancel sending"), QKeySequence::Delete,
              &MainWindow::cancelSelected, QStyle::SP_DialogCancelButton);
    addAction(QStringLiteral("copyKsefNumber"), tr("&Copy KSeF number"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyKsefNumber);
    addAction(QStringLiteral("exportUpo"), tr("Export &UPO…"), QKeySequence(Qt::CTRL | Qt::Key_U),
              &MainWindow::exportUpo, QStyle::SP_DialogSaveButton);
    addAction(QStringLiteral("exportXml"), tr("Export &XML…"), QKeySequence(Qt::CTRL | Qt::Key_E),
              &MainWindow::exportXml);
    addAction(QStringLiteral("exportPdf"), tr("Export &PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
              &MainWindow::exportPdf);
    addAction(QStringLiteral("printInvoice"), tr("&Print invoice…"), QKeySequence::Print,
              &MainWindow::printInvoice);
    addAction(QStringLiteral("newCorrection"), tr("Co&rrection…"), QKeySequence(Qt::CTRL | Qt::Key_K),
              &MainWindow::newCorrection);
    addAction(QStringLiteral("settings"), tr("&Settings…"), QKeySequence::Preferences,
              &MainWindow::openSettings);
    setupOfflineActions();
    addAction(QStringLiteral("certificates"), tr("KSeF &certificates…"), QKeySequence(),
              &MainWindow::openCertificates);
    addAction(QStringLiteral("trySandbox"), tr("Try it in the &sandbox"), QKeySequence(),
              &MainWindow::tryInSandbox);
    addAction(QStringLiteral("about"), tr("&About Kurier"), QKeySequence(), &MainWindow::showAbout);
    addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, &MainWindow::quitApplication);

    auto *detail = new QAction(tr("Open &detail"), this);
    detail->setObjectName(QStringLiteral("openDetail"));
    detail->setShortcut(QKeySequence(Qt::Key_F4));
    connect(detail, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty()) {
            m_detail->showItem(ids.first());
            m_detail->tabs()->setFocus();
        }
    });
    QMainWindow::addAction(detail);
    auto *search = new QAction(tr("&Find"), this);
    search->setObjectName(QStringLiteral("find"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, m_filters, &OutboxFilterBar::focusSearch);
    QMainWindow::addAction(search);
    auto *attention = new QAction(tr("Show what needs &attention"), this);
    attention->setObjectName(QStringLiteral("showAttention"));
    attention->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(attention, &QAction::triggered, this,
            [this] { m_filters->setScope(OutboxQuery::Filter::Scope::NeedsAttention); });
    QMainWindow::addAction(attention);
    auto *pause = new QAction(tr("&Pause sending"), this);
    pause->setObjectName(QStringLiteral("pauseSending"));
    pause->setCheckable(true);
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(pause, &QAction::toggled, &m_session, &DesktopSession::setPaused);
    QMainWindow::addAction(pause);
    QAction *alerts = m_alertDock->toggleViewAction();
    alerts->setObjectName(QStringLiteral("showAlerts"));
    alerts->setText(tr("A&lerts"));
    alerts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *overview = m_dashboardDock->toggleViewAction();
    overview->setObjectName(QStringLiteral("showDashboard"));
    overview->setText(tr("&Overview and reconciliation"));
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(overview, &QAction::toggled, this, [this](bool shown) {
        if (shown) {
            m_dashboard->refresh();
        }
    });

    for (const char *name : {"sendSelected", "retryNow", "cancelSelected", "copyKsefNumber", "exportUpo",
                             "exportXml", "exportPdf", "printInvoice", "newCorrection", "openDetail"}) {
        m_table->QWidget::addAction(action(QString::fromLatin1(name)));
    }
}

void MainWindow::updateActions()
{
    const QList<qint64> ids = selectedIds();
    bool anyEditable = false;
    bool anyWaiting = false;
    bool anyReady = false;
    bool anyNumber = false;
    bool anyUpo = false;
    bool correctable = false;
    if (m_model) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
            const OutboxRow *row = m_model->rowAt(index.row());
            anyEditable |= isEditable(row->state);
            anyReady |= row->state == InvoiceState::Draft;
            anyWaiting |= row->state == InvoiceState::Queued || row->state == InvoiceState::Draft;
            anyNumber |= !row->ksefNumber.isEmpty();
            anyUpo |= row->hasUpo;
            correctable = ids.size() == 1 && !row->ksefNumber.isEmpty() && row->invoiceKind.left(3) != u"KOR";
        }
    }
    const bool open = m_session.isOpen();
    action(QStringLiteral("newInvoice"))->setEnabled(open);
    action(QStringLiteral("importFiles"))->setEnabled(open);
    action(QStringLiteral("importFolder"))->setEnabled(open);
    action(QStringLiteral("sendSelected"))->setEnabled(anyWaiting || anyReady);
    action(QStringLiteral("sendAllReady"))->setEnabled(open);
    action(QStringLiteral("retryNow"))->setEnabled(open);
    action(QStringLiteral("cancelSelected"))->setEnabled(anyEditable);
    action(QStringLiteral("copyKsefNumber"))->setEnabled(anyNumber);
    action(QStringLiteral("exportUpo"))->setEnabled(ids.size() == 1 && anyUpo);
    action(QStringLiteral("exportXml"))->setEnabled(ids.size() == 1);
    action(QStringLiteral("exportPdf"))->setEnabled(ids.size() == 1);
    action(QStringLiteral("printInvoice"))->setEnabled(ids.size() == 1);
    action(QStringLiteral("newCorrection"))->setEnabled(correctable);
    action(QStringLiteral("importOffline"))->setEnabled(open);
    const OutboxRow *only = ids.size() == 1 && m_model
                                ? m_model->rowAt(m_table->selectionModel()->selectedRows().value(0).row())
                                : nullptr;
    action(QStringLiteral("technicalCorrection"))
        ->setEnabled(only && only->offlineMode && only->state == InvoiceState::Rejected);
    action(QStringLiteral("openDetail"))->setEnabled(!ids.isEmpty());
}

void MainWindow::newInvoice()
{
    if (!m_session.isOpen()) {
        return;
    }
    InvoiceEditor editor(m_session, m_prompts, this);
    if (editor.exec() == QDialog::Accepted) {
        refreshNow();
        if (const auto item = m_session.store().find(editor.issuedKey(), false); item && *item) {
            selectId((*item)->id);
        }
    }
}

void MainWindow::newCorrection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        return;
    }
    const auto row = m_session.query().row(ids.first());
    const auto item =
        row && *row ? m_session.store().find((*row)->key, true) : StoreResult<std::optional<OutboxItem>>();
    if (!item || !*item) {
        return;
    }
    const auto correction =
        InvoiceBook::correctionOf((*item)->xml, (*item)->ksefNumber, m_session.clock().today());
    if (!correction) {
        m_prompts.warn(this, tr("No correction can be made"), correction.error());
        return;
    }
    InvoiceEditor editor(m_session, m_prompts, this);
    editor.setInvoice(*correction);
    if (editor.exec() == QDialog::Accepted) {
        refreshNow();
    }
}

void MainWindow::importFiles()
{
    importPaths(
        m_prompts.openFiles(this, tr("Import invoices"), tr("FA(3) invoices (*.xml);;All files (*)")));
}

void MainWindow::importFolder()
{
    const QString folder = m_prompts.openDirectory(this, tr("Import a folder of invoices"));
    if (!folder.isEmpty()) {
        importPaths({folder});
    }
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_session.isOpen() || paths.isEmpty()) {
        return;
    }
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, {QStringLiteral("*.xml"), QStringLiteral("*.XML")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                files << it.next();
            }
        } else {
            files << path;
        }
    }
    if (files.isEmpty()) {
        m_prompts.warn(this, tr("Nothing to import"), tr("No XML files were found in what you chose."));
        return;
    }
    files.sort();
    importCollected(files);
}

void MainWindow::showImportResults(const QList<InvoiceImport::Result> &results)
{
    int added = 0;
    int already = 0;
    QStringList problems;
    for (const InvoiceImport::Result &result : results) {
        switch (result.outcome) {
        case InvoiceImport::Outcome::Added:
        case InvoiceImport::Outcome::Replaced:
            ++added;
            break;
        case InvoiceImport::Outcome::AlreadyThere:
            ++already;
            break;
        case InvoiceImport::Outcome::Invalid:
        case InvoiceImport::Outcome::Refused:
            problems << QStringLiteral("%1: %2").arg(QFileInfo(result.path).fileName(), result.message);
            break;
        }
    }
    m_lastImportSummary = tr("%n invoice(s) imported", nullptr, added);
    if (already > 0) {
        m_lastImportSummary += tr(", %n already in the outbox", nullptr, already);
    }
    if (!problems.isEmpty()) {
        m_lastImportSummary += tr(", %n file(s) not imported", nullptr, static_cast<int>(problems.size()));
    }
    statusBar()->showMessage(m_lastImportSummary + u'.', 10'000);
    refreshNow();
    if (!problems.isEmpty()) {
        m_prompts.warn(this, tr("Some files were not imported"),
                       tr("%1. Nothing was stored for the files below; fix them and import them again.\n\n%2")
                           .arg(m_lastImportSummary, problems.mid(0, 10).join(u'\n')),
                       problems.join(u'\n'));
    }
    emit importFinished(results);
}

void MainWindow::sendSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    const CompanyProfile *company = m_session.settings().currentCompany();
    if (!m_prompts.confirm(
            this, tr("Send invoices"),
            tr("Send %n invoice(s) to KSeF %1 for NIP %2?", nullptr, static_cast<int>(ids.size()))
                .arg(m_session.environmentLabel(), company ? company->nip : QString()),
            tr("&Send"))) {
        return;
    }
    m_session.send(ids);
}

void MainWindow::sendAllReady()
{
    if (!m_session.isOpen()) {
        return;
    }
    const auto counts = m_session.store().counts();
    const int ready = counts ? counts->value(InvoiceState::Draft) + counts->value(InvoiceState::Queued) : 0;
    if (ready == 0) {
        statusBar()->showMessage(tr("Nothing is waiting to be sent."), 8'000);
        return;
    }
    const CompanyProfile *company = m_session.settings().currentCompany();
    if (!m_prompts.confirm(this, tr("Send invoices"),
                           tr("Send all %n ready invoice(s) to KSeF %1 for NIP %2?", nullptr, ready)
                               .arg(m_session.environmentLabel(), company ? company->nip : QString()),
                           tr("&Send"))) {
        return;
    }
    m_session.send({});
}

void MainWindow::retryNow()
{
    m_session.send(selectedIds());
}

void MainWindow::cancelSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() ||
        !m_prompts.confirm(
            this, tr("Cancel sending"),
            tr("Withdraw %n invoice(s) before they are sent? They stay in the list as cancelled.", nullptr,
               static_cast<int>(ids.size())),
            tr("&Withdraw"))) {
        return;
    }
    m_session.cancel(ids);
}

void MainWindow::copyKsefNumber()
{
    QStringList numbers;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const QString number = index.data(OutboxModel::KsefNumberRole).toString(); !number.isEmpty()) {
            numbers << number;
        }
    }
    if (!numbers.isEmpty()) {
        QApplication::clipboard()->setText(numbers.join(u'\n'));
        statusBar()->showMessage(tr("Copied %n KSeF number(s).", nullptr, static_cast<int>(numbers.size())),
                                 5'000);
    }
}

namespace {
bool writeFile(const QString &path, const QByteArray &bytes, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

std::optional<OutboxItem> MainWindow::selectedItem() const
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        return std::nullopt;
    }
    const auto row = m_session.query().row(ids.first());
    if (!row || !*row) {
        return std::nullopt;
    }
    const auto item = m_session.store().find((*row)->key, true);
    return item ? *item : std::nullopt;
}

void MainWindow::exportBytes(const QString &title, const QString &suggested, const QByteArray &bytes)
{
    const QString path = m_prompts.saveFile(this, title, suggested, tr("XML (*.xml)"));
    QString error;
    if (!path.isEmpty() && !writeFile(path, bytes, error)) {
        m_prompts.warn(this, tr("The file was not saved"), error);
    }
}

void MainWindow::exportUpo()
{
    if (const auto item = selectedItem(); item && !item->upo.isEmpty()) {
        exportBytes(tr("Export UPO"), QStringLiteral("UPO-%1.xml").arg(item->ksefNumber), item->upo);
    }
}

void MainWindow::exportXml()
{
    if (const auto item = selectedItem()) {
        QString name = item->invoiceNumber;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
        exportBytes(tr("Export invoice XML"), name + QStringLiteral(".xml"), item->xml);
    }
}

void MainWindow::exportPdf()
{
    if (selectedItem()) {
        m_detail->documentPage()->setKind(DocumentView::Kind::Invoice);
        m_detail->documentPage()->save();
    }
}

void MainWindow::printInvoice()
{
    if (selectedItem()) {
        m_detail->documentPage()->setKind(DocumentView::Kind::Invoice);
        m_detail->documentPage()->print();
    }
}

void MainWindow::showAbout()
{
    const CompanyProfile *company = std::as_const(m_session.settings()).currentCompany();
    const QString text =
        tr("Kurier %1\n\nKSeF 2.0 e-invoicing: every invoice with its KSeF number and official receipt "
           "(UPO), "
           "nothing lost, nothing sent twice.\n\nEnvironment: %2\nCompany: %3\nData: %4\n\nBuilt with Qt %5, "
           "OpenSSL, libxml2, xmlsec, libzip, libqrencode and QtKeychain. The official KSeF schemas © "
           "Ministerstwo "
           "Finansów (MIT licence).")
            .arg(QStringLiteral(KURIER_VERSION), m_session.environmentLabel(),
                 company ? QStringLiteral("%1 (NIP %2)").arg(company->name, company->nip) : tr("none"),
                 QDir::toNativeSeparators(m_session.dataDirectory()), QString::fromLatin1(qVersion()));
    m_prompts.inform(this, tr("About Kurier"), text);
}

void MainWindow::openCertificates()
{
    openSettingsAt(QStringLiteral("certificates"));
}

void MainWindow::openSettings()
{
    openSettingsAt(QString());
}

void MainWindow::openSettingsAt(const QString &page)
{
    SettingsDialog dialog(m_session.settings(), m_session.secrets(), m_prompts, this);
    // Certificates: their operations reopen the company (a new login), so the window attaches again after.
    if (m_session.isOpen()) {
        auto *certificates = new CertificatesPage(m_session, m_prompts);
        certificates->setObjectName(QStringLiteral("certificatesPage"));
        dialog.tabs()->addTab(certificates, tr("C&ertificates"));
        if (page == u"certificates") {
            dialog.tabs()->setCurrentWidget(certificates);
        }
        // Permissions: read and changed with the company's login on the worker (PROTOCOL.md §22).
        auto *backend = new WorkerPermissions(m_session, &dialog);
        const CompanyProfile *company = m_session.settings().currentCompany();
        auto *permissions = new PermissionsPage(*backend, m_prompts, company ? company->nip : QString());
        permissions->setObjectName(QStringLiteral("permissionsPage"));
        dialog.tabs()->addTab(permissions, tr("&Permissions"));
        if (page == u"permissions") {
            dialog.tabs()->setCurrentWidget(permissions);
        }
    }
    bool reopened = false;
    connect(&m_session, &DesktopSession::companyOpened, &dialog, [&reopened] { reopened = true; });
    const int answer = dialog.exec();
    if (answer != QDialog::Accepted) {
        if (reopened) {
            attachSession();
        }
        return;
    }
    AppSettings updated = dialog.result();
    if (updated.currentNip != SandboxEmulator::kDemoNip) {
        updated.sandbox = false;
    }
    updated.firstRunDone = true;
    m_session.settings() = updated;
    m_session.saveSettings();
    if (updated.currentCompany()) {
        if (const auto opened = m_session.openCurrentCompany(); !opened) {
            m_prompts.warn(this, tr("The company cannot be opened"), opened.error());
        }
    }
    attachSession();
}

void MainWindow::tryInSandbox()
{
    if (m_session.isStartingSandbox()) {
        return;
    }
    statusBar()->showMessage(tr("Starting the local KSeF emulator…"));
    action(QStringLiteral("trySandbox"))->setEnabled(false);
    // The window stays responsive while the emulator starts; the rest happens when it has.
    connect(&m_session, &DesktopSession::sandboxStarted, this, &MainWindow::sandboxStarted,
            Qt::SingleShotConnection);
    m_session.startSandbox();
}

void MainWindow::sandboxStarted(bool ok, int issued, const QString &error)
{
    action(QStringLiteral("trySandbox"))->setEnabled(true);
    attachSession();
    if (!ok) {
        statusBar()->clearMessage();
        m_prompts.warn(this, tr("The sandbox cannot start"), error);
        return;
    }
    m_filters->setScope(OutboxQuery::Filter::Scope::All);
    statusBar()->showMessage(
        issued > 0 ? tr("Sandbox ready: %n demo invoice(s) are ready to send. Select them and press Send, or "
                        "use Send all ready.",
                        nullptr, issued)
                   : tr("Sandbox ready."),
        20'000);
}

void MainWindow::runFirstRun()
{
    FirstRunDialog dialog(this);
    dialog.exec();
    switch (dialog.choice()) {
    case FirstRunDialog::Choice::Sandbox:
        tryInSandbox();
        break;
    case FirstRunDialog::Choice::SetUpCompany:
        openSettings();
        break;
    case FirstRunDialog::Choice::None:
        break;
    }
}

bool MainWindow::confirmQuit()
{
    const int inFlight = m_session.onTheWayCount();
    if (inFlight == 0) {
        return true;
    }
    return m_prompts.confirm(
        this, tr("Quit Kurier?"),
        tr("%n invoice(s) are still on their way to KSeF. Nothing will be lost: every step "
           "is stored, and Kurier finishes them the next time it starts (and checks what "
           "KSeF already has, so nothing is sent twice).",
           nullptr, inFlight),
        tr("&Quit"));
}

void MainWindow::quitApplication()
{
    if (confirmQuit()) {
        m_quitting = true;
        close();
        QApplication::quit();
    }
}

} // namespace Kurier
