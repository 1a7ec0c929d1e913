#pragma once

#include "storage/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <expected>

namespace Kurier {

class AuditLog;
class Clock;

struct Alert
{
    qint64 id = 0;
    QString kind; // rejected | stuck | missing-upo | queue-stopped | access-lost | rate-limited | credentials
                  // | upo-mismatch
    QString dedupeKey;
    QString itemKey;
    QString message;
    QDateTime raisedAt;
    QDateTime acknowledgedAt;
};

// Alerts with notify-once semantics: while an alert with the same dedupe key is open (not acknowledged),
// raising it again does nothing. Alerts are stored (and written to the audit log); new ones are emitted for
// the UI.
class AlertCenter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)

public:
    AlertCenter(QSqlDatabase connection, AuditLog &audit, const Clock &clock, QObject *parent = nullptr);

    // True when a new alert was raised; false when one with this key is still open. Runs its own transaction.
    StoreResult<bool> raise(const QString &kind, const QString &dedupeKey, const QString &itemKey,
                            const QString &message);
    StoreResult<void> acknowledge(qint64 id);
    // Closes the open alert with this key because what it reported is over (e.g. access granted again), with
    // an audit entry saying why; nothing when none is open. → whether one was closed.
    StoreResult<bool> resolve(const QString &dedupeKey, const QString &why);
    StoreResult<int> acknowledgeAll();
    StoreResult<QList<Alert>> open() const;

signals:
    void alertRaised(const Kurier::Alert &alert);

private:
    QSqlDatabase m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace Kurier
