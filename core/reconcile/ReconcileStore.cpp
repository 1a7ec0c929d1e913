#include "reconcile/ReconcileStore.h"

#include "audit/AuditLog.h"
#include "storage/SqlTime.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {
ReconcileStore::ReconcileStore(QSqlDatabase connection, AuditLog &audit, const Clock &clock)
    : m_db(std::move(connection))
    , m_audit(audit)
    , m_clock(clock)
{}

std::expected<void, QString> ReconcileStore::save(ReconcileReport &report)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(tr("The report cannot be saved: %1").arg(transaction.error()));
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO reconcile_runs (started_at, finished_at, period_from, period_to, "
                       "trigger, outcome, summary) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {SqlTime::toDb(report.startedAt), SqlTime::toDb(report.finishedAt), SqlTime::toDb(report.from),
          SqlTime::toDb(report.to), QVariant(report.trigger),
          QVariant(ReconcileReport::outcomeKey(report.outcome)),
          QVariant(QString::fromUtf8(QJsonDocument(report.summaryJson()).toJson(QJsonDocument::Compact)))}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(tr("The report cannot be saved: %1").arg(query.lastError().text()));
    }
    report.id = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("INSERT INTO reconcile_findings (run_id, kind, item_key, invoice_number, "
                                 "ksef_number, session_ref, since, last_answer, action, needs_human) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (ReconcileFinding &finding : report.findings) {
        for (const QVariant &value :
             {QVariant(report.id), QVariant(ReconcileFinding::kindKey(finding.kind)),
              QVariant(finding.itemKey), QVariant(finding.invoiceNumber), QVariant(finding.ksefNumber),
              QVariant(finding.sessionRef), SqlTime::toDb(finding.since), QVariant(finding.lastAnswer),
              QVariant(finding.action), QVariant(finding.needsHuman ? 1 : 0)}) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return std::unexpected(tr("The report cannot be saved: %1").arg(query.lastError().text()));
        }
        finding.id = query.lastInsertId().toLongLong();
    }
    if (const auto logged =
            m_audit.append(QStringLiteral("reconcile"), QString(),
                           {{QStringLiteral("run"), report.id},
                            {QStringLiteral("outcome"), ReconcileReport::outcomeKey(report.outcome)},
                            {QStringLiteral("findings"), int(report.findings.size())}});
        !logged) {
        return std::unexpected(logged.error().text());
    }
    if (!transaction.commit()) {
        return std::unexpected(tr("The report cannot be saved: %1").arg(transaction.error()));
    }
    return {};
}

std::expected<QList<ReconcileFinding>, QString> ReconcileStore::findings(const QString &where,
                                                                         const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, kind, item_key, invoice_number, ksef_number, session_ref, since, "
                       "last_answer, action, needs_human, resolved_at, resolution "
                       "FROM reconcile_findings WHERE ") +
        where);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(
            tr("The reconciliation reports cannot be read: %1").arg(query.lastError().text()));
    }
    QList<ReconcileFinding> list;
    while (query.next()) {
        ReconcileFinding f;
        f.id = query.value(0).toLongLong();
        f.kind =
            ReconcileFinding::kindFromKey(query.value(1).toString()).value_or(ReconcileFinding::Kind::Error);
        f.itemKey = query.value(2).toString();
        f.invoiceNumber = query.value(3).toString();
        f.ksefNumber = query.value(4).toString();
        f.sessionRef = query.value(5).toString();
        f.since = SqlTime::fromDb(query.value(6));
        f.lastAnswer = query.value(7).toString();
        f.action = query.value(8).toString();
        f.needsHuman = query.value(9).toInt() != 0;
        f.resolvedAt = SqlTime::fromDb(query.value(10));
        f.resolution = query.value(11).toString();
        list.append(f);
    }
    return list;
}

std::expected<std::optional<ReconcileReport>, QString> ReconcileStore::run(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, started_at, finished_at, period_from, period_to, trigger, outcome, "
                       "summary FROM reconcile_runs WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return std::unexpected(
            tr("The reconciliation reports cannot be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return std::nullopt;
    }
    ReconcileReport report;
    report.id = query.value(0).toLongLong();
    report.startedAt = SqlTime::fromDb(query.value(1));
    report.finishedAt = SqlTime::fromDb(query.value(2));
    report.from = SqlTime::fromDb(query.value(3));
    report.to = SqlTime::fromDb(query.value(4));
    report.trigger = query.value(5).toString();
    report.outcome =
        ReconcileReport::outcomeFromKey(query.value(6).toString()).value_or(ReconcileReport::Outcome::Failed);
    report.readSummary(QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object());
    auto list = findings(QStringLiteral("run_id = ? ORDER BY id"), {report.id});
    if (!list) {
        return std::unexpected(list.error());
    }
    report.findings = *list;
    return report;
}

std::expected<std::optional<ReconcileReport>, QString> ReconcileStore::latest() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT max(id) FROM reconcile_runs"))) {
        return std::unexpected(
            tr("The reconciliation reports cannot be read: %1").arg(query.lastError().text()));
    }
    if (!query.next() || query.value(0).isNull()) {
        return std::nullopt;
    }
    return run(query.value(0).toLongLong());
}

std::expected<std::optional<QDateTime>, QString> ReconcileStore::lastCompleted() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT max(finished_at) FROM reconcile_runs "
                                   "WHERE outcome IN ('clean', 'attention')"))) {
        return std::unexpected(
            tr("The reconciliation reports cannot be read: %1").arg(query.lastError().text()));
    }
    if (!query.next() || query.value(0).isNull()) {
        return std::nullopt;
    }
    return SqlTime::fromDb(query.value(0));
}

std::expected<std::optional<ReconcileStore::Outcome>, QString> ReconcileStore::lastOutcome() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT outcome, coalesce(finished_at, started_at) FROM reconcile_runs "
                                   "ORDER BY id DESC LIMIT 1"))) {
        return std::unexpected(
            tr("The reconciliation reports cannot be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return std::nullopt;
    }
    return Outcome{query.value(0).toString(), SqlTime::fromDb(query.value(1))};
}

std::expected<QList<ReconcileFinding>, QString> ReconcileStore::openFindings() const
{
    return findings(QStringLiteral("needs_human = 1 AND resolved_at IS NULL ORDER BY id DESC"), {});
}

std::expected<void, QString> ReconcileStore::resolve(qint64 findingId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return std::unexpected(tr("Say why the finding is resolved."));
    }
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE reconcile_findings SET resolved_at = ?, resolution = ? "
                                 "WHERE id = ? AND resolved_at IS NULL"));
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    query.addBindValue(reason.trimmed());
    query.addBindValue(findingId);
    if (!query.exec()) {
        return std::unexpected(query.lastError().text());
    }
    if (query.numRowsAffected() != 1) {
        return std::unexpected(tr("Finding %1 does not exist or is already resolved.").arg(findingId));
    }
    if (const auto logged = m_audit.append(
            QStringLiteral("finding-resolved"), QString(),
            {{QStringLiteral("finding"), findingId}, {QStringLiteral("reason"), reason.trimmed()}});
        !logged) {
        return std::unexpected(logged.error().text());
    }
    if (!transaction.commit()) {
        return std::unexpected(transaction.error());
    }
    return {};
}

} // namespace Kurier
