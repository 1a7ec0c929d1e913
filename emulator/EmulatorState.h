#pragma once

#include "PermissionRegistry.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Kurier::Emulator {

struct Challenge
{
    QString value;
    QDateTime created;
    qint64 timestampMs = 0;
};

struct KsefTokenRecord
{
    QString token;
    QString referenceNumber;
    QString contextNip;
    QString status = QStringLiteral("Active"); // Pending, Active, Revoking, Revoked, Failed
    QStringList permissions;
    QString description = QStringLiteral("Token KSeF");
    QDateTime created;
};

struct Subject
{
    QString nip;
    QSet<QString> permissions; // InvoiceWrite, InvoiceRead, …
    bool attachmentsAllowed = false;
    bool blocked = false;
    int maxInvoicesPerSession = 0; // 0: the configured default (POST /testdata/limits/context/session)
};

struct AuthOperation
{
    QString referenceNumber;
    QString contextNip;
    QString
        method; // the deprecated authenticationMethod value: "Token", "QualifiedSeal", "QualifiedSignature"
    QString ksefTokenReference;
    QString signedDocumentHash; // XAdES: Base64 SHA-256 of the signed request (UPO
                                // SkrotDokumentuUwierzytelniajacego)
    QDateTime started;
    QDateTime decidesAt; // status stays 100 until then
    int finalCode = 200;
    QString finalDescription;
    QStringList finalDetails;
    bool redeemed = false;
    bool sessionRevoked = false;
    QDateTime refreshValidUntil;
    QDateTime lastRefresh;
    QJsonObject allowedIps;        // AuthorizationPolicy.allowedIps; empty: any address
    QJsonObject signerSubject;     // XAdES: the signing certificate's DN (what enrolment copies)
    QString ksefCertificateSerial; // XAdES with a KSeF certificate the emulator issued
    bool tokenPermissions = false; // KSeF token: only `permissions` (∩ the subject's); else the subject's
    QStringList permissions;
    // XAdES: who signed (§22); empty for a KSeF token. Its NIP equal to the context's: the owner.
    SubjectIdentity identity;
    bool isOwner() const { return identity.isEmpty() || identity.nip == contextNip; }
};

struct IssuedToken
{
    enum class Kind
    {
        Operation,
        Access,
        Refresh,
    };
    Kind kind = Kind::Access;
    QString authReference;
    QString contextNip;
    QDateTime validUntil;
};

struct InvoiceRecord
{
    QString referenceNumber;
    QString sessionReference;
    int ordinalNumber = 0;
    QByteArray xml;        // decrypted bytes as received
    QString invoiceHash;   // Base64 SHA-256 of xml
    QString invoiceNumber; // P_2
    QString sellerNip;
    QString buyerNip;
    QString invoiceKind; // RodzajFaktury
    QString sellerName;
    QString buyerName;
    QString currency;
    qint64 netGrosze = 0;
    qint64 vatGrosze = 0;
    qint64 grossGrosze = 0;
    bool hasAttachment = false;
    QDate issueDate;
    QString fileName; // batch only
    QDateTime invoicingDate;
    QDateTime acquisitionDate;
    QDateTime permanentStorageDate;
    QString ksefNumber;
    QString invoicingMode = QStringLiteral("Online");
    bool declaredOffline = false; // sent with offlineMode: true (not found offline by its date)
    QString correctedInvoiceHash; // a technical correction (§12.3): the hash of the rejected offline original
    int statusCode = 100;
    QString statusDescription = QStringLiteral("Przyjęto fakturę do dalszego przetwarzania");
    QStringList statusDetails;
    QJsonObject extensions;
    bool decryptionFailed = false;
    bool held = false;        // fault: kept at 150
    bool upoWithheld = false; // fault: accepted, but its UPO is not available yet (a late or lost UPO)
    bool forcedFailure = false;
    int forcedCode = 0;
    QString acceptKey; // "NIP|kind|P_2" once accepted (acceptedByKey)

    // Nothing changes it any more: its final status, no fault holding it or its UPO.
    bool settled() const { return statusCode >= 200 && !held && !upoWithheld; }
};

