// The invoice editor, offscreen, on a real database: live totals per rate, refused input, inline validation
// with the import rules, numbering from the company's pattern, drafts.
#include "EditorFill.h"
#include "UiTestSupport.h"
#include "editor/InvoiceEditor.h"
#include "editor/InvoiceLinesModel.h"
#include "invoicing/InvoiceBook.h"
#include "ksef/CredentialVault.h"
#include "main/DesktopSession.h"
#include "outbox/OutboxStore.h"
#include "settings/SettingsDialog.h"
#include "support/Samples.h"
#include "util/Clock.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

class TestInvoiceEditor : public Test::DesktopTest
{
    Q_OBJECT

    void fill(InvoiceEditor &editor) { Test::fillEditor(editor); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
        m_session = Test::makeSession(m_dir.path(), m_clock, m_secrets);
        CompanyProfile company;
        company.nip = Test::kSellerNip;
        company.name = QStringLiteral("Sprzedawca Testowy sp. z o.o.");
        company.address1 = QStringLiteral("ul. Testowa 1");
        company.address2 = QStringLiteral("00-001 Warszawa");
        company.bankAccount = QStringLiteral("61109010140000071219812874");
        company.numberingPattern = QStringLiteral("FV/{n}/{MM}/{YYYY}");
        m_session->settings().upsertCompany(company);
        m_session->settings().firstRunDone = true;
        const auto opened = m_session->openCurrentCompany();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    }

    void computesTotalsPerRateAsYouType()
    {
        InvoiceEditor editor(*m_session, m_prompts);
        fill(editor);
        QTRY_VERIFY(editor.totalsText().contains(QStringLiteral("46,00"))); // 23 % of 200,00
        QVERIFY(editor.totalsText().contains(QStringLiteral("200,00")));
        QVERIFY(editor.totalsText().contains(QStringLiteral("31,50"))); // 3 × 10,50 at 8 %
        QVERIFY(editor.totalsText().contains(QStringLiteral("2,52")));
        QVERIFY(editor.totalsText().contains(QStringLiteral("231,50")));
        QVERIFY2(editor.grossText().contains(QStringLiteral("280,02")), qPrintable(editor.grossText()));
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(u'\n')));

        // Gross prices: the same lines are now gross, the VAT is extracted.
        Invoice gross = editor.invoice();
        gross.priceMode = PriceMode::Gross;
        editor.setInvoice(gross);
        QTRY_VERIFY2(editor.grossText().contains(QStringLiteral("231,50")), qPrintable(editor.grossText()));
    }

    void refusesInvalidInput()
    {
        InvoiceEditor editor(*m_session, m_prompts);
        fill(editor);
        InvoiceLinesModel *lines = editor.lines();
        const QModelIndex quantity = lines->index(0, InvoiceLinesModel::QuantityColumn);
        QVERIFY(!lines->setData(quantity, QStringLiteral("dwa"), Qt::EditRole));
        QVERIFY(lines->lastError().contains(QStringLiteral("dwa")));
        QVERIFY(!lines->setData(quantity, QStringLiteral("-1"), Qt::EditRole));
        QVERIFY(!lines->setData(lines->index(0, InvoiceLinesModel::PriceColumn), QStringLiteral("12,3,4"),
                                Qt::EditRole));
        QVERIFY(!lines->setData(lines->index(0, InvoiceLinesModel::RateColumn), QStringLiteral("19"),
                                Qt::EditRole));
        QVERIFY(!lines->setData(lines->index(0, InvoiceLinesModel::NameColumn), QStringLiteral("  "),
                                Qt::EditRole));
        QCOMPARE(lines->lines().first().quantity.toString(), QStringLiteral("2")); // unchanged

        editor.buyerNipEdit()->setText(QStringLiteral("1234567890")); // wrong check digit
        const QStringList problems = editor.problems();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().contains(QStringLiteral("NIP")), qPrintable(problems.join(u'\n')));
        QTRY_VERIFY(!editor.findChild<QPushButton *>(QStringLiteral("issueButton"))->isEnabled());
        const auto before = m_session->store().counts();
        QVERIFY(!editor.issue());
        QVERIFY(!m_prompts.warnings.isEmpty());
        QCOMPARE(m_session->store().counts(), before); // nothing stored

        // The same semantic rules as import: an issue date in the future is refused by the validator.
        editor.buyerNipEdit()->setText(Test::kBuyerNip);
        Invoice future = editor.invoice();
        future.issueDate = m_clock.today().addDays(3);
        editor.setInvoice(future);
        QVERIFY(!editor.problems().isEmpty());
    }

    void issuesWithTheNextNumberAndKeepsDrafts()
    {
        const QString month = m_clock.today().toString(QStringLiteral("MM/yyyy"));
        InvoiceEditor editor(*m_session, m_prompts);
        fill(editor);
        QVERIFY(editor.saveDraft());
        QCOMPARE(m_session->book().drafts()->size(), 1);
        QVERIFY2(editor.issue(), qPrintable(m_prompts.warnings.join(u'\n')));
        const auto item = m_session->store().find(editor.issuedKey(), true);
        QVERIFY(item && *item);
        QCOMPARE((*item)->invoiceNumber, QStringLiteral("FV/1/") + month);
        QCOMPARE((*item)->buyerName, QStringLiteral("Hurtownia Odbiorca sp. z o.o."));
        QCOMPARE((*item)->gross, QStringLiteral("280.02"));
        QCOMPARE(m_session->book().drafts()->size(), 0); // the draft became the invoice

        InvoiceEditor next(*m_session, m_prompts);
        fill(next);
        QVERIFY(next.issue());
        QCOMPARE((*m_session->store().find(next.issuedKey(), false))->invoiceNumber,
                 QStringLiteral("FV/2/") + month);
    }

    void settingsRefuseABadNipAndKeepTheTokenInTheKeychainOnly()
    {
        AppSettings settings = m_session->settings();
        CompanyProfile wrong;
        wrong.nip = QStringLiteral("1234567890");
        wrong.name = QStringLiteral("Zły NIP");
        settings.companies.append(wrong);
        {
            SettingsDialog dialog(settings, m_secrets, m_prompts);
            const qsizetype warnings = m_prompts.warnings.size();
            QVERIFY(!dialog.validateAndAccept());
            QCOMPARE(m_prompts.warnings.size(), warnings + 1);
            QVERIFY(m_prompts.warnings.last().contains(QStringLiteral("Zły NIP")));
        }
        SettingsDialog dialog(m_session->settings(), m_secrets, m_prompts);
        auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("ksefToken"));
        QVERIFY(token);
        token->setText(QStringLiteral("20261126-EC-SECRET|nip-5265877635|abc"));
        QVERIFY(dialog.validateAndAccept());
        const auto credentials = CredentialVault(m_secrets).load(QStringLiteral("test"), Test::kSellerNip);
        QVERIFY2(credentials, credentials ? "" : qPrintable(credentials.error()));
        QCOMPARE(credentials->ksefToken, QStringLiteral("20261126-EC-SECRET|nip-5265877635|abc"));
        // Not in the settings file.
        m_session->settings() = dialog.result();
        m_session->saveSettings();
        QFile ini(m_dir.filePath(QStringLiteral("kurier.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("SECRET"));
    }
};

QTEST_MAIN(TestInvoiceEditor)
#include "tst_invoice_editor.moc"
