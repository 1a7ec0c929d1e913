#include "invoicing/InvoiceBookStore.h"

#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

namespace {
StoreError written(const QSqlQuery &query)
{
    return StoreError::fromSql(query.lastError(), InvoiceBookStore::tr("The invoice book cannot be written"));
}
StoreError read(const QSqlQuery &query)
{
    return StoreError::fromSql(query.lastError(), InvoiceBookStore::tr("The invoice book cannot be read"));
}
} // namespace

InvoiceBookStore::InvoiceBookStore(QSqlDatabase connection, const Clock &clock)
    : m_db(std::move(connection))
    , m_clock(clock)
{}

StoreResult<void> InvoiceBookStore::saveContact(const Contact &contact)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO contacts (nip, name, address1, address2, country, email, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (nip) DO UPDATE SET name = excluded.name, "
        "address1 = excluded.address1, address2 = excluded.address2, "
        "country = excluded.country, email = excluded.email, updated_at = excluded.updated_at"));
    for (const QVariant &value :
         QVariantList{contact.nip, contact.name, contact.address1, contact.address2, contact.country,
                      contact.email, m_clock.now().toMSecsSinceEpoch()}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(written(query));
    }
    return {};
}

StoreResult<QList<InvoiceBookStore::Contact>> InvoiceBookStore::contacts() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT nip, name, address1, address2, country, email FROM contacts "
                                   "ORDER BY lower(name), name"))) {
        return std::unexpected(read(query));
    }
    QList<Contact> result;
    while (query.next()) {
        result.append(Contact{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString(), query.value(4).toString(),
                              query.value(5).toString()});
    }
    return result;
}

StoreResult<qint64> InvoiceBookStore::saveDraft(qint64 id, const QString &sellerNip, const QByteArray &xml)
{
    QSqlQuery query(m_db);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (id > 0) {
        query.prepare(
            QStringLiteral("UPDATE drafts SET seller_nip = ?, xml = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant &value : QVariantList{sellerNip, xml, now, id}) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return std::unexpected(written(query));
        }
        if (query.numRowsAffected() == 1) {
            return id;
        }
    }
    query.prepare(QStringLiteral("INSERT INTO drafts (seller_nip, xml, updated_at) VALUES (?, ?, ?)"));
    for (const QVariant &value : QVariantList{sellerNip, xml, now}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(written(query));
    }
    return query.lastInsertId().toLongLong();
}

StoreResult<std::optional<QByteArray>> InvoiceBookStore::draftXml(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT xml FROM drafts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return std::unexpected(read(query));
    }
    return query.next() ? std::optional(query.value(0).toByteArray()) : std::nullopt;
}

StoreResult<QList<InvoiceBookStore::DraftRow>> InvoiceBookStore::drafts() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, xml, updated_at FROM drafts ORDER BY updated_at DESC"))) {
        return std::unexpected(read(query));
    }
    QList<DraftRow> result;
    while (query.next()) {
        result.append(DraftRow{query.value(0).toLongLong(), query.value(1).toByteArray(),
                               QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC)});
    }
    return result;
}

StoreResult<void> InvoiceBookStore::deleteDraft(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return std::unexpected(written(query));
    }
    return {};
}

StoreResult<int> InvoiceBookStore::lastNumber(const QString &series) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT last FROM numbering WHERE series = ?"));
    query.addBindValue(series);
    if (!query.exec()) {
        return std::unexpected(read(query));
    }
    return query.next() ? query.value(0).toInt() : 0;
}

StoreResult<void> InvoiceBookStore::setLastNumber(const QString &series, int last)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO numbering (series, last) VALUES (?, ?) "
                                 "ON CONFLICT (series) DO UPDATE SET last = excluded.last"));
    query.addBindValue(series);
    query.addBindValue(last);
    if (!query.exec()) {
        return std::unexpected(written(query));
    }
    return {};
}

} // namespace Kurier
