#include "fa/Fa3Validator.h"

#include "fa/Fa3Namespaces.h"
#include "fa/Fa3Reader.h"
#include "fa/SchemaErrorText.h"
#include "fa/SemanticValidator.h"
#include "fa/XmlTextRules.h"

#include <QRegularExpression>

namespace Kurier {

Fa3Validator::Fa3Validator(const Clock &clock)
    : m_schema(SchemaValidator::Schema::Fa3)
    , m_clock(clock)
{}

std::optional<ValidationIssue> Fa3Validator::checkEncoding(const QByteArray &xml)
{
    if (xml.startsWith("\xEF\xBB\xBF")) {
        return ValidationIssue{
            ValidationIssue::Severity::Error, IssueCode::ByteOrderMark, 1, QString(),
            tr("the file starts with a byte order mark (BOM); KSeF accepts UTF-8 without a BOM. "
               "Save it again as \"UTF-8 without BOM\".")};
    }
    if (xml.startsWith("\xFF\xFE") || xml.startsWith("\xFE\xFF")) {
        return ValidationIssue{ValidationIssue::Severity::Error, IssueCode::WrongEncoding, 1, QString(),
                               tr("the file is encoded in UTF-16; KSeF accepts only UTF-8.")};
    }
    static const QRegularExpression declaration(
        QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']"));
    const QRegularExpressionMatch match = declaration.match(QString::fromLatin1(xml.left(200)));
    if (match.hasMatch() && match.captured(1).compare(u"UTF-8", Qt::CaseInsensitive) != 0) {
        return ValidationIssue{
            ValidationIssue::Severity::Error, IssueCode::WrongEncoding, 1, QString(),
            tr("the file declares the encoding %1; KSeF accepts only UTF-8.").arg(match.captured(1))};
    }
    return std::nullopt;
}

ValidationReport Fa3Validator::validate(const QByteArray &xml) const
{
    ValidationReport report;
    const auto refuse = [&report](IssueCode code, qint64 line, const QString &message) {
        report.issues.append(
            ValidationIssue{ValidationIssue::Severity::Error, code, line, QString(), message});
        return report;
    };
    if (xml.trimmed().isEmpty()) {
        return refuse(IssueCode::Empty, 0, tr("the file is empty."));
    }
    if (xml.size() > Fa::kMaxInvoiceSizeWithAttachment) {
        return refuse(IssueCode::TooLarge, 0,
                      tr("the file has %L1 bytes; KSeF accepts at most %L2 bytes (%L3 with an attachment).")
                          .arg(xml.size())
                          .arg(Fa::kMaxInvoiceSize)
                          .arg(Fa::kMaxInvoiceSizeWithAttachment));
    }
    if (auto issue = checkEncoding(xml)) {
        report.issues.append(*issue);
        if (issue->code == IssueCode::WrongEncoding) {
            return report;
        }
    }
    // What KSeF announced it will refuse: bytes that are not UTF-8, processing instructions, discouraged
    // characters — refused today, each with its line, before the XML is parsed.
    if (const ValidationIssues text = XmlTextRules::check(xml); !text.isEmpty()) {
        report.issues.append(text);
        return report;
    }
    auto parsed = XmlDocument::parse(xml);
    if (!parsed) {
        const XmlDocument::ParseError &error = parsed.error();
        return refuse(IssueCode::NotWellFormed, error.line,
                      error.doctype ? SchemaErrorText::doctype(error.line).message
                                    : SchemaErrorText::notWellFormed(error.line, error.message).message);
    }
    auto document = Fa3Reader::read(*parsed, xml);
    if (!document) {
        const Fa3Reader::Error &error = document.error();
        return refuse(error.code == Fa3Reader::Error::Code::Fa2 ? IssueCode::Fa2Namespace
                                                                : IssueCode::UnknownDocument,
                      error.line, error.message());
    }
    if (!document->invoice.hasAttachment && xml.size() > Fa::kMaxInvoiceSize) {
        report.issues.append(ValidationIssue{
            ValidationIssue::Severity::Error, IssueCode::TooLarge, 0, QString(),
            tr("the file has %L1 bytes; an invoice without an attachment may have at most %L2 bytes.")
                .arg(xml.size())
                .arg(Fa::kMaxInvoiceSize)});
    }
    const ValidationIssues schemaIssues = m_schema.validate(*parsed);
    report.issues.append(schemaIssues);
    if (schemaIssues.isEmpty()) {
        report.issues.append(SemanticValidator::check(*document, m_clock.today()));
    }
    report.document = std::move(*document);
    return report;
}

} // namespace Kurier
