#include "incoming/IncomingStore.h"

#include "audit/AuditLog.h"
#include "storage/SqlDialect.h"
#include "storage/SqlTime.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Kurier {
namespace {

const QString kColumns = QStringLiteral(
    "ksef_number, subject_type, invoice_number, issue_date, seller_nip, seller_name, buyer_id, net_amount, "
    "vat_amount, gross_amount, currency, invoice_type, permanent_storage_at, invoice_hash, metadata, "
    "problem, "
    "run_id, received_at, read_at");

IncomingInvoice invoiceFrom(const QSqlQuery &query)
{
    IncomingInvoice invoice;
    invoice.ksefNumber = query.value(0).toString();
    invoice.subjectType = query.value(1).toString();
    invoice.invoiceNumber = query.value(2).toString();
    invoice.issueDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    invoice.sellerNip = query.value(4).toString();
    invoice.sellerName = query.value(5).toString();
    invoice.buyerId = query.value(6).toString();
    invoice.netAmount = query.value(7).toString();
    invoice.vatAmount = query.value(8).toString();
    invoice.grossAmount = query.value(9).toString();
    invoice.currency = query.value(10).toString();
    invoice.invoiceType = query.value(11).toString();
    invoice.permanentStorageDate = SqlTime::fromDb(query.value(12));
    invoice.invoiceHash = query.value(13).toString();
    invoice.metadata = QJsonDocument::fromJson(query.value(14).toByteArray()).object();
    invoice.problem = query.value(15).toString();
    invoice.runId = query.value(16).toLongLong();
    invoice.receivedAt = SqlTime::fromDb(query.value(17));
    invoice.readAt = SqlTime::fromDb(query.value(18));
    return invoice;
}

const QString kRunColumns =
    QStringLiteral("id, subject_type, trigger, started_at, finished_at, outcome, exports, "
                   "listed, added, problems, error, notified_at");

IncomingRun runFrom(const QSqlQuery &query)
{
    IncomingRun run;
    run.id = query.value(0).toLongLong();
    run.subjectType = query.value(1).toString();
    run.trigger = query.value(2).toString();
    run.startedAt = SqlTime::fromDb(query.value(3));
    run.finishedAt = SqlTime::fromDb(query.value(4));
    run.outcome = IncomingRun::outcomeFromKey(query.value(5).toString());
    run.exports = query.value(6).toInt();
    run.listed = query.value(7).toInt();
    run.added = query.value(8).toInt();
    run.problems = query.value(9).toInt();
    run.error = query.value(10).toString();
    run.notifiedAt = SqlTime::fromDb(query.value(11));
    return run;
}

} // namespace

QString IncomingRun::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Running:
        return QStringLiteral("running");
    case Outcome::Done:
        return QStringLiteral("done");
    case Outcome::Incomplete:
        return QStringLiteral("incomplete");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

IncomingRun::Outcome IncomingRun::outcomeFromKey(const QString &key)
{
    for (const Outcome outcome : {Outcome::Running, Outcome::Done, Outcome::Incomplete, Outcome::Failed}) {
        if (outcomeKey(outcome) == key) {
            return outcome;
        }
    }
    return Outcome::Failed;
}

QJsonObject IncomingRun::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("subjectType"), subjectType},
                     {QStringLiteral("trigger"), trigger},
                     {QStringLiteral("outcome"), outcomeKey(outcome)},
                     {QStringLiteral("exports"), exports},
                     {QStringLiteral("listed"), listed},
                     {QStringLiteral("added"), added},
                     {QStringLiteral("problems"), problems},
                     {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)}};
    if (finishedAt.isValid()) {
        json.insert(QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs));
    }
    if (!error.isEmpty()) {
        json.insert(QStringLiteral("error"), error);
    }
    return json;
}

IncomingStore::IncomingStore(QSqlDatabase connection, AuditLog &audit, const Clock &clock)
    : m_db(std::move(connection))
    , m_audit(audit)
    , m_clock(clock)
{}

IncomingStore::Result<std::optional<IncomingStore::Cursor>>
IncomingStore::cursor(const QString &subjectType) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT next_from, hwm FROM incoming_cursor WHERE subject_type = ?"));
    query.addBindValue(subjectType);
    if (!query.exec()) {
        return std::unexpected(tr("The purchase invoices cannot be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return std::optional<Cursor>();
    }
    return std::optional<Cursor>(Cursor{SqlTime::fromDb(query.value(0)), SqlTime::fromDb(query.value(1))});
}

IncomingStore::Result<IncomingRun> IncomingStore::beginRun(const QString &subjectType, const QString &trigger)
{
    IncomingRun run;
    run.subjectType = subjectType;
    run.trigger = trigger;
    run.startedAt = m_clock.now();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO incoming_runs (subject_type, trigger, started_at, outcome) "
                                 "VALUES (?, ?, ?, 'running')"));
    query.addBindValue(subjectType);
    query.addBindValue(trigger);
    query.addBindValue(SqlTime::toDb(run.startedAt));
    if (!query.exec()) {
        return std::unexpected(
            tr("The synchronisation cannot be recorded: %1").arg(query.lastError().text()));
    }
    run.id = query.lastInsertId().toLongLong();
    return run;
}

