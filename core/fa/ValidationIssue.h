#pragma once

#include <QList>
#include <QString>

namespace Kurier {

// Every reason an invoice file can be refused. A closed list: tests and callers branch on the code, never on
// the message text.
enum class IssueCode
{
    Empty,
    TooLarge,
    ByteOrderMark,
    WrongEncoding,
    NotWellFormed,
    Fa2Namespace,
    UnknownDocument,
    SchemaViolation,
    InvalidNip,
    NetTotalMismatch,         // P_13_x ≠ the sum of the lines at that rate
    VatTotalMismatch,         // P_14_x ≠ the VAT on P_13_x
    GrossTotalMismatch,       // P_15 ≠ net plus VAT
    IssueDateInFuture,        // P_1 later than today (KSeF refuses it)
    PeriodReversed,           // P_6_Od after P_6_Do
    CorrectedAfterCorrection, // a corrected invoice dated after its correction
    MissingCorrectionReference,
    MissingCorrectionReason,
    InvalidKsefNumberReference,
    MissingAdvanceReference,
    MissingExchangeRate,
    ProcessingInstruction, // a <?…?> other than the XML declaration (KSeF: refused soon)
    DiscouragedCharacter,  // a character XML 1.0 discourages (C1 controls, non-characters)
};

struct ValidationIssue
{
    enum class Severity
    {
        Error,   // the invoice cannot be sent
        Warning, // it can be sent, but the user should look
    };
    Severity severity = Severity::Error;
    IssueCode code = IssueCode::SchemaViolation;
    qint64 line = 0; // 0 when not tied to a line
    QString element; // local name, e.g. "P_13_1"
    QString message; // in the current UI language, plain words

    bool isError() const { return severity == Severity::Error; }
    // "line 12, P_13_1: …" — the form used by the CLI and the import dialog.
    QString text() const;
};

using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const ValidationIssues &issues);
// A stable identifier for scripts (JSON output): "schema-violation", "invalid-nip"…
QString issueCodeKey(IssueCode code);

} // namespace Kurier
