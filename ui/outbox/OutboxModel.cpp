#include "outbox/OutboxModel.h"

#include "common/StateStyle.h"
#include "domain/Money.h"
#include "util/Clock.h"

#include <QLocale>

namespace Kurier {

OutboxModel::OutboxModel(OutboxQuery &query, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(query)
    , m_clock(clock)
{
    reload();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OutboxRow *OutboxModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int OutboxModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OutboxRow &row = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return row.id;
    case KeyRole:
        return row.key;
    case StateRole:
        return static_cast<int>(row.state);
    case NeedsAttentionRole:
        return row.needsAttention();
    case KsefNumberRole:
        return row.ksefNumber;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case StateColumn:
            return StateStyle::label(row);
        case NumberColumn:
            return row.invoiceNumber;
        case BuyerColumn:
            return row.buyerName.isEmpty() ? row.buyerNip
                                           : QStringLiteral("%1 (%2)").arg(row.buyerName, row.buyerNip);
        case IssueDateColumn:
            return QLocale().toString(row.issueDate, QLocale::ShortFormat);
        case GrossColumn: {
            const auto amount = Money::parse(row.gross);
            return amount ? amount->format(QLocale(), row.currency) : row.gross;
        }
        case KsefNumberColumn:
            return row.ksefNumber;
        case LastEventColumn:
            return StateStyle::lastEvent(row, m_clock.now());
        }
    } else if (role == Qt::DecorationRole && column == StateColumn) {
        return StateStyle::icon(row);
    } else if (role == Qt::ForegroundRole && column == StateColumn) {
        return StateStyle::colour(row);
    } else if (role == Qt::TextAlignmentRole && column == GrossColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        QString tip = StateStyle::label(row);
        if (!row.errorMessage.isEmpty()) {
            tip += u'\n' + row.errorMessage;
            if (!row.errorTrace.isEmpty()) {
                tip += u'\n' + tr("Trace id: %1").arg(row.errorTrace);
            }
        }
        return tip;
    } else if (role == Qt::AccessibleTextRole) {
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StateColumn:
        return tr("State");
    case NumberColumn:
        return tr("Number");
    case BuyerColumn:
        return tr("Buyer");
    case IssueDateColumn:
        return tr("Issued");
    case GrossColumn:
        return tr("Gross");
    case KsefNumberColumn:
        return tr("KSeF number");
    case LastEventColumn:
        return tr("Last event");
    }
    return {};
}

bool OutboxModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while views are being told about a change (a view that fetches from inside that notification would
    // nest one change in another).
    return !parent.isValid() && !m_notifying && m_rows.size() < m_ids.size();
}

void OutboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<qint64> next = m_ids.mid(m_rows.size(), kPageSize);
    auto page = m_query.rows(next);
    if (!page) {
        m_error = page.error();
        emit loadFailed(m_error);
        m_ids.resize(m_rows.size()); // nothing more to fetch until the next refresh
        m_total = static_cast<int>(m_ids.size());
        return;
    }
    if (page->size() != next.size()) {
        // Rows gone since the ids were read: keep ids and rows aligned.
        QSet<qint64> present;
        for (const OutboxRow &row : std::as_const(*page)) {
            present.insert(row.id);
        }
        for (const qint64 id : next) {
            if (!present.contains(id)) {
                m_ids.removeOne(id);
            }
        }
        m_total = static_cast<int>(m_ids.size());
        if (page->isEmpty()) {
            return;
        }
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(*page);
    m_notifying = true;
    endInsertRows();
    m_notifying = false;
}

void OutboxModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_query.setSort(static_cast<OutboxQuery::Column>(column), order);
    reload();
}

void OutboxModel::setFilter(const OutboxQuery::Filter &filter)
{
    m_query.setFilter(filter);
    reload();
}

void OutboxModel::load(int wanted)
{
    m_error.clear();
    auto ids = m_query.ids();
    if (!ids) {
        m_error = ids.error();
        m_ids.clear();
        m_rows.clear();
    } else {
        m_ids = std::move(*ids);
        auto rows = m_query.rows(m_ids.mid(0, wanted));
        if (rows) {
            m_rows = std::move(*rows);
        } else {
            m_error = rows.error();
            m_rows.clear();
        }
        m_ids.resize(std::max(m_ids.size(), m_rows.size()));
    }
    m_total = static_cast<int>(m_ids.size());
}

void OutboxModel::reload()
{
    beginResetModel();
    load(kPageSize);
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    if (!m_error.isEmpty()) {
        emit loadFailed(m_error);
    }
}

void OutboxModel::refresh()
{
    auto ids = m_query.ids();
    if (!ids) {
        m_error = ids.error();
        emit loadFailed(m_error);
        return;
    }
    const qsizetype loaded = m_rows.size();
    const bool samePrefix =
        ids->size() >= loaded && std::equal(m_rows.begin(), m_rows.end(), ids->begin(),
                                            [](const OutboxRow &row, qint64 id) { return row.id == id; });
    if (!samePrefix) {
        // The order changed (an invoice moved): read again, as many rows as were loaded but at most a few
        // pages — the view fetches more as it scrolls.
        beginResetModel();
        load(static_cast<int>(std::clamp<qsizetype>(loaded, kPageSize, 8 * kPageSize)));
        m_notifying = true;
        endResetModel();
        m_notifying = false;
        if (!m_error.isEmpty()) {
            emit loadFailed(m_error);
        }
        return;
    }
    m_ids = std::move(*ids);
    m_total = static_cast<int>(m_ids.size());
    // Only rows that can still change are read again: those not final (their state, or a condition that
    // depends on the time, may have moved on).
    QList<qint64> live;
    for (const OutboxRow &row : std::as_const(m_rows)) {
        if (!isFinal(row.state)) {
            live.append(row.id);
        }
    }
    if (!live.isEmpty()) {
        const auto rows = m_query.rows(live);
        if (!rows) {
            m_error = rows.error();
            emit loadFailed(m_error);
            return;
        }
        QHash<qint64, const OutboxRow *> byId;
        for (const OutboxRow &row : *rows) {
            byId.insert(row.id, &row);
        }
        for (OutboxRow &row : m_rows) {
            if (const OutboxRow *fresh = byId.value(row.id)) {
                row = *fresh;
            }
        }
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

} // namespace Kurier
