#include "alerts/AlertCentre.h"

#include "audit/AlertCenter.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kurier {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kItemRole = Qt::UserRole + 2;
} // namespace

AlertCentre::AlertCentre(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("alertList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Open alerts"));
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledgeAll = new QPushButton(tr("Acknowledge a&ll"), this);
    m_show = new QPushButton(tr("Show &invoice"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_acknowledgeAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (m_alerts && m_list->currentItem()) {
            m_alerts->acknowledge(m_list->currentItem()->data(kIdRole).toLongLong());
            reload();
        }
    });
    connect(m_acknowledgeAll, &QPushButton::clicked, this, [this] {
        if (m_alerts) {
            m_alerts->acknowledgeAll();
            reload();
        }
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_list->currentItem()) {
            emit showInvoice(m_list->currentItem()->data(kItemRole).toString());
        }
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit showInvoice(item->data(kItemRole).toString()); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_acknowledge->setEnabled(current != nullptr);
        m_show->setEnabled(current && !current->data(kItemRole).toString().isEmpty());
    });
    reload();
}

void AlertCentre::setAlerts(AlertCenter *alerts)
{
    m_alerts = alerts;
    reload();
}

void AlertCentre::reload()
{
    m_list->clear();
    if (m_alerts) {
        if (const auto open = m_alerts->open()) {
            const QLocale locale;
            for (const Alert &alert : *open) {
                auto *item = new QListWidgetItem(
                    QStringLiteral("%1 — %2").arg(
                        locale.toString(alert.raisedAt.toLocalTime(), QLocale::ShortFormat), alert.message),
                    m_list);
                item->setData(kIdRole, alert.id);
                item->setData(kItemRole, alert.itemKey);
                item->setIcon(
                    style()->standardIcon(alert.kind == u"rejected" || alert.kind == u"queue-stopped"
                                              ? QStyle::SP_MessageBoxCritical
                                              : QStyle::SP_MessageBoxWarning));
            }
        }
    }
    m_acknowledge->setEnabled(false);
    m_show->setEnabled(false);
    m_acknowledgeAll->setEnabled(m_list->count() > 0);
    emit changed(m_list->count());
}

int AlertCentre::openCount() const
{
    return m_list->count();
}

} // namespace Kurier
