#pragma once

#include "ksef/crypto/AsymmetricKey.h"
#include "ksef/crypto/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Kurier's own view of what KSeF returns (PROTOCOL.md §4–§11). Only core/ksef reads or writes KSeF's JSON;
// the rest of the program sees these.
namespace Kurier {

// How to authenticate in a context: a KSeF token, or a certificate (qualified, or self-signed on TEST and in
// the sandbox) with its private key.
struct KsefCredentials
{
    enum class Method
    {
        KsefToken,
        Certificate,
    };
    Method method = Method::KsefToken;
    QString contextNip;
    QString ksefToken;        // Method::KsefToken
    AsymmetricKey privateKey; // Method::Certificate
    Certificate certificate;  // Method::Certificate
    QStringList allowedIps;   // AuthorizationPolicy: IPv4 addresses, ranges (a-b) or masks (a/n); empty: none
    // Method::Certificate of someone acting for the company under KSeF permissions (an office, a bookkeeper,
    // PROTOCOL.md §22), not the company's own: what it may do is what the company granted.
    bool throughPermissions = false;

    // Who acts, for the audit log: {"certificate": subject, "serial", "throughPermissions"} or {"ksefToken":
    // context NIP}. Nothing secret.
    QJsonObject actor() const;
};

struct PublicKeyInfo
{
    QString usage; // KsefTokenEncryption | SymmetricKeyEncryption
    QString publicKeyId;
    AsymmetricKey key;
    QDateTime validFrom;
    QDateTime validTo;
};

struct AuthTokens
{
    QString authReference;
    QString accessToken;
    QDateTime accessValidUntil;
    QString refreshToken;
    QDateTime refreshValidUntil;
};

struct OnlineSession
{
    QString reference;
    QDateTime validUntil;
    QByteArray key; // AES-256
    QByteArray iv;
};

// What was sent: enough to find the invoice again in the session's list after a lost reply (§20.1).
struct SentInvoice
{
    QString sessionReference;
    QString invoiceReference; // empty until KSeF answered 202
    QString invoiceHash;      // Base64 SHA-256 of the plain bytes
    qint64 invoiceSize = 0;
};

// What an asynchronous KSeF status means, in Kurier's words. KSeF's numbers (100, 150, 170, 200, 440, …)
// are read only in core/ksef (KsefPhase.cpp); the rest of Kurier decides by phase.
enum class KsefPhase
{
    Received,   // 100: accepted for processing (a session: open, not closed yet)
    Processing, // 150, and 170 for an online session that was closed and is being processed
    Accepted,   // 200: done (an invoice has its KSeF number; a session has its UPO)
    Duplicate,  // an invoice KSeF already holds (440): the original's number and session come with it
    Rejected,   // any other final status (≥ 400): see code and description
};

// Who the company is in the invoices a query asks for (KSeF's subject types).
enum class InvoiceSubject
{
    Seller,     // the company issued them (sales)
    Buyer,      // the company bought (purchase invoices)
    ThirdParty, // the company is a third party (Podmiot3)
    Authorized, // an authorised subject
};
// A stable key for storage and logs ("Subject2" for Buyer: KSeF's own name, as stored by earlier versions).
QString invoiceSubjectKey(InvoiceSubject subject);

// Which date a query's range applies to.
enum class InvoiceDateType
{
    Issue,            // the invoice's own date (P_1)
    Invoicing,        // when KSeF accepted it for processing
    PermanentStorage, // when KSeF stored it durably (the only one with a high-water mark)
};

struct InvoiceStatus
{
    int code = 0; // KSeF's status code, kept for the record; decide by phase()
    QString description;
    QStringList details;
    int ordinalNumber = 0;
    QString referenceNumber;
    QString invoiceHash;
    QString invoiceNumber; // P_2, when KSeF read it
    QString fileName;      // batch
    QString ksefNumber;
    QString invoicingMode;
    QDateTime invoicingDate;
    QDateTime acquisitionDate;
    QDateTime permanentStorageDate;
    QUrl upoDownloadUrl;
    QDateTime upoDownloadUrlExpires;
    QString originalKsefNumber;       // 440: the number the first copy got
    QString originalSessionReference; // 440: the session it came in

    KsefPhase phase() const;
    bool isPending() const { return phase() == KsefPhase::Received || phase() == KsefPhase::Processing; }
    bool isAccepted() const { return phase() == KsefPhase::Accepted; }
    bool isDuplicate() const { return phase() == KsefPhase::Duplicate; }
};

struct SessionStatus
{
    QString reference;
    int code = 0; // KSeF's status code, kept for the record; decide by phase()
    QString description;
    QStringList details;
    int invoiceCount = 0;
    int successfulInvoiceCount = 0;
    int failedInvoiceCount = 0;
    QDateTime validUntil;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    struct UpoPage
    {
        QString referenceNumber;
        QUrl downloadUrl;
        QDateTime downloadUrlExpires;
    };
    QList<UpoPage> upoPages;

    // Received: open (a batch session that was never closed will not be processed); Processing: closed,
    // being processed; Accepted: processed (UPO pages present); Rejected: failed or cancelled.
    KsefPhase phase() const;
    bool isPending() const { return phase() == KsefPhase::Received || phase() == KsefPhase::Processing; }
};

template <typename T>
struct Page
{
    QList<T> items;
    QString continuationToken; // empty on the last page
};

struct UpoBytes
{
    QByteArray bytes;
    QString metaHash; // x-ms-meta-hash of the answer
    bool viaPresignedUrl = false;
};

struct ContextLimits
{
    int onlineMaxInvoices = 10000;
    int batchMaxInvoices = 10000;
    qint64 onlineMaxInvoiceBytes = 1'000'000;
    qint64 batchMaxInvoiceBytes = 1'000'000;
};

// One invoice of a metadata query (§11.2) — the read side: purchases and reconciliation.
struct InvoiceMetadata
{
    QString ksefNumber;
    QString invoiceNumber;
    QDate issueDate;
    QDateTime invoicingDate;
    QDateTime acquisitionDate;
    QDateTime permanentStorageDate;
    QString sellerNip;
    QString sellerName;
    QString buyerNip;
    QString buyerName;
    QString currency;
    double grossAmount = 0;
    QString invoiceHash;
    QString invoicingMode;
    QJsonObject raw; // the whole entry, for fields Kurier does not model yet
};

struct MetadataPage
{
    QList<InvoiceMetadata> invoices;
    bool hasMore = false;
    bool isTruncated = false;
    QDateTime permanentStorageHwmDate; // only for PermanentStorage queries
};

} // namespace Kurier
