#pragma once

#include "incoming/IncomingInvoice.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <expected>
#include <optional>

namespace Kurier {

class AuditLog;
class Clock;

// The purchase invoices and the synchronisation's cursor in the company's SQLite database (migration 7).
//
// The cursor and the invoices of a window are written in one transaction, so a crash, a kill or a full disk
// at any moment leaves either both or neither: the next run starts where the last stored window ended — never
// past an invoice that was not stored (no gap), and an invoice read twice is one row (no duplicate).
class IncomingStore
{
    Q_DECLARE_TR_FUNCTIONS(IncomingStore)

public:
    template <typename T>
    using Result = std::expected<T, QString>;

    struct Cursor
    {
        QDateTime nextFrom;
        QDateTime hwm;
    };
    struct Stored
    {
        int added = 0;
        int duplicates = 0;
        QStringList addedNumbers;
    };
    struct Filter
    {
        bool newOnly = false;
        QString text; // number, seller NIP or name
        int limit = 0;
    };

    IncomingStore(QSqlDatabase connection, AuditLog &audit, const Clock &clock);

    Result<std::optional<Cursor>> cursor(const QString &subjectType) const;
    Result<IncomingRun> beginRun(const QString &subjectType, const QString &trigger);
    // The invoices of one window and where the next one starts, together or not at all.
    Result<Stored> storeWindow(const IncomingRun &run, const QList<IncomingInvoice> &invoices,
                               const Cursor &next);
    Result<void> finishRun(IncomingRun &run);
    Result<std::optional<IncomingRun>> lastRun(const QString &subjectType) const;
    Result<QList<IncomingRun>> unnotifiedRuns() const; // finished, with new invoices, not yet announced
    Result<void> markNotified(qint64 runId);

    Result<QList<IncomingInvoice>> list(const Filter &filter) const; // newest first, without the XML
    Result<std::optional<IncomingInvoice>> find(const QString &ksefNumber) const; // with the XML
    Result<int> count(bool newOnly) const;
    Result<int> markRead(const QStringList &ksefNumbers); // empty: all
    Result<int> markUnread(const QStringList &ksefNumbers);

private:
    Result<int> setRead(const QStringList &ksefNumbers, bool read);

    QSqlDatabase m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace Kurier
