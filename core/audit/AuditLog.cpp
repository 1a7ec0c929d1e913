#include "audit/AuditLog.h"

#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {

namespace {
QString csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}
} // namespace

AuditLog::AuditLog(QSqlDatabase connection, const Clock &clock)
    : m_db(std::move(connection))
    , m_clock(clock)
{}

QString AuditLog::entryHash(const QString &previous, qint64 seq, qint64 at, const QString &kind,
                            const QString &itemKey, const QString &detail)
{
    const QString material =
        QStringList{previous, QString::number(seq), QString::number(at), kind, itemKey, detail}.join(u'|');
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

StoreResult<void> AuditLog::append(const QString &kind, const QString &itemKey, const QJsonObject &detail)
{
    return appendAll({NewEntry{kind, itemKey, detail}});
}

StoreResult<void> AuditLog::appendAll(const QList<NewEntry> &entries)
{
    if (entries.isEmpty()) {
        return {};
    }
    // Prepared once per log: an import or a recovery appends thousands of entries in one transaction.
    if (m_statements && m_statementsGeneration != Transaction::connectionGeneration(m_db)) {
        // The connection was opened again: the server forgot them. Each one's destructor still asks the
        // server to free it, which fails and would abort this transaction: inside a savepoint rolled back
        // after.
        QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT kurier_forget"));
        m_statements.reset();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO kurier_forget"));
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE kurier_forget"));
    }
    if (!m_statements) {
        m_statementsGeneration = Transaction::connectionGeneration(m_db);
        auto statements =
            std::make_unique<Statements>(Statements{QSqlQuery(m_db), QSqlQuery(m_db), QSqlQuery(m_db), {}});
        for (const auto &[query, sql] :
             {std::pair{&statements->head, QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")},
              std::pair{
                  &statements->insert,
                  QStringLiteral("INSERT INTO audit_log (seq, at, kind, item_key, detail, prev_hash, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)")},
              std::pair{&statements->moveHead,
                        QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'")}}) {
            if (!query->prepare(sql)) {
                return std::unexpected(
                    StoreError::fromSql(query->lastError(), tr("The audit log cannot be written")));
            }
        }
        m_statements = std::move(statements);
    }
    QSqlQuery &head = m_statements->head;
    if (!head.exec() || !head.next()) {
        return std::unexpected(StoreError::fromSql(head.lastError(), tr("The audit log cannot be read")));
    }
    const QString headText = head.value(0).toString(); // "seq:hash"
    head.finish();
    qint64 seq = headText.section(u':', 0, 0).toLongLong();
    QString previous = headText.section(u':', 1);
    QString hash;
    const qint64 at = m_clock.now().toMSecsSinceEpoch();
    // Up to kRowsPerInsert entries per INSERT (one statement per entry costs more than the entry itself).
    constexpr qsizetype kRowsPerInsert = 64;
    for (qsizetype start = 0; start < entries.size(); start += kRowsPerInsert) {
        const qsizetype rows = std::min(kRowsPerInsert, entries.size() - start);
        QSqlQuery &insert = rows == 1 ? m_statements->insert : many(rows);
        for (qsizetype i = start; i < start + rows; ++i) {
            const NewEntry &entry = entries[i];
            ++seq;
            const QString text =
                QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact));
            hash = entryHash(previous, seq, at, entry.kind, entry.itemKey, text);
            insert.addBindValue(seq);
            insert.addBindValue(at);
            insert.addBindValue(entry.kind);
            insert.addBindValue(entry.itemKey.isEmpty() ? QVariant() : QVariant(entry.itemKey));
            insert.addBindValue(text);
            insert.addBindValue(previous.isNull() ? QString::fromLatin1("")
                                                  : previous); // a null QString would bind NULL
            insert.addBindValue(hash);
            previous = hash;
        }
        if (!insert.exec()) {
            return std::unexpected(
                StoreError::fromSql(insert.lastError(), tr("The audit log cannot be written")));
        }
    }
    QSqlQuery &moveHead = m_statements->moveHead;
    moveHead.addBindValue(QString(QString::number(seq) + u':' + hash));
    if (!moveHead.exec()) {
        return std::unexpected(
            StoreError::fromSql(moveHead.lastError(), tr("The audit log cannot be written")));
    }
    return {};
}

QSqlQuery &AuditLog::many(qsizetype rows)
{
    auto [found, added] = m_statements->many.try_emplace(rows, m_db);
    if (added) {
        found->second.prepare(
            QStringLiteral(
                "INSERT INTO audit_log (seq, at, kind, item_key, detail, prev_hash, hash) VALUES %1")
                .arg(QStringList(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?)")).join(u',')));
    }
    return found->second;
}

StoreResult<AuditLog::Verification> AuditLog::verify() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT seq, at, kind, item_key, detail, prev_hash, hash FROM audit_log ORDER BY seq"))) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The audit log cannot be read")));
    }
    Verification result;
    QString previous;
    qint64 expectedSeq = 1;
    const auto broken = [&result](qint64 seq, const QString &problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = problem;
        return result;
    };
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        if (seq != expectedSeq) {
            return broken(expectedSeq,
                          tr("Entry %1 is missing (the next one is %2).").arg(expectedSeq).arg(seq));
        }
        if (query.value(5).toString() != previous) {
            return broken(
                seq, tr("Entry %1 does not follow entry %2: an entry was removed, inserted or reordered.")
                         .arg(seq)
                         .arg(seq - 1));
        }
        const QString hash = entryHash(previous, seq, query.value(1).toLongLong(), query.value(2).toString(),
                                       query.value(3).toString(), query.value(4).toString());
        if (hash != query.value(6).toString()) {
            return broken(seq, tr("Entry %1 was changed after it was written.").arg(seq));
        }
        previous = hash;
        ++expectedSeq;
        ++result.entries;
    }
    QSqlQuery head(m_db);
    if (head.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")) && head.next()) {
        const QString expected = QString::number(result.entries) + u':' + previous;
        if (head.value(0).toString() != expected) {
            return broken(result.entries + 1,
                          tr("The last entries of the log were removed (the log ended at %1).")
                              .arg(head.value(0).toString().section(u':', 0, 0)));
        }
    }
    return result;
}

