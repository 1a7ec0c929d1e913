// The command line as the README writes it: every kurier-cli line of its ```sh blocks is run exactly as
// written (optional parts included, each alternative on its own) — in English and in Polish — against the
// real emulator, the real system keychain (a private D-Bus session), a throw-away PostgreSQL cluster and a
// HOME of its own. Only what a reader must replace is replaced: the office server's address, the emulator's
// address (--base-url), and the placeholders (SERIAL, ID, "…"). No line may be answered with the usage (exit
// 2), none may hang or crash, each ends with the exit status the README promises, every command of
// `kurier-cli --help` appears in the README, and no text of Kurier's reaches a Polish run untranslated. And:
// with KSeF unreachable, `send --wait-retries 0` ends within a minute, says so, and changes nothing.
#include "ReadmeCommands.h"
#include "fa/Fa3Writer.h"
#include "ksef/CredentialVault.h"
#include "ksef/KsefClient.h"
#include "ksef/KsefEnvironment.h"
#include "ksef/SecretStore.h"
#include "ksef/crypto/SigningIdentity.h"
#include "ksef/crypto/Xades.h"
#include "settings/AppSettings.h"
#include "support/CliRunner.h"
#include "support/EmulatorHarness.h"
#include "support/Files.h"
#include "support/Samples.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <csignal>
#include <functional>

using namespace Kurier;
using Test::readBytes;

namespace {
// Test::writeBytes, in a folder made first.
bool writeBytes(const QString &path, const QByteArray &bytes)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && Test::writeBytes(path, bytes);
}
} // namespace

namespace {
const QString kFlorist = QStringLiteral("7771234567");

QByteArray invoiceXml(const QString &seller, const QString &number, const QString &buyer, QDate date)
{
    Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23});
    invoice.seller.nip = seller;
    invoice.buyer.nip = buyer;
    invoice.number = number;
    invoice.issueDate = date;
    invoice.saleDate = date;
    return *Fa3Writer::write(invoice);
}

