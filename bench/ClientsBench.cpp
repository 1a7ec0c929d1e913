// An accounting office's Clients view at scale: N client companies (a SQLite database each, with a year's mix
// of invoice states), the view opened (offscreen) through the real path — session, settings, every company's
// database read on the worker threads, the table shown — and refreshed; beside it the naive reference of the
// same run: every database read one after another on one thread. Prints one JSON object.
//   kurier-bench-clients [--companies 500] [--invoices 200]
#include "audit/AuditLog.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsView.h"
#include "common/Prompts.h"
#include "ksef/SecretStore.h"
#include "main/DesktopSession.h"
#include "outbox/OutboxStore.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace Kurier;

namespace {
class NoSecrets final : public SecretStore
{
public:
    std::expected<std::optional<QString>, QString> read(const QString &) override { return std::nullopt; }
    std::expected<void, QString> write(const QString &, const QString &) override { return {}; }
    std::expected<void, QString> remove(const QString &) override { return {}; }
};

// A valid NIP for company `i` (nine digits, then the check digit; those whose check digit would be 10 are
// skipped by the caller).
QString nipFor(int i)
{
    const QString nine = QStringLiteral("7%1").arg(i, 8, 10, QChar(u'0'));
    static const int weights[] = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    int sum = 0;
    for (int d = 0; d < 9; ++d) {
        sum += nine.at(d).digitValue() * weights[d];
    }
    return sum % 11 == 10 ? QString() : nine + QString::number(sum % 11);
}

void populate(const QString &location, const QString &nip, int invoices, const Clock &clock,
              int firstNumber = 0)
{
    auto database = std::move(*Database::open(location));
    AuditLog audit(database->connection(), clock);
    OutboxStore store(database->connection(), audit, clock);
    QList<OutboxStore::NewInvoice> batch;
    for (int i = 0; i < invoices; ++i) {
        OutboxStore::NewInvoice invoice;
        invoice.sellerNip = nip;
        invoice.invoiceKind = QStringLiteral("VAT");
        invoice.invoiceNumber = QStringLiteral("FV/%1/2026").arg(firstNumber + i + 1);
        invoice.issueDate = QDate(2026, 1, 1).addDays(i % 320);
        invoice.buyerNip = QStringLiteral("1000000000");
        invoice.buyerName = QStringLiteral("Nabywca %1").arg(i % 50);
        invoice.gross = QStringLiteral("123.00");
        invoice.currency = QStringLiteral("PLN");
        invoice.xml = "<Faktura>" + QByteArray::number(i) + QByteArray(2000, 'x') + "</Faktura>";
        invoice.source = QStringLiteral("bench");
        batch.append(invoice);
    }
    store.enqueueAll(batch, QStringLiteral("test"), nip);
    if (firstNumber > 0) {
        return; // a later invoice: as imported
    }
    QSqlQuery(database->connection())
        .exec(
            QStringLiteral("UPDATE outbox SET state = CASE WHEN id % 97 = 0 THEN 'rejected' WHEN id % 13 = 0 "
                           "THEN 'processing' WHEN id % 7 = 0 THEN 'queued' ELSE 'confirmed' END"));
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("companies"), QStringLiteral("Client companies."), QStringLiteral("n"),
                      QStringLiteral("500")});
    parser.addOption({QStringLiteral("invoices"), QStringLiteral("Invoices per company."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.process(app);
    const int companies = parser.value(QStringLiteral("companies")).toInt();
    const int invoices = parser.value(QStringLiteral("invoices")).toInt();

    QTemporaryDir dir;
    SystemClock clock;
    NoSecrets secrets;
    DesktopSession session({QDir(dir.path()).filePath(QStringLiteral("kurier.ini")), dir.path(), QString()},
                           clock, secrets);
    session.settings().environment = QStringLiteral("test");
    QElapsedTimer timer;
    timer.start();
    for (int i = 0, made = 0; made < companies; ++i) {
        const QString nip = nipFor(i);
        if (nip.isEmpty()) {
            continue;
        }
        CompanyProfile company;
        company.nip = nip;
        company.name = QStringLiteral("Klient %1 sp. z o.o.").arg(made + 1, 3, 10, QChar(u'0'));
        session.settings().upsertCompany(company);
        const QString location = session.companyLocation(nip);
        QDir().mkpath(QFileInfo(location).absolutePath());
        populate(location, nip, invoices, clock);
        ++made;
    }
    session.settings().firstRunDone = true;
    session.saveSettings();
    const double populateSeconds = msSince(timer) / 1000;

    // Three of each, alternating, the medians compared (one disturbed run does not decide): the naive
    // reference — each database opened and read in turn, on one thread — and the view opened afresh.
    ClientOverview::Options sequential;
    sequential.threads = 1;
    WidgetPrompts prompts;
    QList<double> naiveRuns;
    QList<double> openRuns;
    qsizetype naiveRows = 0;
    std::unique_ptr<ClientsView> opened;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        naiveRows =
            ClientOverview::readAll(session.clientEntries(), QDateTime::currentDateTimeUtc(), sequential)
                .size();
        naiveRuns.append(msSince(timer));
        opened.reset();
        timer.restart();
        opened = std::make_unique<ClientsView>(session, prompts);
        opened->resize(1400, 800);
        opened->show();
        QSignalSpy shown(opened.get(), &ClientsView::refreshed);
        opened->refresh();
        shown.wait(60'000);
        QCoreApplication::processEvents();
        openRuns.append(msSince(timer));
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const double naiveMs = median(naiveRuns);
    const double openMs = median(openRuns);
    ClientsView &view = *opened;
    QSignalSpy refreshed(&view, &ClientsView::refreshed);
    const int rows = view.model()->rowCount();

    timer.restart();
    view.refresh();
    refreshed.wait(60'000);
    QCoreApplication::processEvents();
    const double refreshMs = msSince(timer);

    // One client's bookkeeper imported an invoice meanwhile: only that company is read again.
    const QString changed = session.clientEntries().constFirst().nip;
    populate(session.companyLocation(changed), changed, 1, clock, 100000);
    timer.restart();
    view.refresh();
    refreshed.wait(60'000);
    QCoreApplication::processEvents();
    const double refreshOneChangedMs = msSince(timer);

    int attention = 0;
    for (const ClientSummary &summary : view.model()->summaries()) {
        attention += summary.needsAttention() ? 1 : 0;
    }
    const QJsonObject result{
        {QStringLiteral("companies"), companies},
        {QStringLiteral("invoicesPerCompany"), invoices},
        {QStringLiteral("populateSeconds"), populateSeconds},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("needAttention"), attention},
        {QStringLiteral("openMs"), openMs},
        {QStringLiteral("refreshMs"), refreshMs},
        {QStringLiteral("refreshOneChangedMs"), refreshOneChangedMs},
        {QStringLiteral("naiveSequentialMs"), naiveMs},
        {QStringLiteral("naiveRows"), static_cast<int>(naiveRows)},
        {QStringLiteral("openMsEachRun"),
         QJsonArray::fromVariantList({openRuns[0], openRuns[1], openRuns[2]})},
        {QStringLiteral("naiveMsEachRun"),
         QJsonArray::fromVariantList({naiveRuns[0], naiveRuns[1], naiveRuns[2]})},
        {QStringLiteral("goalOpenMs"), 1000},
        {QStringLiteral("goalRefreshMs"), 200},
        {QStringLiteral("threads"), QThread::idealThreadCount()},
        {QStringLiteral("machine"),
         QStringLiteral("%1, %2 cores").arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount())},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
