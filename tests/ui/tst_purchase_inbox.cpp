// Purchase invoices in the desktop application, offscreen, against a real emulator over loopback: the worker
// synchronises on start by itself, the inbox shows the new invoices marked, one notification per batch,
// "Synchronise now", save as PDF; the Overview's Adopt takes in an invoice KSeF has that Kurier could not;
// and a window closed while KSeF does not answer closes at once.
#include "UiTestSupport.h"
#include "alerts/TrayNotifier.h"
#include "backup/Backup.h"
#include "dashboard/Dashboard.h"
#include "emulator/EmulatorTestData.h"
#include "fa/Fa3Writer.h"
#include "incoming/PurchaseInbox.h"
#include "incoming/PurchaseModel.h"
#include "ksef/CredentialVault.h"
#include "main/DesktopSession.h"
#include "main/MainWindow.h"
#include "outbox/OutboxStore.h"
#include "render/RenderTestSupport.h"
#include "support/EmulatorHarness.h"
#include "support/Samples.h"
#include "util/Clock.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

namespace {
const QString kCompany = QStringLiteral("5265877635");
const QString kSupplier = QStringLiteral("1111111111");
} // namespace

class TestPurchaseInbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    Test::MemorySecretStore m_secrets;
    Test::ScriptedPrompts m_prompts;
    std::unique_ptr<Test::EmulatorHarness> m_ksef;
    QString m_supplierToken;
    std::unique_ptr<DesktopSession> m_session;
    std::unique_ptr<TrayNotifier> m_tray;
    std::unique_ptr<MainWindow> m_window;

    // A supplier sends `count` invoices to the company; returns once KSeF has stored them.
    void supply(int count, const QString &prefix)
    {
        QList<QPair<QString, QByteArray>> files;
        for (int i = 1; i <= count; ++i) {
            Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23});
            std::swap(invoice.seller, invoice.buyer);
            invoice.number = QStringLiteral("%1/%2").arg(prefix).arg(i);
            invoice.issueDate = QDate::currentDate();
            invoice.saleDate = invoice.issueDate;
            files.append({QStringLiteral("%1.xml").arg(i), *Fa3Writer::write(invoice)});
        }
        const QString session = m_ksef->sendBatch(m_supplierToken, files, 1);
        QCOMPARE(m_ksef->waitForSession(session, m_supplierToken, 200)
                     .value(QStringLiteral("successfulInvoiceCount"))
                     .toInt(),
                 count);
        QTest::qWait(300); // permanent storage
    }

    // The texts of the "New purchase invoices" notifications among those shown.
    static QStringList purchaseNotes(const QSignalSpy &shown)
    {
        QStringList texts;
        for (const QList<QVariant> &note : shown) {
            if (note.at(0).toString() == MainWindow::tr("New purchase invoices")) {
                texts.append(note.at(1).toString());
            }
        }
        return texts;
    }

