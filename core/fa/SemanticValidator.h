#pragma once

#include "fa/Fa3Document.h"
#include "fa/ValidationIssue.h"

#include <QCoreApplication>

namespace Kurier {

// Rules beyond the XSD that KSeF or the VAT act apply and a careful bookkeeper expects: NIP checksums, totals
// that add up, consistent dates, corrections that say what they correct. Each rule has its own IssueCode.
class SemanticValidator
{
    Q_DECLARE_TR_FUNCTIONS(SemanticValidator)

public:
    static ValidationIssues check(const Fa3Document &document, QDate today);

private:
    static void checkNips(const Fa3Document &document, ValidationIssues &issues);
    static void checkTotals(const Fa3Document &document, ValidationIssues &issues);
    static void checkDates(const Fa3Document &document, QDate today, ValidationIssues &issues);
    static void checkReferences(const Fa3Document &document, ValidationIssues &issues);
};

} // namespace Kurier
