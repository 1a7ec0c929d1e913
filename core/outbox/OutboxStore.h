#pragma once

#include "audit/AuditLog.h"
#include "fa/Fa3Document.h"
#include "outbox/OfflineIssue.h"
#include "outbox/OutboxItem.h"
#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <expected>
#include <optional>

namespace Kurier {

class AuditLog;
class Transaction;
class Clock;
class TimeBreakdown;

// The outbox table: one row per invoice (unique idempotency key), every change in one SQLite transaction with
// its audit entries, every state change checked against the one transition table (InvoiceState). SQL lives
// here.
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)

public:
    OutboxStore(QSqlDatabase connection, AuditLog &audit, const Clock &clock);

    QSqlDatabase connection() const { return m_db; }
    // Reads, writes, audit entries and commits measured in this breakdown (null: not measured).
    void setBreakdown(TimeBreakdown *breakdown) { m_breakdown = breakdown; }
    static QString idempotencyKey(const QString &sellerNip, const QString &invoiceKind,
                                  const QString &invoiceNumber);

    struct NewInvoice
    {
        QString sellerNip;
        QString invoiceKind; // RodzajFaktury code: VAT, KOR, ZAL, …
        QString invoiceNumber;
        QDate issueDate;
        QString buyerNip;
        QString buyerName;
        QString gross;
        QString currency;
        QByteArray xml;
        QString source;
        bool hold = false; // kept as a draft ("ready") until the user sends it, instead of queued

        // What the outbox keeps of a validated document: its identity, buyer and total, and its exact bytes.
        static NewInvoice of(const Fa3Document &document, const QString &source, bool hold);
    };
    enum class Enqueued
    {
        Added,
        AlreadyThere, // same key, same content: nothing changed
        Replaced,     // same key, new content, for an invoice KSeF never accepted (rejected or cancelled)
    };
    // Adds an invoice to the queue. The same key with other content is refused (with what to do) unless the
    // earlier one was rejected or cancelled.
    StoreResult<std::pair<Enqueued, OutboxItem>>
    enqueue(const NewInvoice &invoice, const QString &environment, const QString &contextNip);
    // Many at once, in one transaction (import of a folder). Results in input order; an error for one invoice
    // does not stop the others.
    QList<StoreResult<std::pair<Enqueued, OutboxItem>>>
    enqueueAll(const QList<NewInvoice> &invoices, const QString &environment, const QString &contextNip);

    // An invoice KSeF has that the outbox did not know (sent by another program, another installation, or
    // before a restore from backup): added as confirmed — or accepted when its UPO is not there yet — with
    // its KSeF number, in one transaction with its audit entry. Nothing when the key is in the outbox already
    // (OutboxAdopt.cpp).
    struct Adoption
    {
        QString sessionRef;
        QString invoiceRef;
        QString ksefNumber;
        QDateTime acquiredAt;
        SendMode mode = SendMode::Online;
        QByteArray upo;
        bool upoVerified = false;
    };
    StoreResult<std::optional<OutboxItem>> adopt(const NewInvoice &invoice, const QString &environment,
                                                 const QString &contextNip, const Adoption &adoption);
    // Every KSeF number and idempotency key in the outbox (to tell KSeF's list from ours).
    StoreResult<QHash<QString, QString>> ksefNumbersByKey() const;
    // Whether an invoice of this seller with this number (P_2) is in the outbox (numbering skips it).
    StoreResult<bool> hasInvoiceNumber(const QString &sellerNip, const QString &invoiceNumber) const;
    // Every session reference the outbox has used or recorded.
    StoreResult<QSet<QString>> knownSessions() const;

    // One change to one item; unset fields stay as they are.
    struct Update
    {
        std::optional<InvoiceState> state;
        std::optional<SendMode> mode;
        std::optional<QString> sessionRef;
        std::optional<QString> invoiceRef;
        std::optional<QString> ksefNumber;
        std::optional<QDateTime> acquiredAt;
        std::optional<QString> duplicateOf;
        std::optional<QString> invoicingMode;
        std::optional<QByteArray> upo;
        // Confirmed by a kept page of its session's UPO (keepUpoPage) instead of a UPO of its own.
        struct UpoPageRef
        {
            qint64 id = 0;
            QString sha256;
        };
        std::optional<UpoPageRef> upoPage;
        std::optional<bool> upoVerified;
        bool countAttempt = false;
        std::optional<QDateTime> nextAttemptAt;
        std::optional<RecordedError> error; // recorded as the item's last error
        bool clearError = false;            // the item moved on: its last error is cleared
        QString note;                       // why, for the audit log
        // Compare-and-set: refuse (and change nothing) unless the item is in this state now. The intent to
        // send expects `queued`, so two engines on one database (the desktop and kurier-cli) never both send
        // it.
        std::optional<InvoiceState> expect;
        // … and (the intent to send) unless it is still issued offline or not, as the sender read it: an
        // invoice marked offline meanwhile is sent in the next pass, with offlineMode.
        std::optional<bool> expectOffline;
        // The state this change was decided from (what a poller read before asking KSeF). When the item has
        // moved on meanwhile — another Kurier on the same office database got there first — the change is
        // dropped quietly (no write, no audit entry): it describes a past the item has left.
        std::optional<InvoiceState> seen;

        // A change of state, optionally into a session (the intent to send).
        static Update to(InvoiceState state, const QString &session = {})
        {
            Update update;
            update.state = state;
            if (!session.isEmpty()) {
                update.sessionRef = session;
            }
            return update;
        }
    };
    // Applies the changes in one transaction; refuses all of them if one breaks the transition table.
    StoreResult<void> apply(const QList<std::pair<qint64, Update>> &changes);
    StoreResult<void> apply(qint64 id, const Update &update) { return apply({{id, update}}); }

    // Queries. `withBlobs` loads the XML (and UPO) bytes too.
    StoreResult<QList<OutboxItem>> eligible(const QDateTime &now, int limit, bool withBlobs = true) const;
    StoreResult<QList<OutboxItem>> inStates(const QList<InvoiceState> &states, bool withBlobs = false) const;
    // … only those of one session (in ""; without one), and the sessions of the items in those states.
    StoreResult<QList<OutboxItem>> inStatesOfSession(const QList<InvoiceState> &states,
                                                     const QString &sessionRef) const;
    struct SessionGroup
    {
        QString sessionRef;
        std::optional<SendMode> mode;
        int items = 0;
    };
    StoreResult<QList<SessionGroup>> sessionsIn(const QList<InvoiceState> &states) const;
    // The lease on polling a KSeF session (migration 11): taken or renewed until `until` when free, expired
    // or already `holder`'s → whether `holder` holds it now. Another Kurier holding it means: leave it to
    // them.
    StoreResult<bool> leaseSession(const QString &sessionRef, const QString &holder, const QDateTime &until);
    // What the company logs in to KSeF with and until when (its certificate's end, or the end of KSeF
    // tokens), noted when a Kurier loads its credentials — so that an office's Clients view can show when
    // each client's credentials expire without asking the keychain for every company. Nothing noted yet: an
    // invalid time.
    struct CredentialsNote
    {
        QString kind; // token | certificate | signature
        QDateTime expiresAt;
    };
    StoreResult<void> noteCredentials(const CredentialsNote &note);
    StoreResult<CredentialsNote> credentialsNote() const;
    // … only those that entered their state before `before` (the timed alerts: usually none).
    StoreResult<QList<OutboxItem>> inStatesSince(const QList<InvoiceState> &states,
                                                 const QDateTime &before) const;
    StoreResult<QList<OutboxItem>> all() const;
    StoreResult<std::optional<OutboxItem>> find(const QString &keyOrNumber, bool withBlobs = true) const;
    StoreResult<QHash<InvoiceState, int>> counts() const;
    // What an office's Clients view shows of this company, in one read (OutboxSummary.cpp).
    struct Attention
    {
        QHash<InvoiceState, int> counts;
        int stuck = 0;          // submitted or processing since before `stuckBefore`
        int missingUpo = 0;     // accepted since before `missingUpoBefore`, no UPO yet
        int offlineDue = 0;     // issued offline, not in KSeF, due before `offlineDueBefore` (overdue too)
        int offlineOverdue = 0; // … already past its deadline
    };
    StoreResult<Attention> attention(const QDateTime &stuckBefore, const QDateTime &missingUpoBefore,
                                     const QDateTime &now, const QDateTime &offlineDueBefore) const;
    StoreResult<std::optional<QDateTime>> nextAttempt() const; // the earliest queued item's

    // "Send now": queued items waiting for a retry (all, or those of `ids`) become eligible at once (the user
    // asked). → how many
    StoreResult<int> retryNow(const QList<qint64> &ids = {});
    // "Send": the drafts held for sending (all, or those of `ids`) go to the queue, in one transaction, each
    // with `note` in its audit entry; one another Kurier sent meanwhile is left as it is. → how many
    StoreResult<int> releaseDrafts(const QList<qint64> &ids, const QString &note);

    // --- Invoices issued offline (OutboxOffline.cpp, PROTOCOL.md §12)
    // Marks a draft or queued invoice that never went to KSeF as issued offline (mode, deadline, KOD II),
    // with its audit entry. Once it was sent (or is final) its mode cannot change: refused, nothing changed.
    StoreResult<OutboxItem> markOffline(qint64 id, const OfflineIssue &issue);
    // The offline invoices KSeF does not have yet (neither accepted, confirmed nor cancelled), earliest
    // deadline first.
    StoreResult<QList<OutboxItem>> offlineWaiting() const;
    // That rule as SQL over an outbox row (the lists' queries use it too), and over an item.
    static QString offlineWaitingSql();
    // An announced window ended at `end`: the invoices issued in it (`mode`) get their deadline (also one
    // that reached KSeF before the end was seen); after a failure (`extendWaiting`) every waiting one with a
    // deadline gets at least the failure's 7 business days. → items changed
    StoreResult<int> windowEnded(OfflineMode mode, const QDateTime &end, bool extendWaiting);
    // A technical correction (§12.3) of an offline invoice KSeF rejected: the same invoice (same seller, kind
    // and number) with fixed XML goes back to the queue, sent with hashOfCorrectedInvoice = the rejected
    // original's hash. Refused (nothing changed) for an invoice that is not a rejected offline one, for
    // a second correction, and for the same bytes again.
    StoreResult<OutboxItem> correctTechnically(qint64 id, const NewInvoice &correction);

    // --- A batch session's UPO (OutboxUpo.cpp, migration 9): each page is kept once, with its hash, for
    // every invoice it confirms (Update::upoPage). Keeping a page kept before keeps the first bytes and
    // returns that page (its id and hash; `bytes` are not read back).
    struct KeptUpoPage
    {
        qint64 id = 0;
        QString sha256;
        QByteArray bytes;
    };
    StoreResult<KeptUpoPage> keepUpoPage(const QString &sessionRef, const QString &pageRef,
                                         const QByteArray &bytes, int documents);
    StoreResult<std::optional<KeptUpoPage>> upoPage(const QString &sessionRef, const QString &pageRef) const;

    // Audit entries that are not transitions (request outcomes), many in one transaction.
    StoreResult<void> log(const QString &kind, const QList<QJsonObject> &details);

    // KSeF sessions the outbox opened (so that a restart can close or resolve them).
    StoreResult<void> recordSession(const QString &reference, const QString &kind, const QString &environment,
                                    const QString &contextNip, const QDateTime &validUntil);
    StoreResult<void> markSession(const QString &reference, const QString &state);
    StoreResult<QStringList> openSessions(const QString &kind) const;

