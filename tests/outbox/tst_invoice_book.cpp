// Issuing invoices: gap-free numbering (also with two connections writing at once), drafts, the address book,
// corrections — on a real SQLite file with the real validator.
#include "audit/AuditLog.h"
#include "domain/KsefNumber.h"
#include "emulator/EmulatorTestData.h"
#include "fa/Fa3Reader.h"
#include "fa/Fa3Validator.h"
#include "invoicing/InvoiceBook.h"
#include "outbox/OutboxStore.h"
#include "storage/Database.h"
#include "support/Samples.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Kurier;

namespace {
struct Book
{
    explicit Book(const QString &path, const Clock &clock)
        : database(std::move(*Database::open(path)))
        , audit(database->connection(), clock)
        , store(database->connection(), audit, clock)
        , validator(clock)
        , book(database->connection(), store, validator, clock)
    {}
    std::unique_ptr<Database> database;
    AuditLog audit;
    OutboxStore store;
    Fa3Validator validator;
    InvoiceBook book;
};

Invoice sample()
{
    Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23, VatRate::Rate8});
    invoice.issueDate = Test::testNow().date();
    invoice.saleDate = invoice.issueDate;
    return invoice;
}
} // namespace

class TestInvoiceBook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;

private slots:
    void formatsPatterns()
    {
        const QDate date(2026, 3, 7);
        QCOMPARE(InvoiceBook::formatNumber(QStringLiteral("FV/{n}/{MM}/{YYYY}"), 12, date),
                 QStringLiteral("FV/12/03/2026"));
        QCOMPARE(InvoiceBook::formatNumber(QStringLiteral("{YY}{MM}{DD}-{nnnn}"), 7, date),
                 QStringLiteral("260307-0007"));
        QVERIFY(InvoiceBook::patternError(QStringLiteral("FV/{MM}/{YYYY}")).has_value()); // no counter
        QVERIFY(InvoiceBook::patternError(QStringLiteral("FV/{n}/{Q}")).has_value());     // unknown field
        QVERIFY(!InvoiceBook::patternError(QStringLiteral("FV/{n}")).has_value());
    }

    void issuesGapFreeSkipsImportedNumbersAndStartsAgainEachMonth()
    {
        Book b(Test::databaseLocation(m_dir, QStringLiteral("a.sqlite")), m_clock);
        const QString pattern = QStringLiteral("FV/{n}/{MM}/{YYYY}");
        Invoice invoice = sample();
        const QString month = invoice.issueDate.toString(QStringLiteral("MM/yyyy"));
        // An imported invoice already uses number 2.
        OutboxStore::NewInvoice imported;
        imported.sellerNip = invoice.seller.nip;
        imported.invoiceKind = QStringLiteral("VAT");
        imported.invoiceNumber = QStringLiteral("FV/2/") + month;
        imported.issueDate = invoice.issueDate;
        imported.xml = Test::emulatorInvoice(imported.invoiceNumber, invoice.issueDate);
        QVERIFY(b.store.enqueue(imported, QStringLiteral("test"), invoice.seller.nip));

        QCOMPARE(*b.book.nextNumber(invoice.seller.nip, pattern, invoice.issueDate),
                 QStringLiteral("FV/1/") + month);
        const auto first = b.book.issue(invoice, pattern, 0, QStringLiteral("test"), invoice.seller.nip);
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        QCOMPARE(first->invoiceNumber, QStringLiteral("FV/1/") + month);
        QCOMPARE(first->state, InvoiceState::Queued);
        const auto second =
            b.book.issue(invoice, pattern, 0, QStringLiteral("test"), invoice.seller.nip, true);
        QVERIFY(second);
        QCOMPARE(second->invoiceNumber, QStringLiteral("FV/3/") + month); // 2 was taken
        QCOMPARE(second->state, InvoiceState::Draft);                     // held: "ready to send"

        // An invalid invoice uses no number.
        Invoice broken = invoice;
        broken.buyer.nip = QStringLiteral("1234567890");
        const auto refused = b.book.issue(broken, pattern, 0, QStringLiteral("test"), invoice.seller.nip);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("NIP")));
        QCOMPARE(*b.book.nextNumber(invoice.seller.nip, pattern, invoice.issueDate),
                 QStringLiteral("FV/4/") + month);

        Invoice nextMonth = invoice;
        nextMonth.issueDate = invoice.issueDate.addMonths(-1);
        nextMonth.saleDate = nextMonth.issueDate;
        const auto other = b.book.issue(nextMonth, pattern, 0, QStringLiteral("test"), invoice.seller.nip);
        QVERIFY(other);
        QVERIFY(other->invoiceNumber.startsWith(QStringLiteral("FV/1/")));
        // The buyer went into the address book.
        const auto contacts = b.book.contacts();
        QCOMPARE(contacts->size(), 1);
        QCOMPARE(contacts->first().nip, invoice.buyer.nip);
    }

    void twoConnectionsNeverTakeTheSameNumber()
    {
        const QString path = Test::databaseLocation(m_dir, QStringLiteral("b.sqlite"));
        {
            Book create(path, m_clock);
        }
        const QString pattern = QStringLiteral("R/{n}");
        QStringList numbers[2];
        QString errors[2];
        auto issueMany = [&](int which) {
            Book b(path, m_clock);
            for (int i = 0; i < 15; ++i) {
                const auto item =
                    b.book.issue(sample(), pattern, 0, QStringLiteral("test"), Test::kSellerNip);
                if (!item) {
                    errors[which] = item.error();
                    return;
                }
                numbers[which] << item->invoiceNumber;
            }
        };
        std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create(issueMany, 0)),
                                               std::unique_ptr<QThread>(QThread::create(issueMany, 1))};
        threads[0]->start();
        threads[1]->start();
        QVERIFY(threads[0]->wait(60'000) && threads[1]->wait(60'000));
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        QStringList all = numbers[0] + numbers[1];
        QSet<int> counters;
        for (const QString &number : all) {
            counters.insert(number.mid(2).toInt());
        }
        QCOMPARE(counters.size(), 30);                                     // no duplicates
        QCOMPARE(*std::max_element(counters.begin(), counters.end()), 30); // and no gaps
    }

    void keepsDraftsWithoutANumber()
    {
        Book b(Test::databaseLocation(m_dir, QStringLiteral("c.sqlite")), m_clock);
        Invoice invoice = sample();
        invoice.number = QStringLiteral("ignored");
        const auto id = b.book.saveDraft(0, invoice);
        QVERIFY2(id, id ? "" : qPrintable(id.error()));
        invoice.buyer.name = QStringLiteral("Nowa nazwa");
        QCOMPARE(*b.book.saveDraft(*id, invoice), *id);
        const auto loaded = b.book.loadDraft(*id);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error()));
        QCOMPARE(loaded->buyer.name, QStringLiteral("Nowa nazwa"));
        QCOMPARE(loaded->lines.size(), invoice.lines.size());
        QVERIFY(loaded->number.isEmpty());
        QCOMPARE(b.book.drafts()->size(), 1);
        const auto issued =
            b.book.issue(*loaded, QStringLiteral("D/{n}"), *id, QStringLiteral("test"), Test::kSellerNip);
        QVERIFY(issued);
        QCOMPARE(b.book.drafts()->size(), 0); // issuing removed the draft, in the same transaction
        QVERIFY(!b.book.loadDraft(*id));
    }

    void writesACorrectionOfAnAcceptedInvoice()
    {
        const Invoice original = sample();
        Invoice numbered = original;
        numbered.number = QStringLiteral("FV/9/2026");
        const QByteArray xml = *Fa3Writer::write(numbered);
        const QString ksef =
            KsefNumber::generate(Test::kSellerNip, original.issueDate, QStringLiteral("0100001F0A3C")).text();
        const auto correction = InvoiceBook::correctionOf(xml, ksef, original.issueDate);
        QVERIFY(correction);
        QCOMPARE(correction->kind, InvoiceKind::Correction);
        QCOMPARE(correction->lines.size(), 2 * original.lines.size());
        QVERIFY(correction->lines.first().before);
        QVERIFY(!correction->lines.last().before);
        QCOMPARE(correction->correction.corrected.first().number, QStringLiteral("FV/9/2026"));
        QCOMPARE(correction->correction.corrected.first().ksefNumber, ksef);
        Invoice corrected = *correction;
        corrected.correction.reason = QStringLiteral("Zmiana ceny");
        corrected.number = QStringLiteral("KOR/1");
        const auto report = Fa3Validator(m_clock).validate(*Fa3Writer::write(corrected));
        QStringList errors;
        for (const auto &issue : report.issues) {
            errors << issue.text();
        }
        QVERIFY2(report.isValid(), qPrintable(errors.join(u'\n')));
        QVERIFY(!InvoiceBook::correctionOf("<not-xml", ksef, original.issueDate));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceBook)
#include "tst_invoice_book.moc"
