#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Kurier {

// One thing a reconciliation found: an item it moved on, something stuck, an orphan on either side, a UPO
// fetched or missing. `needsHuman` findings stay open until a person marks them resolved (with a reason).
struct ReconcileFinding
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileFinding)

public:
    enum class Kind
    {
        Advanced,      // a local item moved on (accepted, rejected, confirmed) after asking KSeF
        Stuck,         // an invoice in KSeF's processing longer than the threshold
        SessionStuck,  // a session open or closing longer than the threshold
        OrphanKsef,    // KSeF has an invoice of ours that the outbox did not: adopted as confirmed
        OrphanSession, // a session on KSeF's list that the outbox never opened
        OrphanLocal,   // an item we think was sent but KSeF does not know: queued again
        UpoFetched,    // a UPO that had not come arrived now
        UpoMissing,    // accepted without a UPO past the threshold
        Error,         // a check could not be made (KSeF unreachable, rate limit, …)
    };

    qint64 id = 0;
    Kind kind = Kind::Advanced;
    QString itemKey;
    QString invoiceNumber;
    QString ksefNumber;
    QString sessionRef;
    QDateTime since;
    QString lastAnswer;
    QString action;
    bool needsHuman = false;
    QDateTime resolvedAt;
    QString resolution;

    static QString kindKey(Kind kind); // "orphan-ksef", …
    static std::optional<Kind> kindFromKey(QStringView key);
    static QString kindName(Kind kind); // for people
    QJsonObject toJson() const;
};

// A whole run: the period compared, what was checked, what was found, and — for a large period — the plan of
// metadata queries the rate limit allows (20 per hour) and how long the rest will take.
struct ReconcileReport
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileReport)

public:
    enum class Outcome
    {
        Clean,      // nothing needs a human
        Attention,  // something needs a human
        Incomplete, // the rate limit (or KSeF) did not let the run finish; it says what is left
        Failed,     // the run could not start (database, credentials)
    };

    qint64 id = 0;
    QString trigger = QStringLiteral("cli");
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime from;
    QDateTime to;
    Outcome outcome = Outcome::Clean;
    int itemsChecked = 0;        // local items that were not final
    int sessionsChecked = 0;     // sessions on KSeF's lists
    int invoicesListed = 0;      // invoices KSeF listed for the period (seller side)
    int metadataQueries = 0;     // metadata pages asked for
    int queriesPlanned = 0;      // pages the period needs, as far as known
    qint64 remainingSeconds = 0; // how long the rest would take at the rate limit (Incomplete)
    QString error;
    QList<ReconcileFinding> findings;

    bool needsAttention() const;
    int count(ReconcileFinding::Kind kind) const;
    static QString outcomeKey(Outcome outcome);
    static std::optional<Outcome> outcomeFromKey(QStringView key);
    QJsonObject summaryJson() const; // the counts and plan (stored with the run)
    void readSummary(const QJsonObject &summary);
    QJsonObject toJson() const; // the summary and every finding (kurier-cli reconcile --json)
    QByteArray toCsv() const;   // one line per finding, for spreadsheets
};

} // namespace Kurier
