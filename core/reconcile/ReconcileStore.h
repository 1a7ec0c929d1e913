#pragma once

#include "reconcile/ReconcileReport.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <expected>
#include <optional>

namespace Kurier {

class AuditLog;
class Clock;

// The reports of reconciliation runs, kept in the company's database beside the outbox (SQL lives here).
class ReconcileStore
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileStore)

public:
    ReconcileStore(QSqlDatabase connection, AuditLog &audit, const Clock &clock);

    // Writes a finished run and its findings in one transaction; fills in the ids.
    std::expected<void, QString> save(ReconcileReport &report);
    std::expected<std::optional<ReconcileReport>, QString> run(qint64 id) const;
    std::expected<std::optional<ReconcileReport>, QString> latest() const;
    // The last successful (clean or attention) run's finish time: when KSeF was last compared.
    std::expected<std::optional<QDateTime>, QString> lastCompleted() const;
    // The newest run's outcome (clean | attention | incomplete | failed) and when it ended (or started, while
    // it runs) — without its findings.
    struct Outcome
    {
        QString outcome;
        QDateTime at;
    };
    std::expected<std::optional<Outcome>, QString> lastOutcome() const;
    // Findings that need a human and are not resolved yet, newest first, across runs.
    std::expected<QList<ReconcileFinding>, QString> openFindings() const;
    // A person says a finding is dealt with; the reason goes to the finding and to the audit log.
    std::expected<void, QString> resolve(qint64 findingId, const QString &reason);

private:
    std::expected<QList<ReconcileFinding>, QString> findings(const QString &where,
                                                             const QVariantList &values) const;

    QSqlDatabase m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace Kurier
