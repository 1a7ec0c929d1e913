#pragma once

#include "domain/Invoice.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace Kurier {

// The lines of the invoice being edited. Quantities, prices and discounts are typed in the user's locale and
// refused (setData returns false, with the reason in lastError) when they are not numbers Kurier can send;
// each line's net and gross are computed from what was typed, never typed themselves.
class InvoiceLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UnitColumn,
        QuantityColumn,
        PriceColumn,
        DiscountColumn,
        RateColumn,
        ValueColumn, // the line's value (net or gross, as the prices are)
        ColumnCount
    };

    explicit InvoiceLinesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setLines(const QList<InvoiceLine> &lines);
    const QList<InvoiceLine> &lines() const { return m_lines; }
    void setPriceMode(PriceMode mode);
    int addLine();
    void removeLine(int row);
    QString lastError() const { return m_lastError; }

    static std::optional<QString> normalizedNumber(const QString &text); // "1 234,5" → "1234.5"

signals:
    void linesChanged();
    void inputRefused(const QString &reason);

private:
    QList<InvoiceLine> m_lines;
    PriceMode m_priceMode = PriceMode::Net;
    QString m_lastError;
};

// The VAT rate column edits with a list of the rates FA(3) knows.
class VatRateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

QString vatRateLabel(VatRate rate); // "23 %", "zw (exempt)", …

} // namespace Kurier
