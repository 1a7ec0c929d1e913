#pragma once

#include "outbox/OutboxQuery.h"

#include <QAbstractTableModel>

namespace Kurier {

class Clock;

// The outbox as a table, read lazily from the database: a count and the first page when it opens, further
// pages as the view scrolls (canFetchMore/fetchMore). Sorting and filtering run in SQL, so 100,000 rows cost
// what one page costs. Read-only: changes go through the worker and come back as refresh().
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StateColumn,
        NumberColumn,
        BuyerColumn,
        IssueDateColumn,
        GrossColumn,
        KsefNumberColumn,
        LastEventColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KeyRole,
        StateRole,          // InvoiceState as int
        NeedsAttentionRole, // bool
        KsefNumberRole,
    };

    OutboxModel(OutboxQuery &query, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const OutboxQuery::Filter &filter);
    const OutboxQuery::Filter &filter() const { return m_query.filter(); }
    // Re-reads what is shown (after the worker changed items); keeps the loaded rows when the order is the
    // same.
    void refresh();
    int totalCount() const { return m_total; } // rows matching the filter (not all loaded)
    const OutboxRow *rowAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not loaded
    QString lastError() const { return m_error; }

    static constexpr int kPageSize = 256;

signals:
    void loadFailed(const QString &error);

private:
    void reload();
    void load(int wanted); // the ids in order and the first `wanted` rows

    QList<qint64> m_ids; // every matching id, in order; m_rows holds the first of them

    OutboxQuery &m_query;
    const Clock &m_clock;
    QList<OutboxRow> m_rows;
    int m_total = 0;
    QString m_error;
    bool m_notifying = false;
};

} // namespace Kurier
