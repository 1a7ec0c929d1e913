#include "ValidateCommand.h"

#include "fa/Fa3Validator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kurier::Cli {

namespace {

QJsonObject issueToJson(const ValidationIssue &issue)
{
    return QJsonObject{
        {QStringLiteral("severity"), issue.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
        {QStringLiteral("code"), issueCodeKey(issue.code)},
        {QStringLiteral("line"), issue.line},
        {QStringLiteral("element"), issue.element},
        {QStringLiteral("message"), issue.message},
    };
}

} // namespace

QString ValidateCommand::usage()
{
    return tr(
        "validate FILE|DIR... [--json]   check FA(3) invoices against the official schema and the rules "
        "KSeF applies");
}

int ValidateCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 tr("Invoice files or folders (searched for *.xml)."));
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    context.json = context.json || parser.isSet(QStringLiteral("json"));
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        context.err << tr("Name at least one invoice file or folder: kurier-cli %1").arg(usage()) << Qt::endl;
        return ExitUsage;
    }
    const QStringList files = expandInputs(inputs);
    if (files.isEmpty()) {
        context.err << tr("No .xml files were found in: %1").arg(inputs.join(QStringLiteral(", ")))
                    << Qt::endl;
        return ExitFailed;
    }

    const Fa3Validator validator(context.clock);
    QJsonArray results;
    int valid = 0;
    int invalid = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        if (context.progress && files.size() > 50 && i % 50 == 0) {
            context.err << '\r' << tr("Checking %1 of %2…").arg(i + 1).arg(files.size()) << Qt::flush;
        }
        ValidationIssues issues;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            issues.append(ValidationIssue{ValidationIssue::Severity::Error, IssueCode::Empty, 0, QString(),
                                          tr("cannot read the file: %1").arg(file.errorString())});
        } else {
            issues = validator.validate(file.readAll()).issues;
        }
        const bool ok = !hasErrors(issues);
        ok ? ++valid : ++invalid;
        if (context.json) {
            QJsonArray list;
            for (const ValidationIssue &issue : issues) {
                list.append(issueToJson(issue));
            }
            results.append(QJsonObject{{QStringLiteral("path"), path},
                                       {QStringLiteral("valid"), ok},
                                       {QStringLiteral("issues"), list}});
            continue;
        }
        QStringList texts;
        for (const ValidationIssue &issue : issues) {
            texts.append(issue.text());
        }
        const QString verdict = ok ? tr("valid") : tr("INVALID");
        context.out << path << ": " << verdict;
        if (!texts.isEmpty()) {
            context.out << " — " << texts.join(QStringLiteral(" | "));
        }
        context.out << Qt::endl;
    }
    if (context.progress && files.size() > 50) {
        context.err << '\r' << QString(40, u' ') << '\r';
    }
    if (context.json) {
        const QJsonObject summary{{QStringLiteral("files"), results},
                                  {QStringLiteral("valid"), valid},
                                  {QStringLiteral("invalid"), invalid}};
        context.out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    } else {
        context.err << tr("%n file(s) checked", nullptr, static_cast<int>(files.size())) << ": "
                    << tr("%1 valid, %2 invalid").arg(valid).arg(invalid) << Qt::endl;
    }
    context.out.flush();
    return invalid == 0 ? ExitOk : ExitFailed;
}

} // namespace Kurier::Cli
