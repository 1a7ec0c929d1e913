#pragma once

#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <expected>
#include <map>
#include <memory>

namespace Kurier {

class Clock;

// The append-only audit log (DESIGN.md pillar 6): every state transition and every request outcome, each
// entry chained by SHA-256 to the one before. append() writes into the caller's open transaction, so an entry
// exists exactly when the change it describes was committed.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(QSqlDatabase connection, const Clock &clock);

    // Appends one entry; call inside a write transaction (BEGIN IMMEDIATE) on this connection.
    StoreResult<void> append(const QString &kind, const QString &itemKey, const QJsonObject &detail);
    struct NewEntry
    {
        QString kind;
        QString itemKey;
        QJsonObject detail;
    };
    // Many entries in order, the same chain as one append() each, with the chain's head read and moved once.
    StoreResult<void> appendAll(const QList<NewEntry> &entries);

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBadSeq = 0; // 0 when intact
        QString problem;        // what is wrong, for people
    };
    // Walks the whole chain: an edited, deleted, inserted or reordered entry, or a missing tail, is found.
    StoreResult<Verification> verify() const;

    struct Entry
    {
        qint64 seq = 0;
        QDateTime at;
        QString kind;
        QJsonObject detail;
    };
    // The entries about one invoice, oldest first (its history).
    StoreResult<QList<Entry>> entriesFor(const QString &itemKey) const;

    // Writes the log as CSV (seq, time, kind, item, detail, hash), header first.
    StoreResult<qint64> exportCsv(QIODevice &out) const;

    static QString entryHash(const QString &previous, qint64 seq, qint64 at, const QString &kind,
                             const QString &itemKey, const QString &detail);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    struct Statements
    {
        QSqlQuery head;
        QSqlQuery insert;
        QSqlQuery moveHead;
        std::map<qsizetype, QSqlQuery> many; // INSERT of n rows, by n
    };
    QSqlQuery &many(qsizetype rows);
    std::unique_ptr<Statements> m_statements;
    int m_statementsGeneration = 0; // Transaction::connectionGeneration when they were prepared
};

} // namespace Kurier
