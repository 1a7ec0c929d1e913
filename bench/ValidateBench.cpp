// Parse + XSD-validate throughput of Kurier's FA(3) validation, against `xmllint --schema` on the same files
// in the same run (the ratio is what stays meaningful on a noisy machine). Prints one JSON object to stdout.
//   kurier-bench-validate [--count N] [--xmllint PATH] [--schemas DIR]
#include "domain/KsefNumber.h"
#include "fa/Fa3Validator.h"
#include "fa/Fa3Writer.h"
#include "support/Samples.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

using namespace Kurier;

namespace {

QByteArray invoiceNumber(int i)
{
    Invoice invoice = Test::sampleInvoice(InvoiceKind::Vat, {VatRate::Rate23, VatRate::Rate8, VatRate::Rate5,
                                                             VatRate::Rate23, VatRate::Exempt});
    invoice.number = QStringLiteral("FV/2026/%1").arg(i, 6, 10, QLatin1Char('0'));
    return *Fa3Writer::write(invoice);
}

double xmllintSeconds(const QString &xmllint, const QString &schemasDir, const QStringList &files)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XML_CATALOG_FILES"), schemasDir + QStringLiteral("/catalog.xml"));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(xmllint, QStringList{QStringLiteral("--nonet"), QStringLiteral("--noout"),
                                       QStringLiteral("--schema"),
                                       schemasDir + QStringLiteral("/fa/schemat_FA(3)_v1-0E.xsd")} +
                               files);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        return -1;
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("count"), QStringLiteral("Number of invoices."), QStringLiteral("n"),
                      QStringLiteral("5000")});
    parser.addOption({QStringLiteral("xmllint"), QStringLiteral("xmllint binary."), QStringLiteral("path"),
                      QStringLiteral("xmllint")});
    parser.addOption({QStringLiteral("schemas"), QStringLiteral("Folder with catalog.xml and fa/."),
                      QStringLiteral("dir"), QStringLiteral(KURIER_SOURCE_DIR "/resources/schemas")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();

    QTemporaryDir dir;
    QList<QByteArray> invoices;
    QStringList files;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        invoices.append(invoiceNumber(i));
        bytes += invoices.last().size();
        const QString path = dir.filePath(QStringLiteral("%1.xml").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return 1;
        }
        file.write(invoices.last());
        files.append(path);
    }

    const ManualClock clock(Test::testNow());
    const Fa3Validator validator(clock);
    const SchemaValidator schemaOnly;
    validator.validate(invoices.first()); // warm-up: the compiled schema is cached per process

    QElapsedTimer timer;
    timer.start();
    int invalid = 0;
    for (const QByteArray &xml : invoices) {
        invalid += validator.validate(xml).isValid() ? 0 : 1;
    }
    const double fullSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    for (const QByteArray &xml : invoices) {
        invalid += schemaOnly.validate(xml).isEmpty() ? 0 : 1;
    }
    const double schemaSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    // Kurier reads from memory; give xmllint the same head start by reading files into the page cache first.
    const double xmllint = xmllintSeconds(parser.value(QStringLiteral("xmllint")),
                                          parser.value(QStringLiteral("schemas")), files);

    const double fullRate = count / fullSeconds;
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("validate")},
        {QStringLiteral("invoices"), count},
        {QStringLiteral("averageBytes"), static_cast<double>(bytes) / count},
        {QStringLiteral("invalid"), invalid},
        {QStringLiteral("kurierFullPerSecond"), fullRate},
        {QStringLiteral("kurierSchemaOnlyPerSecond"), count / schemaSeconds},
        {QStringLiteral("xmllintPerSecond"), xmllint > 0 ? count / xmllint : 0.0},
        {QStringLiteral("xmllintOverKurierFull"), xmllint > 0 ? (count / xmllint) / fullRate : 0.0},
        {QStringLiteral("goalPerSecond"), 5000},
        {QStringLiteral("goalMaxRatio"), 1.5},
        {QStringLiteral("machine"),
         QStringLiteral("%1, %2 cores").arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount())},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return invalid == 0 ? 0 : 1;
}
