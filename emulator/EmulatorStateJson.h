#pragma once

#include "EmulatorState.h"

#include <QJsonObject>

namespace Kurier::Emulator {

// One invoice (a row of EmulatorStore's invoices).
QJsonObject invoiceToJson(const InvoiceRecord &invoice);
InvoiceRecord invoiceFromJson(const QJsonObject &json);

// Everything else: the subjects, tokens, sessions (without their invoice lists), certificates and counters.
// An older emulator's snapshot with its invoices and indexes is read too.
QJsonObject stateToJson(const EmulatorState &state);
EmulatorState stateFromJson(const QJsonObject &json);

// The indexes and the sessions' invoice lists, from the invoices (after loading them).
void rebuildDerived(EmulatorState &state);

} // namespace Kurier::Emulator
