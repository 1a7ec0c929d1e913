#pragma once

#include "outbox/OutboxQuery.h"
#include "reconcile/ReconcileReport.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace Kurier {

class DesktopSession;
class Prompts;
class ReconcileStore;

// The overview of what needs a person: cards with counts (in flight, stuck, missing UPO, rejected, orphans
// the last reconciliation found, the last and the next reconciliation) that open the matching list, and the
// table of open problems from reconciliation reports with their actions — retry, mark resolved with a reason
// (audited) — plus "Reconcile now" and the report as CSV.
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    Dashboard(DesktopSession &session, Prompts &prompts, QWidget *parent = nullptr);
    ~Dashboard() override;

    // Reads the counts and the open findings again (the GUI thread's own connection).
    void refresh();
    void attachSession(); // after a company opened
    void detachSession(); // before its database closes

    // The user's actions (also the buttons).
    void reconcileNow();
    void retrySelected();
    void adoptSelected();
    void resolveSelected();
    void exportReport();

    // For tests.
    QString cardText(const QString &name) const;
    QString availabilityText() const;
    QTableWidget *problems() const { return m_problems; }
    bool isReconciling() const { return m_reconciling; }

signals:
    void showScope(Kurier::OutboxQuery::Filter::Scope scope, Kurier::InvoiceState state);
    void reconcileFinished(bool needsAttention, const QString &summary);
    void adoptFinished(bool ok, const QString &message);

private:
    QToolButton *addCard(const QString &name, const QString &title);
    void setCard(const QString &name, const QString &value, bool warn);
    QList<ReconcileFinding> selectedFindings() const;

    DesktopSession &m_session;
    Prompts &m_prompts;
    const ReconcileStore *m_reports = nullptr; // the session's (read only; writes go through the worker)
    QHash<QString, QToolButton *> m_cards;
    QLabel *m_offlineDue = nullptr;
    QLabel *m_lastRun = nullptr;
    QLabel *m_availability = nullptr; // what Latarnia says about KSeF
    void showAvailability();
    QPushButton *m_reconcile = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_adopt = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_export = nullptr;
    QTableWidget *m_problems = nullptr;
    QList<ReconcileFinding> m_findings;
    QList<QMetaObject::Connection> m_workerConnections;
    bool m_reconciling = false;
};

} // namespace Kurier
