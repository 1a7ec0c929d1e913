#pragma once

#include "calendar/OfflineDeadline.h"
#include "domain/InvoiceState.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <expected>
#include <optional>

namespace Kurier {

class Clock;

// One row of the outbox as a list shows it: no XML, no UPO bytes.
struct OutboxRow
{
    qint64 id = 0;
    QString key;
    QString invoiceNumber;
    QString invoiceKind;
    QDate issueDate;
    QString buyerNip;
    QString buyerName;
    QString gross;
    QString currency;
    QString ksefNumber;
    InvoiceState state = InvoiceState::Queued;
    QDateTime stateSince;
    QDateTime updatedAt;
    QDateTime nextAttemptAt;
    int attempts = 0;
    int errorCode = 0;
    QString errorMessage;
    QString errorTrace;
    bool hasUpo = false;
    std::optional<OfflineMode> offlineMode; // issued offline
    QDateTime offlineDueAt;
    QString invoicingMode; // KSeF's: Online | Offline
    // Conditions (not states), computed from the times and the thresholds.
    bool retryWaiting = false;
    bool stuck = false;
    bool missingUpo = false;

    bool needsAttention() const
    {
        return state == InvoiceState::Rejected || retryWaiting || stuck || missingUpo;
    }
};

// What a list of the outbox shows: a filter, a sort order, and pages of rows — all in SQL, so a list of
// 100,000 invoices opens with one count and one page and a filter answers without loading rows.
class OutboxQuery
{
    Q_DECLARE_TR_FUNCTIONS(OutboxQuery)

public:
    enum class Column
    {
        State,
        Number,
        Buyer,
        IssueDate,
        Gross,
        KsefNumber,
        LastEvent,
    };
    struct Filter
    {
        enum class Scope
        {
            All,
            NeedsAttention, // rejected, stuck, waiting for a retry, missing UPO
            InFlight,       // sending, submitted, processing, accepted
            State,          // exactly `state`
            Offline,        // issued offline (every state)
        };
        Scope scope = Scope::All;
        InvoiceState state = InvoiceState::Queued;
        std::optional<QDate> from;
        std::optional<QDate> to;
        QString buyer; // NIP or part of the name
        QString text;  // number, buyer, KSeF number, error
        bool operator==(const Filter &) const = default;
    };
    struct Thresholds
    {
        std::chrono::minutes stuckAfter{30};
        std::chrono::minutes missingUpoAfter{120};
    };

    OutboxQuery(QSqlDatabase connection, const Clock &clock, Thresholds thresholds);

    void setFilter(const Filter &filter) { m_filter = filter; }
    const Filter &filter() const { return m_filter; }
    void setSort(Column column, Qt::SortOrder order);
    void setThresholds(Thresholds thresholds) { m_thresholds = thresholds; }

    // Every matching id in order — read from the list index only, so it stays cheap at 100,000 rows — and the
    // rows of some of them (a page), in the order given.
    std::expected<QList<qint64>, QString> ids() const;
    std::expected<QList<OutboxRow>, QString> rows(const QList<qint64> &ids) const;
    std::expected<std::optional<OutboxRow>, QString> row(qint64 id) const;
    // Items needing attention, whatever the filter (the status bar's warning).
    std::expected<int, QString> needingAttention() const;
    // The dashboard's counts, whatever the filter.
    struct Overview
    {
        int inFlight = 0;
        int stuck = 0;
        int missingUpo = 0;
        int rejected = 0;
        int retryWaiting = 0;
        int offlineWaiting = 0; // issued offline, not in KSeF yet
        int offlineOverdue = 0; // … and past the deadline
    };
    std::expected<Overview, QString> overview() const;
    // The offline invoices not in KSeF yet, the earliest deadline first (the Overview's card).
    std::expected<QList<OutboxRow>, QString> offlineDue(int limit) const;

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    Where where(const Filter &filter) const;
    std::expected<QList<OutboxRow>, QString> fetch(const Where &where, const QString &orderBy, int offset,
                                                   int limit) const;
    // Retry waiting, stuck, missing UPO: SQL expressions over a row (the times are ours, inlined).
    QStringList conditions() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    Thresholds m_thresholds;
    Filter m_filter;
    QString m_orderBy = QStringLiteral("id DESC");
};

} // namespace Kurier
