#include "clients/ClientListModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace Kurier {

void ClientListModel::setSummaries(QList<ClientSummary> summaries)
{
    beginResetModel();
    m_summaries = std::move(summaries);
    QHash<QString, QString> kept;
    for (const ClientSummary &summary : std::as_const(m_summaries)) {
        if (m_progress.contains(summary.client.nip)) {
            kept.insert(summary.client.nip, m_progress.value(summary.client.nip));
        }
    }
    m_progress = kept;
    endResetModel();
}

const ClientSummary *ClientListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_summaries.size() ? &m_summaries[row] : nullptr;
}

int ClientListModel::rowOf(const QString &nip) const
{
    for (qsizetype i = 0; i < m_summaries.size(); ++i) {
        if (m_summaries[i].client.nip == nip) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void ClientListModel::setProgress(const QString &nip, const QString &text)
{
    m_progress.insert(nip, text);
    if (const int row = rowOf(nip); row >= 0) {
        emit dataChanged(index(row, Progress), index(row, Progress));
    }
}

void ClientListModel::clearProgress()
{
    m_progress.clear();
    if (!m_summaries.isEmpty()) {
        emit dataChanged(index(0, Progress), index(rowCount() - 1, Progress));
    }
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_summaries.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::display(const ClientSummary &summary, int column) const
{
    const auto count = [&](int n) -> QVariant {
        return summary.exists && summary.problem.isEmpty() ? QVariant(n) : QVariant();
    };
    switch (column) {
    case Name:
        return summary.client.name;
    case Nip:
        return summary.client.nip;
    case Environment:
        return summary.client.sandbox ? tr("SANDBOX") : summary.client.environment.toUpper();
    case Ready:
        return count(summary.ready);
    case InFlight:
        return count(summary.inFlight);
    case Rejected:
        return count(summary.rejected);
    case Stuck:
        return count(summary.stuck);
    case MissingUpo:
        return count(summary.missingUpo);
    case OfflineDue:
        return count(summary.offlineDue);
    case NewPurchases:
        return count(summary.newPurchases);
    case Credentials:
        if (!summary.credentialsExpire.isValid()) {
            return {};
        }
        return QStringLiteral("%1 · %2").arg(
            summary.credentialsKind == u"token" ? tr("token") : tr("certificate"),
            QLocale().toString(summary.credentialsExpire.toLocalTime().date(), QLocale::ShortFormat));
    case LastReconcile:
        if (!summary.lastReconcileAt.isValid()) {
            return summary.exists ? tr("never") : QString();
        }
        return QStringLiteral("%1 · %2").arg(
            QLocale().toString(summary.lastReconcileAt.toLocalTime(), QLocale::ShortFormat),
            summary.lastReconcileOutcome == u"clean"       ? tr("clean")
            : summary.lastReconcileOutcome == u"attention" ? tr("needs attention")
            : summary.lastReconcileOutcome == u"failed"    ? tr("failed")
                                                           : tr("incomplete"));
    case Access:
        return summary.accessText();
    case Progress:
        if (m_progress.contains(summary.client.nip)) {
            return m_progress.value(summary.client.nip);
        }
        if (!summary.problem.isEmpty()) {
            return summary.problem;
        }
        return summary.exists ? QString() : tr("nothing stored yet");
    default:
        return {};
    }
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    const ClientSummary *summary = summaryAt(index.row());
    if (!summary || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*summary, index.column());
    case SortRole: {
        const QVariant value = display(*summary, index.column());
        if (index.column() == LastReconcile) {
            return summary->lastReconcileAt;
        }
        if (index.column() == Credentials) {
            return summary->credentialsExpire;
        }
        return value.typeId() == QMetaType::Int ? value : QVariant(value.toString().toLower());
    }
    case AttentionRole:
        return summary->needsAttention();
    case Qt::ToolTipRole:
        if (index.column() == Access && summary->accessLostSince.isValid()) {
            return summary->accessLostMessage;
        }
        return summary->needsAttention()
                   ? tr("Needs attention: %1").arg(summary->attentionReasons().join(u", "))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= Ready && index.column() <= NewPurchases
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ForegroundRole: {
        const bool alarming = (index.column() == Rejected && summary->rejected > 0) ||
                              (index.column() == Stuck && summary->stuck > 0) ||
                              (index.column() == MissingUpo && summary->missingUpo > 0) ||
                              (index.column() == OfflineDue && summary->offlineDue > 0) ||
                              (index.column() == Credentials && summary->credentialsExpireSoon) ||
                              (index.column() == Access && summary->accessLostSince.isValid()) ||
                              (index.column() == Progress && !summary->problem.isEmpty());
        return alarming ? QVariant(QBrush(QColor(0xB0, 0x1E, 0x1E))) : QVariant();
    }
    case Qt::FontRole:
        if (index.column() == Name && summary->needsAttention()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Company");
    case Nip:
        return tr("NIP");
    case Environment:
        return tr("Environment");
    case Ready:
        return tr("Ready");
    case InFlight:
        return tr("In KSeF");
    case Rejected:
        return tr("Rejected");
    case Stuck:
        return tr("Stuck");
    case MissingUpo:
        return tr("No UPO");
    case OfflineDue:
        return tr("Offline due");
    case NewPurchases:
        return tr("New purchases");
    case Credentials:
        return tr("Credentials until");
    case Access:
        return tr("Access");
    case LastReconcile:
        return tr("Last reconciliation");
    case Progress:
        return tr("Status");
    default:
        return {};
    }
}

void ClientFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ClientFilterModel::setAttentionOnly(bool attentionOnly)
{
    m_attentionOnly = attentionOnly;
    invalidateFilter();
}

bool ClientFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_attentionOnly &&
        !source->index(sourceRow, 0, sourceParent).data(ClientListModel::AttentionRole).toBool()) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    return source->index(sourceRow, ClientListModel::Name, sourceParent)
               .data()
               .toString()
               .contains(m_text, Qt::CaseInsensitive) ||
           source->index(sourceRow, ClientListModel::Nip, sourceParent).data().toString().contains(m_text);
}

} // namespace Kurier
