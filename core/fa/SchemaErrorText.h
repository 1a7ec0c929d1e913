#pragma once

#include "fa/ValidationIssue.h"

#include <QCoreApplication>

namespace Kurier {

// Turns libxml2's schema messages ("Element '{http://…}P_13_1': [facet 'pattern'] The value '1.234' is not
// accepted by the pattern '…'") into plain sentences in the UI language that name the element, the value and
// the rule. The libxml2 error code decides the sentence; the message only supplies the value and the rule.
class SchemaErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SchemaErrorText)

public:
    static ValidationIssue fromLibxml(int code, const QString &rawMessage, qint64 line,
                                      const QString &element);
    static ValidationIssue notWellFormed(qint64 line, const QString &parserMessage);
    static ValidationIssue doctype(qint64 line); // a DOCTYPE declaration: refused, never read
    static ValidationIssue schemaUnavailable();
    // "P_13_1" → "amount with at most 2 decimals" etc. Used to explain the type of a value in plain words.
    static QString describeType(const QString &typeName);
};

} // namespace Kurier
