// kurier-cli pdf, upo --pdf.
#include "DocumentCommands.h"

#include "OutboxCli.h"
#include "outbox/OutboxItem.h"

#include <QSaveFile>

#ifdef KURIER_CLI_RENDER
#include "InvoiceDocument.h"
#include "ReconcileDocument.h"
#include "UpoDocument.h"

#include <QGuiApplication>
#endif

#include <cstring>

namespace Kurier::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kurier::Cli", text);
}

bool rendersDocument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "pdf") == 0 || std::strcmp(argv[i], "--pdf") == 0 ||
            std::strncmp(argv[i], "--pdf=", 6) == 0) {
            return true;
        }
    }
    return false;
}

#ifdef KURIER_CLI_RENDER
std::optional<DocumentLanguage> documentLanguage(const QCommandLineParser &parser, CliContext &context)
{
    const QString value = parser.value(QStringLiteral("document-language")).toLower();
    if (value.isEmpty() || value == u"pl") {
        return DocumentLanguage::Polish;
    }
    if (value == u"en") {
        return DocumentLanguage::English;
    }
    context.err << tr("The document language is pl or en, not \"%1\".").arg(value) << Qt::endl;
    return std::nullopt;
}
#endif

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef KURIER_CLI_RENDER
    if (rendersDocument(argc, argv)) {
        // Fonts need Qt Gui, a screen does not: render on the offscreen platform unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#else
    Q_UNUSED(rendersDocument);
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

void addDocumentLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("document-language"),
                      tr("The language of the printed document: pl (default) or en."),
                      QStringLiteral("pl|en")});
}

std::expected<void, QString> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return std::unexpected(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

int runPdf(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOption({QStringLiteral("out"), tr("Where to write the PDF."), tr("file")});
    addDocumentLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("key"),
                                 tr("The invoice's key, number (P_2) or KSeF number."));
    if (const auto failed = OutboxCli::parseArguments(parser, arguments, context)) {
        return *failed;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        context.err << tr("Usage: kurier-cli pdf KEY|NUMBER --out FILE [--document-language pl|en]")
                    << Qt::endl;
        return ExitUsage;
    }
#ifdef KURIER_CLI_RENDER
    const auto language = documentLanguage(parser, context);
    if (!language) {
        return ExitUsage;
    }
    auto services = OutboxCli::open(parser, context, false);
    if (!services) {
        context.err << services.error() << Qt::endl;
        return ExitFailed;
    }
    const QString key = parser.positionalArguments().first();
    const auto found = (*services)->store->find(key, true);
    if (!found || !found->has_value()) {
        context.err << (found ? tr("No invoice \"%1\" in the queue.").arg(key) : found.error().text())
                    << Qt::endl;
        return ExitFailed;
    }
    const auto printout = InvoicePrintout::forItem(**found, *language);
    const auto pdf = printout ? InvoiceDocument::pdf(*printout) : std::unexpected(printout.error());
    if (!pdf) {
        context.err << tr("Cannot render invoice %1: %2").arg((*found)->invoiceNumber, pdf.error())
                    << Qt::endl;
        return ExitFailed;
    }
    if (auto written = writeFile(parser.value(QStringLiteral("out")), *pdf); !written) {
        context.err << written.error() << Qt::endl;
        return ExitFailed;
    }
    context.err
        << tr("Invoice %1 written to %2").arg((*found)->invoiceNumber, parser.value(QStringLiteral("out")))
        << Qt::endl;
    return ExitOk;
#else
    context.err << tr("This kurier-cli was built without document rendering (KURIER_GUI=OFF).") << Qt::endl;
    return ExitFailed;
#endif
}

int writeUpoPdf(const OutboxItem &item, const QCommandLineParser &parser, CliContext &context)
{
#ifdef KURIER_CLI_RENDER
    const auto language = documentLanguage(parser, context);
    if (!language) {
        return ExitUsage;
    }
    const auto upo = Upo::parse(item.upo);
    const auto pdf = upo ? UpoDocument::pdf(*upo, *language, item.ksefNumber) : std::unexpected(upo.error());
    if (!pdf) {
        context.err << tr("Cannot render the UPO of %1: %2").arg(item.invoiceNumber, pdf.error()) << Qt::endl;
        return ExitFailed;
    }
    if (auto written = writeFile(parser.value(QStringLiteral("pdf")), *pdf); !written) {
        context.err << written.error() << Qt::endl;
        return ExitFailed;
    }
    context.err
        << tr("UPO of %1 written to %2 as PDF").arg(item.invoiceNumber, parser.value(QStringLiteral("pdf")))
        << Qt::endl;
    return ExitOk;
#else
    Q_UNUSED(item);
    Q_UNUSED(parser);
    context.err << tr("This kurier-cli was built without document rendering (KURIER_GUI=OFF).") << Qt::endl;
    return ExitFailed;
#endif
}

int writeReconcilePdf(const ReconcileReport &report, const QString &company, const QString &path,
                      CliContext &context)
{
#ifdef KURIER_CLI_RENDER
    const auto pdf = ReconcileDocument::pdf(report, company);
    if (!pdf) {
        context.err << tr("Cannot render the reconciliation report: %1").arg(pdf.error()) << Qt::endl;
        return ExitFailed;
    }
    if (auto written = writeFile(path, *pdf); !written) {
        context.err << written.error() << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
#else
    Q_UNUSED(report);
    Q_UNUSED(company);
    Q_UNUSED(path);
    context.err << tr("This kurier-cli was built without document rendering (KURIER_GUI=OFF).") << Qt::endl;
    return ExitFailed;
#endif
}

} // namespace Kurier::Cli
