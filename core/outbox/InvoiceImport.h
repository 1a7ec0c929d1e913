#pragma once

#include "outbox/OutboxStore.h"

#include <QCoreApplication>

namespace Kurier {

class Fa3Validator;

// Import of invoice files into the outbox: each file is validated (the same checks as `kurier-cli validate`
// and the editor), its identity read (seller NIP, kind, P_2), and enqueued. A bad file changes nothing and
// says why.
class InvoiceImport
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceImport)

public:
    enum class Outcome
    {
        Added,
        AlreadyThere,
        Replaced,
        Invalid, // unreadable, not FA(3), XSD or semantic errors
        Refused, // valid, but cannot be queued (another invoice with its number, another seller's context)
    };
    struct Result
    {
        QString path;
        Outcome outcome = Outcome::Invalid;
        QString message;
        QString key;
        QString invoiceNumber;
    };

    InvoiceImport(OutboxStore &store, const Fa3Validator &validator, QString environment, QString contextNip);
    // Keep imported invoices as drafts ("ready to send") until the user sends them.
    void setHold(bool hold) { m_hold = hold; }
    // Validates every file, then enqueues the valid ones in one transaction.
    QList<Result> importFiles(const QStringList &paths,
                              const std::function<void(int done, int total)> &progress = {});

    // A technical correction (PROTOCOL.md §12.3) of the rejected offline invoice `id` from a fixed file: the
    // file passes the import's checks, then OutboxStore::correctTechnically's. → Replaced, or why not.
    Result correctTechnically(const QString &path, qint64 id);

    static QString outcomeKey(Outcome outcome); // "added", "already-queued", "replaced", "invalid", "refused"
    static QString outcomeName(Outcome outcome); // the same for people, translated

private:
    // Reads and validates result.path; nothing (with result.outcome and message set) when it is refused.
    std::optional<Fa3Document> readValid(Result &result) const;
    std::optional<Fa3Document> readValid(Result &result, const Fa3Validator &validator) const;

    OutboxStore &m_store;
    const Fa3Validator &m_validator;
    QString m_environment;
    QString m_contextNip;
    bool m_hold = false;
};

} // namespace Kurier
