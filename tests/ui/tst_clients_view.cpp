// The Clients view as a new user meets it, offscreen: the sandbox (the real ksef-emulator process) as an
// accounting office — demo clients added, a folder of mixed sellers imported into the right companies (an
// unknown seller offered as a client, a broken file named), the counts per company, "Needs attention" and the
// text filter, send all ready for every client ending with every invoice confirmed, and a double click
// opening a company in the main window.
#include "UiTestSupport.h"
#include "alerts/TrayNotifier.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsView.h"
#include "main/MainWindow.h"
#include "sandbox/Sandbox.h"
#include "support/Samples.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Kurier;

namespace {
const QString kStranger = QStringLiteral("5250001115");

} // namespace

class TestClientsView : public Test::DesktopTest
{
    Q_OBJECT

    std::unique_ptr<TrayNotifier> m_tray;
    std::unique_ptr<MainWindow> m_window;

    ClientsView *view() { return m_window->clients(); }
    const ClientSummary *summaryOf(const QString &nip)
    {
        return view()->model()->summaryAt(view()->model()->rowOf(nip));
    }
    void refreshAndWait()
    {
        QSignalSpy refreshed(view(), &ClientsView::refreshed);
        view()->refresh();
        QVERIFY(refreshed.wait(20'000));
    }

private slots:
    void initTestCase()
    {
        m_session = Test::makeSession(m_dir.path(), m_clock, m_secrets, QStringLiteral(KURIER_EMULATOR));
        m_session->settings().sendAutomatically = false; // imports wait for "Send all ready"
        m_tray = std::make_unique<TrayNotifier>(false);
        m_window = std::make_unique<MainWindow>(*m_session, m_prompts, *m_tray);
        m_window->show();
        QSignalSpy started(m_session.get(), &DesktopSession::sandboxStarted);
        m_window->tryInSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20'000);
        QVERIFY(started.first().at(0).toBool());
        m_session->setPaused(true); // the window's own worker does not race "Send all ready"
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void theSandboxBecomesAnOfficeWithDemoClients()
    {
        QAction *show = m_window->findChild<QAction *>(QStringLiteral("showClients"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QSignalSpy refreshed(view(), &ClientsView::refreshed);
        show->trigger();
        QVERIFY(m_window->clientsPageShown() && view()->isVisible());
        QVERIFY(refreshed.wait(20'000));
        QCOMPARE(view()->model()->rowCount(), 1); // the demo company alone
        auto *addDemo = view()->findChild<QPushButton *>(QStringLiteral("clientsAddDemo"));
        QVERIFY(addDemo && addDemo->isVisible());
        addDemo->click();
        QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
        QVERIFY(refreshed.wait(20'000));
        QCOMPARE(view()->model()->rowCount(), 4);
        QCOMPARE(m_session->settings().companies.size(), 4);
        for (const CompanyProfile &client : SandboxEmulator::demoClients()) {
            const ClientSummary *summary = summaryOf(client.nip);
            QVERIFY(summary);
            QCOMPARE(summary->ready, 5); // its demo invoices, ready to send
            QCOMPARE(summary->client.sandbox, true);
            QCOMPARE(summary->client.name, client.name);
        }
        // Twice is once.
        addDemo->click();
        QCOMPARE(m_session->settings().companies.size(), 4);
    }

    void aFolderOfMixedSellersLandsInTheRightCompanies()
    {
        const QList<CompanyProfile> clients = SandboxEmulator::demoClients();
        QTemporaryDir folder;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("a.xml"),
              Test::sellerInvoice(clients[0].nip, clients[0].name, QStringLiteral("IMP/1")));
        write(QStringLiteral("b.xml"),
              Test::sellerInvoice(clients[0].nip, clients[0].name, QStringLiteral("IMP/2")));
        write(QStringLiteral("c.xml"),
              Test::sellerInvoice(clients[1].nip, clients[1].name, QStringLiteral("IMP/3"), {VatRate::Rate23},
                                  clients[2].nip)); // a purchase invoice of the third client, once sent
        CompanyProfile stranger;
        stranger.nip = kStranger;
        stranger.name = QStringLiteral("Hurtownia Obca sp. z o.o.");
        write(QStringLiteral("d.xml"),
              Test::sellerInvoice(stranger.nip, stranger.name, QStringLiteral("OBCA/1"), {VatRate::Rate23},
                                  clients[0].nip));
        write(QStringLiteral("e.xml"), QByteArrayLiteral("<Faktura>nie do końca"));

        m_prompts.chosenItems = {0}; // add the unknown seller as a client
        QSignalSpy finished(view(), &ClientsView::workFinished);
        m_prompts.directoryToOpen = folder.path();
        view()->findChild<QPushButton *>(QStringLiteral("clientsImport"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30'000); // the folder, then the new client's invoice
        const QString first = finished.first().at(0).toString();
        QVERIFY2(first.contains(u"e.xml"), qPrintable(first));  // the broken file, by name
        QVERIFY2(first.contains(kStranger), qPrintable(first)); // the unknown seller
        QCOMPARE(m_prompts.itemsOffered.size(), 1);
        QVERIFY(m_prompts.itemsOffered.first().contains(u"Hurtownia Obca"));
        const CompanyProfile *added = m_session->settings().companyByNip(kStranger);
        QVERIFY(added);
        QVERIFY(added->sandbox);
        refreshAndWait();
        QCOMPARE(view()->model()->rowCount(), 5);
        QCOMPARE(summaryOf(clients[0].nip)->ready, 7);
        QCOMPARE(summaryOf(clients[1].nip)->ready, 6);
        QCOMPARE(summaryOf(clients[2].nip)->ready, 5);
        QCOMPARE(summaryOf(kStranger)->ready, 1);
        QCOMPARE(summaryOf(SandboxEmulator::kDemoNip)->ready, 5);
    }

    void filtersByTextAndAttention()
    {
        auto *search = view()->findChild<QLineEdit *>(QStringLiteral("clientSearch"));
        auto *attention = view()->findChild<QCheckBox *>(QStringLiteral("clientsAttentionOnly"));
        search->setText(QStringLiteral("kwiac"));
        QCOMPARE(view()->table()->model()->rowCount(), 1);
        search->setText(kStranger.left(6));
        QCOMPARE(view()->table()->model()->rowCount(), 1);
        search->clear();
        attention->setChecked(true);
        QCOMPARE(view()->table()->model()->rowCount(), 0); // nothing is wrong yet
        attention->setChecked(false);
        QCOMPARE(view()->table()->model()->rowCount(), 5);
        // Sorting by a count sorts numbers, not text.
        view()->table()->sortByColumn(ClientListModel::Ready, Qt::DescendingOrder);
        QCOMPARE(view()->table()->model()->index(0, ClientListModel::Ready).data().toInt(), 7);
    }

    void sendAllReadyForEveryClientEndsConfirmed()
    {
        view()->table()->clearSelection(); // no selection: all clients
        m_prompts.answer = true;
        QSignalSpy finished(view(), &ClientsView::workFinished);
        view()->findChild<QPushButton *>(QStringLiteral("clientsSend"))->click();
        QVERIFY(m_prompts.confirmations.last().contains(u'5')); // five clients
        QVERIFY(view()->isBusy());
        QVERIFY(finished.wait(120'000));
        const QString summary = finished.first().at(0).toString();
        QVERIFY2(summary.contains(u"5 done") || summary.contains(u"5 gotowe"), qPrintable(summary));
        refreshAndWait();
        int confirmed = 0;
        for (const ClientSummary &summary : view()->model()->summaries()) {
            QCOMPARE(summary.ready, 0);
            QCOMPARE(summary.inFlight, 0);
            QCOMPARE(summary.rejected, 0);
            confirmed += summary.confirmed;
        }
        QCOMPARE(confirmed, 5 + 7 + 6 + 5 + 1);
        QVERIFY(!view()->isBusy());
        // What the office sees (looked at by a person: screenshots/clients.png beside the test).
        m_window->showClientsPage(true);
        view()->table()->sortByColumn(ClientListModel::Name, Qt::AscendingOrder);
        // The open company's outbox shows what was sent for it from the Clients view.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowAt(0)->state, InvoiceState::Confirmed, 10'000);
        QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
        QVERIFY(m_window->grab().save(QStringLiteral("screenshots/clients.png")));
    }

    void purchaseInvoicesOfEveryClientInOneNotification()
    {
        // The timer's runs: each tick the clients whose turn it is — never fetched first, a tick's share of
        // all (4 clients, every 15 minutes, a tick of 5: 2 a tick) — but the open company, whose window
        // fetches its own; what arrived for all of a run is one notification.
        const QList<CompanyProfile> clients = SandboxEmulator::demoClients(); // [2] < stranger < [0] < [1]
        QTest::qWait(600); // KSeF's queries see an invoice once it is in permanent storage
        QSignalSpy notified(m_tray.get(), &TrayNotifier::shown);
        QSignalSpy arrived(view(), &ClientsView::purchasesArrived);
        QSignalSpy finished(view(), &ClientsView::workFinished);
        view()->fetchDuePurchases();
        QVERIFY(arrived.wait(60'000));
        QString notice = arrived.last().at(0).toString();
        QVERIFY2(notice.contains(clients[2].name + QStringLiteral(": 1")), qPrintable(notice));
        QCOMPARE(notified.size(), 1); // one for the clients of the run
        QCOMPARE(notified.first().at(1).toString(), notice);
        QCOMPARE(finished.size(), 0); // quiet: no dialog, no summary in the status bar
        QTRY_VERIFY_WITH_TIMEOUT(!view()->isBusy(), 10'000);
        refreshAndWait();
        QCOMPARE(summaryOf(clients[2].nip)->newPurchases, 1);
        QVERIFY(summaryOf(kStranger)->lastPurchasesAt.isValid());
        QVERIFY(!summaryOf(clients[0].nip)->lastPurchasesAt.isValid()); // its turn is the next tick
        QVERIFY(!summaryOf(clients[1].nip)->lastPurchasesAt.isValid());

        // The next tick: the other two.
        view()->fetchDuePurchases();
        QVERIFY(arrived.wait(60'000));
        notice = arrived.last().at(0).toString();
        QVERIFY2(notice.contains(clients[0].name + QStringLiteral(": 1")), qPrintable(notice));
        QVERIFY2(!notice.contains(clients[2].name), qPrintable(notice));
        QTRY_VERIFY_WITH_TIMEOUT(!view()->isBusy(), 10'000);
        refreshAndWait();
        QCOMPARE(summaryOf(clients[0].nip)->newPurchases, 1);
        QVERIFY(summaryOf(clients[1].nip)->lastPurchasesAt.isValid());

        // And the one after: nobody's turn (each client once per interval): no work starts, KSeF is not
        // asked.
        view()->fetchDuePurchases();
        QTest::qWait(1500);
        QVERIFY(!view()->isBusy());
        QCOMPARE(arrived.size(), 2);
    }

    void aDoubleClickOpensTheCompany()
    {
        const QList<CompanyProfile> clients = SandboxEmulator::demoClients();
        const int row = view()->model()->rowOf(clients[1].nip);
        auto *filter = qobject_cast<QSortFilterProxyModel *>(view()->table()->model());
        const QModelIndex index = filter->mapFromSource(view()->model()->index(row, ClientListModel::Name));
        view()->table()->setCurrentIndex(index);
        emit view()->table()->activated(index);
        QCOMPARE(m_session->settings().currentNip, clients[1].nip);
        QVERIFY(m_session->isOpen());
        QVERIFY(m_session->isSandbox()); // still the sandbox: the demo client talks to the local emulator
        QCOMPARE(m_window->model()->rowCount(), 6);
        QCOMPARE(m_session->store().counts()->value(InvoiceState::Confirmed), 6);
    }
};

QTEST_MAIN(TestClientsView)
#include "tst_clients_view.moc"
