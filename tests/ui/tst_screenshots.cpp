// Screenshots of the main window, the editor, the detail and the settings in Polish and English, written to
// <build>/screenshots for people to look at (and checked here for being drawn at all and translated).
#include "Translations.h"
#include "UiTestSupport.h"
#include "alerts/TrayNotifier.h"
#include "dashboard/Dashboard.h"
#include "detail/DocumentView.h"
#include "detail/InvoiceDetail.h"
#include "editor/InvoiceEditor.h"
#include "editor/InvoiceLinesModel.h"
#include "main/DesktopSession.h"
#include "main/MainWindow.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxStore.h"
#include "settings/OfficeServerPage.h"
#include "settings/SettingsDialog.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Kurier;

class TestScreenshots : public Test::DesktopTest
{
    Q_OBJECT

    QDir m_out{QStringLiteral(KURIER_BINARY_DIR "/screenshots")};

    void useLanguage(const QString &language)
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Translations::install(*qApp, language);
        QLocale::setDefault(QLocale(language == u"pl" ? QLocale::Polish : QLocale::English,
                                    language == u"pl" ? QLocale::Poland : QLocale::UnitedKingdom));
    }

    void save(QWidget &widget, const QString &name)
    {
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTest::qWait(100);
        const QImage image = widget.grab().toImage();
        // The 200 % run (QT_SCALE_FACTOR=2) writes its own files: readable at 200 % scaling is looked at too.
        const QString scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                                  ? QStringLiteral("-x") + qEnvironmentVariable("QT_SCALE_FACTOR")
                                  : QString();
        QVERIFY(!image.isNull());
        // Something is drawn: more than a handful of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 20, qPrintable(name));
        QVERIFY(image.save(m_out.filePath(name + scale + QStringLiteral(".png"))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.mkpath(QStringLiteral(".")));
        m_session = Test::makeSession(m_dir.path(), m_clock, m_secrets, QStringLiteral(KURIER_EMULATOR));
        QSignalSpy started(m_session.get(), &DesktopSession::sandboxStarted);
        m_session->startSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20'000);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(2).toString()));
        // Three of the demo invoices sent and confirmed, two left ready: a realistic mix.
        const auto ready = m_session->store().inStates({InvoiceState::Draft});
        m_session->send({ready->at(0).id, ready->at(1).id, ready->at(2).id});
        QTRY_COMPARE_WITH_TIMEOUT(m_session->store().counts()->value(InvoiceState::Confirmed), 3, 60'000);
    }

    void cleanupTestCase() { m_session.reset(); }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("pl") << QStringLiteral("pl");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        useLanguage(language);
        TrayNotifier tray(false);
        MainWindow window(*m_session, m_prompts, tray);
        window.resize(1366, 820);
        window.attachSession();
        // The newest confirmed invoice selected: its detail shows the UPO.
        for (int row = 0; row < window.model()->rowCount(); ++row) {
            if (window.model()->rowAt(row)->state == InvoiceState::Confirmed) {
                window.selectId(window.model()->rowAt(row)->id);
                break;
            }
        }
        window.detail()->tabs()->setCurrentIndex(2);
        save(window, language + QStringLiteral("-main"));
        const QString sendText = window.action(QStringLiteral("sendSelected"))->text();
        QVERIFY(language == u"en" ? sendText == u"&Send selected" : sendText != u"&Send selected");

        window.detail()->tabs()->setCurrentIndex(0);
        save(*window.detail(), language + QStringLiteral("-detail"));

        // The Overview: counts, the last reconciliation (the worker ran one when the sandbox opened).
        window.action(QStringLiteral("showDashboard"))->trigger();
        window.dashboard()->refresh();
        save(window, language + QStringLiteral("-overview"));
        window.action(QStringLiteral("showDashboard"))->trigger();

        // The printable invoice in the detail pane (rendered when shown; QPdfView paints its pages after).
        window.show();
        window.detail()->tabs()->setCurrentWidget(window.detail()->documentPage());
        QTRY_COMPARE_WITH_TIMEOUT(window.detail()->documentPage()->pdfDocument()->status(),
                                  QPdfDocument::Status::Ready, 20'000);
        QTest::qWait(700);
        save(window, language + QStringLiteral("-document"));
        window.hide();

        InvoiceEditor editor(*m_session, m_prompts, &window);
        editor.buyerNipEdit()->setText(QStringLiteral("7010002139"));
        editor.buyerNameEdit()->setText(QStringLiteral("Kawiarnia Pod Lipą s.c."));
        InvoiceLinesModel *lines = editor.lines();
        lines->setData(lines->index(0, InvoiceLinesModel::NameColumn), QStringLiteral("Chleb żytni"),
                       Qt::EditRole);
        lines->setData(lines->index(0, InvoiceLinesModel::QuantityColumn), QStringLiteral("40"),
                       Qt::EditRole);
        lines->setData(lines->index(0, InvoiceLinesModel::PriceColumn), QStringLiteral("8,50"), Qt::EditRole);
        lines->setData(lines->index(0, InvoiceLinesModel::RateColumn), QStringLiteral("5"), Qt::EditRole);
        const int second = lines->addLine();
        lines->setData(lines->index(second, InvoiceLinesModel::NameColumn), QStringLiteral("Dostawa"),
                       Qt::EditRole);
        lines->setData(lines->index(second, InvoiceLinesModel::PriceColumn), QStringLiteral("45"),
                       Qt::EditRole);
        QTest::qWait(400);
        save(editor, language + QStringLiteral("-editor"));

        SettingsDialog settings(m_session->settings(), m_secrets, m_prompts, &window);
        save(settings, language + QStringLiteral("-settings"));
        settings.tabs()->setCurrentIndex(1);
        save(settings, language + QStringLiteral("-settings-ksef"));
        settings.tabs()->setCurrentWidget(settings.officeServerPage());
        save(settings, language + QStringLiteral("-settings-office-server"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
