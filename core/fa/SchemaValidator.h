#pragma once

#include "fa/ValidationIssue.h"
#include "fa/XmlDocument.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <memory>

namespace Kurier {

// Validates XML against one of the official XSDs bundled in the binary (resources/schemas, unmodified).
// Imports are resolved from the bundled copies only; the network is never used (XML_PARSE_NONET, and the
// resolver refuses every remote address it does not map). The compiled schema is immutable and shared by all
// validators of the same kind; one validator serves one thread at a time.
class SchemaValidator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaValidator)

public:
    enum class Schema
    {
        Fa3,
        Upo43,
        AuthTokenRequest20,
        AuthTokenRequest21,
    };

    explicit SchemaValidator(Schema schema = Schema::Fa3);
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator &) = delete;
    SchemaValidator &operator=(const SchemaValidator &) = delete;

    bool isReady() const; // false only if the bundled schema failed to compile (a broken build)
    // Well-formedness and XSD errors, in plain words, with line and element. Empty when valid.
    ValidationIssues validate(QByteArrayView xml) const;
    // The same for a document that is already parsed (import parses once for validation and reading).
    ValidationIssues validate(const XmlDocument &document) const;

private:
    struct Compiled;
    static std::shared_ptr<const Compiled> compile(Schema schema);
    std::shared_ptr<const Compiled> m_compiled;
    struct Context;
    std::unique_ptr<Context> m_context; // the validation context, reused between calls (one thread at a time)
};

} // namespace Kurier
