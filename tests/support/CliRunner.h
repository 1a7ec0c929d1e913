#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace Kurier::Test {

// Runs the real kurier-cli binary to its end while this thread's event loop keeps turning (an emulator in
// this process goes on serving it).
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1; // -1: did not start, did not end in time, or crashed
        QByteArray out;
        QString err;
    };

    QStringList common; // appended to every command (--db, --base-url, --nip)
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QByteArray input; // written to the next command's standard input (passwords, tokens), then cleared
    QString workingDirectory; // where relative paths of a command line are (empty: the test's own)

    Run operator()(const QStringList &arguments, int timeoutMs = 120000)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        if (!workingDirectory.isEmpty()) {
            process.setWorkingDirectory(workingDirectory);
        }
        process.start(QStringLiteral(KURIER_BINARY_DIR "/bin/kurier-cli"), arguments + common);
        Run run;
        if (!process.waitForStarted()) {
            return run;
        }
        process.write(std::exchange(input, QByteArray()));
        process.closeWriteChannel();
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs) {
            QTest::qWait(20);
        }
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            // What it said before it hung: the place to start looking.
            run.out = process.readAllStandardOutput();
            run.err = QStringLiteral("[kurier-cli %1: no end after %2 ms, killed]\n")
                          .arg(arguments.join(u' '))
                          .arg(timeoutMs) +
                      QString::fromUtf8(process.readAllStandardError());
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
};

} // namespace Kurier::Test
