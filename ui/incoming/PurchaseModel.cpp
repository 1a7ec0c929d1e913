#include "incoming/PurchaseModel.h"

#include <QFont>
#include <QLocale>

namespace Kurier {

void PurchaseModel::setInvoices(QList<IncomingInvoice> invoices)
{
    beginResetModel();
    m_invoices = std::move(invoices);
    endResetModel();
}

const IncomingInvoice *PurchaseModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_invoices.size() ? &m_invoices[row] : nullptr;
}

void PurchaseModel::markRead(const QStringList &ksefNumbers)
{
    for (int row = 0; row < m_invoices.size(); ++row) {
        IncomingInvoice &invoice = m_invoices[row];
        if (invoice.isNew() && (ksefNumbers.isEmpty() || ksefNumbers.contains(invoice.ksefNumber))) {
            invoice.readAt = QDateTime::currentDateTimeUtc();
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int PurchaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int PurchaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseModel::data(const QModelIndex &index, int role) const
{
    const IncomingInvoice *invoice = invoiceAt(index.row());
    if (!invoice) {
        return {};
    }
    if (role == Qt::FontRole && invoice->isNew()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Gross) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == New) {
        return invoice->isNew() ? tr("New: not looked at yet") : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case New:
        return invoice->isNew() ? QStringLiteral("●") : QString();
    case IssueDate:
        return QLocale().toString(invoice->issueDate, QLocale::ShortFormat);
    case Number:
        return invoice->invoiceNumber;
    case Seller:
        return invoice->sellerName;
    case SellerNip:
        return invoice->sellerNip;
    case Gross:
        return QStringLiteral("%1 %2").arg(QLocale().toString(invoice->grossAmount.toDouble(), 'f', 2),
                                           invoice->currency);
    case KsefNumber:
        return invoice->ksefNumber;
    case Problem:
        return invoice->problem;
    default:
        return {};
    }
}

QVariant PurchaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case New:
        return QString();
    case IssueDate:
        return tr("Issued");
    case Number:
        return tr("Number");
    case Seller:
        return tr("Seller");
    case SellerNip:
        return tr("Seller NIP");
    case Gross:
        return tr("Gross");
    case KsefNumber:
        return tr("KSeF number");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace Kurier
