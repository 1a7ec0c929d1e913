// Settings → Permissions in the sandbox, as an owner uses it (PROTOCOL.md §22): the list read from KSeF, a
// grant to an employee by PESEL and to the accounting office by NIP, each followed until KSeF decides; a
// wrong PESEL refused before anything is sent; the employee's own certificate then logs in and sends; a
// revoke with a confirmation that names the consequence; after it the employee's next login is refused in
// plain words.
#include "UiTestSupport.h"
#include "fa/Fa3Writer.h"
#include "ksef/HttpTransport.h"
#include "ksef/KsefClient.h"
#include "main/DesktopSession.h"
#include "main/WorkerPermissions.h"
#include "settings/PermissionsPage.h"
#include "support/Samples.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Kurier;

namespace {
const QString kPesel = QStringLiteral("44051401359");

// The employee's own certificate (a person's, serialNumber PNOPL-PESEL), as their signature software holds
// it.
KsefCredentials employee(const QString &companyNip)
{
    auto key = AsymmetricKey::generate(2048);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto certificate =
        Certificate::selfSigned(*key,
                                {{QStringLiteral("C"), QStringLiteral("PL")},
                                 {QStringLiteral("GN"), QStringLiteral("Anna")},
                                 {QStringLiteral("SN"), QStringLiteral("Kowalska")},
                                 {QStringLiteral("serialNumber"), QStringLiteral("PNOPL-") + kPesel},
                                 {QStringLiteral("CN"), QStringLiteral("Anna Kowalska")}},
                                now.addSecs(-3600), now.addYears(1));
    KsefCredentials credentials;
    credentials.method = KsefCredentials::Method::Certificate;
    credentials.contextNip = companyNip;
    credentials.privateKey = std::move(*key);
    credentials.certificate = std::move(*certificate);
    credentials.throughPermissions = true;
    return credentials;
}
} // namespace

class TestPermissionsPage : public Test::DesktopTest
{
    Q_OBJECT

    void fillPerson(PermissionsPage &page, const QString &pesel)
    {
        page.findChild<QRadioButton *>()->setChecked(true); // "To a person"
        page.subjectEdit()->setText(pesel);
        page.firstNameEdit()->setText(QStringLiteral("Anna"));
        page.lastNameEdit()->setText(QStringLiteral("Kowalska"));
        page.rightBox(QStringLiteral("InvoiceWrite"))->setChecked(true);
        page.rightBox(QStringLiteral("InvoiceRead"))->setChecked(true);
    }

private slots:
    void initTestCase()
    {
        m_session = Test::makeSession(m_dir.path(), m_clock, m_secrets, QStringLiteral(KURIER_EMULATOR));
        QSignalSpy started(m_session.get(), &DesktopSession::sandboxStarted);
        m_session->startSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20'000);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(2).toString()));
    }

    void cleanupTestCase() { m_session.reset(); }

    void anOwnerGrantsAndRevokes()
    {
        const QString nip = m_session->settings().currentCompany()->nip;
        WorkerPermissions backend(*m_session);
        PermissionsPage page(backend, m_prompts, nip);
        page.resize(900, 720);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("Nobody but the company")),
                                 20'000);
        QCOMPARE(page.list()->topLevelItemCount(), 0);

        // A PESEL with a wrong check digit: said at once, nothing sent, the form keeps what was typed.
        fillPerson(page, QStringLiteral("44051401358"));
        page.grant();
        QVERIFY2(page.statusText().contains(QStringLiteral("PESEL")), qPrintable(page.statusText()));
        QCOMPARE(page.subjectEdit()->text(), QStringLiteral("44051401358"));