private:
    StoreResult<std::pair<Enqueued, OutboxItem>>
    enqueueOne(const NewInvoice &invoice, const QString &environment, const QString &contextNip);
    // New invoices `run` of `invoices` (keys new to the outbox, each once) in three statements and their
    // audit entries; false (nothing to keep: the caller rolls back) when any of it fails.
    static constexpr qsizetype kInsertRun = 100;
    bool insertRun(const QList<NewInvoice> &invoices, const QStringList &keys, const QList<qsizetype> &run,
                   const QString &environment, const QString &contextNip,
                   QList<StoreResult<std::pair<Enqueued, OutboxItem>>> &results);
    StoreResult<QList<OutboxItem>> select(const QString &where, const QVariantList &values, bool withBlobs,
                                          const QString &tail = {}) const;
    StoreResult<OutboxItem> byId(qint64 id) const; // without blobs
    // In a write transaction just begun: the item, or why not (the transaction did not open, no such item).
    StoreResult<OutboxItem> writableItem(const Transaction &transaction, qint64 id) const;
    bool commit(Transaction &transaction) const; // measured
    struct Current                               // what apply() checks an item's change against
    {
        QString key;
        InvoiceState state = InvoiceState::Queued;
        bool offline = false;
    };
    StoreResult<QHash<qint64, Current>> currentOf(const QList<std::pair<qint64, Update>> &changes) const;
    StoreResult<void> appendAudit(const QList<AuditLog::NewEntry> &entries); // measured
    // The invoice's bytes (outbox_documents, migration 10), added or replaced, in the caller's transaction.
    StoreResult<void> writeDocument(qint64 id, const QByteArray &xml);

    QSqlDatabase m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    TimeBreakdown *m_breakdown = nullptr;
};

} // namespace Kurier
