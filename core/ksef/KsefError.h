#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Kurier {

// Everything that can go wrong in a call to KSeF, as one closed type (PROTOCOL.md §15, §20). The raw answer
// is kept for the audit log; nothing here is decided by message text.
struct KsefError
{
    Q_DECLARE_TR_FUNCTIONS(KsefError)

public:
    enum class Kind
    {
        Timeout,         // no complete answer in time
        Network,         // connection refused, reset, host not found
        Tls,             // the TLS handshake or certificate failed
        RateLimited,     // 429 from KSeF, or no local permit soon enough
        Unauthorized,    // 401: the bearer token is missing, expired or invalid
        Forbidden,       // 403 problem+json: missing-permissions, ip-not-allowed, …
        Blocked,         // 403 that is not KSeF's (an HTML page from a firewall in front of it)
        Gone,            // 410: an asynchronous operation's status is past retention
        Rejected,        // 400 with exception codes (ExceptionResponse or problem+json errors)
        ServerError,     // 5xx
        Maintenance,     // 503 (KSeF or its gateway is down for maintenance)
        NotFound,        // 404 (unknown path, or an expired presigned link)
        UnexpectedReply, // 2xx/4xx whose body is not what the API documents (HTML, truncated JSON, …)
        Cancelled,       // Kurier is stopping (the window is closing): not sent, or abandoned mid-way
        OperationFailed, // an asynchronous operation ended with a status code ≥ 400 (statusCode, family)
        Local,           // a precondition on our side (crypto, input) failed before anything was sent
    };
    // Which asynchronous status a `statusCode` belongs to (the same numbers mean different things).
    enum class Family
    {
        None,
        Auth,
        Session,
        Invoice,
        Export,
        Enrollment, // a KSeF certificate enrolment
    };

    Kind kind = Kind::Local;
    Family family = Family::None;
    int httpStatus = 0;
    QList<int> exceptionCodes; // 400 bodies, in order
    int statusCode = 0;        // OperationFailed: status.code
    QString reasonCode;        // 403 problem+json
    QString description;       // KSeF's own text (Polish), for the log and the details view
    QStringList details;
    QJsonObject extensions; // e.g. a 440's originalKsefNumber / originalSessionReferenceNumber
    QString requestId;      // X-Request-ID of the answer, or traceId of the body
    QString endpoint;       // "POST /sessions/online/{ref}/invoices"
    QByteArray rawBody;
    int retryAfterSeconds = -1;  // Retry-After, when the answer had one
    bool maybeDelivered = false; // the request may have reached KSeF although no answer came (timeout, reset)

    // An asynchronous operation that ended with `statusCode` ≥ 400 (an invoice, session, auth or export
    // status).
    static KsefError fromStatus(Family family, int statusCode, const QString &description,
                                const QStringList &details = {}, const QJsonObject &extensions = {});

    int code() const { return exceptionCodes.value(0); }
    // KSeF does not know the session (no such reference, or past its retention): what was sent in it never
    // arrived, or cannot be looked up there any more.
    bool isUnknownSession() const;
    bool hasCode(int exceptionCode) const { return exceptionCodes.contains(exceptionCode); }
    QString message() const; // one sentence for the user, in the UI language
    // KSeF no longer lets whoever logged in act for the company (PROTOCOL.md §22): a login refused for lack
    // of permissions (auth 415), a missing permission (403 missing-permissions), an invoice outside the
    // login's scope (invoice 410). Nothing is wrong with the invoices: they wait until it is granted again.
    bool lostAccess() const;
    // The plain message for a KSeF certificate error (25001–25011), empty for other codes.
    static QString certificateMessage(int code);
    // The plain message for a refused technical correction of an offline invoice (21166, 21167), else empty.
    static QString correctionMessage(int code);
};

enum class ErrorClass
{
    Retryable,  // try again after `delay` (maybe in a new session)
    NeedsUser,  // this item waits for a person (fix the invoice, the permissions, …)
    StopQueue,  // nothing else can go on either (credentials, maintenance): stop and raise one alert
    RecordOnly, // not a failure of the item (a duplicate to adopt, a correction already done): record it
};

struct Classification
{
    ErrorClass errorClass = ErrorClass::Retryable;
    std::chrono::seconds delay{0}; // a hint for Retryable and StopQueue: how long to wait at least
    bool newSession = false;     // retry in a new session (the old one is closed, expired or its key failed)
    bool reauthenticate = false; // the credentials must be used again (token refresh failed, address changed)
};

// The one decision table (PROTOCOL.md §15, §20): HTTP status, exception codes and asynchronous statuses →
// what to do. Unknown codes fall back to their HTTP class.
Classification classify(const KsefError &error);

} // namespace Kurier
