#include "Translations.h"
#include "fa/Fa3Validator.h"
#include "fa/Fa3Writer.h"
#include "support/Samples.h"

#include <QTest>
#include <QTranslator>

using namespace Kurier;

namespace {
QByteArray basicTemplate()
{
    return Test::officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml"));
}

QList<IssueCode> codes(const ValidationIssues &issues)
{
    QList<IssueCode> result;
    for (const ValidationIssue &issue : issues) {
        result.append(issue.code);
    }
    return result;
}
} // namespace

class TestFa3Validator : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheTemplate() { QVERIFY(m_validator.validate(basicTemplate()).isValid()); }

    // Each semantic rule on its own: a one-place edit of a valid invoice, the code it must produce, and the
    // element the message must name.
    void eachRuleHasItsOwnIssue_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<IssueCode>("code");
        QTest::addColumn<QString>("element");
        QTest::newRow("seller NIP checksum")
            << QByteArray("<NIP>5265877635</NIP>") << QByteArray("<NIP>5265877636</NIP>")
            << IssueCode::InvalidNip << "NIP";
        QTest::newRow("buyer NIP checksum")
            << QByteArray("<NIP>1111111111</NIP>") << QByteArray("<NIP>1111111112</NIP>")
            << IssueCode::InvalidNip << "NIP";
        QTest::newRow("net sum per rate")
            << QByteArray("<P_11>25.60</P_11>") << QByteArray("<P_11>25.70</P_11>")
            << IssueCode::NetTotalMismatch << "P_13_1";
        QTest::newRow("VAT per rate") << QByteArray("<P_14_1>10.03</P_14_1>\n\t\t<P_15>53.63</P_15>")
                                      << QByteArray("<P_14_1>9.03</P_14_1>\n\t\t<P_15>52.63</P_15>")
                                      << IssueCode::VatTotalMismatch << "P_14_1";
        QTest::newRow("gross") << QByteArray("<P_15>53.63</P_15>") << QByteArray("<P_15>53.64</P_15>")
                               << IssueCode::GrossTotalMismatch << "P_15";
        QTest::newRow("issue date in future")
            << QByteArray("<P_1>2025-09-01</P_1>") << QByteArray("<P_1>2026-11-25</P_1>")
            << IssueCode::IssueDateInFuture << "P_1";
        QTest::newRow("period reversed")
            << QByteArray("<P_6_Od>2026-01-01</P_6_Od>") << QByteArray("<P_6_Od>2026-03-01</P_6_Od>")
            << IssueCode::PeriodReversed << "P_6_Od";
    }
    void eachRuleHasItsOwnIssue()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(IssueCode, code);
        QFETCH(QString, element);
        QByteArray xml = basicTemplate();
        QVERIFY(Test::replaceOnce(xml, from, to));
        const ValidationReport report = m_validator.validate(xml);
        QVERIFY(!report.isValid());
        QCOMPARE(codes(report.issues), QList<IssueCode>{code});
        QCOMPARE(report.issues.first().element, element);
        QVERIFY(report.issues.first().line > 0);
        QVERIFY(!report.issues.first().message.isEmpty());
    }

    void acceptsVatRoundedLineByLine()
    {
        // VAT rounded per line may differ from VAT on the sum by half a grosz per line: with two lines, one
        // grosz is accepted (the test above shows that a whole złoty is not).
        QByteArray xml = basicTemplate();
        QVERIFY(Test::replaceOnce(xml, "<P_14_1>10.03</P_14_1>", "<P_14_1>10.04</P_14_1>"));
        QVERIFY(Test::replaceOnce(xml, "<P_15>53.63</P_15>", "<P_15>53.64</P_15>"));
        QVERIFY(m_validator.validate(xml).isValid());
    }

    void correctionsMustNameWhatTheyCorrect()
    {
        Invoice invoice = Test::sampleInvoice(InvoiceKind::Correction);
        invoice.correction.corrected.clear();
        invoice.correction.reason.clear();
        invoice.correction.type.reset(); // TypKorekty without DaneFaKorygowanej would break the XSD first
        const ValidationReport report = m_validator.validate(*Fa3Writer::write(invoice));
        QCOMPARE(codes(report.issues), (QList<IssueCode>{IssueCode::MissingCorrectionReference,
                                                         IssueCode::MissingCorrectionReason}));
        QVERIFY(!report.issues[1].isError()); // a missing reason is a warning
        QVERIFY(!report.isValid());
    }

    void correctionReferencesAreChecked()
    {
        Invoice invoice = Test::sampleInvoice(InvoiceKind::Correction);
        invoice.correction.corrected[0].issueDate = QDate(2026, 11, 21); // after the correction
        QString number = invoice.correction.corrected[0].ksefNumber;
        number.replace(33, 2, number.endsWith(u"00") ? QStringLiteral("01") : QStringLiteral("00"));
        invoice.correction.corrected[0].ksefNumber = number;
        const ValidationReport report = m_validator.validate(*Fa3Writer::write(invoice));
        QCOMPARE(codes(report.issues), (QList<IssueCode>{IssueCode::CorrectedAfterCorrection,
                                                         IssueCode::InvalidKsefNumberReference}));
    }

    void foreignCurrencyNeedsAnExchangeRate()
    {
        Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23}, QStringLiteral("EUR"));
        invoice.exchangeRate.reset();
        const ValidationReport report = m_validator.validate(*Fa3Writer::write(invoice));
        QVERIFY(codes(report.issues).contains(IssueCode::MissingExchangeRate));
    }

    void schemaErrorsNameLineElementAndRule()
    {
        QByteArray xml = basicTemplate();
        QVERIFY(Test::replaceOnce(xml, "<P_12>23</P_12>", "<P_12>24</P_12>"));
        QVERIFY(Test::replaceOnce(xml, "<P_13_1>43.60</P_13_1>", "<P_13_1>43.601</P_13_1>"));
        const ValidationReport report = m_validator.validate(xml);
        QVERIFY(!report.isValid());
        bool sawRate = false;
        bool sawAmount = false;
        for (const ValidationIssue &issue : report.issues) {
            QCOMPARE(issue.code, IssueCode::SchemaViolation);
            QVERIFY(issue.line > 0);
            QVERIFY(!issue.message.contains(u"{http")); // no raw namespaces in plain words
            if (issue.element == u"P_12") {
                sawRate = true;
                QVERIFY2(issue.message.contains(u"24") && issue.message.contains(u"np II"),
                         qPrintable(issue.message));
            }
            if (issue.element == u"P_13_1") {
                sawAmount = true;
                QVERIFY2(issue.message.contains(u"43.601"), qPrintable(issue.message));
            }
        }
        QVERIFY(sawRate);
        QVERIFY(sawAmount);
    }

    void missingElementsAreNamed()
    {
        QByteArray xml = basicTemplate();
        QVERIFY(Test::replaceOnce(xml, "<P_2>FA/GRQMB-T-1/05/2025</P_2>", ""));
        const ValidationReport report = m_validator.validate(xml);
        QCOMPARE(report.issues.size(), 1);
        QVERIFY2(report.issues[0].message.contains(u"P_2"), qPrintable(report.issues[0].message));
    }

    void refusesByteOrderMarkAndOtherEncodings()
    {
        const ValidationReport bom = m_validator.validate("\xEF\xBB\xBF" + basicTemplate());
        QVERIFY(!bom.isValid());
        QVERIFY(codes(bom.issues).contains(IssueCode::ByteOrderMark));

        QByteArray latin2 = basicTemplate();
        QVERIFY(Test::replaceOnce(latin2, "encoding=\"UTF-8\"", "encoding=\"ISO-8859-2\""));
        const ValidationReport declared = m_validator.validate(latin2);
        QCOMPARE(codes(declared.issues), QList<IssueCode>{IssueCode::WrongEncoding});
    }

    // What KSeF announced it will refuse (X-System-Warning): refused today, each with its line, before the
    // schema: a processing instruction after the declaration, a discouraged character in a line's name, bytes
    // that are not UTF-8. A comment or CDATA that merely contains "<?" is not an instruction.
    void refusesWhatKsefWillRefuse()
    {
        QByteArray stylesheet = basicTemplate();
        QVERIFY(Test::replaceOnce(stylesheet, "?>\n<Faktura",
                                  "?>\n<?xml-stylesheet type=\"text/xsl\" href=\"a.xsl\"?>\n<Faktura"));
        const ValidationReport instruction = m_validator.validate(stylesheet);
        QCOMPARE(codes(instruction.issues), QList<IssueCode>{IssueCode::ProcessingInstruction});
        QCOMPARE(instruction.issues.first().line, 2);
        QVERIFY2(instruction.issues.first().message.contains(u"xml-stylesheet"),
                 qPrintable(instruction.issues.first().message));

        QByteArray nonCharacter = basicTemplate();
        QVERIFY(Test::replaceOnce(nonCharacter, "<P_7>Razem za energię czynną</P_7>",
                                  "<P_7>Razem za energię\xEF\xB7\x90 czynną</P_7>")); // U+FDD0
        const ValidationReport character = m_validator.validate(nonCharacter);
        QCOMPARE(codes(character.issues), QList<IssueCode>{IssueCode::DiscouragedCharacter});
        QCOMPARE(character.issues.first().line, 78);
        QVERIFY(character.issues.first().message.contains(u"U+FDD0"));
        QByteArray c1 = basicTemplate();
        QVERIFY(Test::replaceOnce(c1, "Razem za usługi", "Razem\xC2\x85 za usługi")); // NEL is allowed
        QVERIFY(m_validator.validate(c1).isValid());
        QVERIFY(Test::replaceOnce(c1, "\xC2\x85", "\xC2\x9B")); // CSI, a C1 control
        QCOMPARE(codes(m_validator.validate(c1).issues), QList<IssueCode>{IssueCode::DiscouragedCharacter});

        QByteArray latin2 = basicTemplate();
        QVERIFY(Test::replaceOnce(latin2, "energię", "energi\xEA")); // ę in ISO-8859-2, declared UTF-8
        const ValidationReport bytes = m_validator.validate(latin2);
        QCOMPARE(codes(bytes.issues), QList<IssueCode>{IssueCode::WrongEncoding});
        QCOMPARE(bytes.issues.first().line, 78);

        QByteArray commented = basicTemplate();
        QVERIFY(Test::replaceOnce(commented, "<Faktura ", "<!-- <?old?> --><Faktura "));
        QVERIFY(m_validator.validate(commented).isValid());
    }

    void refusesFa2AndUnknownDocuments()
    {
        QByteArray fa2 = basicTemplate();
        QVERIFY(Test::replaceOnce(fa2, "http://crd.gov.pl/wzor/2025/06/25/13775/",
                                  "http://crd.gov.pl/wzor/2023/06/29/12648/"));
        QCOMPARE(codes(m_validator.validate(fa2).issues), QList<IssueCode>{IssueCode::Fa2Namespace});
        QCOMPARE(codes(m_validator.validate("<html><body>Faktura</body></html>").issues),
                 QList<IssueCode>{IssueCode::UnknownDocument});
    }

    void refusesEmptyAndMalformedFiles()
    {
        QCOMPARE(codes(m_validator.validate("").issues), QList<IssueCode>{IssueCode::Empty});
        QCOMPARE(codes(m_validator.validate("  \n").issues), QList<IssueCode>{IssueCode::Empty});
        QByteArray truncated = basicTemplate();
        truncated.chop(40);
        QCOMPARE(codes(m_validator.validate(truncated).issues), QList<IssueCode>{IssueCode::NotWellFormed});
    }

    void refusesOversizeFiles()
    {
        // Over 1 MB without an attachment: the description pads the file while it stays schema-valid.
        QByteArray big = basicTemplate();
        const QByteArray padding = QByteArray(1'000'100, 'x');
        QVERIFY(Test::replaceOnce(big, "<SystemInfo>SamploFaktur</SystemInfo>",
                                  QByteArray("<SystemInfo>SamploFaktur</SystemInfo><!--" + padding + "-->")));
        QVERIFY(big.size() > 1'000'000);
        QCOMPARE(codes(m_validator.validate(big).issues), QList<IssueCode>{IssueCode::TooLarge});

        const QByteArray huge = QByteArray(basicTemplate() + "<!--" + QByteArray(3'000'001, 'x') + "-->");
        const ValidationReport report = m_validator.validate(huge);
        QCOMPARE(codes(report.issues), QList<IssueCode>{IssueCode::TooLarge});
        QVERIFY(!report.document.has_value());
    }

    void speaksPolish()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/kurier/i18n/kurier_pl.qm")));
        QCoreApplication::installTranslator(&translator);
        QByteArray xml = basicTemplate();
        QVERIFY(Test::replaceOnce(xml, "<P_15>53.63</P_15>", "<P_15>53.64</P_15>"));
        const ValidationReport report = m_validator.validate(xml);
        QCOMPARE(report.issues.size(), 1);
        const QString text = report.issues[0].text();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(text.contains(u"wiersz") && text.contains(u"należności"), qPrintable(text));
        // The same issue in English once the translator is gone.
        QVERIFY(m_validator.validate(xml).issues[0].text().contains(u"total due"));
    }

private:
    ManualClock m_clock{Test::testNow()};
    Fa3Validator m_validator{m_clock};
};

QTEST_GUILESS_MAIN(TestFa3Validator)
#include "tst_fa3validator.moc"
