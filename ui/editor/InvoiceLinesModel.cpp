#include "editor/InvoiceLinesModel.h"

#include "domain/InvoiceTotals.h"

#include <QComboBox>
#include <QLocale>

namespace Kurier {

QString vatRateLabel(VatRate rate)
{
    if (const auto percent = vatPercent(rate)) {
        return QStringLiteral("%1 %").arg(*percent);
    }
    switch (rate) {
    case VatRate::Zero:
        return InvoiceLinesModel::tr("0 % (domestic)");
    case VatRate::ZeroIntraEu:
        return InvoiceLinesModel::tr("0 % (intra-EU supply)");
    case VatRate::ZeroExport:
        return InvoiceLinesModel::tr("0 % (export)");
    case VatRate::Exempt:
        return InvoiceLinesModel::tr("zw (exempt)");
    case VatRate::ReverseCharge:
        return InvoiceLinesModel::tr("oo (reverse charge)");
    case VatRate::NotTaxableAbroad:
        return InvoiceLinesModel::tr("np (not taxable in Poland)");
    case VatRate::NotTaxableEuServices:
        return InvoiceLinesModel::tr("np (EU services, art. 100)");
    default:
        return vatRateCode(rate);
    }
}

InvoiceLinesModel::InvoiceLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int InvoiceLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<QString> InvoiceLinesModel::normalizedNumber(const QString &text)
{
    const QString normalized = Money::normalizedUserNumber(text);
    return normalized.isEmpty() ? std::nullopt : std::optional<QString>(normalized);
}

QVariant InvoiceLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const InvoiceLine &line = m_lines[index.row()];
    const QLocale locale;
    const auto decimal = [&locale](const QString &plain) {
        QString text = plain;
        text.replace(u'.', locale.decimalPoint());
        return text;
    };
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return line.name;
        case UnitColumn:
            return line.unit;
        case QuantityColumn:
            return decimal(line.quantity.toString());
        case PriceColumn:
            return decimal(line.unitPrice.toString(2));
        case DiscountColumn:
            return line.discount.grosze() == 0 && role == Qt::DisplayRole ? QString()
                                                                          : line.discount.format(locale);
        case RateColumn:
            if (role == Qt::EditRole) {
                return line.rate ? vatRateCode(*line.rate) : QString();
            }
            return line.rate ? vatRateLabel(*line.rate) : QString();
        case ValueColumn: {
            const auto value = InvoiceCalculator::lineValue(line);
            return value ? value->format(locale) : tr("too large");
        }
        }
    } else if (role == Qt::TextAlignmentRole && index.column() >= QuantityColumn &&
               index.column() != RateColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool InvoiceLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    InvoiceLine &line = m_lines[index.row()];
    const QString text = value.toString();
    m_lastError.clear();
    switch (index.column()) {
    case NameColumn:
        if (text.trimmed().isEmpty() || text.size() > 512) {
            m_lastError = tr("A line needs a name of at most 512 characters.");
        } else {
            line.name = text.trimmed();
        }
        break;
    case UnitColumn:
        line.unit = text.trimmed().left(256);
        break;
    case QuantityColumn: {
        const auto quantity =
            normalizedNumber(text).and_then([](const QString &n) { return Quantity::parse(n); });
        if (!quantity || quantity->units() <= 0) {
            m_lastError =
                tr("“%1” is not a quantity: type a number greater than zero, e.g. 2 or 1,5.").arg(text);
        } else {
            line.quantity = *quantity;
        }
        break;
    }
    case PriceColumn: {
        const auto price =
            normalizedNumber(text).and_then([](const QString &n) { return UnitPrice::parse(n); });
        if (!price || price->units() < 0) {
            m_lastError = tr("“%1” is not a price: type an amount, e.g. 120 or 99,99.").arg(text);
        } else {
            line.unitPrice = *price;
        }
        break;
    }
    case DiscountColumn: {
        if (text.trimmed().isEmpty()) {
            line.discount = Money();
            break;
        }
        const auto discount = Money::parseUserInput(text, QLocale());
        if (!discount || discount->grosze() < 0) {
            m_lastError = tr("“%1” is not a discount: type an amount, e.g. 10,00.").arg(text);
        } else {
            line.discount = *discount;
        }
        break;
    }
    case RateColumn: {
        const auto rate = vatRateFromCode(text);
        if (!rate) {
            m_lastError = tr("“%1” is not a VAT rate.").arg(text);
        } else {
            line.rate = rate;
        }
        break;
    }
    default:
        return false;
    }
    if (!m_lastError.isEmpty()) {
        emit inputRefused(m_lastError);
        return false;
    }
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    emit linesChanged();
    return true;
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != ValueColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Goods or service");
    case UnitColumn:
        return tr("Unit");
    case QuantityColumn:
        return tr("Quantity");
    case PriceColumn:
        return m_priceMode == PriceMode::Net ? tr("Net price") : tr("Gross price");
    case DiscountColumn:
        return tr("Discount");
    case RateColumn:
        return tr("VAT");
    case ValueColumn:
        return m_priceMode == PriceMode::Net ? tr("Net value") : tr("Gross value");
    }
    return {};
}

void InvoiceLinesModel::setLines(const QList<InvoiceLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    emit linesChanged();
}

void InvoiceLinesModel::setPriceMode(PriceMode mode)
{
    m_priceMode = mode;
    emit headerDataChanged(Qt::Horizontal, PriceColumn, ValueColumn);
    emit linesChanged();
}

int InvoiceLinesModel::addLine()
{
    const int row = static_cast<int>(m_lines.size());
    beginInsertRows({}, row, row);
    InvoiceLine line;
    line.unit = tr("pcs.");
    line.rate = VatRate::Rate23;
    m_lines.append(line);
    endInsertRows();
    emit linesChanged();
    return row;
}

void InvoiceLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit linesChanged();
}

QWidget *VatRateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const VatRate rate : kAllVatRates) {
        combo->addItem(vatRateLabel(rate), vatRateCode(rate));
    }
    return combo;
}

void VatRateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void VatRateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData().toString(), Qt::EditRole);
}

} // namespace Kurier
