#pragma once

#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <map>

namespace Kurier {

// Writes outbox changes in runs: consecutive changes that set the same columns to the same values (a batch's
// intents, its outcome, its confirmation by the session's UPO) are one `UPDATE … WHERE id IN (…)` per 500
// rows. The same row twice starts a new run, so the changes of one row keep their order. In the caller's
// transaction. (Rows with values of their own — a batch accepted, each with its KSeF number — stay one
// statement each: an `UPDATE … FROM (VALUES …)` for them measured no faster.)
class ChangeRuns
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRuns)

public:
    explicit ChangeRuns(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // `assignments`: "column = ?" (bound to the next of `values`) or an expression ("attempts = attempts +
    // 1").
    StoreResult<void> add(qint64 id, const QStringList &assignments, const QVariantList &values);
    StoreResult<void> flush();

private:
    StoreResult<void> execute(const QString &sql, const QVariantList &binds);

    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_statements; // prepared once per shape (a recovery updates thousands)
    QStringList m_assignments;
    QVariantList m_values;
    QList<qint64> m_order;
    QSet<qint64> m_ids;
};

} // namespace Kurier
