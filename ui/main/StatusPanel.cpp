#include "main/StatusPanel.h"

#include "common/StateStyle.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Kurier {

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
{
    m_environment = new QLabel(this);
    m_environment->setObjectName(QStringLiteral("environmentBadge"));
    m_company = new QLabel(this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("stateCounts"));
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_budget = new QLabel(this);
    m_budget->setObjectName(QStringLiteral("rateBudget"));
    m_availability = new QLabel(this);
    m_availability->setObjectName(QStringLiteral("ksefAvailability"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_environment);
    layout->addWidget(m_company);
    layout->addSpacing(12);
    layout->addWidget(m_counts, 1);
    layout->addWidget(m_availability);
    layout->addWidget(m_connection);
    layout->addSpacing(12);
    layout->addWidget(m_budget);
}

void StatusPanel::setEnvironment(const QString &label, bool production, bool sandbox)
{
    const QString background = production ? QStringLiteral("#b91c1c")
                               : sandbox  ? QStringLiteral("#c2410c")
                                          : QStringLiteral("#1d4ed8");
    m_environment->setText(label);
    m_environment->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 2px 10px; "
                       "border-radius: 4px; }")
            .arg(background));
    m_environment->setToolTip(production ? tr("Invoices are sent to the real KSeF: they are legally binding.")
                                         : tr("Invoices sent here have no legal effect."));
}

void StatusPanel::setCompany(const QString &name, const QString &nip)
{
    m_company->setText(nip.isEmpty() ? tr("No company") : QStringLiteral("%1 · NIP %2").arg(name, nip));
}

void StatusPanel::setCounts(const QHash<InvoiceState, int> &counts)
{
    QStringList parts;
    for (const InvoiceState state : kAllInvoiceStates) {
        if (const int count = counts.value(state); count > 0) {
            // "Name: count" reads right in Polish too, where the state's name would have to agree with the
            // number.
            parts << QStringLiteral("<span style='color:%1'>●</span> %2: %3")
                         .arg(StateStyle::colour(state).name(),
                              (state == InvoiceState::Draft ? tr("Ready") : invoiceStateName(state))
                                  .toHtmlEscaped())
                         .arg(count);
        }
    }
    m_counts->setText(parts.isEmpty() ? tr("No invoices yet") : parts.join(QStringLiteral(" &nbsp; ")));
}

void StatusPanel::setConnection(OutboxWorker::Connection connection, const QString &detail)
{
    m_lastConnection = {connection, detail};
    // While Latarnia announces an outage, an idle queue has not talked to KSeF: never "Connected".
    m_connection->setText(m_announced && connection == OutboxWorker::Connection::Idle
                              ? tr("Nothing to send")
                              : OutboxWorker::connectionName(connection));
    m_connection->setToolTip(detail);
    const bool bad = connection == OutboxWorker::Connection::Stopped ||
                     connection == OutboxWorker::Connection::Offline ||
                     connection == OutboxWorker::Connection::NoCredentials;
    m_connection->setStyleSheet(bad ? QStringLiteral("QLabel { color: #b91c1c; font-weight: bold; }")
                                    : QString());
}

void StatusPanel::setBudget(int remaining, int limit)
{
    m_budget->setText(limit > 0 ? tr("Send budget: %1/%2 per min").arg(remaining).arg(limit) : QString());
    m_budget->setToolTip(tr("Invoice-sending requests KSeF still allows this minute (shared by every Kurier "
                            "process of this company)."));
}

void StatusPanel::setAvailability(const QString &key, const QString &text, bool announced)
{
    // Available is the normal case: nothing to show. Unreachable Latarnia is said quietly (it says nothing
    // about KSeF); an announced window loudly.
    m_availability->setText(key == u"available" ? QString() : text);
    m_announced = announced;
    setConnection(m_lastConnection.first, m_lastConnection.second);
    m_availability->setToolTip(text);
    m_availability->setStyleSheet(announced ? QStringLiteral("QLabel { color: #b91c1c; font-weight: bold; }")
                                            : QStringLiteral("QLabel { color: palette(mid); }"));
}

QString StatusPanel::countsText() const
{
    return m_counts->text();
}

QString StatusPanel::environmentText() const
{
    return m_environment->text();
}

QString StatusPanel::connectionText() const
{
    return m_connection->text();
}

} // namespace Kurier
