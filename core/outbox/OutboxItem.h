#pragma once

#include "domain/InvoiceState.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Kurier {

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
    QString mode; // online | batch
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
    QString errorClass;
    int errorCode = 0;
    QString errorMessage;
    QString errorTrace;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isDone() const { return state == InvoiceState::Confirmed; }
};

} // namespace Kurier
