#include "EmulatorStore.h"

#include "EmulatorStateJson.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Kurier::Emulator {

namespace {
QList<Migration> storeMigrations()
{
    return {Migration{1,
                      QStringLiteral("snapshot"),
                      {QStringLiteral("CREATE TABLE snapshot (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT "
                                      "NULL) WITHOUT ROWID")}},
            // Each invoice in its own row, written when it was added or changed: a save costs what changed,
            // not everything the emulator ever accepted.
            // Rows in the order they come (the rowid), found by reference through a small index: a year of
            // invoices is appended, not inserted at random places of a large table.
            Migration{2,
                      QStringLiteral("invoices"),
                      {QStringLiteral(
                          "CREATE TABLE invoices (seq INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, "
                          "record BLOB NOT NULL)")}}};
}
} // namespace

EmulatorStore::EmulatorStore(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{}

EmulatorStore::~EmulatorStore() = default;

std::unique_ptr<EmulatorStore> EmulatorStore::open(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return nullptr;
    }
    auto database =
        Database::open(QDir(directory).filePath(QStringLiteral("ksef-emulator.sqlite")), storeMigrations());
    if (!database) {
        *error = database.error().message();
        return nullptr;
    }
    return std::unique_ptr<EmulatorStore>(new EmulatorStore(std::move(*database)));
}

std::optional<QByteArray> EmulatorStore::value(const QString &key) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM snapshot WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        return query.value(0).toByteArray();
    }
    return std::nullopt;
}

std::optional<EmulatorState> EmulatorStore::loadState() const
{
    const auto json = value(QStringLiteral("state"));
    if (!json) {
        return std::nullopt;
    }
    EmulatorState state = stateFromJson(QJsonDocument::fromJson(qUncompress(*json)).object());
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT record FROM invoices ORDER BY seq"))) {
        return std::nullopt;
    }
    while (query.next()) {
        const InvoiceRecord invoice =
            invoiceFromJson(QJsonDocument::fromJson(qUncompress(query.value(0).toByteArray())).object());
        if (!invoice.settled()) {
            state.unsavedInvoices.insert(invoice.referenceNumber); // it may change: saved again then
        }
        state.invoices.insert(invoice.referenceNumber, invoice);
    }
    rebuildDerived(state);
    return state;
}

std::optional<EmulatorStore::Keys> EmulatorStore::loadKeys() const
{
    const auto token = value(QStringLiteral("tokenKey"));
    const auto symmetric = value(QStringLiteral("symmetricKey"));
    if (!token || !symmetric) {
        return std::nullopt;
    }
    return Keys{*token, *symmetric, value(QStringLiteral("caKey")).value_or(QByteArray()),
                value(QStringLiteral("caCertificate")).value_or(QByteArray())};
}

qint64 EmulatorStore::loadClockShift() const
{
    return value(QStringLiteral("clockShiftMs")).value_or(QByteArray("0")).toLongLong();
}

bool EmulatorStore::save(EmulatorState &state, const Keys &keys, qint64 clockShiftMs)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction()) {
        qWarning("ksef-emulator: the state cannot be saved: %s", qPrintable(db.lastError().text()));
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO snapshot (key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QByteArray>> rows{
        {QStringLiteral("state"),
         qCompress(QJsonDocument(stateToJson(state)).toJson(QJsonDocument::Compact), 1)},
        {QStringLiteral("tokenKey"), keys.tokenKeyPem},
        {QStringLiteral("symmetricKey"), keys.symmetricKeyPem},
        {QStringLiteral("caKey"), keys.caKeyPem},
        {QStringLiteral("caCertificate"), keys.caCertificatePem},
        {QStringLiteral("clockShiftMs"), QByteArray::number(clockShiftMs)},
    };
    for (const auto &[key, data] : rows) {
        query.addBindValue(key);
        query.addBindValue(data);
        if (!query.exec()) {
            qWarning("ksef-emulator: the state cannot be saved: %s", qPrintable(query.lastError().text()));
            db.rollback();
            return false;
        }
    }
    // The invoices added or changed since the last save; one that cannot change any more is not written
    // again.
    QSqlQuery invoice(db);
    invoice.prepare(QStringLiteral("INSERT INTO invoices (reference, record) VALUES (?, ?) "
                                   "ON CONFLICT (reference) DO UPDATE SET record = excluded.record"));
    QStringList settled;
    for (const QString &reference : std::as_const(state.unsavedInvoices)) {
        const auto found = state.invoices.constFind(reference);
        if (found == state.invoices.constEnd()) {
            settled.append(reference);
            continue;
        }
        invoice.addBindValue(reference);
        invoice.addBindValue(
            qCompress(QJsonDocument(invoiceToJson(*found)).toJson(QJsonDocument::Compact), 1));
        if (!invoice.exec()) {
            qWarning("ksef-emulator: an invoice cannot be saved: %s", qPrintable(invoice.lastError().text()));
            db.rollback();
            return false;
        }
        if (found->settled()) {
            settled.append(reference);
        }
    }
    if (!db.commit()) {
        qWarning("ksef-emulator: the state cannot be saved: %s", qPrintable(db.lastError().text()));
        return false;
    }
    for (const QString &reference : std::as_const(settled)) {
        state.unsavedInvoices.remove(reference);
    }
    return true;
}

} // namespace Kurier::Emulator
