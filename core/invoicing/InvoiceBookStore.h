#pragma once

#include "storage/StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kurier {

class Clock;

// The tables of the invoices the user writes: the address book of buyers, drafts (FA(3) bytes without a
// number) and the numbering counters. SQL lives here; InvoiceBook decides.
class InvoiceBookStore
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceBookStore)

public:
    InvoiceBookStore(QSqlDatabase connection, const Clock &clock);

    QSqlDatabase connection() const { return m_db; }

    struct Contact
    {
        QString nip;
        QString name;
        QString address1;
        QString address2;
        QString country = QStringLiteral("PL");
        QString email;
    };
    StoreResult<void> saveContact(const Contact &contact); // by NIP: added or updated
    StoreResult<QList<Contact>> contacts() const;          // by name

    struct DraftRow
    {
        qint64 id = 0;
        QByteArray xml;
        QDateTime updatedAt;
    };
    // Updates draft `id`, or adds one when `id` is 0 or gone → its id.
    StoreResult<qint64> saveDraft(qint64 id, const QString &sellerNip, const QByteArray &xml);
    StoreResult<std::optional<QByteArray>> draftXml(qint64 id) const;
    StoreResult<QList<DraftRow>> drafts() const; // newest first
    StoreResult<void> deleteDraft(qint64 id);

    // The last number used in a series (0 when none yet), and setting it.
    StoreResult<int> lastNumber(const QString &series) const;
    StoreResult<void> setLastNumber(const QString &series, int last);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace Kurier
