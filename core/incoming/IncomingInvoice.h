#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Kurier {

// A purchase invoice KSeF keeps for this company (as buyer, or as a third party): its metadata, the XML
// exactly as downloaded, and why the XML is missing or unreadable when it is (the row is kept either way).
struct IncomingInvoice
{
    QString ksefNumber;
    QString subjectType;
    QString invoiceNumber;
    QDate issueDate;
    QString sellerNip;
    QString sellerName;
    QString buyerId;
    QString netAmount;
    QString vatAmount;
    QString grossAmount;
    QString currency;
    QString invoiceType;
    QDateTime permanentStorageDate;
    QString invoiceHash;
    QJsonObject metadata;
    QByteArray xml;
    QString problem;
    qint64 runId = 0;
    QDateTime receivedAt;
    QDateTime readAt; // invalid: new

    bool isNew() const { return !readAt.isValid(); }
};

// One synchronisation: how many packages, invoices listed and new, and how it ended.
struct IncomingRun
{
    enum class Outcome
    {
        Running,
        Done,
        Incomplete,
        Failed
    };
    static QString outcomeKey(Outcome outcome);
    static Outcome outcomeFromKey(const QString &key);

    qint64 id = 0;
    QString subjectType;
    QString trigger;
    QDateTime startedAt;
    QDateTime finishedAt;
    Outcome outcome = Outcome::Running;
    int exports = 0;
    int listed = 0;
    int added = 0;
    int problems = 0;
    QString error;
    QDateTime notifiedAt;

    QJsonObject toJson() const;
};

} // namespace Kurier
