#include "support/Samples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run kurierCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KURIER_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KURIER_BINARY_DIR "/bin/kurier-cli"), arguments);
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

void write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

// The command a user runs: `kurier-cli validate FILE|DIR…`, through the real binary.
class TestCliValidate : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("good"))));
        for (const QString &name : Test::officialTemplateNames()) {
            write(m_dir.filePath(QStringLiteral("good/") + name), Test::officialTemplate(name));
        }
    }

    void validFolderExitsZeroWithOneLinePerFile()
    {
        const Run run = kurierCli({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("good"))});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 6);
        for (const QString &line : lines) {
            QVERIFY2(line.endsWith(u": valid"), qPrintable(line));
        }
        QVERIFY(run.err.contains(u"6 valid, 0 invalid"));
    }

    void anInvalidFileMakesTheExitStatusNonZero()
    {
        QByteArray bad = Test::officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml"));
        QVERIFY(Test::replaceOnce(bad, "<P_15>53.63</P_15>", "<P_15>53.00</P_15>"));
        const QString badPath = m_dir.filePath(QStringLiteral("bad.xml"));
        write(badPath, bad);
        const QString missing = m_dir.filePath(QStringLiteral("missing.xml"));
        const Run run = kurierCli({QStringLiteral("validate"), badPath, missing,
                                   m_dir.filePath(QStringLiteral("good/csharp-invoice-template-fa-3.xml"))});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(badPath + QStringLiteral(": INVALID")) && lines[0].contains(u"P_15"),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(missing + QStringLiteral(": INVALID")), qPrintable(lines[1]));
        QVERIFY(lines[2].endsWith(u": valid"));
    }

    void jsonIsMachineReadable()
    {
        QByteArray fa2 = Test::officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml"));
        QVERIFY(Test::replaceOnce(fa2, "http://crd.gov.pl/wzor/2025/06/25/13775/",
                                  "http://crd.gov.pl/wzor/2023/06/29/12648/"));
        const QString path = m_dir.filePath(QStringLiteral("fa2.xml"));
        write(path, fa2);
        const Run run = kurierCli({QStringLiteral("validate"), QStringLiteral("--json"), path});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("invalid")).toInt(), 1);
        const QJsonObject file = root.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("valid")).toBool(), false);
        const QJsonObject issue = file.value(QStringLiteral("issues")).toArray().first().toObject();
        QCOMPARE(issue.value(QStringLiteral("code")).toString(), QStringLiteral("fa2"));
    }

    void speaksPolishOnRequest()
    {
        QByteArray bad = Test::officialTemplate(QStringLiteral("csharp-invoice-template-fa-3.xml"));
        QVERIFY(Test::replaceOnce(bad, "<NIP>1111111111</NIP>", "<NIP>1111111112</NIP>"));
        const QString path = m_dir.filePath(QStringLiteral("nip.xml"));
        write(path, bad);
        const Run run =
            kurierCli({QStringLiteral("--lang"), QStringLiteral("pl"), QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"NIP") && run.out.contains(u"nabywcy"), qPrintable(run.out));
    }

    // The two invoices a new user found valid (issue 33): <?xml-stylesheet?> after the declaration, and
    // U+FDD0 in a line's name — refused, each naming its line.
    void whatKsefWillRefuseIsRefusedWithItsLine()
    {
        const QString name = Test::officialTemplateNames().first();
        QByteArray stylesheet = Test::officialTemplate(name);
        QVERIFY(
            Test::replaceOnce(stylesheet, "?>", "?>\n<?xml-stylesheet type=\"text/xsl\" href=\"f.xsl\"?>"));
        QByteArray nonCharacter = Test::officialTemplate(name);
        QVERIFY(Test::replaceOnce(nonCharacter, "<P_7>", "<P_7>\xEF\xB7\x90"));
        write(m_dir.filePath(QStringLiteral("stylesheet.xml")), stylesheet);
        write(m_dir.filePath(QStringLiteral("noncharacter.xml")), nonCharacter);
        for (const auto &[file, code] :
             {std::pair{QStringLiteral("stylesheet.xml"), "processing-instruction"},
              std::pair{QStringLiteral("noncharacter.xml"), "discouraged-character"}}) {
            const Run run =
                kurierCli({QStringLiteral("validate"), QStringLiteral("--json"), m_dir.filePath(file)});
            QCOMPARE(run.exitCode, 1);
            const QJsonObject issue = QJsonDocument::fromJson(run.out.toUtf8())
                                          .object()
                                          .value(u"files")
                                          .toArray()
                                          .first()[u"issues"]
                                          .toArray()
                                          .first()
                                          .toObject();
            QCOMPARE(issue.value(u"code").toString(), QLatin1StringView(code));
            QVERIFY(issue.value(u"line").toInt() >= 2);
            const Run text = kurierCli({QStringLiteral("validate"), m_dir.filePath(file)});
            QVERIFY2(text.out.contains(QStringLiteral("line %1").arg(issue.value(u"line").toInt())),
                     qPrintable(text.out));
            // Import refuses it the same way, and nothing is queued.
            const QStringList queue{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("queue.sqlite")),
                                    QStringLiteral("--nip"), QStringLiteral("5265877635")};
            const Run imported =
                kurierCli(QStringList{QStringLiteral("import"), m_dir.filePath(file)} + queue);
            QCOMPARE(imported.exitCode, 1);
            QVERIFY2(imported.out.contains(QStringLiteral("line %1").arg(issue.value(u"line").toInt())),
                     qPrintable(imported.out));
            const Run status =
                kurierCli(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + queue);
            QVERIFY(
                QJsonDocument::fromJson(status.out.toUtf8()).object().value(u"items").toArray().isEmpty());
        }
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(kurierCli({QStringLiteral("validate")}).exitCode, 2);
        QCOMPARE(kurierCli({QStringLiteral("no-such-command")}).exitCode, 2);
        const Run version = kurierCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("kurier-cli " KURIER_VERSION)); // one version, CMake's
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
