// The real `kurier` binary: started with --sandbox (offscreen) it brings up the local emulator as its child
// and the demo invoices; SIGTERM ends it cleanly with the emulator; after a `kill -9` the emulator does not
// outlive it (PR_SET_PDEATHSIG), and the next start finds the sandbox as it was.
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestDesktopProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QList<qint64> childrenOf(qint64 parent)
    {
        QList<qint64> children;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool number = false;
            const qint64 pid = entry.toLongLong(&number);
            if (!number) {
                continue;
            }
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly)) {
                continue;
            }
            // pid (comm) state ppid …; comm may contain spaces: split after the last ')'.
            const QByteArray text = stat.readAll();
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields[0] != "Z" && fields[1].toLongLong() == parent) {
                children.append(pid);
            }
        }
        return children;
    }

    static bool alive(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArray text = stat.readAll();
        return !text.mid(text.lastIndexOf(')') + 2).startsWith('Z');
    }

    int demoInvoices()
    {
        const QString path = m_dir.filePath(QStringLiteral("sandbox/kurier.sqlite"));
        if (!QFile::exists(path)) {
            return 0;
        }
        auto database = Kurier::Database::open(path);
        if (!database) {
            return 0;
        }
        QSqlQuery query((*database)->connection());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && query.next()
                   ? query.value(0).toInt()
                   : 0;
    }

    void start(QProcess &kurier)
    {
        kurier.setProgram(QStringLiteral(KURIER_BINARY_DIR "/bin/kurier"));
        kurier.setArguments({QStringLiteral("--sandbox"), QStringLiteral("--data-dir"), m_dir.path(),
                             QStringLiteral("--no-tray")});
        kurier.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        kurier.start();
        QVERIFY(kurier.waitForStarted());
    }

private slots:
    void sigtermEndsCleanlyWithItsEmulator()
    {
        QProcess kurier;
        start(kurier);
        QTRY_COMPARE_WITH_TIMEOUT(demoInvoices(), 5, 30'000);
        const QList<qint64> children = childrenOf(kurier.processId());
        QCOMPARE(children.size(), 1); // the emulator
        ::kill(static_cast<pid_t>(kurier.processId()), SIGTERM);
        QVERIFY(kurier.waitForFinished(20'000));
        QCOMPARE(kurier.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kurier.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(children.first()), 10'000);
    }

    void afterKill9TheEmulatorDoesNotOutliveItAndTheSandboxIsKept()
    {
        QProcess kurier;
        start(kurier);
        qint64 emulator = 0;
        QTRY_VERIFY_WITH_TIMEOUT(!childrenOf(kurier.processId()).isEmpty(), 30'000);
        emulator = childrenOf(kurier.processId()).first();
        QTest::qWait(1000);
        ::kill(static_cast<pid_t>(kurier.processId()), SIGKILL);
        QVERIFY(kurier.waitForFinished(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(!alive(emulator), 10'000);
        QCOMPARE(demoInvoices(), 5); // a second start does not add demo invoices again
    }
};

QTEST_GUILESS_MAIN(TestDesktopProcess)
#include "tst_desktop_process.moc"
