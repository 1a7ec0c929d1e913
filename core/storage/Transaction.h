#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

// A write transaction that takes the write lock at once: SQLite's (BEGIN IMMEDIATE) or, on an office server,
// a PostgreSQL advisory lock per WriteLock (storage/SqlDialect.h). Other writers wait for it (busy or lock
// timeout) instead of failing half-way, and every read inside it sees what the previous writer committed, so
// a read-then-write inside one transaction is one atomic step on both engines. Rolled back unless committed.
//
// Transactions nest: one opened while another is open on the same connection is a SAVEPOINT inside it, so a
// step that has its own transaction (enqueueing an invoice) can be part of a larger one (issuing it with the
// next number) and everything commits or nothing does. The depth is kept on the connection's driver.
//
// On a server, committing a change of company data notifies every connection listening on
// SqlDialect::kChangesChannel (the other desktops refresh at once instead of at their next timer).
//
// A server connection lost since the last transaction (the server restarted, the network dropped) is opened
// again before the transaction begins; one lost during a transaction fails it like a crash would: nothing of
// it was committed, and the caller's next pass finds the state it left.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db, WriteLock lock = WriteLock::CompanyData);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error.text(); }
    QSqlError sqlError() const { return m_error; } // why it could not begin or commit

    bool commit();

    // Counts the reconnects of this connection: statements prepared before a reconnect are gone on the
    // server, so whoever keeps prepared statements prepares them again when this changed.
    static int connectionGeneration(const QSqlDatabase &db);
    // A server connection that no longer answers is opened again (outside a transaction only). → whether the
    // connection works now; always true for a SQLite file.
    static bool reconnectIfLost(QSqlDatabase db);

private:
    static constexpr const char *kDepthProperty = "kurierTransactionDepth";
    static constexpr const char *kGenerationProperty = "kurierConnectionGeneration";
    bool begin(WriteLock lock, bool *began);
    static bool reopen(QSqlDatabase &db); // closes and opens it again, counting the generation // *began: its
                                          // first statement (BEGIN or SAVEPOINT) succeeded
    void closed();

    QSqlDatabase m_db;
    WriteLock m_lock = WriteLock::CompanyData;
    int m_depth = 0;
    bool m_open = false;
    QSqlError m_error;
};

} // namespace Kurier
