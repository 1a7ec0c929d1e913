#include "storage/Transaction.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Kurier {

Transaction::Transaction(QSqlDatabase db, WriteLock lock)
    : m_db(std::move(db))
    , m_lock(lock)
{
    QObject *driver = m_db.driver();
    m_depth = driver ? driver->property(kDepthProperty).toInt() : 0;
    bool beganAtAll = false;
    m_open = begin(lock, &beganAtAll);
    if (!m_open && !beganAtAll && m_depth == 0 && SqlDialect::engineOf(m_db) == SqlEngine::Postgres) {
        // BEGIN itself fails only when the connection is gone (the server restarted, the network dropped):
        // connect again (same address, password and options) and begin once more. Nothing was in flight on
        // this connection.
        qCWarning(lcStorage) << "server connection lost, reconnecting:" << m_error.text();
        if (reopen(m_db)) {
            m_open = begin(lock, &beganAtAll);
        } else {
            m_error = m_db.lastError();
        }
    }
    if (m_open && driver) {
        driver->setProperty(kDepthProperty, m_depth + 1);
    }
}

bool Transaction::begin(WriteLock lock, bool *began)
{
    QSqlQuery query(m_db);
    const QStringList statements = m_depth == 0
                                       ? SqlDialect::beginWrite(SqlDialect::engineOf(m_db), lock)
                                       : QStringList{QStringLiteral("SAVEPOINT kurier_%1").arg(m_depth)};
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_error = query.lastError();
            if (m_depth == 0 && statement != statements.first()) {
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            }
            return false;
        }
        *began = true;
    }
    return true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        if (m_depth == 0) {
            rollback.exec(QStringLiteral("ROLLBACK"));
        } else {
            rollback.exec(QStringLiteral("ROLLBACK TO kurier_%1").arg(m_depth));
            rollback.exec(QStringLiteral("RELEASE kurier_%1").arg(m_depth));
        }
        closed();
    }
}

bool Transaction::commit()
{
    QSqlQuery commit(m_db);
    if (m_depth == 0 && SqlDialect::engineOf(m_db) == SqlEngine::Postgres &&
        !commit.exec(QStringLiteral("SELECT 1"))) {
        // PostgreSQL answers COMMIT of a transaction in which a statement failed with a silent ROLLBACK; a
        // statement run first fails in such a transaction, so a commit that did not happen is never reported
        // as one.
        m_error = commit.lastError();
        return false;
    }
    if (m_depth == 0 && m_lock == WriteLock::CompanyData &&
        SqlDialect::engineOf(m_db) == SqlEngine::Postgres &&
        !commit.exec(QStringLiteral("NOTIFY ") + QLatin1StringView(SqlDialect::kChangesChannel))) {
        m_error = commit.lastError(); // delivered with the commit, or not at all
        return false;
    }
    if (!commit.exec(m_depth == 0 ? QStringLiteral("COMMIT")
                                  : QStringLiteral("RELEASE kurier_%1").arg(m_depth))) {
        m_error = commit.lastError();
        return false; // still open: the destructor rolls back
    }
    m_open = false;
    closed();
    return true;
}

bool Transaction::reopen(QSqlDatabase &db)
{
    db.close();
    if (!db.open()) {
        return false;
    }
    if (QObject *driver = db.driver()) {
        driver->setProperty(kGenerationProperty, connectionGeneration(db) + 1);
    }
    return true;
}

bool Transaction::reconnectIfLost(QSqlDatabase db)
{
    if (SqlDialect::engineOf(db) != SqlEngine::Postgres) {
        return true;
    }
    const QObject *driver = db.driver();
    if (driver && driver->property(kDepthProperty).toInt() > 0) {
        return true; // inside a transaction: a lost connection fails it, and the next one reconnects
    }
    if (QSqlQuery(db).exec(QStringLiteral("SELECT 1"))) {
        return true;
    }
    qCWarning(lcStorage) << "server connection lost, reconnecting:" << db.lastError().text();
    return reopen(db);
}

int Transaction::connectionGeneration(const QSqlDatabase &db)
{
    const QObject *driver = db.driver();
    return driver ? driver->property(kGenerationProperty).toInt() : 0;
}

void Transaction::closed()
{
    if (QObject *driver = m_db.driver()) {
        driver->setProperty(kDepthProperty, m_depth);
    }
}

} // namespace Kurier
