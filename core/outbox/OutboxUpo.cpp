// The pages of batch sessions' UPOs, kept once for all the invoices they confirm (migration 9).
#include "ksef/crypto/Crypto.h"
#include "outbox/OutboxStore.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/TimeBreakdown.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

StoreResult<OutboxStore::KeptUpoPage> OutboxStore::keepUpoPage(const QString &sessionRef,
                                                               const QString &pageRef,
                                                               const QByteArray &bytes, int documents)
{
    const TimeBreakdown::Scope measured(m_breakdown, QLatin1StringView("store.upo-page"), documents);
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The queue cannot be written")));
    }
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO upo_pages (session_ref, page_ref, bytes, sha256, documents, received_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_ref, page_ref) DO NOTHING"));
    insert.addBindValue(sessionRef);
    insert.addBindValue(pageRef);
    insert.addBindValue(bytes);
    insert.addBindValue(Crypto::sha256Base64(bytes));
    insert.addBindValue(documents);
    insert.addBindValue(m_clock.now().toMSecsSinceEpoch());
    QSqlQuery id(m_db);
    id.prepare(QStringLiteral("SELECT id, sha256 FROM upo_pages WHERE session_ref = ? AND page_ref = ?"));
    id.addBindValue(sessionRef);
    id.addBindValue(pageRef);
    if (!insert.exec() || !id.exec() || !id.next()) {
        const QSqlError error = insert.lastError().isValid() ? insert.lastError() : id.lastError();
        return std::unexpected(StoreError::fromSql(error, tr("The session's UPO cannot be kept")));
    }
    const KeptUpoPage kept{id.value(0).toLongLong(), id.value(1).toString(), {}};
    id.finish();
    if (!commit(transaction)) {
        return std::unexpected(
            StoreError::fromSql(transaction.sqlError(), tr("The session's UPO cannot be kept")));
    }
    return kept;
}

StoreResult<std::optional<OutboxStore::KeptUpoPage>> OutboxStore::upoPage(const QString &sessionRef,
                                                                          const QString &pageRef) const
{
    const TimeBreakdown::Scope measured(m_breakdown, QLatin1StringView("store.read"));
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, sha256, bytes FROM upo_pages WHERE session_ref = ? AND page_ref = ?"));
    query.addBindValue(sessionRef);
    query.addBindValue(pageRef);
    if (!query.exec()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The queue cannot be read")));
    }
    if (!query.next()) {
        return std::optional<KeptUpoPage>();
    }
    return std::optional<KeptUpoPage>(
        KeptUpoPage{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toByteArray()});
}

} // namespace Kurier
