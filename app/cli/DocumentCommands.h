#pragma once

#include "CliContext.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <expected>
#include <memory>

namespace Kurier {
struct ReconcileReport;
struct OutboxItem;
} // namespace Kurier

namespace Kurier::Cli {

// The printable documents from the command line: `pdf` (an invoice) and `upo --pdf`. Rendering needs Qt
// Gui; a build without it (KURIER_GUI=OFF) says so instead.

// The application object for this command line: a QGuiApplication on the offscreen platform when a
// document is to be rendered (no display needed), else a QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

void addDocumentLanguageOption(QCommandLineParser &parser); // --document-language pl|en
int runPdf(const QStringList &arguments, CliContext &context);
int writeUpoPdf(const OutboxItem &item, const QCommandLineParser &parser, CliContext &context);
int writeReconcilePdf(const ReconcileReport &report, const QString &company, const QString &path,
                      CliContext &context);

// Writes the whole file or nothing (QSaveFile).
std::expected<void, QString> writeFile(const QString &path, const QByteArray &bytes);

} // namespace Kurier::Cli
