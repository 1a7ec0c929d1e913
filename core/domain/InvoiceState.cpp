#include "domain/InvoiceState.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace Kurier {

namespace {

using S = InvoiceState;

constexpr std::pair<S, S> kTransitions[] = {
    {S::Draft, S::Queued},         // the user sends or enqueues it
    {S::Draft, S::Cancelled},      // the user discards the draft
    {S::Queued, S::Draft},         // taken back for editing before anything left
    {S::Queued, S::Sending},       // the dispatcher commits the intent to send
    {S::Queued, S::Cancelled},     // withdrawn before sending
    {S::Queued, S::Rejected},      // refused before it left (its stored bytes are damaged)
    {S::Sending, S::Submitted},    // 202 with a reference number
    {S::Sending, S::Queued},       // the request provably did not reach KSeF (retry later)
    {S::Sending, S::Accepted},     // recovery found it in KSeF, or a 440 duplicate was adopted
    {S::Sending, S::Rejected},     // KSeF refused it synchronously (e.g. 400 with a validation error)
    {S::Sending, S::Processing},   // recovery found it in KSeF, still being processed
    {S::Submitted, S::Processing}, // status 150
    {S::Submitted, S::Accepted},   // status 200
    {S::Submitted, S::Rejected},   // status 4xx
    {S::Submitted, S::Queued}, // status 415/435 (encryption) or an expired session: send again, new session
    {S::Processing, S::Accepted},  {S::Processing, S::Rejected},
    {S::Processing, S::Queued},    {S::Accepted, S::Confirmed}, // the UPO is stored and verified
    {S::Rejected, S::Queued},    // the user asks to try again (same content: the idempotency key holds)
    {S::Rejected, S::Cancelled}, // the user gives up on it
};

struct StateText
{
    S state;
    const char *key;
    const char *name;
};

constexpr StateText kStateTexts[] = {
    {S::Draft, "draft", QT_TRANSLATE_NOOP("InvoiceState", "Draft")},
    {S::Queued, "queued", QT_TRANSLATE_NOOP("InvoiceState", "Queued")},
    {S::Sending, "sending", QT_TRANSLATE_NOOP("InvoiceState", "Sending")},
    {S::Submitted, "submitted", QT_TRANSLATE_NOOP("InvoiceState", "Submitted")},
    {S::Processing, "processing", QT_TRANSLATE_NOOP("InvoiceState", "Processing")},
    {S::Accepted, "accepted", QT_TRANSLATE_NOOP("InvoiceState", "Accepted")},
    {S::Confirmed, "confirmed", QT_TRANSLATE_NOOP("InvoiceState", "Confirmed")},
    {S::Rejected, "rejected", QT_TRANSLATE_NOOP("InvoiceState", "Rejected")},
    {S::Cancelled, "cancelled", QT_TRANSLATE_NOOP("InvoiceState", "Cancelled")},
};

} // namespace

bool isTransitionAllowed(InvoiceState from, InvoiceState to)
{
    for (const auto &[allowedFrom, allowedTo] : kTransitions) {
        if (allowedFrom == from && allowedTo == to) {
            return true;
        }
    }
    return false;
}

bool isInFlight(InvoiceState state)
{
    return std::ranges::find(kInFlightStates, state) != std::end(kInFlightStates);
}

int countIn(const QHash<InvoiceState, int> &counts, const QList<InvoiceState> &states)
{
    int total = 0;
    for (const InvoiceState state : states) {
        total += counts.value(state);
    }
    return total;
}

QList<InvoiceState> inFlightStates()
{
    return {std::begin(kInFlightStates), std::end(kInFlightStates)};
}

QString inFlightStateKeysSql()
{
    QStringList keys;
    for (const InvoiceState state : kInFlightStates) {
        keys.append(u'\'' + invoiceStateKey(state) + u'\'');
    }
    return keys.join(QStringLiteral(", "));
}

QList<InvoiceState> stuckStates()
{
    return {S::Submitted, S::Processing};
}

QString stuckStateKeysSql()
{
    QStringList keys;
    for (const InvoiceState state : stuckStates()) {
        keys.append(u'\'' + invoiceStateKey(state) + u'\'');
    }
    return keys.join(QStringLiteral(", "));
}

bool isStuck(InvoiceState state, const QDateTime &stateSince, const QDateTime &stuckBefore)
{
    return stuckStates().contains(state) && stateSince.isValid() && stateSince < stuckBefore;
}

bool isFinal(InvoiceState state)
{
    return state == S::Confirmed || state == S::Cancelled;
}

bool isEditable(InvoiceState state)
{
    return state == S::Draft || state == S::Queued;
}

QString invoiceStateKey(InvoiceState state)
{
    for (const StateText &text : kStateTexts) {
        if (text.state == state) {
            return QString::fromLatin1(text.key);
        }
    }
    return {};
}

std::optional<InvoiceState> invoiceStateFromKey(QStringView key)
{
    for (const StateText &text : kStateTexts) {
        if (key == QLatin1StringView(text.key)) {
            return text.state;
        }
    }
    return std::nullopt;
}

QString invoiceStateName(InvoiceState state)
{
    for (const StateText &text : kStateTexts) {
        if (text.state == state) {
            return QCoreApplication::translate("InvoiceState", text.name);
        }
    }
    return {};
}

} // namespace Kurier
