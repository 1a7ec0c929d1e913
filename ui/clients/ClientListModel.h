#pragma once

#include "office/ClientOverview.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Kurier {

// The office's clients as a table, one row per company: what waits, what is in KSeF, what needs a person, and
// while bulk work runs, where each company is. Numbers sort as numbers.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Nip,
        Environment,
        Ready,
        InFlight,
        Rejected,
        Stuck,
        MissingUpo,
        OfflineDue,
        NewPurchases,
        Credentials,
        Access, // how Kurier reaches it: own credentials, the office's permissions, or access revoked
        LastReconcile,
        Progress,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int AttentionRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    // Keeps the progress texts of companies that are still there.
    void setSummaries(QList<ClientSummary> summaries);
    const QList<ClientSummary> &summaries() const { return m_summaries; }
    const ClientSummary *summaryAt(int row) const;
    int rowOf(const QString &nip) const;
    void setProgress(const QString &nip, const QString &text);
    void clearProgress();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ClientSummary &summary, int column) const;
    QList<ClientSummary> m_summaries;
    QHash<QString, QString> m_progress; // NIP → where the bulk work is
};

// The view's filter: text in the name or NIP, and "Needs attention" only.
class ClientFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void setAttentionOnly(bool attentionOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_attentionOnly = false;
};

} // namespace Kurier
