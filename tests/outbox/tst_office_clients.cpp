// An office's many client companies, through real SQLite files: each company's summary read from its own
// database (counts, what needs attention, a damaged, a missing and a newer database listed with the reason
// while the others go on, nothing changed by reading), and a folder of many sellers routed to the companies
// of their seller NIPs (unknown sellers and unreadable files listed, nothing stored for them).
#include "audit/AuditLog.h"
#include "office/ClientOverview.h"
#include "office/ClientRouting.h"
#include "office/ClientWork.h"
#include "outbox/OutboxStore.h"
#include "storage/Database.h"
#include "support/Samples.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

namespace {
const QString kBakery = QStringLiteral("5265877635");
const QString kFlorist = QStringLiteral("7771234567");
const QString kGarage = QStringLiteral("9510001233");
const QString kTravel = QStringLiteral("6340009871");
const QString kStranger = QStringLiteral("5250001115");

OutboxStore::NewInvoice newInvoice(const QString &number, bool hold = false)
{
    return OutboxStore::NewInvoice{kBakery,
                                   QStringLiteral("VAT"),
                                   number,
                                   QDate::currentDate(),
                                   {},
                                   {},
                                   {},
                                   QStringLiteral("PLN"),
                                   Test::sellerInvoice(kBakery, QStringLiteral("Piekarnia"), number),
                                   QStringLiteral("test"),
                                   hold};
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestOfficeClients : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    AppSettings m_settings;

    QString location(const QString &nip) const { return m_settings.companyDatabasePath(m_dir.path(), nip); }

private slots:
    void initTestCase()
    {
        m_settings.environment = QStringLiteral("test");
        for (const auto &[nip, name] : {std::pair{kBakery, QStringLiteral("Piekarnia Demo")},
                                        std::pair{kFlorist, QStringLiteral("Kwiaciarnia Demo")},
                                        std::pair{kGarage, QStringLiteral("Warsztat Demo")},
                                        std::pair{kTravel, QStringLiteral("Biuro Podróży Demo")}}) {
            CompanyProfile company;
            company.nip = nip;
            company.name = name;
            m_settings.upsertCompany(company);
        }
        QDir().mkpath(QFileInfo(location(kBakery)).absolutePath());
    }

    void eachCompanyIsReadFromItsOwnDatabase()
    {
        // The bakery: two queued, one rejected, one stuck in processing, one accepted long ago without a UPO,
        // one issued offline and overdue, two new purchase invoices, a reconciliation that needs a person.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            auto database = std::move(*Database::open(location(kBakery)));
            ManualClock past(now.addSecs(-3 * 3600));
            AuditLog audit(database->connection(), past);
            OutboxStore store(database->connection(), audit, past);
            QList<qint64> ids;
            for (int i = 1; i <= 6; ++i) { // the sixth is held: it is marked offline before it can go
                ids << store
                           .enqueue(newInvoice(QStringLiteral("FV/%1").arg(i), i == 6),
                                    QStringLiteral("test"), kBakery)
                           ->second.id;
            }
            const auto walk = [&](qint64 id, std::initializer_list<InvoiceState> states) {
                for (const InvoiceState state : states) {
                    QVERIFY(store.apply(id, OutboxStore::Update::to(state)).has_value());
                }
            };
            walk(ids[2], {InvoiceState::Sending, InvoiceState::Rejected});
            walk(ids[3], {InvoiceState::Sending, InvoiceState::Submitted, InvoiceState::Processing});
            walk(ids[4], {InvoiceState::Sending, InvoiceState::Submitted, InvoiceState::Accepted});
            OfflineIssue overdue{OfflineMode::Offline24, now.addSecs(-60), now.addDays(-2),
                                 QStringLiteral("x")};
            QVERIFY(store.markOffline(ids[5], overdue).has_value());
            walk(ids[5], {InvoiceState::Queued});
            QSqlQuery query(database->connection());
            for (int i = 0; i < 2; ++i) {
                QVERIFY(query.exec(
                    QStringLiteral(
                        "INSERT INTO incoming_invoices (ksef_number, subject_type, invoice_number, "
                        "permanent_storage_at, invoice_hash, metadata, run_id, received_at) VALUES "
                        "('1111111111-20261201-00000000000%1-00', 'Subject2', 'Z/%1', 0, 'h', '{}', 1, 0)")
                        .arg(i)));
            }
            QVERIFY(query.exec(QStringLiteral("INSERT INTO reconcile_runs (started_at, finished_at, "
                                              "period_from, period_to, trigger, outcome, "
                                              "summary) VALUES (1, %1, 0, 1, 'timer', 'attention', '{}')")
                                   .arg(now.toMSecsSinceEpoch())));
        }
        // The florist: nothing yet. The garage: a damaged file. The travel agency: written by a newer Kurier.
        {
            QFile damaged(location(kGarage));
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write(QByteArray("SQLite format 3") + QByteArray(4096, '\x5a'));
        }
        {
            auto database = std::move(*Database::open(location(kTravel)));
            QSqlQuery(database->connection()).exec(QStringLiteral("PRAGMA user_version = 999"));
        }
        const QByteArray garageBefore = sha256Of(location(kGarage));
        const QByteArray travelBefore = sha256Of(location(kTravel));

        const QList<ClientEntry> clients = ClientOverview::entries(m_settings, m_dir.path());
        QCOMPARE(clients.size(), 4);
        QCOMPARE(clients.first().name, QStringLiteral("Biuro Podróży Demo")); // sorted by name
        ClientOverview::Options options;
        options.threads = 2;
        const QList<ClientSummary> summaries = ClientOverview::readAll(clients, now, options);
        QHash<QString, ClientSummary> byNip;
        for (const ClientSummary &summary : summaries) {
            byNip.insert(summary.client.nip, summary);
        }
        const ClientSummary bakery = byNip.value(kBakery);
        QVERIFY2(bakery.problem.isEmpty(), qPrintable(bakery.problem));
        QCOMPARE(bakery.ready, 3); // two queued and the offline one (queued, waiting for KSeF)
        QCOMPARE(bakery.rejected, 1);
        QCOMPARE(bakery.inFlight, 2);
        QCOMPARE(bakery.stuck, 1);
        QCOMPARE(bakery.missingUpo, 1);
        QCOMPARE(bakery.offlineDue, 1);
        QCOMPARE(bakery.offlineOverdue, 1);
        QCOMPARE(bakery.newPurchases, 2);
        QCOMPARE(bakery.lastReconcileOutcome, QStringLiteral("attention"));
        QVERIFY(bakery.needsAttention());
        QCOMPARE(bakery.attentionReasons().size(), 5); // rejected, stuck, no UPO, offline, reconciliation

        const ClientSummary florist = byNip.value(kFlorist);
        QVERIFY(!florist.exists);
        QVERIFY(!florist.needsAttention());
        QVERIFY(!QFileInfo::exists(location(kFlorist))); // reading made no database

        const ClientSummary garage = byNip.value(kGarage);
        QVERIFY(!garage.problem.isEmpty());
        QVERIFY(garage.needsAttention());
        QCOMPARE(sha256Of(location(kGarage)), garageBefore);

        const ClientSummary travel = byNip.value(kTravel);
        QVERIFY2(travel.problem.contains(u"999") || travel.problem.contains(u"newer"),
                 qPrintable(travel.problem));
        QCOMPARE(sha256Of(location(kTravel)), travelBefore);
    }