IncomingStore::Result<IncomingStore::Stored>
IncomingStore::storeWindow(const IncomingRun &run, const QList<IncomingInvoice> &invoices, const Cursor &next)
{
    const auto failed = [](const QString &detail) {
        return std::unexpected(tr("The purchase invoices cannot be stored: %1").arg(detail));
    };
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return failed(transaction.error());
    }
    Stored stored;
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO incoming_invoices (%1, xml) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .arg(kColumns.chopped(QStringLiteral(", read_at").size())));
    const QVariant receivedAt = SqlTime::toDb(m_clock.now());
    for (const IncomingInvoice &invoice : invoices) {
        for (const QVariant &value :
             {QVariant(invoice.ksefNumber), QVariant(invoice.subjectType), QVariant(invoice.invoiceNumber),
              QVariant(invoice.issueDate.toString(Qt::ISODate)), QVariant(invoice.sellerNip),
              QVariant(invoice.sellerName), QVariant(invoice.buyerId), QVariant(invoice.netAmount),
              QVariant(invoice.vatAmount), QVariant(invoice.grossAmount), QVariant(invoice.currency),
              QVariant(invoice.invoiceType), SqlTime::toDb(invoice.permanentStorageDate),
              QVariant(invoice.invoiceHash),
              QVariant(QJsonDocument(invoice.metadata).toJson(QJsonDocument::Compact)),
              invoice.problem.isEmpty() ? QVariant() : QVariant(invoice.problem), QVariant(run.id),
              receivedAt,
              invoice.xml.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(invoice.xml)}) {
            insert.addBindValue(value);
        }
        if (!insert.exec()) {
            return failed(insert.lastError().text());
        }
        if (insert.numRowsAffected() == 1) {
            ++stored.added;
            stored.addedNumbers.append(invoice.ksefNumber);
        } else {
            ++stored.duplicates;
        }
    }
    QSqlQuery cursor(m_db);
    cursor.prepare(QStringLiteral("INSERT INTO incoming_cursor (subject_type, next_from, hwm, updated_at) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (subject_type) DO UPDATE SET "
                                  "next_from = excluded.next_from, hwm = excluded.hwm, "
                                  "updated_at = excluded.updated_at"));
    for (const QVariant &value :
         {QVariant(run.subjectType), SqlTime::toDb(next.nextFrom), SqlTime::toDb(next.hwm), receivedAt}) {
        cursor.addBindValue(value);
    }
    if (!cursor.exec()) {
        return failed(cursor.lastError().text());
    }
    if (stored.added > 0) {
        const auto logged =
            m_audit.append(QStringLiteral("incoming"), QString(),
                           {{QStringLiteral("run"), run.id},
                            {QStringLiteral("subjectType"), run.subjectType},
                            {QStringLiteral("added"), stored.added},
                            {QStringLiteral("nextFrom"), next.nextFrom.toString(Qt::ISODateWithMs)}});
        if (!logged) {
            return failed(logged.error().text());
        }
    }
    if (!transaction.commit()) {
        return failed(transaction.error());
    }
    return stored;
}

IncomingStore::Result<void> IncomingStore::finishRun(IncomingRun &run)
{
    run.finishedAt = m_clock.now();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE incoming_runs SET finished_at = ?, outcome = ?, exports = ?, listed = ?, "
                       "added = ?, problems = ?, error = ? WHERE id = ?"));
    for (const QVariant &value :
         {SqlTime::toDb(run.finishedAt), QVariant(IncomingRun::outcomeKey(run.outcome)),
          QVariant(run.exports), QVariant(run.listed), QVariant(run.added), QVariant(run.problems),
          run.error.isEmpty() ? QVariant() : QVariant(run.error), QVariant(run.id)}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return std::unexpected(
            tr("The synchronisation cannot be recorded: %1").arg(query.lastError().text()));
    }
    return {};
}

IncomingStore::Result<std::optional<IncomingRun>> IncomingStore::lastRun(const QString &subjectType) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM incoming_runs WHERE subject_type = ? ORDER BY id DESC LIMIT 1")
            .arg(kRunColumns));
    query.addBindValue(subjectType);
    if (!query.exec()) {
        return std::unexpected(tr("The purchase invoices cannot be read: %1").arg(query.lastError().text()));
    }
    return query.next() ? std::optional<IncomingRun>(runFrom(query)) : std::nullopt;
}

