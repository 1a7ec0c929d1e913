#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

// A write transaction that takes SQLite's write lock at once (BEGIN IMMEDIATE): other processes wait for it
// (busy timeout) instead of failing half-way. Rolled back unless committed.
//
// Transactions nest: one opened while another is open on the same connection is a SAVEPOINT inside it, so a
// step that has its own transaction (enqueueing an invoice) can be part of a larger one (issuing it with the
// next number) and everything commits or nothing does. The depth is kept on the connection's driver.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QObject *driver = m_db.driver();
        m_depth = driver ? driver->property(kDepthProperty).toInt() : 0;
        QSqlQuery begin(m_db);
        m_open = begin.exec(m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                         : QStringLiteral("SAVEPOINT kurier_%1").arg(m_depth));
        if (!m_open) {
            m_error = begin.lastError();
        } else if (driver) {
            driver->setProperty(kDepthProperty, m_depth + 1);
        }
    }
    ~Transaction()
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
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error.text(); }
    QSqlError sqlError() const { return m_error; } // why it could not begin or commit

    bool commit()
    {
        QSqlQuery commit(m_db);
        if (!commit.exec(m_depth == 0 ? QStringLiteral("COMMIT")
                                      : QStringLiteral("RELEASE kurier_%1").arg(m_depth))) {
            m_error = commit.lastError();
            return false; // still open: the destructor rolls back
        }
        m_open = false;
        closed();
        return true;
    }

private:
    static constexpr const char *kDepthProperty = "kurierTransactionDepth";
    void closed()
    {
        if (QObject *driver = m_db.driver()) {
            driver->setProperty(kDepthProperty, m_depth);
        }
    }

    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_open = false;
    QSqlError m_error;
};

} // namespace Kurier
