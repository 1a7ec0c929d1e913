#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

// A write transaction that takes SQLite's write lock at once (BEGIN IMMEDIATE): other processes wait for it
// (busy timeout) instead of failing half-way. Rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery begin(m_db);
        m_open = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open) {
            m_error = begin.lastError().text();
        }
    }
    ~Transaction()
    {
        if (m_open) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery commit(m_db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            m_error = commit.lastError().text();
            return false; // still open: the destructor rolls back
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace Kurier
