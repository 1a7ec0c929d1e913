#include "ksef/KsefError.h"

namespace Kurier {

namespace {
using namespace std::chrono_literals;

Classification retry(std::chrono::seconds delay, bool newSession = false)
{
    return {ErrorClass::Retryable, delay, newSession, false};
}
Classification stop(std::chrono::seconds delay = 0s, bool reauthenticate = false)
{
    return {ErrorClass::StopQueue, delay, false, reauthenticate};
}
constexpr Classification kNeedsUser{ErrorClass::NeedsUser, std::chrono::seconds(0), false, false};
constexpr Classification kRecordOnly{ErrorClass::RecordOnly, std::chrono::seconds(0), false, false};

std::chrono::seconds retryAfter(const KsefError &error, std::chrono::seconds fallback)
{
    return error.retryAfterSeconds >= 0 ? std::chrono::seconds(error.retryAfterSeconds) : fallback;
}

Classification exceptionCode(int code)
{
    switch (code) {
    case 21111: // challenge expired or used: start again
    case 21165: // processed, not downloadable yet
    case 21178: // UPO not there yet
    case 21182: // ten exports running
        return retry(code == 21111 ? 0s : 60s);
    case 21155: // session invoice limit
    case 21157: // batch part sizes
    case 21161: // too many parts
    case 21173: // no such session
    case 21180: // session closed or expired
    case 21184: // session temporarily unavailable (API 2.8): open a new one and send again
    case 21205: // a part was not uploaded
    case 21208: // upload window exceeded, session cancelled
    case 21470: // public key withdrawn: fetch the keys again
        return retry(0s, true);
    case 21301: // tokens already redeemed / KSeF token revoked
    case 21304: // authentication not found
        return stop(0s, true);
    case 21308: // deceased person's credentials
    case 9101:
    case 9102:
    case 9103:
    case 9105:
    case 21001:
    case 21115:
    case 21117:
    case 21217:
    case 21401:
    case 21406: // the signed authentication document or certificate is wrong
        return stop();
    case 21164: // no invoice with that number
    case 21166: // already technically corrected
    case 21175: // no such export
    case 21418: // continuation token
    case 30001: // test data already exists
        return kRecordOnly;
    default: // 21402/21403/21405/21167/21181/21183/26001/26002 and unknown: a person must look at it
        return kNeedsUser;
    }
}

Classification asyncStatus(KsefError::Family family, int status)
{
    switch (family) {
    case KsefError::Family::Auth:
        // 415 no permission (asked again every 5 minutes: granted again, the queue goes on by itself), 425
        // revoked, 450 bad token, 460 certificate, 470/480 blocked; 500/550 transient.
        return status == 500 || status == 550 ? retry(60s) : stop(status == 415 ? 300s : 0s, true);
    case KsefError::Family::Invoice:
        switch (status) {
        case 440:
            return kRecordOnly; // duplicate: adopt the original number
        case 405:
        case 435:
        case 500:
        case 550:
            return retry(30s, true);
        case 410: // the login may not invoice for this seller (permissions): it waits until granted again
            return stop(300s);
        default: // 415 attachment, 430 schema/size, 450 semantic
            return kNeedsUser;
        }
    case KsefError::Family::Session:
        switch (status) {
        case 445:
            return kRecordOnly; // the per-invoice statuses say what happened
        case 420:
        case 440:
        case 415:
        case 405:
        case 435:
        case 500:
        case 550:
            return retry(30s, true);
        default: // 430: the package itself is unreadable
            return kNeedsUser;
        }
    case KsefError::Family::Export:
        return status == 500 || status == 550 || status == 210 ? retry(60s) : kNeedsUser;
    case KsefError::Family::Enrollment:
        return status == 500 || status == 550 ? retry(60s) : kNeedsUser;
    case KsefError::Family::None:
        break;
    }
    return status >= 500 ? retry(60s) : kNeedsUser;
}
} // namespace

Classification classify(const KsefError &error)
{
    switch (error.kind) {
    case KsefError::Kind::Timeout:
    case KsefError::Kind::Network:
    case KsefError::Kind::Cancelled: // tried again when Kurier runs next
        return retry(15s);
    case KsefError::Kind::ServerError:
        return retry(retryAfter(error, 30s));
    case KsefError::Kind::UnexpectedReply:
        return retry(60s);
    case KsefError::Kind::RateLimited:
        return retry(retryAfter(error, 60s));
    case KsefError::Kind::Maintenance:
        return stop(retryAfter(error, 300s));
    case KsefError::Kind::Blocked:
        return stop(retryAfter(error, 300s));
    case KsefError::Kind::Tls:
        return stop(60s);
    case KsefError::Kind::Unauthorized:
        return stop(0s, true);
    case KsefError::Kind::Forbidden:
        if (error.reasonCode == u"ip-not-allowed") {
            return stop(0s, true);
        }
        if (error.reasonCode == u"missing-permissions") {
            return stop(300s); // taken away: one alert, asked again every 5 minutes
        }
        return stop(); // a person decides
    case KsefError::Kind::Gone:
        return retry(0s); // start the operation again
    case KsefError::Kind::NotFound:
        return retry(0s); // an expired presigned link: ask for a fresh one
    case KsefError::Kind::Rejected:
        return error.exceptionCodes.isEmpty() ? kNeedsUser : exceptionCode(error.code());
    case KsefError::Kind::OperationFailed:
        return asyncStatus(error.family, error.statusCode);
    case KsefError::Kind::Local:
        return kNeedsUser;
    }
    return kNeedsUser;
}

bool KsefError::lostAccess() const
{
    return (kind == Kind::Forbidden && reasonCode == u"missing-permissions") ||
           (kind == Kind::OperationFailed && family == Family::Auth && statusCode == 415) ||
           (kind == Kind::OperationFailed && family == Family::Invoice && statusCode == 410);
}

KsefError KsefError::fromStatus(Family family, int statusCode, const QString &description,
                                const QStringList &details, const QJsonObject &extensions)
{
    KsefError error;
    error.kind = Kind::OperationFailed;
    error.family = family;
    error.statusCode = statusCode;
    error.description = description;
    error.details = details;
    error.extensions = extensions;
    return error;
}

QString KsefError::correctionMessage(int code)
{
    switch (code) {
    case 21166:
        return tr("KSeF already has a technical correction of this invoice (code 21166): it takes one per "
                  "invoice. Issue the invoice again with a new number instead.");
    case 21167:
        return tr(
            "KSeF does not allow a technical correction of this invoice (code 21167): only an offline "
            "invoice KSeF rejected can be corrected this way; an accepted one needs a correcting invoice.");
    default:
        return {};
    }
}

QString KsefError::certificateMessage(int code)
{
    switch (code) {
    case 25001:
    case 25002:
        return tr("KSeF certificates can only be requested or revoked after a login with a signature (a "
                  "qualified signature or seal, the trusted profile, or a KSeF certificate), not with a KSeF "
                  "token.");
    case 25003:
        return tr("The certificate request does not carry the company's data as KSeF knows it (code 25003).");
    case 25004:
        return tr("KSeF could not read the certificate request (code 25004).");
    case 25005:
        return tr("KSeF does not know this certificate request (code 25005); it may be older than 30 days.");
    case 25006:
        return tr("The company has reached KSeF's limit of certificate requests (code 25006).");
    case 25007:
        return tr(
            "The company has reached KSeF's limit of active certificates (code 25007): revoke one it no "
            "longer uses first.");
    case 25008:
        return tr("KSeF does not know a certificate with this serial number (code 25008).");
    case 25009:
        return tr("This certificate cannot be revoked (code 25009): it is already revoked, blocked or "
                  "expired.");
    case 25010:
        return tr("KSeF accepts only RSA-2048 or EC P-256 keys for certificates (code 25010).");
    case 25011:
        return tr("KSeF did not accept the certificate request's signature algorithm (code 25011).");
    default:
        return {};
    }
}

QString KsefError::message() const
{
    switch (kind) {
    case Kind::Timeout:
        return tr("KSeF did not answer in time (%1). The request may have reached it; Kurier will check "
                  "before "
                  "sending again.")
            .arg(endpoint);
    case Kind::Network:
        return tr("KSeF cannot be reached: %1").arg(description);
    case Kind::Tls:
        return tr("The secure connection to KSeF failed: %1").arg(description);
    case Kind::RateLimited:
        return tr("KSeF's request limit is reached; Kurier waits %n second(s).", nullptr,
                  std::max(retryAfterSeconds, 0));
    case Kind::Unauthorized:
        return tr("KSeF did not accept the session's credentials (they expired or were revoked).");
    case Kind::Forbidden:
        if (reasonCode == u"ip-not-allowed") {
            return tr(
                "KSeF refused this computer's address: the token's authorization policy does not allow it.");
        }
        if (reasonCode == u"missing-permissions") {
            const QStringList required =
                extensions.value(QStringLiteral("requiredAnyOfPermissions")).toVariant().toStringList();
            const QStringList present =
                extensions.value(QStringLiteral("presentPermissions")).toVariant().toStringList();
            return tr("KSeF refused: this needs the permission %1 in this company, and whoever logged in "
                      "holds "
                      "%2. The company (or the office that passed the right on) must grant it.")
                .arg(required.isEmpty() ? reasonCode : required.join(QStringLiteral(" / ")),
                     present.isEmpty() ? tr("none") : present.join(QStringLiteral(", ")));
        }
        if (reasonCode == u"insufficient-resource-access") {
            return tr("KSeF refused: this session was opened by someone else, and reading it needs the "
                      "Introspection permission.");
        }
        return tr("The KSeF credentials lack a required permission (%1).").arg(reasonCode);
    case Kind::Blocked:
        return tr("KSeF's gateway refused the request (HTTP 403 without a KSeF answer)%1.")
            .arg(requestId.isEmpty() ? QString() : tr(", support id %1").arg(requestId));
    case Kind::Gone:
        return tr("KSeF no longer keeps the status of this operation; it will be started again.");
    case Kind::Rejected:
        if (const QString plain = certificateMessage(code()); !plain.isEmpty()) {
            return plain;
        }
        if (const QString plain = correctionMessage(code()); !plain.isEmpty()) {
            return plain;
        }
        return tr("KSeF refused the request (code %1): %2")
            .arg(code())
            .arg(details.isEmpty() ? description : details.join(u' '));
    case Kind::ServerError:
        return tr("KSeF had an internal error (HTTP %1).").arg(httpStatus);
    case Kind::Maintenance:
        return tr("KSeF is unavailable (maintenance or outage).");
    case Kind::NotFound:
        return tr("KSeF does not know this address (HTTP 404).");
    case Kind::UnexpectedReply:
        return tr("KSeF answered in an unexpected form (HTTP %1): %2").arg(httpStatus).arg(description);
    case Kind::OperationFailed:
        if (family == Family::Auth && statusCode == 415) {
            return tr("KSeF refused the login: whoever signed it holds no permission in this company (it was "
                      "never granted, or was revoked). Ask the company to grant it again.");
        }
        if (family == Family::Invoice && statusCode == 410) {
            return tr(
                "KSeF refused the invoice: this login may not issue invoices for its seller (status 410, "
                "wrong scope of permissions).");
        }
        return tr("KSeF ended the operation with status %1: %2")
            .arg(statusCode)
            .arg(details.isEmpty() ? description : details.join(u' '));
    case Kind::Cancelled:
        return tr("Stopped: Kurier is closing; it continues when it starts again.");
    case Kind::Local:
        break;
    }
    return description;
}

} // namespace Kurier
