#pragma once

#include "outbox/OutboxQuery.h"

#include <QColor>
#include <QIcon>

#include <functional>

class QPainter;

namespace Kurier::StateStyle {

// How a state (with its conditions) looks everywhere in the desktop app: one colour, one icon, one label.
// Colours are chosen to stay readable on light and dark palettes; the label always carries the meaning too
// (colour is never the only signal).
QColor colour(const OutboxRow &row);
QColor colour(InvoiceState state);
QIcon icon(const OutboxRow &row);
QIcon icon(InvoiceState state);
QString label(const OutboxRow &row); // "Queued — retry at 14:05", "Processing — stuck for 42 min"
QString lastEvent(const OutboxRow &row, const QDateTime &now);
// An icon drawn at the usual sizes by `paint(painter, size)`: crisp at any scale factor.
QIcon paintedIcon(const std::function<void(QPainter &, qreal)> &paint);

} // namespace Kurier::StateStyle
