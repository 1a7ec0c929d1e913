#pragma once

#include "calendar/OfflineDeadline.h"
#include "domain/InvoiceState.h"
#include "ksef/KsefError.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Kurier {

// How an invoice went (or is going) to KSeF.
enum class SendMode
{
    Online,
    Batch,
};
// The keys the outbox table and kurier-cli's JSON use ("online", "batch").
QString sendModeKey(SendMode mode);
std::optional<SendMode> sendModeFromKey(QStringView key);

// The last error KSeF (or the way to it) gave for an invoice, as the outbox records it.
struct RecordedError
{
    ErrorClass errorClass = ErrorClass::Retryable;
    int code = 0; // KSeF's exception code or status, else the HTTP status, else 0
    QString message;
    QString traceId;

    bool operator==(const RecordedError &) const = default;
};
// "retryable", "needs-user", "stop-queue", "record-only" (the table and kurier-cli's JSON).
QString errorClassKey(ErrorClass errorClass);
std::optional<ErrorClass> errorClassFromKey(QStringView key);

// One invoice on its way to KSeF, as the outbox keeps it.
struct OutboxItem
{
    qint64 id = 0;
    QString key; // idempotency key: hex SHA-256 of seller NIP|RodzajFaktury|P_2
    QString sellerNip;
    QString invoiceKind;
    QString invoiceNumber; // P_2
    QDate issueDate;
    QString buyerNip;
    QString buyerName;
    QString gross;
    QString currency;
    QString contentHash; // Base64 SHA-256 of xml
    QByteArray xml;      // loaded only where needed (sending, export)
    QString source;
    QString environment;
    QString contextNip;

    InvoiceState state = InvoiceState::Queued;
    QDateTime stateSince;
    std::optional<SendMode> mode; // set with the intent to send
    QString sessionRef;
    QString invoiceRef;
    QString ksefNumber;
    QDateTime acquiredAt;
    QString duplicateOf;
    QByteArray upo; // loaded only where needed
    bool hasUpo = false;
    bool upoVerified = false;
    QDateTime upoReceivedAt;

    int attempts = 0;
    QDateTime nextAttemptAt;
    std::optional<RecordedError> error; // the last one, cleared when the invoice moves on
    QDateTime createdAt;
    QDateTime updatedAt;

    // Issued outside KSeF (PROTOCOL.md §12): its mode, the deadline to reach KSeF (none while the announced
    // window lasts, and for a total failure), and the KOD II link printed on it (empty: none was signed).
    std::optional<OfflineMode> offlineMode;
    QDateTime offlineDueAt;
    QDateTime offlineIssuedAt;
    QString offlineKod2;
    QString invoicingMode; // KSeF's word for how it received the invoice: "Online" or "Offline"
    QString correctedHash; // a technical correction: the hash of the rejected offline original

    bool isOffline() const { return offlineMode.has_value(); }
    // Issued offline and not in KSeF yet (OutboxStore::offlineWaitingSql() is the same rule in SQL).
    bool isOfflineWaiting() const
    {
        return isOffline() && ksefNumber.isEmpty() && state != InvoiceState::Accepted &&
               state != InvoiceState::Confirmed && state != InvoiceState::Cancelled;
    }
    bool isDone() const { return state == InvoiceState::Confirmed; }
};

} // namespace Kurier
