#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Kurier {

// Where an invoice is on its way to KSeF. "Retry waiting" and "stuck" are conditions of an item (a
// next-attempt time, an age), not states: the state says what is known, the conditions say what the engine
// does about it.
enum class InvoiceState
{
    Draft,      // being edited; nothing is sent
    Queued,     // content frozen, waiting for the dispatcher
    Sending,    // the intent to send is committed; the request may or may not have left
    Submitted,  // KSeF answered 202 with an invoice reference number
    Processing, // KSeF reports status 150 (processing)
    Accepted,   // KSeF gave a KSeF number; the UPO is not stored yet
    Confirmed,  // the UPO is stored and verified: done
    Rejected,   // KSeF refused the invoice (4xx status); needs the user
    Cancelled,  // withdrawn by the user before it was sent
};

inline constexpr InvoiceState kAllInvoiceStates[] = {
    InvoiceState::Draft,     InvoiceState::Queued,     InvoiceState::Sending,
    InvoiceState::Submitted, InvoiceState::Processing, InvoiceState::Accepted,
    InvoiceState::Confirmed, InvoiceState::Rejected,   InvoiceState::Cancelled,
};

// "In flight": the intent to send is committed and KSeF has not given the last word yet (the number and the
// verified UPO) — what the engine still follows up, what the Overview counts and the CLI reports "in KSeF".
// The one definition; everything else asks these.
inline constexpr InvoiceState kInFlightStates[] = {
    InvoiceState::Sending,
    InvoiceState::Submitted,
    InvoiceState::Processing,
    InvoiceState::Accepted,
};
bool isInFlight(InvoiceState state);
QList<InvoiceState> inFlightStates();
// How many of `counts` (per state, as OutboxStore::counts() gives them) are in any of `states`.
int countIn(const QHash<InvoiceState, int> &counts, const QList<InvoiceState> &states);
// Their storage keys as an SQL list: "'sending', 'submitted', 'processing', 'accepted'" (our own constants).
QString inFlightStateKeysSql();

// "Stuck", the one definition the outbox list, the Clients view, the alert, the reconciliation report and
// kurier-cli share: in KSeF's hands (submitted or processing) for longer than the stuck threshold (Settings,
// 30 minutes by default). An invoice left in `sending` is not stuck: the engine resolves it by itself at its
// next pass (it looks it up in the session), and accepted without a UPO is "missing UPO", another condition.
QList<InvoiceState> stuckStates();
QString stuckStateKeysSql(); // "'submitted', 'processing'"
bool isStuck(InvoiceState state, const QDateTime &stateSince, const QDateTime &stuckBefore);

// The one table of allowed transitions. Everything that changes a state asks it first.
bool isTransitionAllowed(InvoiceState from, InvoiceState to);
bool isFinal(InvoiceState state);
// May the invoice's content still change? Only before anything could have reached KSeF.
bool isEditable(InvoiceState state);

QString invoiceStateKey(InvoiceState state); // stable English identifier for storage and JSON: "queued"
std::optional<InvoiceState> invoiceStateFromKey(QStringView key);
QString invoiceStateName(InvoiceState state); // for people, translated

} // namespace Kurier
