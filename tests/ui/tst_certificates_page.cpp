// Settings → Certificates in the sandbox, as a company on a KSeF token goes through it: the banner, a login
// with the request signed elsewhere (the test signs the written file with a test seal, as the user's software
// would), both certificates enrolled into the keychain, from then on logins with the Authentication
// certificate (the sandbox emulator counts them), KSeF's statuses listed, and a revocation.
#include "EditorFill.h"
#include "InvoiceDocument.h"
#include "UiTestSupport.h"
#include "alerts/TrayNotifier.h"
#include "fa/Fa3Writer.h"
#include "ksef/KsefClient.h"
#include "ksef/crypto/Xades.h"
#include "main/DesktopSession.h"
#include "main/MainWindow.h"
#include "main/StatusPanel.h"
#include "outbox/OutboxStore.h"
#include "render/RenderTestSupport.h"
#include "settings/CertificatesPage.h"
#include "support/Files.h"
#include "support/Samples.h"
#include "util/Clock.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Kurier;
using Test::readBytes;
using Test::writeBytes;

namespace {
QJsonObject emulatorStats(const QUrl &baseUrl)
{
    return Test::sandboxControl(baseUrl, "GET", QStringLiteral("/stats"));
}

} // namespace

class TestCertificatesPage : public Test::DesktopTest
{
    Q_OBJECT