        fillPerson(page, kPesel);
        page.grant();
        QTRY_VERIFY2_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("Done")),
                                  qPrintable(page.statusText()), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.list()->topLevelItemCount(), 2, 20'000);

        // The office by NIP: only reading and issuing can be chosen.
        page.toOffice()->setChecked(true);
        QVERIFY(!page.rightBox(QStringLiteral("Introspection"))->isEnabled());
        page.subjectEdit()->setText(QStringLiteral("9876543210"));
        page.officeNameEdit()->setText(QStringLiteral("Biuro Rachunkowe Demo"));
        page.rightBox(QStringLiteral("InvoiceRead"))->setChecked(true);
        page.rightBox(QStringLiteral("InvoiceWrite"))->setChecked(true);
        page.grant();
        QTRY_COMPARE_WITH_TIMEOUT(page.list()->topLevelItemCount(), 4, 20'000);
        QVERIFY(page.statusText().contains(QStringLiteral("4 permission")));
        QVERIFY(QDir().mkpath(QStringLiteral(KURIER_BINARY_DIR "/screenshots")));
        QVERIFY(
            page.grab().toImage().save(QStringLiteral(KURIER_BINARY_DIR "/screenshots/en-permissions.png")));

        // The employee's own certificate logs in and sends an invoice of the company.
        QNetworkAccessManager network;
        HttpTransport transport(network, m_session->environment(), nullptr);
        SystemClock clock;
        KsefClient client(transport, clock);
        client.setCredentials(employee(nip));
        QVERIFY2(client.authenticate(), "the employee could not log in");
        const auto session = client.openOnlineSession();
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
        Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23});
        invoice.seller.nip = nip;
        invoice.number = QStringLiteral("FV/PRACOWNIK/1");
        const auto sent = client.sendInvoice(*session, *Fa3Writer::write(invoice));
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message()));

        // Revoking the employee's right to issue: a confirmation that says what it means first.
        int row = -1;
        for (int i = 0; i < page.list()->topLevelItemCount(); ++i) {
            if (page.list()->topLevelItem(i)->text(1).contains(kPesel) &&
                page.list()->topLevelItem(i)->text(2).contains(QStringLiteral("Issue"))) {
                row = i;
            }
        }
        QVERIFY(row >= 0);
        page.list()->topLevelItem(row)->setSelected(true);
        m_prompts.answer = false;
        page.revokeSelected();
        QCOMPARE(m_prompts.confirmations.size(), 1);
        QVERIFY(m_prompts.confirmations.last().contains(QStringLiteral("next request")));
        QCOMPARE(page.list()->topLevelItemCount(), 4); // declined: nothing revoked
        m_prompts.answer = true;
        page.revokeSelected();
        QTRY_COMPARE_WITH_TIMEOUT(page.list()->topLevelItemCount(), 3, 20'000);
        // …and reading too: the employee holds nothing, their next login is refused in plain words.
        page.list()->clearSelection();
        for (int i = 0; i < page.list()->topLevelItemCount(); ++i) {
            if (page.list()->topLevelItem(i)->text(1).contains(kPesel)) {
                page.list()->topLevelItem(i)->setSelected(true);
            }
        }
        page.revokeSelected();
        QTRY_COMPARE_WITH_TIMEOUT(page.list()->topLevelItemCount(), 2, 20'000);
        KsefClient again(transport, clock);
        again.setCredentials(employee(nip));
        const auto refused = again.authenticate();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QStringLiteral("holds no permission")),
                 qPrintable(refused.error().message()));
    }

    // The company as an accounting office: a client gave it rights it may pass on; the page passes them on to
    // an employee for that client, and the employee's own certificate then works in the client's context.
    void anOfficePassesAClientsRightsOnToAnEmployee()
    {
        const QString office = m_session->settings().currentCompany()->nip;
        const QString client = QStringLiteral("5831112224");
        Test::sandboxControl(m_session->environment().baseUrl, "POST", QStringLiteral("/permissions/office"),
                             {{QStringLiteral("clientNip"), client},
                              {QStringLiteral("officeNip"), office},
                              {QStringLiteral("write"), true}});
        WorkerPermissions backend(*m_session);
        PermissionsPage page(backend, m_prompts, office);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("KSeF")), 20'000);
        // Nothing can be passed on for a company that gave the office nothing: KSeF refuses (420), in words.
        fillPerson(page, kPesel);
        page.onwardEdit()->setText(QStringLiteral("6762223339"));
        page.grant();
        QTRY_VERIFY2_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("Refused")),
                                  qPrintable(page.statusText()), 20'000);
        page.onwardEdit()->setText(client);
        page.grant();
        QTRY_VERIFY2_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("Done")),
                                  qPrintable(page.statusText()), 20'000);
        const auto listed = [&] {
            for (int i = 0; i < page.list()->topLevelItemCount(); ++i) {
                if (page.list()->topLevelItem(i)->text(3) == QStringLiteral("passed on, client ") + client) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listed(), 20'000);
        QNetworkAccessManager network;
        HttpTransport transport(network, m_session->environment(), nullptr);
        SystemClock clock;
        KsefClient client2(transport, clock);
        client2.setCredentials(employee(client));
        QVERIFY2(client2.authenticate(), "the employee could not log in for the office's client");
        QVERIFY(client2.openOnlineSession());
    }
};

QTEST_MAIN(TestPermissionsPage)
#include "tst_permissions_page.moc"
