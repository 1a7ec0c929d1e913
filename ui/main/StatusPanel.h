#pragma once

#include "services/OutboxWorker.h"

#include <QWidget>

class QLabel;

namespace Kurier {

// The status bar's contents: the environment (SANDBOX/TEST/DEMO unmistakable, PRODUCTION too), the company,
// the counts per state, the connection and the remaining rate-limit budget for sending.
class StatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void setEnvironment(const QString &label, bool production, bool sandbox);
    void setCompany(const QString &name, const QString &nip);
    void setCounts(const QHash<InvoiceState, int> &counts);
    void setConnection(OutboxWorker::Connection connection, const QString &detail);
    void setBudget(int remaining, int limit);
    // KSeF's availability from Latarnia; shown only when it is not plainly "available".
    void setAvailability(const QString &key, const QString &text, bool announced);

    QString countsText() const;
    QString environmentText() const;
    QString connectionText() const;

private:
    QLabel *m_environment = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_budget = nullptr;
    QLabel *m_availability = nullptr;
    std::pair<OutboxWorker::Connection, QString> m_lastConnection{OutboxWorker::Connection::Starting, {}};
    bool m_announced = false;
};

} // namespace Kurier
