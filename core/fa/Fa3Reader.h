#pragma once

#include "fa/Fa3Document.h"
#include "fa/XmlDocument.h"

#include <QCoreApplication>

#include <expected>

namespace Kurier {

// Reads FA(3) XML written by any program: namespace-aware, no network, no DTDs, no entity expansion. It walks
// the libxml2 tree that schema validation uses too, so an import parses each file once.
class Fa3Reader
{
    Q_DECLARE_TR_FUNCTIONS(Fa3Reader)

public:
    struct Error
    {
        enum class Code
        {
            NotWellFormed,
            Fa2,            // an FA(2) invoice: no longer accepted by KSeF production
            UnknownDocument // another namespace or root element
        };
        Code code = Code::NotWellFormed;
        qint64 line = 0;
        qint64 column = 0;
        QString found; // the namespace and root element found, or the parser's message
        QString message() const;
    };

    static std::expected<Fa3Document, Error> read(const QByteArray &xml);
    // Reads an already parsed document; `original` are the bytes it was parsed from (kept, never
    // re-serialised).
    static std::expected<Fa3Document, Error> read(const XmlDocument &document, const QByteArray &original);
};

} // namespace Kurier