StoreResult<QList<AuditLog::Entry>> AuditLog::entriesFor(const QString &itemKey) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT seq, at, kind, detail FROM audit_log WHERE item_key = ? ORDER BY seq"));
    query.addBindValue(itemKey);
    if (!query.exec()) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The audit log cannot be read")));
    }
    QList<Entry> entries;
    while (query.next()) {
        entries.append(Entry{
            query.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
            query.value(2).toString(), QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()});
    }
    return entries;
}

StoreResult<qint64> AuditLog::exportCsv(QIODevice &out) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT seq, at, kind, item_key, detail, hash FROM audit_log ORDER BY seq"))) {
        return std::unexpected(StoreError::fromSql(query.lastError(), tr("The audit log cannot be read")));
    }
    qint64 rows = 0;
    if (out.write("seq,time,kind,item,detail,hash\r\n") < 0) {
        return std::unexpected(StoreError::io(tr("The audit log cannot be exported"), out.errorString()));
    }
    while (query.next()) {
        const QString line = QStringList{query.value(0).toString(),
                                         QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)
                                             .toString(Qt::ISODateWithMs),
                                         csvField(query.value(2).toString()),
                                         csvField(query.value(3).toString()),
                                         csvField(query.value(4).toString()),
                                         query.value(5).toString()}
                                 .join(u',') +
                             QStringLiteral("\r\n");
        if (out.write(line.toUtf8()) < 0) {
            return std::unexpected(StoreError::io(tr("The audit log cannot be exported"), out.errorString()));
        }
        ++rows;
    }
    return rows;
}

} // namespace Kurier
