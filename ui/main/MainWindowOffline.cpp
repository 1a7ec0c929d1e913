// MainWindow's invoices issued offline (issue: when KSeF is down, invoicing goes on): imports issued offline,
// the offer while KSeF cannot take invoices, and technical corrections.
#include "MainWindow.h"
#include "common/Prompts.h"
#include "main/DesktopSession.h"
#include "outbox/OutboxModel.h"

#include <QAction>
#include <QStatusBar>
#include <QTableView>

namespace Kurier {

void MainWindow::setupOfflineActions()
{
    addAction(QStringLiteral("importOffline"), tr("Import issued o&ffline…"), QKeySequence(),
              &MainWindow::importOffline);
    action(QStringLiteral("importOffline"))
        ->setToolTip(tr("Import invoices issued outside KSeF (offline24): their printouts carry KOD II, and "
                        "Kurier sends them by their deadline"));
    addAction(QStringLiteral("technicalCorrection"), tr("&Technical correction…"), QKeySequence(),
              &MainWindow::technicalCorrection);
    action(QStringLiteral("technicalCorrection"))
        ->setToolTip(tr("Send the fixed XML of an offline invoice KSeF rejected for a technical reason"));
    connect(&m_session, &DesktopSession::offlineImportFinished, this,
            [this](OfflineMode mode, int issued, const QStringList &problems, const QStringList &notices) {
                statusBar()->showMessage(tr("%n invoice(s) imported as issued offline (%1).", nullptr, issued)
                                             .arg(OfflineIssuing::modeName(mode)),
                                         10'000);
                if (!problems.isEmpty()) {
                    m_prompts.warn(this, tr("Not issued offline"),
                                   tr("These invoices were imported as ready to send, not as offline:"),
                                   problems.join(u'\n'));
                }
                if (!notices.isEmpty()) {
                    // Issued all the same, but never silently: a deadline long past, a KOD II made today.
                    m_prompts.warn(this, tr("Issued offline: please read"), notices.join(u'\n'), QString());
                }
                scheduleRefresh();
            });
}

void MainWindow::importOffline()
{
    if (!m_session.isOpen()) {
        return;
    }
    const QStringList files = m_prompts.openFiles(this, tr("Import invoices issued offline"),
                                                  tr("FA(3) invoices (*.xml);;All files (*)"));
    if (!files.isEmpty()) {
        importCollected(files, OfflineMode::Offline24);
    }
}

void MainWindow::importCollected(const QStringList &files, std::optional<OfflineMode> offline)
{
    if (!offline) {
        if (const auto offered = m_session.offeredOfflineMode()) {
            const int choice = m_prompts.choose(
                this, tr("KSeF cannot take invoices now"),
                tr("%1\n\nImport these %n invoice(s) as issued offline (%2)? Their printouts carry KOD II, "
                   "and "
                   "Kurier sends them to KSeF as soon as KSeF answers. Or import them as usual: they wait in "
                   "the queue until KSeF is back.",
                   nullptr, static_cast<int>(files.size()))
                    .arg(m_session.availability().text.isEmpty() ? tr("KSeF does not answer.")
                                                                 : m_session.availability().text,
                         OfflineIssuing::modeName(*offered)),
                {tr("Import as &offline"), tr("Import and &wait for KSeF")});
            if (choice < 0) {
                return;
            }
            if (choice == 0) {
                offline = offered;
            }
        }
    }
    if (offline) {
        // Before anything is stored: invoices that could not carry KOD II are not imported as offline.
        if (const auto ready = m_session.offlineIssuer().check(*offline); !ready) {
            m_prompts.warn(this, tr("The invoices cannot be issued offline"), ready.error());
            return;
        }
    }
    statusBar()->showMessage(tr("Importing %n file(s)…", nullptr, static_cast<int>(files.size())));
    m_session.importFiles(files, offline);
}

void MainWindow::technicalCorrection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        return;
    }
    const QStringList files =
        m_prompts.openFiles(this, tr("The fixed invoice (same number) for the technical correction"),
                            tr("FA(3) invoices (*.xml);;All files (*)"));
    if (files.isEmpty()) {
        return;
    }
    if (const auto corrected = m_session.correctTechnically(ids.first(), files.first()); !corrected) {
        m_prompts.warn(this, tr("The technical correction cannot be sent"), corrected.error());
        return;
    }
    statusBar()->showMessage(tr("The technical correction is on its way to KSeF."), 10'000);
    scheduleRefresh();
}

} // namespace Kurier
