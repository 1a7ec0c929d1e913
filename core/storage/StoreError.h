#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <type_traits>

class QSqlError;

namespace Kurier {

// What went wrong in a store (outbox, audit, reconciliation, purchase invoices), as a code the caller can
// decide by, with a sentence for people. The database's own text is kept in `detail` for the log.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Code
    {
        Conflict,   // someone else changed it first (a state compare-and-set, a busy or locked database)
        NotFound,   // no such row
        Io,         // the database could not be read or written (I/O error, damaged file, closed connection)
        Constraint, // the change breaks a rule of the data (unique key, transition table, a check)
        Full,       // the disk or the database is full
        Forbidden,  // the office server's user may not do this (a viewer sending, say)
    };
    Code code = Code::Io;
    QString message; // for people, in the UI language
    QString detail;  // the database's own text, for the log

    static StoreError conflict(QString message) { return {Code::Conflict, std::move(message), {}}; }
    static StoreError notFound(QString message) { return {Code::NotFound, std::move(message), {}}; }
    static StoreError constraint(QString message) { return {Code::Constraint, std::move(message), {}}; }
    // From a failed query: the code from SQLite's result code, `what` says what could not be done
    // ("The outbox cannot be read").
    static StoreError fromSql(const QSqlError &error, const QString &what);
    // From a message that has no SQL error behind it (a failed transaction begin/commit text).
    static StoreError io(const QString &what, const QString &detail);

    // One line: the message, with the database's text when there is one.
    QString text() const { return detail.isEmpty() ? message : message + QStringLiteral(": ") + detail; }
    bool operator==(const StoreError &) const = default;
};

template <typename T>
using StoreResult = std::expected<T, StoreError>;

// For callers that report errors as a sentence: the same result with the error as StoreError::text().
template <typename T>
std::expected<T, QString> withErrorText(StoreResult<T> result)
{
    if (!result) {
        return std::unexpected(result.error().text());
    }
    if constexpr (std::is_void_v<T>) {
        return {};
    } else {
        return std::move(*result);
    }
}

} // namespace Kurier