private slots:
    void initTestCase()
    {
        m_ksef = std::make_unique<Test::EmulatorHarness>();
        m_ksef->control("POST", QStringLiteral("/limits"),
                        {{QStringLiteral("profile"), QStringLiteral("off")}});
        const QString token = m_ksef->emulator().createDemoSubject(kCompany);
        m_supplierToken = m_ksef->authenticate(kSupplier);
        supply(3, QStringLiteral("FZ/START"));

        m_session = Test::makeSession(m_dir.path(), m_clock, m_secrets);
        AppSettings &settings = m_session->settings();
        settings.environment = m_ksef->baseUrl();
        CompanyProfile company;
        company.nip = kCompany;
        company.name = QStringLiteral("Kurier Test sp. z o.o.");
        settings.companies = {company};
        settings.currentNip = kCompany;
        settings.firstRunDone = true;
        settings.reconcileEveryMinutes = 0;
        m_session->saveSettings();
        QVERIFY(CredentialVault(m_secrets).saveToken(m_session->environment().key(), kCompany, token));
        m_tray = std::make_unique<TrayNotifier>(false);
        m_window = std::make_unique<MainWindow>(*m_session, m_prompts, *m_tray);
        m_window->show();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void theWorkerSynchronisesOnStartAndAnnouncesTheBatchOnce()
    {
        QSignalSpy shown(m_tray.get(), &TrayNotifier::shown);
        QVERIFY2(m_session->openCurrentCompany(), "the company opens");
        m_window->attachSession();
        PurchaseInbox *inbox = m_window->purchases();
        QTRY_COMPARE_WITH_TIMEOUT(inbox->newCount(), 3, 20'000);
        // The worker made the day's backup when it started: a checked, complete copy.
        const QStringList backups = QDir(m_dir.filePath(QStringLiteral("backups")))
                                        .entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        QVERIFY(Backup::inspect(m_dir.filePath(QStringLiteral("backups/") + backups.first())));
        // (The company is on a KSeF token: its "tokens end" alert is shown too, once; it is not counted
        // here.)
        QTRY_COMPARE(purchaseNotes(shown).size(), 1);
        QVERIFY2(purchaseNotes(shown).first().contains(u'3'), qPrintable(purchaseNotes(shown).first()));

        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("purchaseDock"));
        QVERIFY(dock->windowTitle().contains(u'3'));
        m_window->action(QStringLiteral("showPurchases"))->trigger();
        QVERIFY(inbox->isVisible());
        QCOMPARE(inbox->model()->rowCount(), 3);
        const QModelIndex first = inbox->model()->index(0, PurchaseModel::New);
        QCOMPARE(first.data().toString(), QStringLiteral("●"));
        QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(inbox->model()->index(0, PurchaseModel::SellerNip).data().toString(), kSupplier);
        QVERIFY(inbox->model()->index(0, PurchaseModel::Number).data().toString().startsWith(u"FZ/START/"));
        // As the user sees it (build/<preset>/screenshots/en-purchases.png).
        m_window->resize(1366, 820);
        QTest::qWait(100);
        QDir(QStringLiteral(KURIER_BINARY_DIR)).mkpath(QStringLiteral("screenshots"));
        QVERIFY(m_window->grab().save(QStringLiteral(KURIER_BINARY_DIR "/screenshots/en-purchases.png")));
    }

    void synchroniseNowBringsWhatArrivedAndAnnouncesItOnce()
    {
        QSignalSpy shown(m_tray.get(), &TrayNotifier::shown);
        supply(2, QStringLiteral("FZ/LATER"));
        PurchaseInbox *inbox = m_window->purchases();
        QSignalSpy synced(inbox, &PurchaseInbox::synchronised);
        QTest::mouseClick(inbox->findChild<QPushButton *>(QStringLiteral("synchronisePurchases")),
                          Qt::LeftButton);
        QVERIFY(synced.wait(20'000));
        QVERIFY2(synced.first().at(0).toBool(), qPrintable(synced.first().at(1).toString()));
        QCOMPARE(inbox->newCount(), 5);
        QCOMPARE(inbox->model()->rowCount(), 5);
        QTRY_COMPARE(purchaseNotes(shown).size(), 1);
        QVERIFY(purchaseNotes(shown).first().contains(u'2'));
    }

    void anInvoiceIsSavedAsPdfAndIsNoLongerNew()
    {
        PurchaseInbox *inbox = m_window->purchases();
        inbox->table()->selectRow(0);
        const QString number = inbox->model()->index(0, PurchaseModel::Number).data().toString();
        const QString ksefNumber = inbox->model()->index(0, PurchaseModel::KsefNumber).data().toString();
        const QString path = m_dir.filePath(QStringLiteral("purchase.pdf"));
        m_prompts.fileToSave = path;
        inbox->exportSelectedPdf();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20'000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = Test::PdfReader::compact(Test::PdfReader(file.readAll()).text());
        QVERIFY2(text.contains(Test::PdfReader::compact(number)), qPrintable(text.left(400)));
        QVERIFY(text.contains(ksefNumber));
        QVERIFY(text.contains(kSupplier));
        QCOMPARE(inbox->newCount(), 4);
        QVERIFY(inbox->model()->index(0, PurchaseModel::New).data().toString().isEmpty());
        inbox->markAllRead(); // on the worker's thread
        QTRY_COMPARE(inbox->newCount(), 0);
        QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("purchaseDock"))
                     ->windowTitle()
                     .contains(u'('));
        QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
    }

    void anInvoiceKurierCouldNotTakeInIsAdoptedFromTheOverview()
    {
        // Another program sends an invoice for the company; while Kurier reconciles, KSeF fails its download.
        const QString token = m_ksef->authenticate(kCompany);
        const auto session = m_ksef->openSession(token);
        const QByteArray xml = Test::emulatorInvoice(QStringLiteral("FV/ELSEWHERE/1"));
        const QString ksefNumber = m_ksef->sendAndWait(session, token, xml);
        QVERIFY(!ksefNumber.isEmpty());
        QTest::qWait(300);
        m_ksef->control("POST", QStringLiteral("/faults"),
                        {{QStringLiteral("action"), QStringLiteral("500")},
                         {QStringLiteral("group"), QStringLiteral("invoiceDownload")},
                         {QStringLiteral("every"), true}});
        Dashboard *dashboard = m_window->dashboard();
        QSignalSpy reconciled(dashboard, &Dashboard::reconcileFinished);
        dashboard->reconcileNow();
        QVERIFY(reconciled.wait(30'000));
        QVERIFY(reconciled.first().at(0).toBool()); // needs a person
        m_ksef->control("DELETE", QStringLiteral("/faults"));
        int row = -1;
        for (int i = 0; i < dashboard->problems()->rowCount(); ++i) {
            if (dashboard->problems()->item(i, 2)->text().contains(ksefNumber)) {
                row = i;
            }
        }
        QVERIFY2(row >= 0, "the invoice is among the problems");
        dashboard->problems()->selectRow(row);
        auto *adopt = dashboard->findChild<QPushButton *>(QStringLiteral("adopt"));
        QVERIFY(adopt && adopt->isEnabled());
        QSignalSpy adopted(dashboard, &Dashboard::adoptFinished);
        QTest::mouseClick(adopt, Qt::LeftButton);
        QVERIFY(adopted.wait(30'000));
        QVERIFY2(adopted.first().at(0).toBool(), qPrintable(adopted.first().at(1).toString()));
        const auto item = m_session->store().find(ksefNumber, true);
        QVERIFY(item && item->has_value());
        QCOMPARE((*item)->state, InvoiceState::Confirmed);
        QCOMPARE((*item)->xml, xml);
        for (int i = 0; i < dashboard->problems()->rowCount(); ++i) {
            QVERIFY(!dashboard->problems()->item(i, 2)->text().contains(ksefNumber)); // resolved
        }
    }

    void closingWhileKsefDoesNotAnswerDoesNotWaitForIt()
    {
        // KSeF takes a minute to accept an export: the worker is stuck in that call when the company closes.
        m_ksef->control("POST", QStringLiteral("/faults"),
                        {{QStringLiteral("action"), QStringLiteral("delay")},
                         {QStringLiteral("group"), QStringLiteral("invoiceExport")},
                         {QStringLiteral("delayMs"), 60'000},
                         {QStringLiteral("every"), true}});
        m_window->purchases()->synchroniseNow();
        OutboxWorker *worker = m_session->worker();
        QTRY_VERIFY_WITH_TIMEOUT(worker->isWorking(), 10'000);
        QTest::qWait(300); // well inside the call
        QElapsedTimer closing;
        closing.start();
        m_session->close();
        QVERIFY2(closing.elapsed() < 3'000, qPrintable(QString::number(closing.elapsed())));
        m_ksef->control("DELETE", QStringLiteral("/faults"));

        // Nothing was lost: the company opens again with its purchase invoices, and the next synchronisation
        // continues where the last stored one ended.
        QVERIFY(m_session->openCurrentCompany());
        m_window->attachSession();
        QCOMPARE(m_window->purchases()->model()->rowCount(), 5);
    }
};

QTEST_MAIN(TestPurchaseInbox)
#include "tst_purchase_inbox.moc"
