#pragma once

#include "outbox/OutboxQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace Kurier {

// The filters above the outbox table: state (with "needs attention"), a date range, the buyer and free text.
// Typing is debounced; every change emits the whole filter.
class OutboxFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxFilterBar(QWidget *parent = nullptr);

    OutboxQuery::Filter filter() const;
    void setScope(OutboxQuery::Filter::Scope scope, InvoiceState state = InvoiceState::Queued);
    void focusSearch();

signals:
    void filterChanged(const Kurier::OutboxQuery::Filter &filter);

private:
    void changed();

    QComboBox *m_scope = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_buyer = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Kurier
