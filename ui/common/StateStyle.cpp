#include "common/StateStyle.h"

#include "outbox/OfflineIssue.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace Kurier::StateStyle {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Kurier::StateStyle", text, nullptr, n);
}

enum class Glyph
{
    Dot,
    Arrow,
    Check,
    Cross,
    Clock,
    Warning,
    Pencil,
    Dash,
};

Glyph glyph(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Draft:
        return Glyph::Pencil;
    case InvoiceState::Queued:
        return Glyph::Dot;
    case InvoiceState::Sending:
    case InvoiceState::Submitted:
    case InvoiceState::Processing:
        return Glyph::Arrow;
    case InvoiceState::Accepted:
        return Glyph::Clock;
    case InvoiceState::Confirmed:
        return Glyph::Check;
    case InvoiceState::Rejected:
        return Glyph::Cross;
    case InvoiceState::Cancelled:
        return Glyph::Dash;
    }
    return Glyph::Dot;
}

// Icons are drawn, not loaded: crisp at any scale factor, and they follow the state colours exactly.
QIcon drawn(Glyph shape, const QColor &colour)
{
    static QHash<QString, QIcon> cache;
    const QString key = QStringLiteral("%1-%2").arg(int(shape)).arg(colour.name());
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        return *it;
    }
    const QIcon icon = paintedIcon([shape, colour](QPainter &painter, qreal s) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
        QPen pen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        switch (shape) {
        case Glyph::Dot:
            painter.setBrush(Qt::white);
            painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.12, s * 0.12);
            break;
        case Glyph::Arrow:
            painter.drawLine(QPointF(s * 0.28, s * 0.5), QPointF(s * 0.72, s * 0.5));
            painter.drawPolyline(QPolygonF(
                {QPointF(s * 0.52, s * 0.3), QPointF(s * 0.72, s * 0.5), QPointF(s * 0.52, s * 0.7)}));
            break;
        case Glyph::Check:
            painter.drawPolyline(QPolygonF(
                {QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34)}));
            break;
        case Glyph::Cross:
            painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
            painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
            break;
        case Glyph::Clock:
            painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.26));
            painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
            break;
        case Glyph::Warning:
            painter.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.56));
            painter.drawPoint(QPointF(s * 0.5, s * 0.74));
            break;
        case Glyph::Pencil:
            painter.drawLine(QPointF(s * 0.32, s * 0.68), QPointF(s * 0.68, s * 0.32));
            break;
        case Glyph::Dash:
            painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
            break;
        }
    });
    cache.insert(key, icon);
    return icon;
}

const QColor kWarning(0xc2, 0x6a, 0x00);
} // namespace

QIcon paintedIcon(const std::function<void(QPainter &, qreal)> &paint)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, size);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor colour(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Draft:
        return QColor(0x6b, 0x72, 0x80);
    case InvoiceState::Queued:
        return QColor(0x25, 0x63, 0xeb);
    case InvoiceState::Sending:
    case InvoiceState::Submitted:
    case InvoiceState::Processing:
        return QColor(0x7c, 0x3a, 0xed);
    case InvoiceState::Accepted:
        return QColor(0x0e, 0x74, 0x90);
    case InvoiceState::Confirmed:
        return QColor(0x15, 0x80, 0x3d);
    case InvoiceState::Rejected:
        return QColor(0xc0, 0x26, 0x26);
    case InvoiceState::Cancelled:
        return QColor(0x78, 0x71, 0x6c);
    }
    return Qt::gray;
}

QColor colour(const OutboxRow &row)
{
    if (row.stuck || row.missingUpo || row.retryWaiting) {
        return kWarning;
    }
    return colour(row.state);
}

QIcon icon(InvoiceState state)
{
    return drawn(glyph(state), colour(state));
}

QIcon icon(const OutboxRow &row)
{
    if (row.stuck || row.missingUpo || row.retryWaiting) {
        return drawn(Glyph::Warning, kWarning);
    }
    return icon(row.state);
}

QString label(const OutboxRow &row)
{
    QString text = row.state == InvoiceState::Draft ? tr("Ready to send") : invoiceStateName(row.state);
    const QLocale locale;
    if (row.retryWaiting) {
        text += tr(" — retry at %1")
                    .arg(locale.toString(row.nextAttemptAt.toLocalTime().time(), QLocale::ShortFormat));
    } else if (row.stuck) {
        text += tr(" — stuck");
    } else if (row.missingUpo) {
        text += tr(" — UPO missing");
    }
    if (row.offlineMode && row.ksefNumber.isEmpty() && row.state != InvoiceState::Cancelled) {
        text += tr(" · offline, %1").arg(OfflineIssuing::dueText(*row.offlineMode, row.offlineDueAt));
    } else if (row.invoicingMode == u"Offline") {
        text += tr(" · offline");
    }
    return text;
}

QString lastEvent(const OutboxRow &row, const QDateTime &now)
{
    if (!row.errorMessage.isEmpty() && row.state != InvoiceState::Confirmed) {
        return row.errorCode ? QStringLiteral("%1 (%2)").arg(row.errorMessage).arg(row.errorCode)
                             : row.errorMessage;
    }
    const qint64 minutes = row.stateSince.isValid() ? row.stateSince.secsTo(now) / 60 : 0;
    const QString since = minutes < 1 ? tr("just now")
                          : minutes < 60
                              ? tr("%n min ago", int(minutes))
                              : QLocale().toString(row.stateSince.toLocalTime(), QLocale::ShortFormat);
    switch (row.state) {
    case InvoiceState::Confirmed:
        return tr("UPO received %1").arg(since);
    case InvoiceState::Accepted:
        return tr("KSeF number given %1, waiting for the UPO").arg(since);
    case InvoiceState::Processing:
    case InvoiceState::Submitted:
    case InvoiceState::Sending:
        return tr("sent %1").arg(since);
    case InvoiceState::Queued:
        return tr("queued %1").arg(since);
    case InvoiceState::Draft:
        return tr("imported %1, waiting for you to send it").arg(since);
    case InvoiceState::Rejected:
        return tr("rejected %1").arg(since);
    case InvoiceState::Cancelled:
        return tr("cancelled %1").arg(since);
    }
    return {};
}

} // namespace Kurier::StateStyle
