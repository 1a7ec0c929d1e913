// Team mode in the desktop, on a real PostgreSQL cluster: Settings → Office server (the address, the password
// into the keychain, "Test the connection"), two desktops on one company seeing each other's changes within a
// second (LISTEN/NOTIFY), and a viewer's desktop that does not send.
#include "UiTestSupport.h"
#include "emulator/EmulatorTestData.h"
#include "settings/OfficeServerPage.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "support/QueuedInvoice.h"
#include "support/TestDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

using namespace Kurier;

namespace {
CompanyProfile companyOn(const QString &location)
{
    CompanyProfile company;
    company.nip = Test::kSellerNip;
    company.name = QStringLiteral("Biuro Rachunkowe Testowe");
    company.officeServer = location;
    return company;
}

OutboxStore::NewInvoice invoice(const QString &number)
{
    return Test::queuedInvoice(number, true);
}
} // namespace

class TestTeamDesktop : public Test::DesktopTest
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!Test::onPostgres()) {
            QFAIL("run as registered in CTest (it needs the PostgreSQL test cluster: KURIER_TEST_POSTGRES)");
        }
    }

    void settingsKeepTheAddressAndThePasswordInTheKeychain()
    {
        const auto address = *ServerAddress::parse(Test::newPostgresDatabase());
        AppSettings settings;
        settings.upsertCompany(companyOn({}));
        SettingsDialog dialog(settings, m_secrets, m_prompts);
        OfficeServerPage *page = dialog.officeServerPage();
        QVERIFY(page);
        dialog.tabs()->setCurrentWidget(page);
        const auto field = [page](const char *name) {
            return page->findChild<QLineEdit *>(QLatin1StringView(name));
        };
        page->findChild<QCheckBox *>(QStringLiteral("officeEnabled"))->setChecked(true);
        field("officeHost")->setText(address.host);
        page->findChild<QSpinBox *>(QStringLiteral("officePort"))->setValue(address.port);
        field("officeDatabase")->setText(address.database);
        field("officeUser")->setText(address.user);
        QComboBox *tls = page->findChild<QComboBox *>(QStringLiteral("officeTls"));
        tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
        field("officePassword")->setText(QStringLiteral("s3cret"));
        page->testConnection();
        const QString result = page->findChild<QLabel *>(QStringLiteral("officeResult"))->text();
        const QString schema = QStringLiteral("schema %1").arg(Database::latestVersion(Migration::bundled()));
        QVERIFY2(result.contains(schema) && result.contains(address.user), qPrintable(result));

        QVERIFY(dialog.validateAndAccept());
        const QString location = dialog.result().currentCompany()->officeServer;
        QCOMPARE(ServerAddress::parse(location), address);
        QCOMPARE(m_secrets.read(AppSettings::officeServerSecretKey(location))->value_or(QString()),
                 QStringLiteral("s3cret"));
        QSettings stored(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        dialog.result().save(stored);
        QFile ini(stored.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY2(!ini.readAll().contains("s3cret"), "the password never lands in the settings file");
        QCOMPARE(AppSettings::load(stored).currentCompany()->officeServer, location);

        // A server that does not answer: said in the page, nothing saved.
        page->findChild<QSpinBox *>(QStringLiteral("officePort"))->setValue(1);
        page->testConnection();
        QVERIFY2(
            page->findChild<QLabel *>(QStringLiteral("officeResult"))->text().contains(u"does not answer"),
            qPrintable(page->findChild<QLabel *>(QStringLiteral("officeResult"))->text()));
    }

    // What one desktop does shows on the other within a second, without waiting for a timer.
    void twoDesktopsSeeEachOthersChanges()
    {
        const QString location = Test::newPostgresDatabase();
        QTemporaryDir otherDir;
        m_session = Test::makeSession(m_dir.path(), m_clock, m_secrets);
        auto other = Test::makeSession(otherDir.path(), m_clock, m_secrets);
        for (DesktopSession *session : {m_session.get(), other.get()}) {
            session->settings().upsertCompany(companyOn(location));
            session->settings().firstRunDone = true;
            const auto opened = session->openCurrentCompany();
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
            QVERIFY(session->rights().maySend);
        }
        QSignalSpy changed(other.get(), &DesktopSession::databaseChanged);
        QElapsedTimer took;
        took.start();
        QVERIFY(m_session->store().enqueue(invoice(QStringLiteral("FV/T/1")), QStringLiteral("test"),
                                           Test::kSellerNip));
        QVERIFY(changed.wait(1000));
        qInfo("the other desktop heard of it after %lld ms", static_cast<long long>(took.elapsed()));
        QCOMPARE(other->store().all()->size(), 1);
        // Its own changes do not make a desktop refresh itself twice.
        QSignalSpy own(m_session.get(), &DesktopSession::databaseChanged);
        QVERIFY(m_session->store().enqueue(invoice(QStringLiteral("FV/T/2")), QStringLiteral("test"),
                                           Test::kSellerNip));
        QVERIFY(changed.wait(1000));
        QCOMPARE(own.count(), 0);
        other->close();
        m_session->close();
    }

    void aViewersDesktopDoesNotSend()
    {
        const QString location = Test::newPostgresDatabase();
        {
            auto owner = Database::open(location);
            QVERIFY(owner.has_value());
            QVERIFY(OfficeServer::ensureRoles(**owner));
            QSqlQuery((*owner)->connection())
                .exec(
                    QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                   "'kurier_test_viewer') THEN CREATE ROLE kurier_test_viewer LOGIN; END IF; "
                                   "END $$"));
            QVERIFY(OfficeServer::grant(**owner, QStringLiteral("kurier_test_viewer"),
                                        OfficeServer::Role::Viewer));
        }
        ServerAddress address = *ServerAddress::parse(location);
        address.user = QStringLiteral("kurier_test_viewer");
        m_session = Test::makeSession(m_dir.path(), m_clock, m_secrets);
        m_session->settings().upsertCompany(companyOn(address.toLocation()));
        m_session->settings().firstRunDone = true;
        const auto opened = m_session->openCurrentCompany();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
        QVERIFY(!m_session->rights().maySend);
        QVERIFY(!m_session->hasCredentials());
        QVERIFY2(m_session->credentialsProblem().contains(u"only view"),
                 qPrintable(m_session->credentialsProblem()));
        m_session->close();
    }
};

QTEST_MAIN(TestTeamDesktop)
#include "tst_team_desktop.moc"
