// The main window end to end, offscreen: the first-run sandbox starts the real ksef-emulator process, demo
// invoices are sent from the window and end confirmed with their UPO shown; a bad file is refused with its
// reason and stores nothing; a rejection raises an alert that reaches the tray's fallback once.
#include "InvoiceDocument.h"
#include "ReconcileDocument.h"
#include "UiTestSupport.h"
#include "alerts/AlertCentre.h"
#include "alerts/TrayNotifier.h"
#include "dashboard/Dashboard.h"
#include "detail/DocumentView.h"
#include "detail/InvoiceDetail.h"
#include "emulator/EmulatorTestData.h"
#include "main/DesktopSession.h"
#include "main/MainWindow.h"
#include "main/StatusPanel.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxStore.h"
#include "render/RenderTestSupport.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Kurier;

// Stands in for the system's PDF viewer: records what Kurier asked it to open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestMainWindow : public Test::DesktopTest
{
    Q_OBJECT

    std::unique_ptr<TrayNotifier> m_tray;
    std::unique_ptr<MainWindow> m_window;

    int count(InvoiceState state) { return m_session->store().counts()->value(state); }

private slots:
    void initTestCase()
    {
        m_session = Test::makeSession(m_dir.path(), m_clock, m_secrets, QStringLiteral(KURIER_EMULATOR));
        m_tray = std::make_unique<TrayNotifier>(false); // no tray: the fallback is what is tested
        m_window = std::make_unique<MainWindow>(*m_session, m_prompts, *m_tray);
        m_window->show();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset(); // stops the worker, then the emulator
    }

    // An emulator that cannot start: a plain message, no company opened, the window usable again.
    void aSandboxThatCannotStartSaysWhy()
    {
        QTemporaryDir dir;
        Test::ScriptedPrompts prompts;
        const auto session = Test::makeSession(dir.path(), m_clock, m_secrets,
                                               dir.filePath(QStringLiteral("no-such-ksef-emulator")));
        TrayNotifier tray(false);
        MainWindow window(*session, prompts, tray);
        QSignalSpy started(session.get(), &DesktopSession::sandboxStarted);
        window.tryInSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20'000);
        QCOMPARE(started.first().at(0).toBool(), false);
        QCOMPARE(prompts.warnings.size(), 1);
        QVERIFY2(prompts.warnings.first().contains(u"no-such-ksef-emulator"),
                 qPrintable(prompts.warnings.first()));
        QVERIFY(!session->isOpen());
        QVERIFY(window.action(QStringLiteral("trySandbox"))->isEnabled());
    }

    void firstRunSandboxGivesReadyDemoInvoices()
    {
        QVERIFY(!m_session->settings().firstRunDone);
        QSignalSpy started(m_session.get(), &DesktopSession::sandboxStarted);
        m_window->tryInSandbox(); // returns at once: the emulator starts while the window goes on
        QVERIFY(m_session->isStartingSandbox());
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20'000);
        QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
        QVERIFY(m_session->isOpen());
        QVERIFY(m_session->isSandbox());
        QVERIFY(m_session->settings().firstRunDone);
        QCOMPARE(m_window->statusPanel()->environmentText(), DesktopSession::tr("SANDBOX"));
        QCOMPARE(count(InvoiceState::Draft), 5);
        QCOMPARE(m_window->model()->rowCount(), 5);
        QVERIFY(m_window->statusPanel()->countsText().contains(u'5'));
        QAbstractItemModelTester tester(m_window->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The worker runs against the emulator with the sandbox token: it reports a connection.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->statusPanel()->connectionText(),
                                  OutboxWorker::connectionName(OutboxWorker::Connection::Idle), 20'000);
    }

    void aSendFromTheWindowEndsConfirmedWithItsUpoShown()
    {
        m_window->table()->selectAll();
        QCOMPARE(m_window->selectedIds().size(), 5);
        QVERIFY(m_window->action(QStringLiteral("sendSelected"))->isEnabled());
        m_prompts.answer = true;
        m_window->action(QStringLiteral("sendSelected"))->trigger();
        QVERIFY(m_prompts.confirmations.last().contains(QStringLiteral("5")));
        QVERIFY(m_prompts.confirmations.last().contains(QStringLiteral("5265877635")));
        QTRY_COMPARE_WITH_TIMEOUT(count(InvoiceState::Confirmed), 5, 60'000);
        m_window->refreshNow();

        m_window->table()->clearSelection();
        m_window->selectId(m_window->model()->index(0, 0).data(OutboxModel::IdRole).toLongLong());
        const OutboxRow *row = m_window->model()->rowAt(0);
        QVERIFY(row && !row->ksefNumber.isEmpty());
        QCOMPARE(row->state, InvoiceState::Confirmed);
        QCOMPARE(m_window->model()->index(0, OutboxModel::KsefNumberColumn).data().toString(),
                 row->ksefNumber);
        QCOMPARE(m_window->detail()->currentId(), row->id);
        QVERIFY2(m_window->detail()->upoText().contains(row->ksefNumber),
                 qPrintable(m_window->detail()->upoText()));
        QVERIFY(m_window->detail()->upoText().contains(InvoiceDetail::tr("verified against the invoice")));
        auto *timeline = m_window->detail()->findChild<QTreeWidget *>(QStringLiteral("timeline"));
        QVERIFY(timeline->topLevelItemCount() >= 4); // ready → queued → sending → … → confirmed

        m_window->action(QStringLiteral("copyKsefNumber"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), row->ksefNumber);
        const QString upoFile = m_dir.filePath(QStringLiteral("upo.xml"));
        m_prompts.fileToSave = upoFile;
        QVERIFY(m_window->action(QStringLiteral("exportUpo"))->isEnabled());
        m_window->action(QStringLiteral("exportUpo"))->trigger();
        QFile upo(upoFile);
        QVERIFY(upo.open(QIODevice::ReadOnly));
        QVERIFY(upo.readAll().contains(row->ksefNumber.toUtf8()));
        // A confirmed invoice cannot be cancelled.
        QVERIFY(!m_window->action(QStringLiteral("cancelSelected"))->isEnabled());
    }

    void theDocumentTabShowsPrintsSavesAndOpensTheInvoiceAndItsUpo()
    {
        const auto item = m_session->store().find(m_window->model()->rowAt(0)->key, true);
        QVERIFY(item && *item);
        const OutboxItem &invoice = **item;
        QCOMPARE(m_window->detail()->currentId(), invoice.id);
        DocumentView *view = m_window->detail()->documentPage();
        const auto pdfText = [view] {
            QString text;
            for (int page = 0; page < view->pdfDocument()->pageCount(); ++page) {
                text += view->pdfDocument()->getAllText(page).text();
            }
            return Test::PdfReader::compact(text);
        };
        // Hidden, nothing is rendered; shown, the PDF is made on a worker thread and then displayed.
        QVERIFY(view->currentPdf().isEmpty());
        // File → Export PDF works without the tab: the PDF is made for the file.
        const QString early = m_dir.filePath(QStringLiteral("early.pdf"));
        m_prompts.fileToSave = early;
        QVERIFY(m_window->action(QStringLiteral("exportPdf"))->isEnabled());
        m_window->action(QStringLiteral("exportPdf"))->trigger();
        QVERIFY(view->currentPdf().isEmpty());
        QFile earlyFile(early);
        QVERIFY(earlyFile.open(QIODevice::ReadOnly));
        QVERIFY(Test::PdfReader(earlyFile.readAll()).compactText().contains(invoice.ksefNumber));

        m_window->detail()->tabs()->setCurrentWidget(view);
        QCOMPARE(view->statusText(), DocumentView::tr("Preparing the document…"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->currentPdf().isEmpty(), 20'000);
        QTRY_COMPARE(view->pdfDocument()->status(), QPdfDocument::Status::Ready);
        QVERIFY(view->pdfDocument()->pageCount() >= 1);
        QVERIFY2(pdfText().contains(Test::PdfReader::compact(invoice.invoiceNumber)), qPrintable(pdfText()));
        QVERIFY(pdfText().contains(invoice.ksefNumber));
        const auto printout = InvoicePrintout::forItem(invoice, DocumentLanguage::Polish);
        QVERIFY(printout.has_value());

        // Save as PDF: the same document, and its QR code leads to this invoice in this environment.
        const QString saved = m_dir.filePath(QStringLiteral("invoice.pdf"));
        m_prompts.fileToSave = saved;
        view->save();
        QFile savedFile(saved);
        QVERIFY(savedFile.open(QIODevice::ReadOnly));
        const Test::PdfReader savedPdf(savedFile.readAll());
        QVERIFY(savedPdf.compactText().contains(invoice.ksefNumber));
        QCOMPARE(savedPdf.qrCodes(savedPdf.pages()), QStringList{printout->verificationUrl});

        // Print: painted again for the printer (here a PDF printer), QR code included.
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        m_prompts.printToFile = printed;
        QCOMPARE(m_window->action(QStringLiteral("printInvoice"))->shortcut(),
                 QKeySequence(QKeySequence::Print));
        m_window->action(QStringLiteral("printInvoice"))->trigger();
        QFile printedFile(printed);
        QVERIFY(printedFile.open(QIODevice::ReadOnly));
        const Test::PdfReader printedPdf(printedFile.readAll());
        QVERIFY(printedPdf.compactText().contains(Test::PdfReader::compact(invoice.invoiceNumber)));
        QCOMPARE(printedPdf.qrCodes(printedPdf.pages()), QStringList{printout->verificationUrl});
        m_prompts.printToFile.clear();

        // Open in the system viewer: a real PDF file is handed to the desktop.
        UrlRecorder viewer;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "open");
        view->openInSystemViewer();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(viewer.opened.size(), 1);
        QFile opened(viewer.opened.first().toLocalFile());
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QVERIFY(opened.read(4) == "%PDF");

        // The UPO, and the invoice in English.
        view->setKind(DocumentView::Kind::Upo);
        QTRY_VERIFY_WITH_TIMEOUT(pdfText().contains(QStringLiteral("UrzędowePoświadczenieOdbioru")), 20'000);
        QVERIFY(pdfText().contains(invoice.ksefNumber));
        view->setKind(DocumentView::Kind::Invoice);
        view->setLanguage(DocumentLanguage::English);
        QTRY_VERIFY_WITH_TIMEOUT(pdfText().contains(QStringLiteral("Seller")), 20'000);
        view->setLanguage(DocumentLanguage::Polish);
        QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
        m_window->detail()->tabs()->setCurrentIndex(0);
    }

    void theOverviewReconcilesOnRequestAndShowsCounts()
    {
        Dashboard *dashboard = m_window->dashboard();
        m_window->action(QStringLiteral("showDashboard"))->trigger();
        QVERIFY(dashboard->isVisible());
        QVERIFY(dashboard->cardText(QStringLiteral("inFlight")).startsWith(u'0'));
        QSignalSpy finished(dashboard, &Dashboard::reconcileFinished);
        dashboard->reconcileNow();
        QVERIFY(dashboard->isReconciling());
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toBool(), false); // the sandbox's KSeF and the outbox agree
        QVERIFY(!dashboard->isReconciling());
        QVERIFY2(dashboard->findChild<QLabel *>(QStringLiteral("lastReconciliation"))
                     ->text()
                     .contains(Dashboard::tr("all in order")),
                 qPrintable(dashboard->findChild<QLabel *>(QStringLiteral("lastReconciliation"))->text()));
        QCOMPARE(dashboard->problems()->rowCount(), 0);
        // The report is exported as CSV.
        const QString csv = m_dir.filePath(QStringLiteral("reconciliation.csv"));
        m_prompts.fileToSave = csv;
        dashboard->exportReport();
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("run,kind,needs_human"));
        // … and as a PDF (the file's extension chooses).
        const QString pdf = m_dir.filePath(QStringLiteral("reconciliation.pdf"));
        m_prompts.fileToSave = pdf;
        dashboard->exportReport();
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QString pdfText = Test::PdfReader(pdfFile.readAll()).compactText();
        QVERIFY2(pdfText.contains(Test::PdfReader::compact(ReconcileDocument::tr("all in order"))),
                 qPrintable(pdfText.left(300)));
        m_window->action(QStringLiteral("showDashboard"))->trigger();
    }

    void aBadFileShowsItsErrorAndStoresNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("broken.xml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Test::emulatorInvoice(QStringLiteral("BAD/1")).left(700)); // truncated
        file.close();
        const auto before = *m_session->store().counts();
        const int warnings = static_cast<int>(m_prompts.warnings.size());
        QSignalSpy done(m_window.get(), &MainWindow::importFinished);
        m_prompts.filesToOpen = {bad};
        m_window->action(QStringLiteral("importFiles"))->trigger();
        QVERIFY(done.wait(20'000));
        QCOMPARE(m_prompts.warnings.size(), warnings + 1);
        QVERIFY2(m_prompts.warnings.last().contains(QStringLiteral("broken.xml")),
                 qPrintable(m_prompts.warnings.last()));
        QVERIFY(m_window->lastImportSummary().contains(QStringLiteral("0")));
        QCOMPARE(*m_session->store().counts(), before);
    }

    void filesDroppedOnTheWindowAreImported()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Test::emulatorInvoice(QStringLiteral("DROP/1")));
        file.close();
        const int before = m_session->store().counts()->value(InvoiceState::Queued) +
                           m_session->store().counts()->value(InvoiceState::Confirmed);
        QSignalSpy done(m_window.get(), &MainWindow::importFinished);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(done.wait(20'000));
        QVERIFY2(m_window->lastImportSummary().contains(u'1'), qPrintable(m_window->lastImportSummary()));
        // Sent at once (the settings send automatically) and confirmed like the others.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->store().counts()->value(InvoiceState::Confirmed) +
                                      m_session->store().counts()->value(InvoiceState::Queued),
                                  before + 1, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT((*m_session->store().find(QStringLiteral("DROP/1"), false))->state ==
                                     InvoiceState::Confirmed,
                                 60'000);
    }

    void aRejectionRaisesOneAlertThatReachesTheFallback()
    {
        QSignalSpy shown(m_tray.get(), &TrayNotifier::shown);
        // An invoice dated in the future (KSeF refuses it with 450), queued as another program would have.
        OutboxStore::NewInvoice future;
        future.sellerNip = m_session->settings().currentNip;
        future.invoiceKind = QStringLiteral("VAT");
        future.invoiceNumber = QStringLiteral("FUT/1");
        future.issueDate = QDate::currentDate().addDays(5);
        future.xml = Test::emulatorInvoice(future.invoiceNumber, future.issueDate);
        QVERIFY(m_session->store().enqueue(future, m_session->environment().key(), future.sellerNip));
        m_session->send({});
        QTRY_COMPARE_WITH_TIMEOUT(count(InvoiceState::Rejected), 1, 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20'000);
        QVERIFY(shown.first().at(2).value<TrayNotifier::Channel>() != TrayNotifier::Channel::Tray);
        QTRY_VERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("alertDock"))->isVisible());
        QTRY_COMPARE(m_window->alertCentre()->openCount(), 1);
        QTRY_COMPARE(m_tray->attention(), 1); // after the next refresh
        // Once: more passes do not notify again.
        m_session->send({});
        QTest::qWait(1500);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(m_tray->shownCount(), 1);
    }

    void switchingCompaniesShowsEachOnesOwnOutbox()
    {
        const int sandboxRows = m_window->model()->totalCount();
        QVERIFY(sandboxRows > 0);
        CompanyProfile other;
        other.nip = Test::kBuyerNip;
        other.name = QStringLiteral("Druga Firma sp. z o.o.");
        m_session->settings().upsertCompany(other);
        m_session->settings().currentNip = other.nip;
        m_session->settings().sandbox = false;
        QSignalSpy closing(m_session.get(), &DesktopSession::companyClosing);
        QVERIFY(m_session->openCurrentCompany());
        QCOMPARE(closing.size(), 1);
        QVERIFY(m_window->model() == nullptr); // let go before the old database closed
        m_window->attachSession();
        QCOMPARE(m_window->model()->totalCount(), 0); // its own database: nothing of the sandbox
        QCOMPARE(m_window->statusPanel()->environmentText(), DesktopSession::tr("TEST"));
        QVERIFY(!m_session->hasCredentials()); // none in the keychain for it: it says so, sends nothing
        QTRY_COMPARE(m_window->statusPanel()->connectionText(),
                     OutboxWorker::connectionName(OutboxWorker::Connection::NoCredentials));

        // Back to the sandbox: everything is where it was.
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("trySandbox")));
        QSignalSpy again(m_session.get(), &DesktopSession::sandboxStarted);
        m_window->tryInSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 20'000);
        QCOMPARE(m_window->model()->totalCount(), sandboxRows);
    }

    void aboutShowsTheVersionFromOnePlace()
    {
        m_window->action(QStringLiteral("about"))->trigger();
        QVERIFY(!m_prompts.informations.isEmpty());
        const QString about = m_prompts.informations.constLast();
        QVERIFY2(about.contains(QStringLiteral("Kurier " KURIER_VERSION)), qPrintable(about));
        QVERIFY(about.contains(m_session->environmentLabel()));
        QVERIFY(about.contains(QDir::toNativeSeparators(m_dir.path())));
    }

    void quittingWithNothingInFlightDoesNotAsk()
    {
        const int asked = static_cast<int>(m_prompts.confirmations.size());
        QVERIFY(m_window->confirmQuit());
        QCOMPARE(m_prompts.confirmations.size(), asked);
    }

    // Latarnia announces a failure: the Overview says so (and the status bar); when it ends, it says that
    // too. (Last: during the failure the sandbox's API answers 503.)
    void theOverviewShowsWhatLatarniaAnnounces()
    {
        const QUrl base = m_session->environment().baseUrl;
        Test::sandboxControl(base, "POST", QStringLiteral("/latarnia"),
                             {{QStringLiteral("status"), QStringLiteral("FAILURE")},
                              {QStringLiteral("title"), QStringLiteral("Awaria KSeF")},
                              {QStringLiteral("text"), QStringLiteral("Trwa usuwanie awarii.")}});
        QVERIFY(m_session->openCurrentCompany());
        m_window->attachSession();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->dashboard()->availabilityText().contains(QStringLiteral("Awaria KSeF")), 20'000);
        // The Overview during the failure, for the README.
        m_window->show();
        m_window->resize(1366, 820);
        QAction *overview = m_window->action(QStringLiteral("showDashboard"));
        if (!m_window->dashboard()->isVisible()) {
            overview->trigger();
        }
        m_window->dashboard()->refresh();
        QTRY_VERIFY(m_window->dashboard()->isVisible());
        QVERIFY(QDir().mkpath(QStringLiteral(KURIER_BINARY_DIR "/screenshots")));
        QVERIFY(m_window->grab().toImage().save(
            QStringLiteral(KURIER_BINARY_DIR "/screenshots/en-overview-failure.png")));
        overview->trigger();
        Test::sandboxControl(base, "POST", QStringLiteral("/latarnia"),
                             {{QStringLiteral("status"), QStringLiteral("AVAILABLE")}});
        QVERIFY(m_session->openCurrentCompany());
        m_window->attachSession();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->dashboard()->availabilityText().contains(QStringLiteral("available")), 20'000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
