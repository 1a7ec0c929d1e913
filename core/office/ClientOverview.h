#pragma once

#include "domain/InvoiceState.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <chrono>
#include <functional>
#include <optional>

namespace Kurier {

// One client company of an office: who it is and where its data lives (a SQLite file or an office server).
struct ClientEntry
{
    QString nip;
    QString name;
    QString environment;  // test | demo | production | a base URL (the settings' environment)
    QString location;     // AppSettings::companyDatabasePath
    bool sandbox = false; // the sandbox's (its environment is the local emulator)
    // How Kurier reaches it (CompanyProfile::officeAccess): empty with its own credentials, else "read" or
    // "read-write" through the office's permissions.
    QString officeAccess;
};

// What the Clients view and `kurier-cli clients` show of one company, read from its database alone (no KSeF
// connection, no keychain but an office server's password).
struct ClientSummary
{
    Q_DECLARE_TR_FUNCTIONS(ClientSummary)

public:
    ClientEntry client;
    QString problem; // why its database could not be read (damaged, locked, newer, unreachable); empty: read
    bool exists = true; // false: nothing was ever stored for it (no file yet)
    int ready = 0;      // drafts held for sending, and queued invoices
    int inFlight = 0;   // sending, submitted, processing, accepted without a UPO
    int confirmed = 0;
    int rejected = 0;
    int stuck = 0;
    int missingUpo = 0;
    int offlineDue = 0; // issued offline, due within a day (or overdue)
    int offlineOverdue = 0;
    int newPurchases = 0;         // purchase invoices nobody has looked at yet
    QDateTime lastPurchasesAt;    // when its purchase invoices were last fetched from KSeF; invalid: never
    QString lastReconcileOutcome; // clean | attention | incomplete | failed; empty: never
    QDateTime lastReconcileAt;
    QString credentialsKind;     // token | certificate | signature, as last loaded here; empty: not known
    QDateTime credentialsExpire; // its certificate's end, or the end of KSeF tokens; invalid: not known
    bool credentialsExpireSoon = false; // within 30 days, or already
    // KSeF stopped letting Kurier act for it (an open access-lost alert): since when, and what the alert
    // says.
    QDateTime accessLostSince;
    QString accessLostMessage;
    // How Kurier reaches it, in words: own credentials, the office's permissions (read-only / read and
    // write), or access revoked since a date.
    QString accessText() const;

    // Rejected, stuck, missing a UPO, offline due, an unreadable database, or a reconciliation that did not
    // end clean.
    bool needsAttention() const;
    // The reasons in words, for a tooltip or the command line (empty when nothing needs attention).
    QStringList attentionReasons() const;
};

// The office's clients at a glance: every company of the settings, each company's database read on its own
// thread (a pool of `threads`), one failing company never stopping the others.
class ClientOverview
{
public:
    struct Options
    {
        std::chrono::minutes stuckAfter{30};
        std::chrono::minutes missingUpoAfter{120};
        std::chrono::hours offlineDueWithin{24};
        int threads = 0; // 0: one per core
        // An office server's password (the keychain's); null: libpq's own (~/.pgpass, PGPASSWORD).
        std::function<QString(const QString &location)> password;
    };

    // What was read, by database: a company whose file (and write-ahead log) has not changed since is not
    // read again for `maxAge` (the time-dependent counts — stuck, without a UPO, offline due — move with the
    // clock). A company on an office server is read every time. One reader at a time.
    struct Cache
    {
        struct Entry
        {
            QString stamp; // the files' sizes and modification times when it was read
            QDateTime readAt;
            ClientSummary summary;
        };
        QHash<QString, Entry> entries; // by location
        std::chrono::seconds maxAge{60};
        int reused = 0; // in the last readAll
    };

    // The companies of `settings`, sorted by name, with their databases under `dataDirectory`.
    static QList<ClientEntry> entries(const AppSettings &settings, const QString &dataDirectory);
    static ClientSummary read(const ClientEntry &client, const QDateTime &now, const Options &options);
    // In the order of `clients`.
    static QList<ClientSummary> readAll(const QList<ClientEntry> &clients, const QDateTime &now,
                                        const Options &options, Cache *cache = nullptr);
    // The sizes and modification times of a database file and its write-ahead log; empty for a server.
    static QString fileStamp(const QString &location);
};

} // namespace Kurier
