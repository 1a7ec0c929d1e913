#pragma once

#include "incoming/IncomingStore.h"
#include "ksef/KsefClient.h"

#include <chrono>
#include <functional>

namespace Kurier {

class Clock;

// Incremental synchronisation of the invoices KSeF keeps for this company as buyer (or another subject type),
// by permanent-storage date up to KSeF's high-water mark (PROTOCOL.md §11.4, checklist item 21):
//
// - every window is one encrypted export (`restrictToPermanentStorageHwmDate`, no `to` unless the 3-month
// limit
//   needs one): up to 10 000 invoices with their XML in one request, where one-by-one downloads allow 64 an
//   hour;
// - the next window starts at the package's `lastPermanentStorageDate` when KSeF cut it at 10 000
// (`isTruncated`),
//   else at its `permanentStorageHwmDate` — nothing at or before the HWM can appear later, so nothing is
//   missed; invoices on a boundary are read twice and stored once (by KSeF number);
// - the window and the cursor are stored in one transaction (IncomingStore), so an interrupted run resumes;
// - a run starts no sooner than `minInterval` (15 minutes) after the last one for the same subject type —
// KSeF
//   allows 20 exports an hour per context — unless forced by a person.
//
// Every XML is checked against the SHA-256 KSeF states for it and parsed as FA(3); one that is missing,
// damaged or unreadable is stored with the reason (never dropped), counted as a problem and reported.
class IncomingSync
{
    Q_DECLARE_TR_FUNCTIONS(IncomingSync)

public:
    struct Options
    {
        InvoiceSubject subject = InvoiceSubject::Buyer;
        QDateTime firstFrom; // the first synchronisation starts here (default: 30 days ago)
        std::chrono::minutes minInterval{15};
        bool force = false; // a person asked: ignore minInterval
        int maxExports = 4; // per run; more windows → Incomplete, the rest comes next time
        QString trigger = QStringLiteral("cli");
        std::function<void(const IncomingRun &, const IncomingStore::Stored &)> windowStored; // progress
    };
    struct Outcome
    {
        enum class Status
        {
            Done,
            NotDue,
            Incomplete,
            Failed
        };
        Status status = Status::Done;
        IncomingRun run;
        QDateTime nextAllowed; // NotDue: when a run may start
        QStringList added;     // KSeF numbers new to the database
        QString message;       // for people
    };

    IncomingSync(IncomingStore &store, KsefClient &client, const Clock &clock);

    Outcome run(const Options &options);
    // When a scheduled run for this subject type may start (now, when it never ran).
    std::expected<QDateTime, QString> nextAllowed(const Options &options) const;

private:
    struct Window
    {
        QList<IncomingInvoice> invoices;
        IncomingStore::Cursor next;
        bool reachedHwm = false;
    };
    std::expected<Window, QString> exportWindow(const Options &options, const QDateTime &from, int &problems);
    IncomingInvoice invoiceFrom(const QJsonObject &metadata, const QHash<QString, QByteArray> &files,
                                const QString &subjectType) const;

    IncomingStore &m_store;
    KsefClient &m_client;
    const Clock &m_clock;
};

} // namespace Kurier