QString postgresClusterUrl()
{
    QFile file(qEnvironmentVariable("KURIER_TEST_POSTGRES"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

// SQL on the cluster as its superuser: the administrator's steps the README does with createdb/createuser.
bool onCluster(const QStringList &statements)
{
    const QUrl url(postgresClusterUrl());
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("readme-admin"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("readme-admin"));
    return ok;
}

// English that reached a Polish run: lines with at least two of these words.
bool looksEnglish(const QString &line)
{
    static const QStringList words{
        QStringLiteral("the"),    QStringLiteral("is"),      QStringLiteral("not"),
        QStringLiteral("cannot"), QStringLiteral("was"),     QStringLiteral("and"),
        QStringLiteral("with"),   QStringLiteral("invoice"), QStringLiteral("invoices"),
        QStringLiteral("queue"),  QStringLiteral("sent"),    QStringLiteral("no")};
    int found = 0;
    for (const QString &word :
         line.toLower().split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts)) {
        found += words.contains(word) ? 1 : 0;
    }
    return found >= 2;
}
} // namespace

class TestCliReadme : public QObject
{
    Q_OBJECT

    // One language's run: its own HOME, emulator, keychain entries (the emulator's port is in their key) and
    // server databases.
    struct Run
    {
        QString language;
        QTemporaryDir dir;
        QString home;
        Test::EmulatorHarness ksef{Test::EmulatorHarness::fastConfig(Test::kSellerNip)};
        Test::CliRunner cli;
        QString purchaseKsefNumber;
        QString untranslatedLog;
        QStringList ran; // "command subcommand" of every line run
        QStringList english;
    };

    static QString path(const Run &run, const QString &relative) { return run.home + u'/' + relative; }

    // Everything a reader would have before typing the README's lines: a company with its KSeF token, two
    // invoices sent, a supplier's invoice waiting in KSeF, the desktop's settings with the company, invoices
    // in the folders the README names.
    static void prepare(Run &run)
    {
        run.home = run.dir.filePath(QStringLiteral("home"));
        QDir().mkpath(run.home);
        run.cli.environment.insert(QStringLiteral("HOME"), run.home);
        run.cli.environment.insert(QStringLiteral("XDG_DATA_HOME"),
                                   run.home + QStringLiteral("/.local/share"));
        run.cli.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), run.home + QStringLiteral("/.config"));
        run.cli.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        run.cli.environment.insert(QStringLiteral("KURIER_LANG"), run.language);
        run.cli.environment.remove(QStringLiteral("KURIER_KSEF_TOKEN"));
        run.untranslatedLog = run.dir.filePath(QStringLiteral("untranslated.txt"));
        run.cli.environment.insert(QStringLiteral("KURIER_UNTRANSLATED_LOG"), run.untranslatedLog);
        run.cli.workingDirectory = run.home;
        const QStringList ksef{QStringLiteral("--base-url"), run.ksef.baseUrl()};
        for (const QString &nip : {Test::kSellerNip, Test::kBuyerNip, kFlorist}) {
            run.cli.input = run.ksef.emulator().createDemoSubject(nip).toUtf8() + '\n';
            const auto stored =
                run.cli(QStringList{QStringLiteral("credentials"), QStringLiteral("set-token"),
                                    QStringLiteral("--nip"), nip} +
                        ksef);
            QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        }
        const QDate today = QDate::currentDate();
        for (const QString &number : {QStringLiteral("FV/2026/11/001"), QStringLiteral("FV/2026/11/002")}) {
            QVERIFY(writeBytes(path(run, u"faktury/" + QString(number).replace(u'/', u'-') + u".xml"),
                               invoiceXml(Test::kSellerNip, number, Test::kBuyerNip, today)));
        }
        QVERIFY(writeBytes(
            path(run, QStringLiteral("faktura.xml")),
            invoiceXml(Test::kSellerNip, QStringLiteral("FV/2026/11/003"), Test::kBuyerNip, today)));
        const QStringList company{QStringLiteral("--nip"), Test::kSellerNip};
        const auto imported = run.cli(
            QStringList{QStringLiteral("import"), path(run, QStringLiteral("faktury"))} + company + ksef);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto sent = run.cli(QStringList{QStringLiteral("send")} + company + ksef);
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));

        // A supplier (1111111111) sends the company an invoice: a purchase invoice in KSeF.
        const QString supplierDb = run.dir.filePath(QStringLiteral("supplier.sqlite"));
        const QStringList supplier =
            QStringList{QStringLiteral("--nip"), Test::kBuyerNip, QStringLiteral("--db"), supplierDb} + ksef;
        QVERIFY(
            writeBytes(run.dir.filePath(QStringLiteral("zakup.xml")),
                       invoiceXml(Test::kBuyerNip, QStringLiteral("Z/2026/12/1"), Test::kSellerNip, today)));
        QCOMPARE(
            run.cli(QStringList{QStringLiteral("import"), run.dir.filePath(QStringLiteral("zakup.xml"))} +
                    supplier)
                .exitCode,
            0);
        QCOMPARE(run.cli(QStringList{QStringLiteral("send")} + supplier).exitCode, 0);
        const auto status =
            run.cli(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + supplier);
        run.purchaseKsefNumber = QJsonDocument::fromJson(status.out)
                                     .object()
                                     .value(u"items")
                                     .toArray()
                                     .first()[u"ksefNumber"]
                                     .toString();
        QVERIFY(!run.purchaseKsefNumber.isEmpty());

        // Offline: one to import as issued offline, one waiting in the queue, a fixed file for a correction.
        QVERIFY(writeBytes(
            path(run, QStringLiteral("faktury-offline/FV-2026-12-005.xml")),
            invoiceXml(Test::kSellerNip, QStringLiteral("FV/2026/12/005"), Test::kBuyerNip, today)));
        QVERIFY(writeBytes(
            path(run, QStringLiteral("poprawiona.xml")),
            invoiceXml(Test::kSellerNip, QStringLiteral("FV/2026/12/005"), Test::kBuyerNip, today)));
        QVERIFY(writeBytes(
            run.dir.filePath(QStringLiteral("FV-2026-12-007.xml")),
            invoiceXml(Test::kSellerNip, QStringLiteral("FV/2026/12/007"), Test::kBuyerNip, today)));
        QCOMPARE(run.cli(QStringList{QStringLiteral("import"),
                                     run.dir.filePath(QStringLiteral("FV-2026-12-007.xml"))} +
                         company + ksef)
                     .exitCode,
                 0);

        // The desktop's settings with the company (its environment: the emulator), and a month's folder of
        // the company's and the florist's invoices.
        const QString data = path(run, QStringLiteral(".local/share/Kurier/Kurier"));
        QDir().mkpath(data);
        AppSettings settings;
        settings.environment = run.ksef.baseUrl();
        CompanyProfile profile;
        profile.nip = Test::kSellerNip;
        profile.name = QStringLiteral("Piekarnia Demo");
        settings.upsertCompany(profile);
        settings.firstRunDone = true;
        {
            QSettings stored(data + QStringLiteral("/kurier.ini"), QSettings::IniFormat);
            settings.save(stored);
        }
        QVERIFY(writeBytes(path(run, QStringLiteral("Faktury/2026-12/p1.xml")),
                           invoiceXml(Test::kSellerNip, QStringLiteral("P/12/1"), Test::kBuyerNip, today)));
        QVERIFY(writeBytes(path(run, QStringLiteral("Faktury/2026-12/k1.xml")),
                           invoiceXml(kFlorist, QStringLiteral("K/12/1"), Test::kBuyerNip, today)));

        // The office server: the administrator made the company's database, an empty one to move a company
        // into, and the login role anna (README: createdb, createuser).
        QVERIFY(
            onCluster({QStringLiteral("DROP DATABASE IF EXISTS kurier_5265877635_%1").arg(run.language),
                       QStringLiteral("DROP DATABASE IF EXISTS kurier_5265877635_%1_m").arg(run.language),
                       QStringLiteral("CREATE DATABASE kurier_5265877635_%1").arg(run.language),
                       QStringLiteral("CREATE DATABASE kurier_5265877635_%1_m").arg(run.language),
                       QStringLiteral("DO $$ BEGIN CREATE ROLE anna LOGIN; EXCEPTION WHEN duplicate_object "
                                      "THEN NULL; END $$")}));
    }

    // The command of a line: its first word after the global --lang option.
    static QString commandName(const QStringList &words)
    {
        return words.value(0) == u"--lang" ? words.value(2) : words.value(0);
    }
    static QString subcommandName(const QStringList &words)
    {
        const QString next = words.value(words.value(0) == u"--lang" ? 3 : 1);
        return next.startsWith(u"--") ? QString() : next;
    }

    // What a reader replaces in a line, and the files a line needs that an earlier step of the reader's made.
    static QStringList resolve(Run &run, const Test::ReadmeCommand &command)
    {
        const QUrl cluster(postgresClusterUrl());
        const QString written = command.written;
        const bool migrate = written.contains(u"server migrate");
        QStringList words;
        for (QString word : command.words) {
            if (word.startsWith(u'~')) {
                word = run.home + word.mid(1);
            }
            if (word == u"NIP") {
                word = Test::kSellerNip;
            } else if (word == u"SERIAL") {
                KeychainSecretStore keychain;
                const auto stored = CredentialVault(keychain).ksefCertificate(
                    KsefEnvironment::fromText(run.ksef.baseUrl())->key(), Test::kSellerNip,
                    KsefCertificateType::Authentication);
                word = stored && stored->has_value() ? (*stored)->serial() : QStringLiteral("missing");
            } else if (word == u"PERMISSION-ID") { // the first one `permissions list` shows
                const auto list =
                    run.cli({QStringLiteral("permissions"), QStringLiteral("list"), QStringLiteral("--json"),
                             QStringLiteral("--nip"), Test::kSellerNip, QStringLiteral("--base-url"),
                             run.ksef.baseUrl()});
                word = QJsonDocument::fromJson(list.out).array().first()[u"id"].toString();
            } else if (word == u"ID") {
                word = QStringLiteral("1");
            } else if (word == u"…") {
                word = QStringLiteral("sprawdzone ręcznie");
            } else if (word.startsWith(u"…/")) {
                word = path(run, QStringLiteral(".local/share/Kurier/Kurier/companies/")) + word.mid(2);
            } else if (word == u"TEXT") {
                word = QStringLiteral("Z/2026");
            } else if (word == u"N") {
                word = QStringLiteral("10");
            } else if (word.endsWith(u"…")) {
                word = run.purchaseKsefNumber; // 1111111111-20261126-… and KSEF-NUMBER…
            } else if (word.startsWith(u"postgresql://")) {
                static const QRegularExpression server(
                    QStringLiteral(R"(^postgresql://(\w+)@server\.local/(\w+)(\?sslmode=require)?$)"));
                const auto match = server.match(word);
                const QString user =
                    match.captured(1) == u"kurier_admin" ? cluster.userName() : match.captured(1);
                word = QStringLiteral("postgresql://%1@%2:%3/%4_%5%6?sslmode=disable")
                           .arg(user, cluster.host())
                           .arg(cluster.port())
                           .arg(match.captured(2), run.language, migrate ? QStringLiteral("_m") : QString());
            }
            words.append(word);
        }
        // The emulator instead of KSeF (--base-url wins over --environment) wherever the command talks to
        // KSeF.
        const QString name = commandName(words);
        if (name != u"validate" && name != u"clients" && !words.contains(QStringLiteral("--all-companies")) &&
            !words.contains(QStringLiteral("--desktop")) && !words.contains(QStringLiteral("--check"))) {
            words += {QStringLiteral("--base-url"), run.ksef.baseUrl()};
        }
        return words;
    }

    // A file an earlier step of the reader's made: a signed login request, a certificate downloaded from
    // KSeF, the company's database where the desktop keeps it, a backup where the desktop keeps them.
    static void before(Run &run, const QString &written)
    {
        const QString companies = path(run, QStringLiteral(".local/share/Kurier/Kurier/companies"));
        const QString production = companies + QStringLiteral("/production-5265877635.sqlite");
        const QString vaultEnvironment = KsefEnvironment::fromText(run.ksef.baseUrl())->key();
        if (written.contains(u"certificates enrol --signed")) {
            const auto seal = KsefClient::selfSignedSeal(Test::kSellerNip, QStringLiteral("Piekarnia Demo"));
            QVERIFY(writeBytes(path(run, QStringLiteral("podpisany.xml")),
                               *Xades::sign(readBytes(path(run, QStringLiteral("logowanie.xml"))),
                                            seal->first, seal->second, QDateTime::currentDateTimeUtc())));
        } else if (written.contains(u"certificates import --cert")) {
            KeychainSecretStore keychain;
            const auto offline = CredentialVault(keychain).ksefCertificate(vaultEnvironment, Test::kSellerNip,
                                                                           KsefCertificateType::Offline);
            QVERIFY(offline && offline->has_value());
            QVERIFY(writeBytes(path(run, QStringLiteral("cert.crt")), (*offline)->certificate.pem()));
            QVERIFY(writeBytes(path(run, QStringLiteral("cert.key")), (*offline)->key.privateKeyPem()));
        } else if (written.contains(u"credentials set-certificate")) {
            const auto seal = KsefClient::selfSignedSeal(Test::kSellerNip, QStringLiteral("Piekarnia Demo"));
            QVERIFY(writeBytes(path(run, QStringLiteral("pieczec.p12")),
                               *SigningIdentity{seal->first, seal->second}.toPkcs12(QStringLiteral("hasło"),
                                                                                    QStringLiteral("seal"))));
            run.cli.input = "hasło\n";
        } else if (written.contains(u"identity set --p12")) {
            const auto seal = KsefClient::selfSignedSeal(QStringLiteral("9876543210"),
                                                         QStringLiteral("Biuro Rachunkowe Demo"));
            QVERIFY(writeBytes(path(run, QStringLiteral("biuro.p12")),
                               *SigningIdentity{seal->first, seal->second}.toPkcs12(
                                   QStringLiteral("hasło"), QStringLiteral("biuro"))));
            run.cli.input = "hasło\n";
        } else if (written.contains(u"credentials set-token")) {
            run.cli.input = run.ksef.emulator().createDemoSubject(Test::kSellerNip).toUtf8() + '\n';
        } else if (written.contains(u"production-5265877635.sqlite") && !QFile::exists(production)) {
            QDir().mkpath(companies);
            QVERIFY(QFile::copy(path(run, QStringLiteral(".local/share/Kurier/kurier-cli/kurier.sqlite")),
                                production));
        }
        if (written.startsWith(u"kurier-cli restore")) {
            const QString backups = path(run, QStringLiteral(".local/share/Kurier/Kurier/backups"));
            QDir().mkpath(backups);
            QFile::remove(backups + QStringLiteral("/production-5265877635-20261125-081500.sqlite"));
            QVERIFY(QFile::copy(path(run, QStringLiteral("kurier-2026-11.sqlite")),
                                backups + QStringLiteral("/production-5265877635-20261125-081500.sqlite")));
        }
    }

    // The exit statuses the README gives a line (0 unless it says otherwise).
    static QList<int> expectedExit(const QStringList &words, const QString &written)
    {
        const auto has = [&](const char *text) {
            return written.contains(QLatin1StringView(text));
        };
        if (has("offline correct")) {
            return {1}; // only a rejected offline invoice: FV/2026/12/005 was not rejected
        }
        if (has("--resolve")) {
            return {0, 1}; // 1: no finding with that id in this company's reports
        }
        if (has("offline list") || has("clients") || has("reconcile") || has("--all-companies")) {
            return {0, 3}; // 3: something needs a person (an overdue offline invoice, a finding)
        }
        if (commandName(words) == u"alerts") {
            return {0, 1}; // 1: alerts are open (or the one to acknowledge is not)
        }
#ifndef KURIER_CLI_RENDER
        if (words.contains(QStringLiteral("--pdf")) || commandName(words) == u"pdf") {
            return {1}; // the headless build renders no documents, and says so
        }
#endif
        return {0};
    }

    // `run` keeps going until SIGTERM: it is stopped after a few seconds and must end cleanly.
    static Test::CliRunner::Run runUntilStopped(Run &run, const QStringList &words)
    {
        QProcess process;
        process.setProcessEnvironment(run.cli.environment);
        process.setWorkingDirectory(run.home);
        process.start(QStringLiteral(KURIER_BINARY_DIR "/bin/kurier-cli"), words);
        Test::CliRunner::Run result;
        if (!process.waitForStarted()) {
            return result;
        }
        QTest::qWait(3000);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 30000) {
            QTest::qWait(20);
        }
        if (process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit) {
            result.exitCode = process.exitCode();
        } else {
            process.kill();
            process.waitForFinished();
        }
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    void runReadme(const QString &language)
    {
        const QList<Test::ReadmeCommand> commands =
            Test::readmeCommands(QStringLiteral(KURIER_SOURCE_DIR "/README.md"));
        QVERIFY2(commands.size() > 40, "the README's command lines were not found");
        Run run;
        run.language = language;
        prepare(run);
        if (QTest::currentTestFailed()) {
            return;
        }
        for (const Test::ReadmeCommand &command : commands) {
            before(run, command.written);
            if (QTest::currentTestFailed()) {
                return;
            }
            const QStringList words = resolve(run, command);
            const auto result = commandName(words) == u"run" ? runUntilStopped(run, words) : run.cli(words);
            const QString what = QStringLiteral("README line %1 (%2): `kurier-cli %3`\nexit %4\n%5%6")
                                     .arg(command.line)
                                     .arg(language, command.words.join(u' '))
                                     .arg(result.exitCode)
                                     .arg(QString::fromUtf8(result.out).left(1500), result.err.left(1500));
            QVERIFY2(expectedExit(words, command.written).contains(result.exitCode), qPrintable(what));
            if (!command.redirectOut.isEmpty()) {
                QVERIFY(writeBytes(path(run, command.redirectOut), result.out));
            }
            run.ran.append(commandName(words));
            if (const QString sub = subcommandName(words); !sub.isEmpty()) {
                run.ran.append(commandName(words) + u' ' + sub);
            }
            if (language == u"pl") {
                const bool json = words.contains(QStringLiteral("--json")) || !command.redirectOut.isEmpty();
                const QString text = (json ? QString() : QString::fromUtf8(result.out)) + result.err;
                for (const QString &line : text.split(u'\n')) {
                    // A JSON record (the audit log's detail in `show`) is data, not a message.
                    if (looksEnglish(line) && !line.trimmed().startsWith(u'{')) {
                        run.english.append(QStringLiteral("line %1 `%2`: %3")
                                               .arg(command.line)
                                               .arg(command.words.join(u' '), line));
                    }
                }
            }
        }

        // Every command and subcommand of `kurier-cli --help` is one the README shows (and so was run here).
        Test::CliRunner english = run.cli;
        english.environment.insert(QStringLiteral("KURIER_LANG"), QStringLiteral("en"));
        const auto help = english({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QStringList named = Test::helpCommands(QString::fromUtf8(help.out));
        QVERIFY2(named.size() > 25, qPrintable(QString::fromUtf8(help.out)));
        QStringList missing;
        for (const QString &one : named) {
            if (!run.ran.contains(one)) {
                missing.append(one);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"in --help but never in the README: " + missing.join(u", ")));

        if (language == u"pl") {
            QStringList untranslated =
                QString::fromUtf8(readBytes(run.untranslatedLog)).split(u'\n', Qt::SkipEmptyParts);
            untranslated.removeDuplicates();
            QVERIFY2(untranslated.isEmpty(),
                     qPrintable(u"English texts reached the Polish run:\n" + untranslated.join(u'\n')));
            run.english.removeDuplicates();
            QVERIFY2(run.english.isEmpty(),
                     qPrintable(u"English in Polish output:\n" + run.english.join(u'\n')));
        }
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kurier.emulator.info=false"));
        QVERIFY2(!postgresClusterUrl().isEmpty(), "KURIER_TEST_POSTGRES: the test cluster's address file");
    }

    void everyReadmeCommandInEnglish()
    {
        runReadme(QStringLiteral("en"));
    }
    void everyReadmeCommandInPolish()
    {
        runReadme(QStringLiteral("pl"));
    }

    // KSeF does not answer: `send --wait-retries 0` ends within a minute with exit 1, says that KSeF does not
    // answer and when the queue would try again, and leaves the queue as it was. Without it, it says so while
    // it waits, and still ends.
    void sendEndsWhenKsefDoesNotAnswer()
    {
        QTemporaryDir dir;
        Test::CliRunner cli;
        cli.environment.remove(QStringLiteral("KURIER_KSEF_TOKEN"));
        cli.environment.insert(QStringLiteral("KURIER_LANG"), QStringLiteral("en"));
        QString baseUrl;
        {
            Test::EmulatorHarness ksef(Test::EmulatorHarness::fastConfig(Test::kSellerNip));
            baseUrl = ksef.baseUrl();
            cli.common = {QStringLiteral("--db"),       dir.filePath(QStringLiteral("kurier.sqlite")),
                          QStringLiteral("--base-url"), baseUrl,
                          QStringLiteral("--nip"),      Test::kSellerNip};
            cli.input = ksef.emulator().createDemoSubject(Test::kSellerNip).toUtf8() + '\n';
            QCOMPARE(cli({QStringLiteral("credentials"), QStringLiteral("set-token")}).exitCode, 0);
        } // the emulator stops: its port refuses connections
        QVERIFY(writeBytes(
            dir.filePath(QStringLiteral("fv.xml")),
            invoiceXml(Test::kSellerNip, QStringLiteral("FV/1"), Test::kBuyerNip, QDate::currentDate())));
        QCOMPARE(cli({QStringLiteral("import"), dir.filePath(QStringLiteral("fv.xml"))}).exitCode, 0);
        const QByteArray before = cli({QStringLiteral("status"), QStringLiteral("--json")}).out;

        QElapsedTimer timer;
        timer.start();
        const auto ended =
            cli({QStringLiteral("send"), QStringLiteral("--wait-retries"), QStringLiteral("0")}, 90'000);
        const qint64 took = timer.elapsed();
        QVERIFY2(ended.exitCode == 1, qPrintable(ended.err));
        QVERIFY2(took < 60'000, qPrintable(QString::number(took)));
        QVERIFY2(ended.err.contains(QStringLiteral("KSeF does not answer")), qPrintable(ended.err));
        QVERIFY2(ended.err.contains(QStringLiteral("Polish time")), qPrintable(ended.err));
        QVERIFY2(!ended.err.contains(QStringLiteral("func=")), qPrintable(ended.err));
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--json")}).out, before);
        const QJsonObject item =
            QJsonDocument::fromJson(before).object().value(u"items").toArray().first().toObject();
        QCOMPARE(item.value(u"state").toString(), QStringLiteral("queued"));
        QCOMPARE(item.value(u"attempts").toInt(), 0);

        // Waiting for retries within 8 s: it says why while it waits, then ends the same way.
        const auto waited =
            cli({QStringLiteral("send"), QStringLiteral("--wait-retries"), QStringLiteral("8")}, 120'000);
        QVERIFY2(waited.exitCode == 1, qPrintable(waited.err));
        QVERIFY2(waited.err.contains(QStringLiteral("trying again at")), qPrintable(waited.err));
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--json")}).out, before);
    }
};

QTEST_GUILESS_MAIN(TestCliReadme)
#include "tst_cli_readme.moc"