    // KOD II's verification answer from the sandbox emulator's QR host.
    static QJsonObject verify(const QString &link)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(link)));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // As issue 18 tries it: a failure announced in the emulator's Latarnia, one invoice issued offline24 by
    // choice and two in the failure's mode that Kurier offers itself, each printout with both QR codes (KOD
    // II genuine), then the failure ends and all three reach Confirmed as offline invoices, before their
    // deadlines.
    void issueOfflineDuringAFailure(MainWindow &window)
    {
        const QUrl base = m_session->environment().baseUrl;
        m_session->settings().availabilityEverySeconds = 1;
        QVERIFY(m_session->openCurrentCompany());
        Test::sandboxControl(base, "POST", QStringLiteral("/latarnia"),
                             {{QStringLiteral("status"), QStringLiteral("FAILURE")},
                              {QStringLiteral("title"), QStringLiteral("Awaria KSeF")}});
        QTRY_COMPARE_WITH_TIMEOUT(m_session->availability().key, QStringLiteral("failure"), 20'000);
        window.attachSession();
        // The status bar never says "Connected" while KSeF announces a failure.
        QTRY_VERIFY(window.statusPanel()->connectionText() !=
                    OutboxWorker::connectionName(OutboxWorker::Connection::Idle));

        QStringList keys;
        {
            InvoiceEditor editor(*m_session, m_prompts);
            Test::fillEditor(editor);
            editor.findChild<QPushButton *>(QStringLiteral("issueOfflineButton"))->click();
            QVERIFY2(!editor.issuedKey().isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
            keys.append(editor.issuedKey());
        }
        for (int i = 0; i < 2; ++i) {
            InvoiceEditor editor(*m_session, m_prompts);
            Test::fillEditor(editor);
            m_prompts.choice = 0; // "Issue offline", as offered
            QVERIFY(editor.issue());
            QVERIFY(m_prompts.choices.last().contains(QStringLiteral("Awaria KSeF")));
            keys.append(editor.issuedKey());
        }
        QCOMPARE(m_session->store().find(keys.at(0))->value().offlineMode, OfflineMode::Offline24);
        for (const QString &key : keys) {
            const OutboxItem item = m_session->store().find(key, true)->value();
            if (key != keys.first()) {
                QCOMPARE(item.offlineMode, OfflineMode::Failure);
            }
            const auto printout = InvoicePrintout::forItem(item, DocumentLanguage::Polish);
            QVERIFY(printout.has_value());
            const auto pdf = InvoiceDocument::pdf(*printout);
            QVERIFY(pdf.has_value());
            const Test::PdfReader reader(*pdf);
            if (key == keys.first()) { // for the README: a printed offline invoice with both codes
                QVERIFY(!reader
                             .png(110, QStringLiteral(KURIER_BINARY_DIR "/screenshots"),
                                  QStringLiteral("en-offline-invoice"))
                             .isEmpty());
            }
            const QStringList codes = reader.qrCodes();
            QCOMPARE(codes.size(), 2);
            const QString kod2 = codes.filter(QStringLiteral("/certificate/")).value(0);
            QCOMPARE(kod2, item.offlineKod2);
            QVERIFY2(verify(kod2).value(QStringLiteral("genuine")).toBool(), qPrintable(kod2));
        }

        // The failure ends: the deadlines count from its end, and the invoices go to KSeF as offline ones.
        Test::sandboxControl(base, "POST", QStringLiteral("/latarnia"),
                             {{QStringLiteral("status"), QStringLiteral("AVAILABLE")}});
        QList<qint64> ids;
        for (const QString &key : keys) {
            ids.append(m_session->store().find(key)->value().id);
        }
        m_session->send(ids); // drafts when the company does not send automatically
        for (const QString &key : keys) {
            QTRY_COMPARE_WITH_TIMEOUT(m_session->store().find(key)->value().state, InvoiceState::Confirmed,
                                      60'000);
            const OutboxItem item = m_session->store().find(key)->value();
            QCOMPARE(item.invoicingMode, QStringLiteral("Offline"));
            QVERIFY(item.offlineDueAt.isValid());
            QVERIFY(item.acquiredAt < item.offlineDueAt);
        }
        m_session->settings().availabilityEverySeconds = 180;
    }

    // File → Import issued offline…, KSeF rejects the invoice for a technical reason (a semantic error the
    // emulator injects), Invoice → Technical correction… sends the fixed file, linked to the original.
    void importOfflineAndCorrectTechnically(MainWindow &window)
    {
        const QUrl base = m_session->environment().baseUrl;
        const CompanyProfile *company = m_session->settings().currentCompany();
        Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23});
        invoice.number = QStringLiteral("IMP/OFF/1");
        invoice.seller.nip = company->nip;
        const QByteArray xml = *Fa3Writer::write(invoice);
        const QString file = m_dir.filePath(QStringLiteral("imp-off-1.xml"));
        const QString fixed = m_dir.filePath(QStringLiteral("imp-off-1-poprawiona.xml"));
        QVERIFY(writeBytes(file, xml));
        QVERIFY(writeBytes(fixed, QByteArray(xml).replace("<Faktura", "\n<Faktura")));
        Test::sandboxControl(base, "POST", QStringLiteral("/decrypt-failures"),
                             {{QStringLiteral("rate"), 1.0}, {QStringLiteral("code"), 450}});
        m_prompts.filesToOpen = {file};
        window.importOffline();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->store().find(invoice.number)->has_value() &&
                                     m_session->store().find(invoice.number)->value().isOffline(),
                                 20'000);
        // Dated 20 November: its offline24 deadline passed long ago, and the person is told so (it is
        // issued).
        QTRY_VERIFY(!m_prompts.warnings.filter(QStringLiteral("IMP/OFF/1: Its deadline")).isEmpty());
        QVERIFY(m_prompts.warnings.filter(QStringLiteral("Issued offline: please read")).size() == 1);
        const qint64 id = m_session->store().find(invoice.number)->value().id;
        m_session->send({id});
        QTRY_COMPARE_WITH_TIMEOUT(m_session->store().find(invoice.number)->value().state,
                                  InvoiceState::Rejected, 60'000);
        Test::sandboxControl(base, "POST", QStringLiteral("/decrypt-failures"),
                             {{QStringLiteral("rate"), 0.0}, {QStringLiteral("code"), 450}});
        window.attachSession();
        QTRY_VERIFY(window.model()->rowCount() > 0);
        window.selectId(id);
        QTRY_VERIFY(window.action(QStringLiteral("technicalCorrection"))->isEnabled());
        m_prompts.filesToOpen = {fixed};
        window.technicalCorrection();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->store().find(invoice.number)->value().state,
                                  InvoiceState::Confirmed, 60'000);
        const OutboxItem done = m_session->store().find(invoice.number)->value();
        QCOMPARE(done.invoicingMode, QStringLiteral("Offline"));
        QVERIFY(!done.correctedHash.isEmpty());
        // A second correction is refused with the reason; nothing changes.
        const auto again = m_session->correctTechnically(id, fixed);
        QVERIFY(!again.has_value());
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

    void fromTheTokenBannerToCertificates()
    {
        QVERIFY(m_session->usesToken());
        TrayNotifier tray(false);
        MainWindow window(*m_session, m_prompts, tray);
        window.attachSession();
        window.show();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("tokenBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("31 December 2026")));
        QVERIFY(window.action(QStringLiteral("certificates")));

        // The end of tokens is a setting: moved, the page's banner says the new date.
        m_session->settings().tokensEndOn = QDate(2027, 11, 30);
        {
            CertificatesPage moved(*m_session, m_prompts);
            QVERIFY(moved.findChild<QLabel *>(QStringLiteral("tokenBanner"))
                        ->text()
                        .contains(QStringLiteral("30 November 2027")));
        }
        m_session->settings().tokensEndOn = AppSettings::kTokensEndByRegulation;

        CertificatesPage page(*m_session, m_prompts);
        page.resize(900, 520);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("tokenBanner"))->isVisibleTo(&page));
        QCOMPARE(page.list()->topLevelItemCount(), 0);
        // KSeF's limits are on the page before anything is asked for.
        QTRY_VERIFY_WITH_TIMEOUT(page.limitsText().contains(QStringLiteral("may still get from KSeF: 6")),
                                 10'000);
        QVERIFY(QDir().mkpath(QStringLiteral(KURIER_BINARY_DIR "/screenshots")));
        QVERIFY(page.grab().toImage().save(
            QStringLiteral(KURIER_BINARY_DIR "/screenshots/en-certificates-token.png")));

        const QUrl base = m_session->environment().baseUrl;
        const int loginsBefore = emulatorStats(base).value(QStringLiteral("ksefCertificateLogins")).toInt();
        QCOMPARE(loginsBefore, 0);
        // Write the request, sign it elsewhere, choose the signed file.
        m_prompts.fileToSave = m_dir.filePath(QStringLiteral("logowanie-ksef.xml"));
        page.writeRequest();
        QTRY_VERIFY2_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("before")),
                                  qPrintable(page.statusText()), 10'000);
        const QByteArray request = readBytes(m_prompts.fileToSave);
        QVERIFY(request.contains("AuthTokenRequest"));
        const QString nip = m_session->settings().currentCompany()->nip;
        const auto seal = KsefClient::selfSignedSeal(nip, QStringLiteral("Demo"));
        // An unsigned file is refused with the reason, nothing changes.
        m_prompts.filesToOpen = {m_prompts.fileToSave};
        page.useSignedRequest();
        QVERIFY(!m_prompts.warnings.isEmpty() &&
                m_prompts.warnings.last().contains(QStringLiteral("not signed")));
        QCOMPARE(m_session->storedCertificates().size(), 0);
        const QString signedFile = m_dir.filePath(QStringLiteral("logowanie-podpisane.xml"));
        QVERIFY(writeBytes(
            signedFile, *Xades::sign(request, seal->first, seal->second, QDateTime::currentDateTimeUtc())));
        m_prompts.filesToOpen = {signedFile};
        page.useSignedRequest();
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("issued")), 30'000);
        QCOMPARE(m_session->storedCertificates().size(), 2);
        QVERIFY(!m_session->usesToken());
        for (auto it = m_secrets.secrets.cbegin(); it != m_secrets.secrets.cend(); ++it) {
            QVERIFY(it.key().startsWith(u"ksef")); // only the keychain holds the keys
        }
        QTRY_COMPARE_WITH_TIMEOUT(page.list()->topLevelItemCount(), 2, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(page.list()->topLevelItem(0)->text(4) == u"active" &&
                                     page.list()->topLevelItem(1)->text(4) == u"active",
                                 10'000);
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("tokenBanner"))->isVisibleTo(&page));
        const QImage shot = page.grab().toImage();
        QVERIFY(shot.save(QStringLiteral(KURIER_BINARY_DIR "/screenshots/en-certificates.png")));

        // Kurier now logs in with the Authentication certificate (to read KSeF's list, and to send).
        const auto ready = m_session->store().inStates({InvoiceState::Draft});
        QVERIFY(ready.has_value() && !ready->isEmpty());
        m_session->send({ready->first().id});
        QTRY_VERIFY_WITH_TIMEOUT(m_session->store().counts()->value(InvoiceState::Confirmed) >= 1, 60'000);
        QVERIFY(emulatorStats(base).value(QStringLiteral("ksefCertificateLogins")).toInt() > loginsBefore);
        window.attachSession();
        QTRY_VERIFY(!banner->isVisible());

        issueOfflineDuringAFailure(window);
        importOfflineAndCorrectTechnically(window);

        // Revoke the Offline one: the confirmation names what it means for offline invoices.
        for (int row = 0; row < page.list()->topLevelItemCount(); ++row) {
            if (page.list()->topLevelItem(row)->text(0).startsWith(QStringLiteral("Offline"))) {
                page.list()->setCurrentItem(page.list()->topLevelItem(row));
            }
        }
        m_prompts.answer = true;
        page.revokeSelected();
        QVERIFY(m_prompts.confirmations.last().contains(QStringLiteral("KOD II")));
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("is revoked")), 30'000);
        QCOMPARE(m_session->storedCertificates().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(page.list()->topLevelItemCount() == 2, 10'000);
    }
};

QTEST_MAIN(TestCertificatesPage)
#include "tst_certificates_page.moc"
