#pragma once

#include "emulator/EmulatorTestData.h"
#include "outbox/OutboxStore.h"

namespace Kurier::Test {

// An invoice for the outbox as an import would hand it over: seller 5265877635, kind VAT, issued today, the
// emulator's valid FA(3) document. `hold`: kept "ready to send" until sent by hand.
inline OutboxStore::NewInvoice queuedInvoice(const QString &number, bool hold = false)
{
    return {QStringLiteral("5265877635"),
            QStringLiteral("VAT"),
            number,
            QDate::currentDate(),
            {},
            {},
            {},
            QStringLiteral("PLN"),
            emulatorInvoice(number),
            QStringLiteral("test"),
            hold};
}

} // namespace Kurier::Test
