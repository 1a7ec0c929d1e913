#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Kurier {

class AlertCenter;

// The in-app alert centre: every open alert (stored, so nothing is lost when no notification was seen), with
// acknowledge, acknowledge all, and "show the invoice".
class AlertCentre : public QWidget
{
    Q_OBJECT

public:
    explicit AlertCentre(QWidget *parent = nullptr);

    void setAlerts(AlertCenter *alerts); // nullptr: none open (no company yet)
    void reload();
    int openCount() const;

signals:
    void showInvoice(const QString &itemKey);
    void changed(int openCount);

private:
    AlertCenter *m_alerts = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_acknowledgeAll = nullptr;
    QPushButton *m_show = nullptr;
};

} // namespace Kurier