IncomingStore::Result<QList<IncomingRun>> IncomingStore::unnotifiedRuns() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM incoming_runs WHERE added > 0 AND notified_at IS NULL AND "
                                   "outcome <> 'running' ORDER BY id")
                        .arg(kRunColumns))) {
        return std::unexpected(tr("The purchase invoices cannot be read: %1").arg(query.lastError().text()));
    }
    QList<IncomingRun> runs;
    while (query.next()) {
        runs.append(runFrom(query));
    }
    return runs;
}

IncomingStore::Result<void> IncomingStore::markNotified(qint64 runId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE incoming_runs SET notified_at = ? WHERE id = ?"));
    query.addBindValue(SqlTime::toDb(m_clock.now()));
    query.addBindValue(runId);
    if (!query.exec()) {
        return std::unexpected(query.lastError().text());
    }
    return {};
}

IncomingStore::Result<QList<IncomingInvoice>> IncomingStore::list(const Filter &filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM incoming_invoices WHERE 1 = 1").arg(kColumns);
    if (filter.newOnly) {
        sql += QStringLiteral(" AND read_at IS NULL");
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (invoice_number %1 :text OR seller_nip %1 :text OR seller_name %1 :text "
                              "OR ksef_number %1 :text)")
                   .arg(SqlDialect::caseInsensitiveLike(SqlDialect::engineOf(m_db)));
    }
    sql += QStringLiteral(" ORDER BY permanent_storage_at DESC, ksef_number DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!filter.text.isEmpty()) {
        query.bindValue(QStringLiteral(":text"), QStringLiteral("%%1%").arg(filter.text));
    }
    if (!query.exec()) {
        return std::unexpected(tr("The purchase invoices cannot be read: %1").arg(query.lastError().text()));
    }
    QList<IncomingInvoice> invoices;
    while (query.next()) {
        invoices.append(invoiceFrom(query));
    }
    return invoices;
}

IncomingStore::Result<std::optional<IncomingInvoice>> IncomingStore::find(const QString &ksefNumber) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1, xml FROM incoming_invoices WHERE ksef_number = ? OR "
                                 "invoice_number = ? ORDER BY permanent_storage_at DESC LIMIT 1")
                      .arg(kColumns));
    query.addBindValue(ksefNumber);
    query.addBindValue(ksefNumber);
    if (!query.exec()) {
        return std::unexpected(tr("The purchase invoices cannot be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return std::optional<IncomingInvoice>();
    }
    IncomingInvoice invoice = invoiceFrom(query);
    invoice.xml = query.value(19).toByteArray();
    return std::optional<IncomingInvoice>(invoice);
}

IncomingStore::Result<int> IncomingStore::count(bool newOnly) const
{
    QSqlQuery query(m_db);
    if (!query.exec(newOnly ? QStringLiteral("SELECT COUNT(*) FROM incoming_invoices WHERE read_at IS NULL")
                            : QStringLiteral("SELECT COUNT(*) FROM incoming_invoices")) ||
        !query.next()) {
        return std::unexpected(tr("The purchase invoices cannot be read: %1").arg(query.lastError().text()));
    }
    return query.value(0).toInt();
}

IncomingStore::Result<int> IncomingStore::markRead(const QStringList &ksefNumbers)
{
    return setRead(ksefNumbers, true);
}

IncomingStore::Result<int> IncomingStore::markUnread(const QStringList &ksefNumbers)
{
    return setRead(ksefNumbers, false);
}

IncomingStore::Result<int> IncomingStore::setRead(const QStringList &ksefNumbers, bool read)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        return std::unexpected(transaction.error());
    }
    const QString set =
        read ? QStringLiteral("UPDATE incoming_invoices SET read_at = ? WHERE read_at IS NULL")
             : QStringLiteral("UPDATE incoming_invoices SET read_at = NULL WHERE read_at IS NOT NULL");
    QSqlQuery query(m_db);
    int changed = 0;
    const auto exec = [&](const QString &ksefNumber) {
        query.prepare(ksefNumber.isNull() ? set : set + QStringLiteral(" AND ksef_number = ?"));
        if (read) {
            query.addBindValue(SqlTime::toDb(m_clock.now()));
        }
        if (!ksefNumber.isNull()) {
            query.addBindValue(ksefNumber);
        }
        if (!query.exec()) {
            return false;
        }
        changed += query.numRowsAffected();
        return true;
    };
    if (ksefNumbers.isEmpty() ? !exec(QString())
                              : !std::all_of(ksefNumbers.cbegin(), ksefNumbers.cend(), exec)) {
        return std::unexpected(query.lastError().text());
    }
    if (!transaction.commit()) {
        return std::unexpected(transaction.error());
    }
    return changed;
}

} // namespace Kurier
