// Backups and restoring one, for real: a backup made while the database is in use, invoices sent after it,
// the backup restored, and the reconciliation taking the later invoices back from the emulator with their
// UPOs — nothing lost. Bad backups (truncated, not a database, an altered audit log) are refused and change
// nothing.
#include "audit/AuditLog.h"
#include "backup/Backup.h"
#include "ksef/crypto/Crypto.h"
#include "reconcile/ReconcileStore.h"
#include "reconcile/Reconciler.h"
#include "storage/Database.h"
#include "support/EngineHarness.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;
using namespace Kurier::Test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? Crypto::sha256(file.readAll()) : QByteArray();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void aRestoredBackupGetsTheLaterInvoicesBackFromKsef()
    {
        EngineHarness harness;
        harness.enqueue(3, QStringLiteral("FV/BEFORE"));
        harness.runUntilFinished();
        QCOMPARE(harness.count(InvoiceState::Confirmed), 3);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("backup.sqlite"));
        const auto written = Backup::write(*harness.services().database, file); // the database is in use
        QVERIFY2(written, written ? "" : qPrintable(written.error()));
        QCOMPARE(written->invoices, 3);
        QVERIFY(written->auditEntries > 0);
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
        const auto again = Backup::write(*harness.services().database, file);
        QVERIFY(!again); // never over an existing file

        // Two more invoices go to KSeF after the backup; then the disk fails and the backup is restored.
        harness.enqueue(2, QStringLiteral("FV/AFTER"));
        harness.runUntilFinished();
        QCOMPARE(harness.count(InvoiceState::Confirmed), 5);
        QString kept;
        harness.reopen([&] {
            const SystemClock clock;
            const auto restored = Backup::restore(file, harness.databasePath(), clock);
            QVERIFY2(restored, restored ? "" : qPrintable(restored.error()));
            kept = *restored;
        });
        QVERIFY(QFileInfo(kept).fileName().contains(QStringLiteral(".before-restore-")));
        QCOMPARE(Backup::inspect(kept)->invoices, 5); // the replaced database is kept, whole
        QCOMPARE(harness.count(InvoiceState::Confirmed), 3);

        // The reconciliation finds the two in KSeF and takes them back, with their XML and verified UPO.
        SystemClock clock;
        ReconcileStore reports(harness.services().database->connection(), *harness.services().audit, clock);
        Reconciler reconciler(harness.store(), harness.engine(), *harness.services().client, reports,
                              harness.services().limiter.get(), clock, harness.services().environment.key(),
                              EngineHarness::kNip);
        Reconciler::Options options;
        options.from = QDateTime::currentDateTimeUtc().addDays(-1);
        options.to = QDateTime::currentDateTimeUtc().addSecs(60);
        QTest::qWait(300); // permanent storage
        const auto report = reconciler.run(options);
        QVERIFY(report);
        QCOMPARE(report->count(ReconcileFinding::Kind::OrphanKsef), 2);
        QCOMPARE(harness.count(InvoiceState::Confirmed), 5);
        const auto after = harness.store().find(QStringLiteral("FV/AFTER/1"), true);
        QVERIFY(after && after->has_value());
        QVERIFY((*after)->upoVerified);
        QVERIFY(harness.services().audit->verify()->intact);
    }

    void badBackupsAreRefusedAndChangeNothing()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("kurier.sqlite"));
        QString good = dir.filePath(QStringLiteral("good.sqlite"));
        {
            auto database = Database::open(dbPath);
            QVERIFY(database);
            SystemClock clock;
            AuditLog audit((*database)->connection(), clock);
            QVERIFY(audit.append(QStringLiteral("test"), QString(), {{QStringLiteral("n"), 1}}));
            QVERIFY(audit.append(QStringLiteral("test"), QString(), {{QStringLiteral("n"), 2}}));
            QVERIFY(Backup::write(**database, good));
        }
        const QByteArray before = fileHash(dbPath);
        const SystemClock clock;

        QFile source(good);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const QString truncated = dir.filePath(QStringLiteral("truncated.sqlite"));
        QFile cut(truncated);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("faktury z listopada\n");
        notes.close();
        const QString altered = dir.filePath(QStringLiteral("altered.sqlite"));
        QVERIFY(QFile::copy(good, altered));
        {
            const QString name = QStringLiteral("alter");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(altered);
                QVERIFY(db.open());
                QSqlQuery edit(db);
                QVERIFY(edit.exec(QStringLiteral("UPDATE audit_log SET detail = '{\"n\":7}' WHERE seq = 1")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }

        for (const auto &[file, expected] :
             {std::pair{truncated, QStringLiteral("")}, std::pair{text, QStringLiteral("SQLite")},
              std::pair{altered, QStringLiteral("audit")},
              std::pair{dir.filePath(QStringLiteral("none")), QString()}}) {
            const auto inspected = Backup::inspect(file);
            QVERIFY2(!inspected, qPrintable(file));
            QVERIFY2(inspected.error().contains(expected), qPrintable(inspected.error()));
            const auto restored = Backup::restore(file, dbPath, clock);
            QVERIFY2(!restored, qPrintable(file));
            QCOMPARE(fileHash(dbPath), before); // the database is untouched
            QVERIFY(!QFile::exists(dbPath + QStringLiteral(".restoring")));
        }
        QVERIFY(Backup::inspect(good));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).size(), 0);
    }

    void theDailyBackupKeepsTheNewestFew()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("5265877635.sqlite")));
        QVERIFY(database);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        const QString folder = dir.filePath(QStringLiteral("backups"));
        const auto first = Backup::daily(**database, folder, 2, clock);
        QVERIFY(first && first->has_value());
        clock.advance(3600 * 1000);
        const auto sameDay = Backup::daily(**database, folder, 2, clock);
        QVERIFY(sameDay && !sameDay->has_value());
        QStringList written{**first};
        for (int day = 1; day <= 2; ++day) {
            clock.advance(25LL * 3600 * 1000);
            // The newest backup's own time decides (its file time): make it as old as the clock says.
            QFile newest(written.constLast());
            QVERIFY(newest.open(QIODevice::ReadWrite));
            QVERIFY(
                newest.setFileTime(clock.now().addDays(-1).addSecs(-60), QFileDevice::FileModificationTime));
            newest.close();
            const auto next = Backup::daily(**database, folder, 2, clock);
            QVERIFY(next && next->has_value());
            written << **next;
        }
        const QStringList left =
            QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
        QCOMPARE(left.size(), 2);
        QCOMPARE(QDir(folder).filePath(left.constLast()), written.constLast());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
