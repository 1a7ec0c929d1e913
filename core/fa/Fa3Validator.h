#pragma once

#include "fa/Fa3Document.h"
#include "fa/SchemaValidator.h"
#include "fa/ValidationIssue.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <optional>

namespace Kurier {

struct ValidationReport
{
    ValidationIssues issues;
    std::optional<Fa3Document> document; // present when the file could be read as FA(3)
    bool isValid() const { return document.has_value() && !hasErrors(issues); }
};

// Everything Kurier checks before it accepts an invoice file, in order: size, encoding, namespace (FA(2) and
// unknown documents are refused with what was found), the official FA(3) XSD, then the semantic rules.
// Import, the editor and `kurier-cli validate` all go through here, so they refuse the same things.
class Fa3Validator
{
    Q_DECLARE_TR_FUNCTIONS(Fa3Validator)

public:
    explicit Fa3Validator(const Clock &clock);
    ValidationReport validate(const QByteArray &xml) const;
    // For another thread's validator of the same rules (a validator serves one thread at a time).
    const Clock &clock() const { return m_clock; }

private:
    static std::optional<ValidationIssue> checkEncoding(const QByteArray &xml);

    SchemaValidator m_schema;
    const Clock &m_clock;
};

} // namespace Kurier
