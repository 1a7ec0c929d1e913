#include "outbox/OutboxFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace Kurier {

namespace {
// Scope entries: (scope, state) in the combo's item data as "scope:state".
QString scopeKey(OutboxQuery::Filter::Scope scope, InvoiceState state = InvoiceState::Queued)
{
    return QStringLiteral("%1:%2").arg(int(scope)).arg(int(state));
}
} // namespace

OutboxFilterBar::OutboxFilterBar(QWidget *parent)
    : QWidget(parent)
{
    using Scope = OutboxQuery::Filter::Scope;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    m_scope->addItem(tr("All invoices"), scopeKey(Scope::All));
    m_scope->addItem(tr("Needs attention"), scopeKey(Scope::NeedsAttention));
    m_scope->addItem(tr("In flight"), scopeKey(Scope::InFlight));
    m_scope->addItem(tr("Issued offline"), scopeKey(Scope::Offline));
    for (const InvoiceState state : kAllInvoiceStates) {
        m_scope->addItem(state == InvoiceState::Draft ? tr("Ready to send") : invoiceStateName(state),
                         scopeKey(Scope::State, state));
    }
    m_scope->setAccessibleName(tr("Show"));

    m_useDates = new QCheckBox(tr("&Issued from"), this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("Issued from"));
    m_to->setAccessibleName(tr("Issued to"));
    m_buyer = new QLineEdit(this);
    m_buyer->setObjectName(QStringLiteral("buyerFilter"));
    m_buyer->setPlaceholderText(tr("Buyer (NIP or name)"));
    m_buyer->setAccessibleName(tr("Buyer"));
    m_buyer->setClearButtonEnabled(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchFilter"));
    m_search->setPlaceholderText(tr("Search number, buyer, KSeF number, error… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_scope);
    layout->addWidget(showLabel);
    layout->addWidget(m_scope);
    layout->addSpacing(8);
    layout->addWidget(m_useDates);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_buyer, 1);
    layout->addWidget(m_search, 2);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &OutboxFilterBar::changed);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &OutboxFilterBar::changed);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &OutboxFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &OutboxFilterBar::changed);
    connect(m_buyer, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
}

OutboxQuery::Filter OutboxFilterBar::filter() const
{
    OutboxQuery::Filter filter;
    const QStringList key = m_scope->currentData().toString().split(u':');
    if (key.size() == 2) {
        filter.scope = static_cast<OutboxQuery::Filter::Scope>(key[0].toInt());
        filter.state = static_cast<InvoiceState>(key[1].toInt());
    }
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.buyer = m_buyer->text();
    filter.text = m_search->text();
    return filter;
}

void OutboxFilterBar::setScope(OutboxQuery::Filter::Scope scope, InvoiceState state)
{
    const int index = m_scope->findData(
        scopeKey(scope, scope == OutboxQuery::Filter::Scope::State ? state : InvoiceState::Queued));
    if (index >= 0) {
        m_scope->setCurrentIndex(index);
    }
}

void OutboxFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OutboxFilterBar::changed()
{
    m_debounce->stop();
    emit filterChanged(filter());
}

} // namespace Kurier
