// The office server (team mode) on a real PostgreSQL cluster: addresses and the errors a person sees (server
// down, TLS refused, wrong password, a newer schema, a viewer sending — nothing stored changes), writers on
// many connections at once (claims, the audit chain), a lost connection, and moving a company from its SQLite
// file.
#include "audit/AuditLog.h"
#include "backup/OfficeServer.h"
#include "emulator/EmulatorTestData.h"
#include "outbox/OutboxStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Files.h"
#include "support/QueuedInvoice.h"
#include "support/TestDatabase.h"
#include "util/Clock.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Kurier;

namespace {
const QString kNip = QStringLiteral("5265877635");

OutboxStore::NewInvoice invoice(const QString &number)
{
    return Test::queuedInvoice(number, false);
}

// One desktop or kurier-cli: its own connection, audit log and store.
struct Company
{
    explicit Company(const QString &location, const Clock &clock, const QString &password = {})
    {
        auto opened = Database::open(location, password);
        if (!opened) {
            qFatal("%s", qPrintable(opened.error().message()));
        }
        database = std::move(*opened);
        audit = std::make_unique<AuditLog>(database->connection(), clock);
        store = std::make_unique<OutboxStore>(database->connection(), *audit, clock);
    }
    std::unique_ptr<Database> database;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<OutboxStore> store;
};

// The store's whole list; an error ends the test with its text.
QList<OutboxItem> allOf(const OutboxStore &store)
{
    const auto items = store.all();
    if (!items) {
        qFatal("the outbox cannot be read: %s", qPrintable(items.error().text()));
    }
    return *items;
}

ServerAddress addressOf(const QString &location)
{
    return *ServerAddress::parse(location);
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

void superuser(const QString &sql)
{
    auto admin = Database::open(Test::postgresClusterUrl(), QList<Migration>{});
    QVERIFY2(admin.has_value(), admin ? "" : qPrintable(admin.error().message()));
    QSqlQuery query((*admin)->connection());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}
} // namespace

class TestOfficeServer : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (!Test::onPostgres()) {
            QFAIL("run as registered in CTest (it needs the PostgreSQL test cluster: KURIER_TEST_POSTGRES)");
        }
    }

    void addresses()
    {
        const auto address =
            ServerAddress::parse(QStringLiteral("postgresql://anna@biuro.local:5433/firma?sslmode=require"));
        QVERIFY(address.has_value());
        QCOMPARE(address->host, QStringLiteral("biuro.local"));
        QCOMPARE(address->port, 5433);
        QCOMPARE(address->database, QStringLiteral("firma"));
        QCOMPARE(address->user, QStringLiteral("anna"));
        QCOMPARE(address->sslMode, QStringLiteral("require"));
        QCOMPARE(ServerAddress::parse(address->toLocation()), address);
        QCOMPARE(ServerAddress::parse(QStringLiteral("postgresql://biuro/firma"))->port, 5432);
        QVERIFY(
            !ServerAddress::parse(QStringLiteral("postgresql://anna:secret@biuro/firma"))); // no passwords
        QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://anna@biuro/")));         // no database
        QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://anna@biuro/firma?sslmode=maybe")));
        QVERIFY(!ServerAddress::isServer(QStringLiteral("/home/anna/kurier.sqlite")));
        const auto bad = Database::open(QStringLiteral("postgresql://anna:secret@biuro/firma"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Database::Error::Code::BadAddress);
        QVERIFY2(!bad.error().message().isEmpty(), "a sentence for people");
    }

    void aServerThatDoesNotAnswerIsReported()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        ServerAddress address = addressOf(Test::postgresClusterUrl());
        address.port = port;
        const auto opened = Database::open(address.toLocation());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Database::Error::Code::Unreachable);
        QVERIFY2(opened.error().message().contains(QString::number(port)),
                 qPrintable(opened.error().message()));
    }

    void tlsTheServerDoesNotOfferIsRefused()
    {
        ServerAddress address = addressOf(Test::newPostgresDatabase());
        address.sslMode = QStringLiteral("require"); // the test cluster has no certificate
        const auto opened = Database::open(address.toLocation());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Database::Error::Code::TlsRefused);
        QVERIFY2(opened.error().message().contains(u"TLS"), qPrintable(opened.error().message()));
    }

    void aWrongPasswordIsReported()
    {
        const QString location = Test::newPostgresDatabase();
        superuser(QStringLiteral(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kurier_pw_test') "
            "THEN CREATE ROLE kurier_pw_test LOGIN PASSWORD 'right'; END IF; END $$"));
        {
            Company owner(location, m_clock); // the schema exists; the login below only reads it
            QVERIFY(OfficeServer::grant(*owner.database, QStringLiteral("kurier_pw_test"),
                                        OfficeServer::Role::Viewer));
        }
        ServerAddress address = addressOf(location);
        address.user = QStringLiteral("kurier_pw_test");
        const auto wrong = Database::open(address.toLocation(), QStringLiteral("wrong"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Database::Error::Code::AccessDenied);
        QVERIFY2(!wrong.error().message().contains(u"wrong"), "the password is never in a message");
        const auto right = Database::open(address.toLocation(), QStringLiteral("right"));
        QVERIFY2(right.has_value(), right ? "" : qPrintable(right.error().message()));
    }

    void aSchemaNewerThanTheProgramIsLeftUntouched()
    {
        const QString location = Test::newPostgresDatabase();
        {
            Company company(location, m_clock);
            QVERIFY(company.store->enqueue(invoice(QStringLiteral("FV/1")), QStringLiteral("test"), kNip));
            QSqlQuery(company.database->connection())
                .exec(QStringLiteral("UPDATE kurier_schema SET version = 999"));
        }
        const auto opened = Database::open(location);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Database::Error::Code::NewerVersion);
        QCOMPARE(opened.error().foundVersion, 999);
        auto raw = Database::open(location, QList<Migration>{}); // no migrations: nothing to refuse
        QVERIFY(!raw);                                           // … still newer than "none"
        superuser(QStringLiteral("SELECT 1"));
        ServerAddress address = addressOf(location);
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("check"));
        check.setHostName(address.host);
        check.setPort(address.port);
        check.setUserName(address.user);
        check.setDatabaseName(address.database);
        QVERIFY(check.open());
        QCOMPARE(scalar(check, QStringLiteral("SELECT version FROM kurier_schema")), 999);
        QCOMPARE(scalar(check, QStringLiteral("SELECT COUNT(*) FROM outbox")), 1);
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void aViewerMayLookButNotSend()
    {
        const QString location = Test::newPostgresDatabase();
        Company owner(location, m_clock);
        QVERIFY(owner.store->enqueue(invoice(QStringLiteral("FV/1")), QStringLiteral("test"), kNip));
        QVERIFY(OfficeServer::ensureRoles(*owner.database));
        superuser(QStringLiteral(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kurier_test_ola') "
            "THEN CREATE ROLE kurier_test_ola LOGIN; END IF; END $$"));
        QVERIFY(OfficeServer::grant(*owner.database, QStringLiteral("kurier_test_ola"),
                                    OfficeServer::Role::Viewer));
        QCOMPARE(OfficeServer::rightsOf(owner.database->connection()).maySend, true);

        ServerAddress address = addressOf(location);
        address.user = QStringLiteral("kurier_test_ola");
        Company viewer(address.toLocation(), m_clock);
        const auto rights = OfficeServer::rightsOf(viewer.database->connection());
        QCOMPARE(rights.user, QStringLiteral("kurier_test_ola"));
        QVERIFY(!rights.maySend);
        QCOMPARE(allOf(*viewer.store).size(), 1); // looking is allowed
        const auto sent =
            viewer.store->enqueue(invoice(QStringLiteral("FV/2")), QStringLiteral("test"), kNip);
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, StoreError::Code::Forbidden);
        const QList<OutboxItem> queued = allOf(*viewer.store);
        OutboxStore::Update intent = OutboxStore::Update::to(InvoiceState::Sending, QStringLiteral("S-1"));
        intent.expect = InvoiceState::Queued;
        const auto claimed = viewer.store->apply(queued.first().id, intent);
        QVERIFY(!claimed);
        QCOMPARE(claimed.error().code, StoreError::Code::Forbidden);
        QCOMPARE(allOf(*owner.store).size(), 1);
        QCOMPARE(allOf(*owner.store).first().state, InvoiceState::Queued);
        QVERIFY(owner.audit->verify()->intact);

        QVERIFY(OfficeServer::grant(*owner.database, QStringLiteral("kurier_test_ola"),
                                    OfficeServer::Role::Sender));
        QVERIFY(OfficeServer::rightsOf(viewer.database->connection()).maySend);
        QVERIFY(viewer.store->enqueue(invoice(QStringLiteral("FV/2")), QStringLiteral("test"), kNip));
    }

    // Four senders (desktops, kurier-cli processes: a connection each) claim from one queue at once: each
    // invoice is claimed exactly once, and the audit chain they all write stays one verifiable chain.
    void sendersOnManyConnectionsClaimEachInvoiceOnce()
    {
        const QString location = Test::newPostgresDatabase();
        Company setup(location, m_clock);
        constexpr int kInvoices = 400;
        QList<OutboxStore::NewInvoice> invoices;
        for (int i = 1; i <= kInvoices; ++i) {
            invoices << invoice(QStringLiteral("FV/%1").arg(i));
        }
        for (const auto &added : setup.store->enqueueAll(invoices, QStringLiteral("test"), kNip)) {
            QVERIFY(added.has_value());
        }
        constexpr int kSenders = 4;
        QList<QList<qint64>> claimedBy(kSenders);
        QList<int> conflicts(kSenders, 0);
        QList<QThread *> threads;
        for (int s = 0; s < kSenders; ++s) {
            threads << QThread::create([&, s] {
                Company sender(location, m_clock);
                for (;;) {
                    const auto eligible = sender.store->eligible(m_clock.now(), 25, false);
                    if (!eligible || eligible->isEmpty()) {
                        return;
                    }
                    for (const OutboxItem &item : *eligible) {
                        OutboxStore::Update intent =
                            OutboxStore::Update::to(InvoiceState::Sending, QStringLiteral("S-%1").arg(s));
                        intent.expect = InvoiceState::Queued;
                        intent.countAttempt = true;
                        if (sender.store->apply(item.id, intent)) {
                            claimedBy[s] << item.id;
                        } else {
                            ++conflicts[s];
                        }
                    }
                }
            });
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QSet<qint64> all;
        int total = 0;
        for (const auto &ids : claimedBy) {
            total += ids.size();
            all.unite(QSet<qint64>(ids.begin(), ids.end()));
        }
        QCOMPARE(total, kInvoices);      // no invoice claimed twice …
        QCOMPARE(all.size(), kInvoices); // … and none left behind
        const QSqlDatabase db = setup.database->connection();
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT COUNT(*) FROM outbox WHERE state = 'sending' AND attempts = 1")),
                 kInvoices);
        const auto chain = setup.audit->verify();
        QVERIFY(chain->intact);
        QCOMPARE(chain->entries, scalar(db, QStringLiteral("SELECT MAX(seq) FROM audit_log")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'transition'")),
                 2 * kInvoices); // enqueued, then claimed: one entry each
        qInfo() << "claims per sender" << claimedBy[0].size() << claimedBy[1].size() << claimedBy[2].size()
                << claimedBy[3].size() << "lost races" << conflicts;
    }

    // The server restarts (as after a crash or an update) between two writes: the next write connects again
    // and succeeds; one that was in flight when it went down committed nothing.
    void aLostConnectionIsOpenedAgain()
    {
        QTemporaryDir state;
        const QString script = QStringLiteral(KURIER_SOURCE_DIR "/tests/support/postgres-cluster.sh");
        QCOMPARE(QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), state.path()}),
                 0);
        const auto stop = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), state.path()});
        });
        QFile url(state.filePath(QStringLiteral("url")));
        QVERIFY(url.open(QIODevice::ReadOnly));
        const QString location = QString::fromUtf8(url.readAll()).trimmed();
        Company company(location, m_clock);
        QVERIFY(company.store->enqueue(invoice(QStringLiteral("FV/1")), QStringLiteral("test"), kNip));

        QCOMPARE(QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("restart"), state.path()}),
                 0);
        const auto added =
            company.store->enqueue(invoice(QStringLiteral("FV/2")), QStringLiteral("test"), kNip);
        QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().text()));
        QCOMPARE(allOf(*company.store).size(), 2);
        QVERIFY(company.audit->verify()->intact);
    }

    void aCompanyMovesFromItsFileWithItsHistory()
    {
        const QString file = m_dir.filePath(QStringLiteral("move.sqlite"));
        QByteArray seventhXml;
        {
            Company local(file, m_clock);
            QList<OutboxStore::NewInvoice> invoices;
            for (int i = 1; i <= 120; ++i) {
                invoices << invoice(QStringLiteral("FV/%1").arg(i));
            }
            local.store->enqueueAll(invoices, QStringLiteral("test"), kNip);
            OutboxStore::Update intent =
                OutboxStore::Update::to(InvoiceState::Sending, QStringLiteral("S-1"));
            intent.expect = InvoiceState::Queued;
            QVERIFY(local.store->apply(allOf(*local.store).first().id, intent));
            seventhXml = (*local.store->find(QStringLiteral("FV/7")))->xml; // the bytes exactly as kept
        }
        const QByteArray before = Test::readBytes(file);
        const QString location = Test::newPostgresDatabase();
        auto server = Database::open(location);
        QVERIFY(server.has_value());
        const auto moved = OfficeServer::moveFrom(file, **server, m_clock);
        QVERIFY2(moved.has_value(), moved ? "" : qPrintable(moved.error()));
        QCOMPARE(moved->invoices, 120);
        QCOMPARE(moved->auditEntries, 121);

        Company office(location, m_clock);
        QCOMPARE(allOf(*office.store).size(), 120);
        QCOMPARE(office.store->counts()->value(InvoiceState::Sending), 1);
        const auto seventh = office.store->find(QStringLiteral("FV/7"));
        QVERIFY(seventh.has_value() && seventh->has_value());
        QCOMPARE((*seventh)->invoiceNumber, QStringLiteral("FV/7"));
        QVERIFY(!seventhXml.isEmpty());
        QCOMPARE((*seventh)->xml, seventhXml);
        QVERIFY(office.audit->verify()->intact);
        // It goes on where the file stopped: new ids and audit entries continue the moved ones.
        const auto added =
            office.store->enqueue(invoice(QStringLiteral("FV/121")), QStringLiteral("test"), kNip);
        QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().text()));
        QVERIFY(added->second.id > 120);
        QCOMPARE(office.audit->verify()->entries, 122);

        const auto again = OfficeServer::moveFrom(file, **server, m_clock);
        QVERIFY(!again); // into a database that holds a company: refused, nothing changed
        QVERIFY2(again.error().contains(u"already holds"), qPrintable(again.error()));
        QCOMPARE(allOf(*office.store).size(), 121);
        QCOMPARE(Test::readBytes(file).size(), before.size());
    }

    void aFileWithABrokenAuditChainIsNotMoved()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.sqlite"));
        {
            Company local(file, m_clock);
            local.store->enqueue(invoice(QStringLiteral("FV/1")), QStringLiteral("test"), kNip);
            local.store->enqueue(invoice(QStringLiteral("FV/2")), QStringLiteral("test"), kNip);
            QSqlQuery(local.database->connection())
                .exec(QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE seq = 1"));
        }
        const QString location = Test::newPostgresDatabase();
        auto server = Database::open(location);
        const auto moved = OfficeServer::moveFrom(file, **server, m_clock);
        QVERIFY(!moved);
        QVERIFY2(moved.error().contains(u"broken"), qPrintable(moved.error()));
        QCOMPARE(scalar((*server)->connection(), QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    }
};

QTEST_GUILESS_MAIN(TestOfficeServer)
#include "tst_office_server.moc"
