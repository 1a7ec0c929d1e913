// The desktop outbox with many invoices: open the main window on a database of N items (the real path:
// session, model, table, shown), answer filters and a search, scroll to the end, and the process's memory at
// each step. A plain SQLite scan of the same table in the same run is the reference that makes the times
// comparable across machines. With --postgres the company lives on an office server (a throw-away PostgreSQL
// cluster of the benchmark's own) and the reference scan runs there. Prints one JSON object to stdout.
#include "BenchSupport.h"
#include "alerts/TrayNotifier.h"
#include "audit/AuditLog.h"
#include "common/Prompts.h"
#include "ksef/SecretStore.h"
#include "main/DesktopSession.h"
#include "main/MainWindow.h"
#include "outbox/OutboxFilterBar.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxStore.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace Kurier;

namespace {
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

class NoSecrets final : public SecretStore
{
public:
    std::expected<std::optional<QString>, QString> read(const QString &) override { return std::nullopt; }
    std::expected<void, QString> write(const QString &, const QString &) override { return {}; }
    std::expected<void, QString> remove(const QString &) override { return {}; }
};

const QString kNip = QStringLiteral("5265877635");

// N invoices through the store (the same path as import), with a realistic XML size and a mix of states.
void populate(const QString &location, int rows, const Clock &clock)
{
    auto database = std::move(*Database::open(location));
    AuditLog audit(database->connection(), clock);
    OutboxStore store(database->connection(), audit, clock);
    const QByteArray filler(2500, 'x');
    const QStringList buyers = {
        QStringLiteral("Kawiarnia Pod Lipą s.c."), QStringLiteral("Hotel Nad Wisłą sp. z o.o."),
        QStringLiteral("Sklep Spożywczy Jan Nowak"), QStringLiteral("Restauracja Smaki Świata")};
    for (int first = 0; first < rows; first += 5000) {
        QList<OutboxStore::NewInvoice> batch;
        for (int i = first; i < std::min(rows, first + 5000); ++i) {
            OutboxStore::NewInvoice invoice;
            invoice.sellerNip = kNip;
            invoice.invoiceKind = QStringLiteral("VAT");
            invoice.invoiceNumber = QStringLiteral("FV/%1/2026").arg(i + 1);
            invoice.issueDate = QDate(2026, 1, 1).addDays(i % 320);
            invoice.buyerNip = QStringLiteral("%1").arg(1000000000LL + (i % 5000) * 7);
            invoice.buyerName = buyers[i % buyers.size()] + QStringLiteral(" %1").arg(i % 5000);
            invoice.gross = QStringLiteral("%1.%2").arg(100 + i % 9000).arg(i % 100, 2, 10, QChar(u'0'));
            invoice.currency = QStringLiteral("PLN");
            invoice.xml = "<Faktura>" + QByteArray::number(i) + filler + "</Faktura>";
            invoice.source = QStringLiteral("bench");
            batch.append(invoice);
        }
        store.enqueueAll(batch, QStringLiteral("test"), kNip);
    }
    // Most of a year's invoices are done; some rejected, some in flight.
    QSqlQuery query(database->connection());
    const QString hexId = database->engine() == SqlEngine::Postgres
                              ? QStringLiteral("upper(lpad(to_hex(id), 12, '0'))")
                              : QStringLiteral("printf('%012X', id)");
    query.exec(
        QStringLiteral("UPDATE outbox SET state = CASE WHEN id % 97 = 0 THEN 'rejected' WHEN id % 13 = 0 "
                       "THEN 'processing' ELSE 'confirmed' END, ksef_number = '5265877635-20260101-' || "
                       "%1 || '-00', error_message = CASE WHEN id % 97 = 0 THEN "
                       "'Faktura odrzucona' END")
            .arg(hexId));
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
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Invoices in the outbox."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("postgres"),
                      QStringLiteral("The company on an office server (a throw-away PostgreSQL cluster).")});
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();

    QTemporaryDir dir;
    SystemClock clock;
    QString path = QDir(dir.path()).filePath(QStringLiteral("companies/test-%1.sqlite").arg(kNip));
    QDir().mkpath(QFileInfo(path).absolutePath());
    Bench::PostgresCluster cluster;
    const bool onServer = parser.isSet(QStringLiteral("postgres"));
    if (onServer) {
        QString error;
        const auto created =
            cluster.start(&error) ? cluster.createDatabase(QStringLiteral("bench_desktop")) : std::nullopt;
        if (!created) {
            QTextStream(stderr) << "PostgreSQL: " << error << '\n';
            return 1;
        }
        path = *created;
    }
    QElapsedTimer timer;
    timer.start();
    populate(path, rows, clock);
    const double populateSeconds = msSince(timer) / 1000;

    // The reference: one full scan of the table with a LIKE, on the same engine, same machine, same run.
    double scanMs = 0;
    {
        auto database = std::move(*Database::open(path));
        QSqlQuery query(database->connection());
        timer.restart();
        query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE buyer_name LIKE '%Nowak 12%'"));
        query.next();
        scanMs = msSince(timer);
    }
    const double rssBefore = residentMegabytes();

    NoSecrets secrets;
    WidgetPrompts prompts;
    DesktopSession session({QDir(dir.path()).filePath(QStringLiteral("kurier.ini")), dir.path(), QString()},
                           clock, secrets);
    CompanyProfile company;
    company.nip = kNip;
    company.name = QStringLiteral("Bench sp. z o.o.");
    if (onServer) {
        company.officeServer = path;
    }
    session.settings().upsertCompany(company);
    session.settings().firstRunDone = true;
    TrayNotifier tray(false);

    timer.restart();
    QElapsedTimer phase;
    phase.start();
    MainWindow window(session, prompts, tray);
    const double windowMs = msSince(phase);
    phase.restart();
    if (const auto opened = session.openCurrentCompany(); !opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return 2;
    }
    const double sessionMs = msSince(phase);
    phase.restart();
    window.attachSession();
    const double attachMs = msSince(phase);
    phase.restart();
    window.show();
    QCoreApplication::processEvents();
    const double showMs = msSince(phase);
    const double openMs = msSince(timer);
    const double rssOpen = residentMegabytes();

    OutboxModel *model = window.model();
    struct Probe
    {
        const char *name;
        OutboxQuery::Filter filter;
    };
    QList<Probe> probes;
    OutboxQuery::Filter f;
    f.text = QStringLiteral("FV/4242/");
    probes.append({"search by number", f});
    f = {};
    f.buyer = QStringLiteral("Nowak 12");
    probes.append({"filter by buyer", f});
    f = {};
    f.scope = OutboxQuery::Filter::Scope::NeedsAttention;
    probes.append({"needs attention", f});
    f = {};
    f.scope = OutboxQuery::Filter::Scope::State;
    f.state = InvoiceState::Rejected;
    f.from = QDate(2026, 3, 1);
    f.to = QDate(2026, 6, 30);
    probes.append({"state and date range", f});
    f = {};
    probes.append({"all again", f});
    QJsonObject filters;
    double worstFilterMs = 0;
    for (const Probe &probe : probes) {
        timer.restart();
        model->setFilter(probe.filter);
        QCoreApplication::processEvents();
        const double ms = msSince(timer);
        worstFilterMs = std::max(worstFilterMs, ms);
        filters.insert(
            QString::fromLatin1(probe.name),
            QJsonObject{{QStringLiteral("ms"), ms}, {QStringLiteral("rows"), model->totalCount()}});
    }
    timer.restart();
    model->sort(OutboxModel::GrossColumn, Qt::DescendingOrder);
    const double sortMs = msSince(timer);

    // A user who scrolls to the very end: every page is fetched.
    timer.restart();
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    window.table()->scrollToBottom();
    QCoreApplication::processEvents();
    const double scrollAllMs = msSince(timer);
    const double rssScrolled = residentMegabytes();

    const QJsonObject result{
        {QStringLiteral("rows"), rows},
        {QStringLiteral("engine"), onServer ? QStringLiteral("postgres") : QStringLiteral("sqlite")},
        {QStringLiteral("populateSeconds"), populateSeconds},
        {QStringLiteral("openMs"), openMs},
        {QStringLiteral("openPhasesMs"), QJsonObject{{QStringLiteral("window"), windowMs},
                                                     {QStringLiteral("session"), sessionMs},
                                                     {QStringLiteral("attach"), attachMs},
                                                     {QStringLiteral("show"), showMs}}},
        {QStringLiteral("goalOpenMs"), 1000},
        {QStringLiteral("filters"), filters},
        {QStringLiteral("worstFilterMs"), worstFilterMs},
        {QStringLiteral("goalFilterMs"), 100},
        {QStringLiteral("sortMs"), sortMs},
        {QStringLiteral("scanReferenceMs"), scanMs},
        {QStringLiteral("scrollToEndMs"), scrollAllMs},
        {QStringLiteral("rssBeforeMb"), rssBefore},
        {QStringLiteral("rssOpenMb"), rssOpen},
        {QStringLiteral("rssScrolledMb"), rssScrolled},
        {QStringLiteral("goalRssMb"), 150},
        {QStringLiteral("loadedRows"), model->rowCount()},
        {QStringLiteral("machine"),
         QStringLiteral("%1, %2 cores").arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount())},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