    // Another program holds a company's database exclusively: that company is listed with the reason (after
    // the busy timeout), the others are read, and nothing was changed in it.
    void aLockedDatabaseIsListedAndTheOthersGoOn()
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(location(kBakery));
        QVERIFY(holder.open());
        {
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(lock.exec(QStringLiteral("SELECT count(*) FROM outbox")));
        }
        const QList<ClientSummary> summaries = ClientOverview::readAll(
            ClientOverview::entries(m_settings, m_dir.path()), QDateTime::currentDateTimeUtc(), {});
        bool bakeryReported = false;
        bool othersRead = true;
        for (const ClientSummary &summary : summaries) {
            if (summary.client.nip == kBakery) {
                // Said as what it is: in use, not damaged.
                bakeryReported = summary.problem.contains(u"in use") &&
                                 !summary.problem.contains(u"damaged") && summary.needsAttention();
                qInfo("the locked company: %s", qPrintable(summary.problem));
            } else if (summary.client.nip == kFlorist) {
                othersRead = othersRead && summary.problem.isEmpty();
            }
        }
        QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QVERIFY(bakeryReported);
        QVERIFY(othersRead);
    }

    // A refresh reads again only what changed: the companies whose files are as they were come from the
    // cache, a changed one is read again, an unreadable one is tried every time.
    void aRefreshReadsOnlyWhatChanged()
    {
        const QList<ClientEntry> clients = ClientOverview::entries(m_settings, m_dir.path());
        ClientOverview::Cache cache;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto first = ClientOverview::readAll(clients, now, {}, &cache);
        QCOMPARE(cache.reused, 0);
        auto second = ClientOverview::readAll(clients, now.addSecs(1), {}, &cache);
        QCOMPARE(cache.reused,
                 2); // the bakery and the florist; the damaged and the newer database are tried again
        const auto readyOf = [](const QList<ClientSummary> &summaries, const QString &nip) {
            for (const ClientSummary &summary : summaries) {
                if (summary.client.nip == nip) {
                    return summary.ready;
                }
            }
            return -1;
        };
        QCOMPARE(readyOf(second, kBakery), readyOf(first, kBakery));
        {
            auto database = std::move(*Database::open(location(kBakery)));
            SystemClock clock;
            AuditLog audit(database->connection(), clock);
            OutboxStore store(database->connection(), audit, clock);
            QVERIFY(store.enqueue(newInvoice(QStringLiteral("FV/NEW")), QStringLiteral("test"), kBakery));
        }
        const auto third = ClientOverview::readAll(clients, now.addSecs(2), {}, &cache);
        QCOMPARE(cache.reused, 1); // the florist: the bakery changed
        QCOMPARE(readyOf(third, kBakery), readyOf(first, kBakery) + 1);
        // Past maxAge everything is read again (stuck and the deadlines move with the clock).
        ClientOverview::readAll(clients, now.addSecs(120), {}, &cache);
        QCOMPARE(cache.reused, 0);
    }

    void purchaseInvoicesAreFetchedAFewClientsAtATime()
    {
        // 12 clients, each once an hour, a tick of 5 minutes: one client a tick, never all at once; never
        // fetched first, then the longest waiting; an unreadable database is not tried.
        const QDateTime now(QDate(2027, 1, 4), QTime(10, 0), Qt::UTC);
        QList<ClientSummary> clients;
        for (int i = 0; i < 12; ++i) {
            ClientSummary summary;
            summary.client.nip = QString::number(1000 + i);
            summary.lastPurchasesAt = now.addSecs(-60 * (30 + i * 5)); // 30 … 85 minutes ago
            clients.append(summary);
        }
        const auto due = [&](std::chrono::minutes every) {
            QStringList nips;
            for (const ClientEntry &client :
                 ClientWork::purchasesDue(clients, now, every, std::chrono::minutes(5))) {
                nips << client.nip;
            }
            return nips;
        };
        QCOMPARE(due(std::chrono::hours(1)), QStringList{QStringLiteral("1011")}); // 85 minutes: the longest
        clients[3].lastPurchasesAt = QDateTime();                                  // a new client
        QCOMPARE(due(std::chrono::hours(1)), QStringList{QStringLiteral("1003")});
        clients[3].problem = QStringLiteral("damaged");
        QCOMPARE(due(std::chrono::hours(1)), QStringList{QStringLiteral("1011")});
        // Every 15 minutes (the shortest: KSeF allows 20 exports an hour): 12 × 5 / 15 = 4 a tick.
        QCOMPARE(due(std::chrono::minutes(15)),
                 (QStringList{QStringLiteral("1011"), QStringLiteral("1010"), QStringLiteral("1009"),
                              QStringLiteral("1008")}));
        QCOMPARE(due(std::chrono::minutes(1)), due(std::chrono::minutes(15))); // at least 15
        // Nobody's turn: nothing.
        QVERIFY(due(std::chrono::hours(2)).isEmpty());
    }

    void aFolderOfManySellersIsRoutedByTheSellerNip()
    {
        QTemporaryDir folder;
        QStringList files;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            files << file.fileName();
        };
        for (int i = 1; i <= 3; ++i) {
            write(QStringLiteral("bakery-%1.xml").arg(i),
                  Test::sellerInvoice(kBakery, QStringLiteral("Piekarnia"), QStringLiteral("R/%1").arg(i)));
        }
        write(QStringLiteral("florist.xml"),
              Test::sellerInvoice(kFlorist, QStringLiteral("Kwiaciarnia"), QStringLiteral("K/1")));
        write(QStringLiteral("stranger-1.xml"),
              Test::sellerInvoice(kStranger, QStringLiteral("Obca Firma"), QStringLiteral("O/1")));
        write(QStringLiteral("stranger-2.xml"),
              Test::sellerInvoice(kStranger, QStringLiteral("Obca Firma"), QStringLiteral("O/2")));
        write(QStringLiteral("broken.xml"), QByteArrayLiteral("<Faktura><Podmiot1>"));
        QByteArray invalid =
            Test::sellerInvoice(kFlorist, QStringLiteral("Kwiaciarnia"), QStringLiteral("K/2"));
        invalid.replace("<P_15>", "<P_15>x"); // the schema refuses it at import
        write(QStringLiteral("florist-invalid.xml"), invalid);

        const QSet<QString> clients{kBakery, kFlorist, kGarage, kTravel};
        const ClientRouting::Plan plan = ClientRouting::route(files, clients, 2);
        QCOMPARE(plan.files, 8);
        QCOMPARE(plan.byClient.value(kBakery).size(), 3);
        QCOMPARE(plan.byClient.value(kFlorist).size(), 2);
        QCOMPARE(plan.unknown.size(), 1);
        QCOMPARE(plan.unknown.first().nip, kStranger);
        QCOMPARE(plan.unknown.first().name, QStringLiteral("Obca Firma"));
        QCOMPARE(plan.unknown.first().files.size(), 2);
        QCOMPARE(plan.unreadable.size(), 1);
        QVERIFY(plan.unreadable.first().path.endsWith(u"broken.xml"));

        QTemporaryDir data;
        AppSettings settings = m_settings;
        QList<ClientEntry> entries = ClientOverview::entries(settings, data.path());
        ClientRouting::ImportOptions options;
        options.environment = KsefEnvironment::official(KsefEnvironment::Kind::Test);
        const SystemClock clock;
        const QList<ClientRouting::Imported> imported =
            ClientRouting::importPlan(plan, entries, options, clock);
        QCOMPARE(imported.size(), 2);
        for (const ClientRouting::Imported &company : imported) {
            QVERIFY2(company.failure.isEmpty(), qPrintable(company.failure));
            if (company.client.nip == kBakery) {
                QCOMPARE(company.added, 3);
                QVERIFY(company.refused.isEmpty());
            } else {
                QCOMPARE(company.client.nip, kFlorist);
                QCOMPARE(company.added, 1);
                QCOMPARE(company.refused.size(), 1); // the invalid one, with why
                QVERIFY(company.refused.first().contains(u"florist-invalid.xml"));
            }
        }
        // Each in its own company's outbox; nobody else's database was made.
        const auto summaries = ClientOverview::readAll(entries, QDateTime::currentDateTimeUtc(), {});
        for (const ClientSummary &summary : summaries) {
            const int expected = summary.client.nip == kBakery ? 3 : summary.client.nip == kFlorist ? 1 : 0;
            QCOMPARE(summary.ready, expected);
            QCOMPARE(summary.exists, expected > 0);
        }
        // The same folder again: nothing twice.
        const auto again = ClientRouting::importPlan(plan, entries, options, clock);
        for (const ClientRouting::Imported &company : again) {
            QCOMPARE(company.added, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestOfficeClients)
#include "tst_office_clients.moc"
