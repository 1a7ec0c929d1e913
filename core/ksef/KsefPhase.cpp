// KSeF's asynchronous status codes and query vocabulary, translated into Kurier's own words (PROTOCOL.md
// §5.4, §6, §7, §11, §15.3). The only place outside the JSON mapping where these numbers and names appear.
#include "ksef/KsefError.h"
#include "ksef/KsefTypes.h"

namespace Kurier {

namespace {
constexpr int kReceived = 100;
constexpr int kProcessing = 150;
constexpr int kSessionClosed = 170; // online sessions: closed, the UPO is being made
constexpr int kSuccess = 200;
constexpr int kDuplicate = 440; // invoices; for an online session 440 means "cancelled, nothing sent"
constexpr int kNoSuchSession = 21173;

KsefPhase pendingOrFinal(int code)
{
    if (code <= kReceived || code < kProcessing) { // 100 (and 0: nothing reported yet)
        return KsefPhase::Received;
    }
    if (code < kSuccess) {
        return KsefPhase::Processing;
    }
    return code == kSuccess ? KsefPhase::Accepted : KsefPhase::Rejected;
}
} // namespace

KsefPhase InvoiceStatus::phase() const
{
    if (code == kDuplicate) {
        return KsefPhase::Duplicate;
    }
    return pendingOrFinal(code);
}

KsefPhase SessionStatus::phase() const
{
    if (code == kSessionClosed) {
        return KsefPhase::Processing;
    }
    return pendingOrFinal(code);
}

bool KsefError::isUnknownSession() const
{
    return hasCode(kNoSuchSession);
}

QString invoiceSubjectKey(InvoiceSubject subject)
{
    switch (subject) {
    case InvoiceSubject::Seller:
        return QStringLiteral("Subject1");
    case InvoiceSubject::Buyer:
        return QStringLiteral("Subject2");
    case InvoiceSubject::ThirdParty:
        return QStringLiteral("Subject3");
    case InvoiceSubject::Authorized:
        return QStringLiteral("SubjectAuthorized");
    }
    return QStringLiteral("Subject2");
}

} // namespace Kurier
