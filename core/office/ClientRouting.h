#pragma once

#include "ksef/KsefEnvironment.h"
#include "office/ClientOverview.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Kurier {

class Clock;

// A folder with invoices of many sellers (an office's month of clients' sales): each file goes to the client
// company of its seller NIP (Podmiot1). Only the seller is read here — the company's own import then checks
// each file in full (schema and rules) before anything is stored.
class ClientRouting
{
    Q_DECLARE_TR_FUNCTIONS(ClientRouting)

public:
    struct Unknown // a seller who is not a client of the office
    {
        QString nip;
        QString name; // as the invoices name it (for "Add as a client")
        QStringList files;
    };
    struct Unreadable
    {
        QString path;
        QString reason;
    };
    struct Plan
    {
        QHash<QString, QStringList> byClient; // client NIP → its files, in the order given
        QList<Unknown> unknown;               // sorted by NIP
        QList<Unreadable> unreadable;         // not FA(3), not well-formed, no seller NIP, unreadable file
        int files = 0;
    };

    // Reads the files on `threads` threads (0: one per core).
    static Plan route(const QStringList &files, const QSet<QString> &clientNips, int threads = 0);

    // What one company's import did.
    struct Imported
    {
        ClientEntry client;
        int added = 0;        // new, or replacing a rejected invoice
        int alreadyThere = 0; // the same invoice was already in its outbox
        QStringList refused;  // "file: why" — invalid, or refused by the outbox; nothing stored for them
        QString failure;      // its database could not be opened: nothing imported for it
    };
    struct ImportOptions
    {
        KsefEnvironment environment;
        bool hold = false; // kept as drafts ("ready") until sent
        std::function<QString(const QString &location)> password;
        std::function<void(int done, int total)> progress; // companies done
    };
    // Imports each client's files of `plan` into its own database (the same checks as a single import: a bad
    // file changes nothing). Clients of `clients` without files are left out.
    static QList<Imported> importPlan(const Plan &plan, const QList<ClientEntry> &clients,
                                      const ImportOptions &options, const Clock &clock);
};

} // namespace Kurier
