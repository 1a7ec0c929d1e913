#pragma once

#include "domain/Invoice.h"
#include "domain/InvoiceTotals.h"

#include <QByteArray>
#include <QHash>

namespace Kurier {

// An FA(3) file as Kurier imported it: the data it needs, what the file itself states as totals, and the
// original bytes, which are what gets sent to KSeF (an imported invoice is never re-serialised).
struct Fa3Document
{
    Invoice invoice;
    QList<GroupTotal> statedGroups;   // P_13_x / P_14_x / P_14_xW as written in the file
    std::optional<Money> statedGross; // P_15
    QByteArray original;
    QHash<QString, qint64>
        lineOf;            // element path below Faktura (e.g. "Fa/P_15") → line of its first occurrence
    QString sellerNipText; // Podmiot1 NIP exactly as written, for messages
    QString buyerNipText;
    QStringList thirdPartyNips; // Podmiot3 NIPs

    qint64 line(const QString &path) const { return lineOf.value(path, 0); }
};

} // namespace Kurier
