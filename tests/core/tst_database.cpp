#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

bool tableExists(const Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                          .arg(table))
               .toInt() == 1;
}

QList<Migration> testMigrations()
{
    return {
        Migration{
            1, QStringLiteral("first"), {QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT)")}},
        Migration{2,
                  QStringLiteral("second"),
                  {QStringLiteral(
                       "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a(id))"),
                   QStringLiteral("ALTER TABLE a ADD COLUMN w TEXT NOT NULL DEFAULT 'x'")}},
        Migration{3, QStringLiteral("third"), {QStringLiteral("CREATE INDEX b_a ON b(a_id)")}},
    };
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    // Regression: a second open in one process used to read the file's header with a QFile and close it,
    // which dropped every POSIX lock the process held on the database (fcntl semantics). Another process
    // closing its connection then took itself for the last one and deleted the WAL under ours: rows written
    // afterwards were lost to everyone else (the desktop and its worker hold two connections; kurier-cli is
    // the third).
    void aSecondConnectionKeepsTheFirstOnesLocksAgainstOtherProcesses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        auto first = Kurier::Database::open(path);
        QVERIFY(first);
        QSqlQuery query((*first)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('before', '1')")));
        auto second = Kurier::Database::open(path); // the desktop's worker opening its own connection
        QVERIFY(second);
        QProcess other; // another process (kurier-cli, say) opens, reads and closes the database
        other.start(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                    "c.execute('select count(*) from meta').fetchall(); c.close()"),
                     path});
        QVERIFY(other.waitForFinished(20'000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the WAL of open connections was deleted");
        QVERIFY(query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('after', '2')")));
        auto third = Kurier::Database::open(path);
        QVERIFY(third);
        QSqlQuery check((*third)->connection());
        QVERIFY(check.exec(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key IN ('before', 'after')")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), 2);
    }

    void init() { QVERIFY(m_dir.isValid()); }

    void opensWithSafeSettingsAndTheBundledSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message()));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        const QList<Migration> bundled = Migration::bundled();
        QVERIFY(!bundled.isEmpty());
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion(bundled));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT value FROM meta WHERE key='application'")).toString(),
                 QStringLiteral("kurier"));
    }

    // A database at every earlier version (0 = empty) migrates to the newest, keeping its data.
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int v = 0; v < Database::latestVersion(testMigrations()); ++v) {
            QTest::addRow("from %d", v) << v;
        }
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, startVersion);
        const QString path = m_dir.filePath(QStringLiteral("from%1.sqlite").arg(startVersion));
        {
            auto old = Database::open(path, testMigrations().mid(0, startVersion));
            QVERIFY(old.has_value());
            QCOMPARE((*old)->schemaVersion(), startVersion);
            if (startVersion >= 1) {
                QSqlQuery insert((*old)->connection());
                QVERIFY(insert.exec(QStringLiteral("INSERT INTO a (id, v) VALUES (7, 'kept')")));
            }
        }
        auto db = Database::open(path, testMigrations());
        QVERIFY(db.has_value());
        QCOMPARE((*db)->schemaVersion(), 3);
        QVERIFY(tableExists(**db, QStringLiteral("b")));
        if (startVersion >= 1) {
            QCOMPARE(scalar(**db, QStringLiteral("SELECT v || w FROM a WHERE id = 7")).toString(),
                     QStringLiteral("keptx"));
        }
    }

    void bundledMigrationsApplyFromEveryEarlierVersion()
    {
        const QList<Migration> bundled = Migration::bundled();
        for (int v = 0; v < bundled.size(); ++v) {
            const QString path = m_dir.filePath(QStringLiteral("bundled%1.sqlite").arg(v));
            QVERIFY(Database::open(path, bundled.mid(0, v)).has_value());
            auto db = Database::open(path, bundled);
            QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message()));
            QCOMPARE((*db)->schemaVersion(), Database::latestVersion(bundled));
        }
    }

    void aFailingMigrationChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("rollback.sqlite"));
        QVERIFY(Database::open(path, testMigrations().mid(0, 1)).has_value());
        QList<Migration> broken = testMigrations();
        broken[2].statements.append(QStringLiteral("CREATE TABLE a (duplicate INTEGER)")); // fails: a exists
        auto failed = Database::open(path, broken);
        QVERIFY(!failed.has_value());
        QCOMPARE(failed.error().code, Database::Error::Code::MigrationFailed);
        QVERIFY(failed.error().message().contains(u"third"));
        auto db = Database::open(path, testMigrations().mid(0, 1));
        QVERIFY(db.has_value());
        QCOMPARE((*db)->schemaVersion(), 1);
        QVERIFY(!tableExists(**db, QStringLiteral("b"))); // migration 2 was rolled back with 3
    }

    void refusesADatabaseFromANewerVersionUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(Database::open(path, testMigrations()).has_value());
        const QByteArray before = fileHash(path);
        auto db = Database::open(path, testMigrations().mid(0, 2));
        QVERIFY(!db.has_value());
        QCOMPARE(db.error().code, Database::Error::Code::NewerVersion);
        QCOMPARE(db.error().foundVersion, 3);
        QCOMPARE(db.error().supportedVersion, 2);
        QVERIFY(db.error().message().contains(u"newer"));
        QCOMPARE(fileHash(path), before);
    }

    void reportsAFileThatIsNotADatabaseAndLeavesIt_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("This is my invoice list, not a database.\n").repeated(100);
        QByteArray damaged("SQLite format 3\0", 16);
        damaged += QByteArray(4096, '\xFF');
        QTest::newRow("damaged header") << damaged;
    }
    void reportsAFileThatIsNotADatabaseAndLeavesIt()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile::remove(path);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        auto db = Database::open(path);
        QVERIFY(!db.has_value());
        QCOMPARE(db.error().code, Database::Error::Code::NotADatabase);
        QVERIFY(!db.error().message().isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void reportsAPathThatCannotBeOpened()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("no/such/folder/db.sqlite")));
        QVERIFY(!db.has_value());
        QCOMPARE(db.error().code, Database::Error::Code::CannotOpen);
    }

    void twoConnectionsShareOneFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        auto first = Database::open(path, testMigrations());
        auto second = Database::open(path, testMigrations());
        QVERIFY(first.has_value() && second.has_value());
        QSqlQuery insert((*first)->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO a (id, v) VALUES (1, 'one')")));
        QCOMPARE(scalar(**second, QStringLiteral("SELECT v FROM a WHERE id = 1")).toString(),
                 QStringLiteral("one"));
        QSqlQuery orphan((*second)->connection());
        QVERIFY(
            !orphan.exec(QStringLiteral("INSERT INTO b (id, a_id) VALUES (1, 99)"))); // foreign keys enforced
    }

    void splitsScriptsIntoStatements()
    {
        const QStringList statements = Migration::splitStatements(
            QStringLiteral("-- comment\nCREATE TABLE t (x);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  "
                           "SELECT 1;\n  SELECT 2;\nEND;\n"
                           "INSERT INTO t VALUES ('a;b');\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements[1].startsWith(u"CREATE TRIGGER"));
        QVERIFY(statements[1].endsWith(u"END;"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
