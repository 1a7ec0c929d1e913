#include "fa/ValidationIssue.h"

#include <QCoreApplication>

namespace Kurier {

QString ValidationIssue::text() const
{
    QString where;
    if (line > 0 && !element.isEmpty()) {
        where = QCoreApplication::translate("ValidationIssue", "line %1, %2: ").arg(line).arg(element);
    } else if (line > 0) {
        where = QCoreApplication::translate("ValidationIssue", "line %1: ").arg(line);
    } else if (!element.isEmpty()) {
        where = element + QStringLiteral(": ");
    }
    const QString prefix = severity == Severity::Warning
                               ? QCoreApplication::translate("ValidationIssue", "warning: ")
                               : QString();
    return prefix + where + message;
}

bool hasErrors(const ValidationIssues &issues)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.isError()) {
            return true;
        }
    }
    return false;
}

QString issueCodeKey(IssueCode code)
{
    switch (code) {
    case IssueCode::Empty:
        return QStringLiteral("empty");
    case IssueCode::TooLarge:
        return QStringLiteral("too-large");
    case IssueCode::ByteOrderMark:
        return QStringLiteral("byte-order-mark");
    case IssueCode::WrongEncoding:
        return QStringLiteral("wrong-encoding");
    case IssueCode::NotWellFormed:
        return QStringLiteral("not-well-formed");
    case IssueCode::Fa2Namespace:
        return QStringLiteral("fa2");
    case IssueCode::UnknownDocument:
        return QStringLiteral("unknown-document");
    case IssueCode::SchemaViolation:
        return QStringLiteral("schema-violation");
    case IssueCode::InvalidNip:
        return QStringLiteral("invalid-nip");
    case IssueCode::NetTotalMismatch:
        return QStringLiteral("net-total-mismatch");
    case IssueCode::VatTotalMismatch:
        return QStringLiteral("vat-total-mismatch");
    case IssueCode::GrossTotalMismatch:
        return QStringLiteral("gross-total-mismatch");
    case IssueCode::IssueDateInFuture:
        return QStringLiteral("issue-date-in-future");
    case IssueCode::PeriodReversed:
        return QStringLiteral("period-reversed");
    case IssueCode::CorrectedAfterCorrection:
        return QStringLiteral("corrected-after-correction");
    case IssueCode::MissingCorrectionReference:
        return QStringLiteral("missing-correction-reference");
    case IssueCode::MissingCorrectionReason:
        return QStringLiteral("missing-correction-reason");
    case IssueCode::InvalidKsefNumberReference:
        return QStringLiteral("invalid-ksef-number-reference");
    case IssueCode::MissingAdvanceReference:
        return QStringLiteral("missing-advance-reference");
    case IssueCode::MissingExchangeRate:
        return QStringLiteral("missing-exchange-rate");
    case IssueCode::ProcessingInstruction:
        return QStringLiteral("processing-instruction");
    case IssueCode::DiscouragedCharacter:
        return QStringLiteral("discouraged-character");
    }
    return {};
}

} // namespace Kurier