struct SessionRecord
{
    QString referenceNumber;
    bool batch = false;
    QString contextNip;
    QString authReference;
    QDateTime created;
    QDateTime updated;
    QDateTime validUntil;
    QDateTime closed;
    int statusCode = 100;
    QString statusDescription = QStringLiteral("Sesja interaktywna otwarta");
    QByteArray key;
    QByteArray iv;
    bool keyValid = true;
    QStringList invoiceReferences; // in ordinal order
    QString upoReference;          // the session UPO page reference (EU) once generated
    // An interactive session KSeF made "temporarily unavailable" (21184, API 2.8): every further invoice sent
    // to it gets 21184; the client opens a new one. Set by an injected 21184 fault; not kept over a restart.
    bool temporarilyUnavailable = false;

    // Batch sessions only.
    struct Part
    {
        int ordinalNumber = 0;
        qint64 fileSize = 0;
        QString fileHash;
    };
    QList<Part> declaredParts;
    qint64 packageSize = 0;
    QString packageHash;
    QHash<int, QByteArray> uploadedParts;
    QDateTime uploadDeadline;
    bool offlineMode = false;
};

// Presigned storage links (UPO downloads): token → what it serves and until when.
struct StorageLink
{
    QString kind; // "invoice-upo", "session-upo" or "batch-part"
    QString sessionReference;
    QString invoiceReference;
    QDateTime expires;
    int part = 0;
};

struct ExportRecord
{
    QString referenceNumber;
    QString contextNip;
    QDateTime created;
    QDateTime completed;
    int statusCode = 100;
    QString statusDescription = QStringLiteral("Eksport w toku");
    QJsonObject package; // the "package" object of the status once done
    QHash<int, QByteArray> encryptedParts;
};

// A KSeF certificate the emulator's test CA issued (PROTOCOL.md §12.4).
struct KsefCertificateRecord
{
    QString serial; // 16 uppercase hex digits
    QString name;
    QString type; // "Authentication" or "Offline"
    QString contextNip;
    QString commonName;
    QByteArray der;
    QDateTime validFrom;
    QDateTime validTo;
    QDateTime requestDate;
    QDateTime lastUse;
    QString status = QStringLiteral("Active"); // Active, Blocked, Revoked, Expired
    QString revocationReason;
    QByteArray publicKeyDer;
};

struct EnrollmentRecord
{
    QString referenceNumber;
    QString contextNip;
    QString name;
    QString type;
    QByteArray csr;
    QDateTime requestDate;
    QDateTime validFrom;
    QDateTime decidesAt; // status stays 100 until then
    int finalCode = 200;
    QString finalDetail;
    QString serial; // once issued
};

struct EmulatorStats
{
    QHash<QString, qint64> requestsPerGroup;
    qint64 tooManyRequests = 0;
    qint64 invoicesAccepted = 0;
    qint64 invoicesRejected = 0;
    qint64 faultsInjected = 0;
    qint64 ksefCertificateLogins = 0; // XAdES logins signed with a certificate this emulator issued
};

struct EmulatorState
{
    QHash<QString, Challenge> challenges;
    QHash<QString, Subject> subjects;           // by NIP
    QHash<QString, KsefTokenRecord> ksefTokens; // by token text
    QHash<QString, AuthOperation> auths;        // by reference
    QHash<QString, IssuedToken> tokens;         // by token text
    QHash<QString, SessionRecord> sessions;     // by reference
    QStringList sessionOrder;                   // creation order
    QHash<QString, InvoiceRecord> invoices;     // by invoice reference
    QHash<QString, QString> acceptedByKey;      // "NIP|kind|P_2" → invoice reference
    QHash<QString, QString> invoiceByKsefNumber;
    QStringList acceptedOrder;             // invoice references in the order KSeF numbered them
    QHash<QString, int> acceptancesPerKey; // for the duplicateAcceptances counter
    // Accepted invoices of each seller and buyer NIP, in acceptedOrder: a query reads its company's, not
    // every invoice the emulator holds.
    QHash<QString, QStringList> acceptedBySeller;
    QHash<QString, QStringList> acceptedByBuyer;
    // Invoices not saved since they were added or last changed, or not settled when last saved: what the
    // next save writes (EmulatorStore stores each invoice on its own; everything else is a small snapshot).
    QSet<QString> unsavedInvoices;
    QHash<QString, StorageLink> storageLinks;
    QHash<QString, ExportRecord> exports;
    QHash<QString, KsefCertificateRecord> certificates; // by serial
    QHash<QString, EnrollmentRecord> enrollments;       // by reference
    PermissionRegistry permissions;
    EmulatorStats stats;
};

} // namespace Kurier::Emulator
