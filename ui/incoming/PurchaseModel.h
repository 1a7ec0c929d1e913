#pragma once

#include "incoming/IncomingInvoice.h"

#include <QAbstractTableModel>

namespace Kurier {

// The purchase invoices as a table: new ones (not looked at yet) marked and in bold; a problem (no readable
// XML) in its own column so it is never overlooked.
class PurchaseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        New,
        IssueDate,
        Number,
        Seller,
        SellerNip,
        Gross,
        KsefNumber,
        Problem,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setInvoices(QList<IncomingInvoice> invoices);
    const IncomingInvoice *invoiceAt(int row) const;
    void markRead(const QStringList &ksefNumbers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IncomingInvoice> m_invoices;
};

} // namespace Kurier
