// The sandbox's accounting office as a new user meets it (PROTOCOL.md §22), offscreen with the real
// ksef-emulator process: "Biuro Rachunkowe Demo" acts with its own certificate; it adds the three clients
// that gave it access (no client secret asked for), sends for the two that let it issue invoices, is refused
// for the read-only one before anything leaves; a client revokes the office → one alert, the queue waits, the
// row says since when; granted again → the invoice goes, nothing twice.
#include "UiTestSupport.h"
#include "alerts/TrayNotifier.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsView.h"
#include "ksef/CredentialVault.h"
#include "main/MainWindow.h"
#include "sandbox/Sandbox.h"
#include "support/Samples.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

class TestOfficePermissions : public Test::DesktopTest
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
    QString sendAllAndWait()
    {
        QSignalSpy finished(view(), &ClientsView::workFinished);
        view()->findChild<QPushButton *>(QStringLiteral("clientsSend"))->click();
        if (!finished.wait(120'000)) {
            return QStringLiteral("(no end)");
        }
        return finished.first().at(0).toString();
    }
    QJsonObject stats()
    {
        return Test::sandboxControl(m_session->environment().baseUrl, "GET", QStringLiteral("/stats"));
    }
    QString accessText(const QString &nip)
    {
        const int row = view()->model()->rowOf(nip);
        return view()->model()->index(row, ClientListModel::Access).data().toString();
    }

private slots:
    void initTestCase()
    {
        m_session = Test::makeSession(m_dir.path(), m_clock, m_secrets, QStringLiteral(KURIER_EMULATOR));
        m_session->settings().sendAutomatically = false; // imports wait for "Send all ready"
        m_tray = std::make_unique<TrayNotifier>(false);
        m_window = std::make_unique<MainWindow>(*m_session, m_prompts, *m_tray);
        m_window->resize(1366, 768);
        m_window->show();
        QSignalSpy started(m_session.get(), &DesktopSession::sandboxStarted);
        m_window->tryInSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20'000);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(2).toString()));
        m_session->setPaused(true); // the window's own worker does not race "Send all ready"
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void theOfficeAddsTheClientsThatGaveItAccess()
    {
        // The office acts as itself: its certificate is the sandbox's identity, kept once in the keychain.
        const auto identity = m_session->actingIdentity();
        QVERIFY(identity);
        QCOMPARE(OfficeAccess::identityNip(*identity), SandboxEmulator::demoOffice().nip);

        m_window->findChild<QAction *>(QStringLiteral("showClients"))->trigger();
        refreshAndWait();
        const int before = int(m_session->settings().companies.size());
        m_prompts.chosenItems = {0, 1, 2};
        m_prompts.itemsOffered.clear();
        view()->findChild<QPushButton *>(QStringLiteral("clientsAddGranted"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_session->settings().companies.size()), before + 3, 20'000);
        QCOMPARE(m_prompts.itemsOffered.size(), 3);
        QVERIFY2(m_prompts.itemsOffered.join(u'\n').contains(QStringLiteral("read invoices only")),
                 qPrintable(m_prompts.itemsOffered.join(u'\n')));
        refreshAndWait();
        for (const CompanyProfile &client : SandboxEmulator::officeClients()) {
            const CompanyProfile *added = m_session->settings().companyByNip(client.nip);
            QVERIFY(added);
            QCOMPARE(added->officeAccess, client.officeAccess);
            QCOMPARE(added->name, client.name);
            QVERIFY(summaryOf(client.nip));
            QCOMPARE(summaryOf(client.nip)->ready, 5); // the demo invoices, ready to send
            QCOMPARE(accessText(client.nip), client.officeMayWrite()
                                                 ? QStringLiteral("office's permissions, read and write")
                                                 : QStringLiteral("office's permissions, read only"));
        }
        // No client's secret is in the keychain: only the office's own identity (and the sandbox's own ones).
        for (const QString &key : m_secrets.secrets.keys()) {
            for (const CompanyProfile &client : SandboxEmulator::officeClients()) {
                QVERIFY2(!key.contains(client.nip), qPrintable(key));
            }
        }
    }

    void itSendsForTheTwoThatLetItAndNotForTheReadOnlyOne()
    {
        const QList<CompanyProfile> clients = SandboxEmulator::officeClients();
        const int acceptedBefore = stats().value(QStringLiteral("invoicesAccepted")).toInt();
        const int ownReady = summaryOf(SandboxEmulator::kDemoNip)->ready; // the demo company's own go too
        const QString summary = sendAllAndWait();
        refreshAndWait();
        for (const CompanyProfile &client : clients) {
            const ClientSummary *row = summaryOf(client.nip);
            if (client.officeMayWrite()) {
                QVERIFY2(row->confirmed == 5 && row->ready == 0, qPrintable(summary));
            } else {
                QCOMPARE(row->ready, 5); // refused before anything left: still in its queue
                QCOMPARE(row->confirmed + row->inFlight + row->rejected, 0);
            }
        }
        QVERIFY2(summary.contains(QStringLiteral("read-only")), qPrintable(summary));
        QCOMPARE(stats().value(QStringLiteral("invoicesAccepted")).toInt(), acceptedBefore + ownReady + 10);
        QVERIFY(QDir().mkpath(QStringLiteral(KURIER_BINARY_DIR "/screenshots")));
        QVERIFY(
            m_window->grab().toImage().save(QStringLiteral(KURIER_BINARY_DIR "/screenshots/en-office.png")));
    }

    void aClientRevokesTheOfficeAndGrantsItAgain()
    {
        const CompanyProfile client = SandboxEmulator::officeClients().first();
        const QUrl base = m_session->environment().baseUrl;
        const QJsonObject office{{QStringLiteral("clientNip"), client.nip},
                                 {QStringLiteral("officeNip"), SandboxEmulator::demoOffice().nip}};
        Test::sandboxControl(base, "DELETE", QStringLiteral("/permissions/office"), office);

        // A new invoice of the client, imported by the office.
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("h.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Test::sellerInvoice(client.nip, client.name, QStringLiteral("H/REV/1")));
        file.close();
        QSignalSpy imported(view(), &ClientsView::workFinished);
        view()->importPaths({file.fileName()});
        QVERIFY(imported.wait(30'000));
        const QString refused = sendAllAndWait();
        refreshAndWait();
        const ClientSummary *row = summaryOf(client.nip);
        QCOMPARE(row->ready, 1); // waits; nothing marked failed
        QCOMPARE(row->rejected, 0);
        QVERIFY2(row->accessLostSince.isValid(), qPrintable(refused));
        QVERIFY2(accessText(client.nip).contains(QStringLiteral("access revoked since")),
                 qPrintable(accessText(client.nip)));
        QVERIFY(row->needsAttention());
        // Sending again adds no second alert.
        (void)sendAllAndWait();
        refreshAndWait();
        QVERIFY(summaryOf(client.nip)->accessLostSince.isValid());

        // Granted again: it goes, and only once.
        const int acceptedBefore = stats().value(QStringLiteral("invoicesAccepted")).toInt();
        QJsonObject grant = office;
        grant.insert(QStringLiteral("write"), true);
        Test::sandboxControl(base, "POST", QStringLiteral("/permissions/office"), grant);
        const QString sent = sendAllAndWait();
        refreshAndWait();
        row = summaryOf(client.nip);
        QVERIFY2(row->confirmed == 6 && row->ready == 0, qPrintable(sent));
        QVERIFY(!row->accessLostSince.isValid()); // the alert closed by itself
        QCOMPARE(stats().value(QStringLiteral("invoicesAccepted")).toInt(), acceptedBefore + 1);
        QCOMPARE(stats().value(QStringLiteral("duplicateAcceptances")).toInt(), 0);
    }
};

QTEST_MAIN(TestOfficePermissions)
#include "tst_office_permissions.moc"
