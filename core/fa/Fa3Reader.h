#pragma once

#include "fa/Fa3Document.h"

#include <QCoreApplication>

#include <expected>

namespace Kurier {

// Reads FA(3) XML written by any program (QXmlStreamReader, namespace-aware, no network, no DTDs).
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
};

} // namespace Kurier
