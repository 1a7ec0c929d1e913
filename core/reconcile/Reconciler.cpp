#include "reconcile/Reconciler.h"

#include "fa/Fa3Reader.h"
#include "ksef/KsefClient.h"
#include "ksef/crypto/Crypto.h"
#include "outbox/OutboxEngine.h"
#include "outbox/OutboxStore.h"
#include "outbox/UpoCheck.h"
#include "ratelimit/SharedRateLimiter.h"
#include "reconcile/ReconcileStore.h"
#include "util/Clock.h"

#include <QLoggingCategory>

namespace Kurier {

Q_LOGGING_CATEGORY(lcReconcile, "kurier.reconcile")

namespace {

constexpr int kMetadataPageSize = 250;
constexpr int kSessionPages = 20; // at most 2,000 sessions of each kind listed per run

QString answerOf(const InvoiceStatus &status)
{
    return QStringLiteral("%1 %2").arg(status.code).arg(status.description).trimmed();
}

QString answerOf(const KsefError &error)
{
    const QString code = error.code() ? QStringLiteral(" (%1)").arg(error.code()) : QString();
    return error.message() + code;
}

ReconcileFinding findingFor(ReconcileFinding::Kind kind, const OutboxItem &item)
{
    ReconcileFinding finding;
    finding.kind = kind;
    finding.itemKey = item.key;
    finding.invoiceNumber = item.invoiceNumber;
    finding.ksefNumber = item.ksefNumber;
    finding.sessionRef = item.sessionRef;
    finding.since = item.stateSince;
    return finding;
}

ReconcileFinding sessionFinding(ReconcileFinding::Kind kind, const SessionStatus &session)
{
    ReconcileFinding finding;
    finding.kind = kind;
    finding.sessionRef = session.reference;
    finding.since = session.dateCreated;
    finding.lastAnswer = QStringLiteral("%1 %2").arg(session.code).arg(session.description).trimmed();
    return finding;
}

} // namespace

Reconciler::Reconciler(OutboxStore &store, OutboxEngine &engine, KsefClient &client, ReconcileStore &reports,
                       SharedRateLimiter *limiter, const Clock &clock, QString environment,
                       QString contextNip)
    : m_store(store)
    , m_engine(engine)
    , m_client(client)
    , m_reports(reports)
    , m_limiter(limiter)
    , m_clock(clock)
    , m_environment(std::move(environment))
    , m_contextNip(std::move(contextNip))
{}

std::expected<ReconcileReport, QString> Reconciler::run(Options options)
{
    ReconcileReport report;
    report.trigger = options.trigger;
    report.startedAt = m_clock.now();
    report.to = options.to.isValid() ? options.to : report.startedAt;
    report.from = options.from.isValid() ? options.from : report.to.addDays(-31);
    options.from = report.from;
    options.to = report.to;
    m_sessionInvoices.clear();
    m_unlistedSessions.clear();

    trackLocalItems(report);
    checkStuckAndUnknown(report, options);
    checkSessions(report, options);
    compareWithKsef(report, options);
    checkMissingUpos(report, options);

    report.finishedAt = m_clock.now();
    if (report.outcome != ReconcileReport::Outcome::Incomplete &&
        report.outcome != ReconcileReport::Outcome::Failed) {
        report.outcome =
            report.needsAttention() ? ReconcileReport::Outcome::Attention : ReconcileReport::Outcome::Clean;
    }
    if (auto saved = m_reports.save(report); !saved) {
        return std::unexpected(saved.error());
    }
    qCInfo(lcReconcile) << "reconciliation" << report.id << ReconcileReport::outcomeKey(report.outcome)
                        << report.findings.size() << "findings";
    return report;
}

void Reconciler::error(ReconcileReport &report, const QString &what, const QString &detail)
{
    ReconcileFinding finding;
    finding.kind = ReconcileFinding::Kind::Error;
    finding.lastAnswer = detail;
    finding.action = what;
    finding.needsHuman = true;
    report.findings.append(finding);
    report.outcome = ReconcileReport::Outcome::Incomplete;
    if (report.error.isEmpty()) {
        report.error = detail;
    }
}

void Reconciler::trackLocalItems(ReconcileReport &report)
{
    const auto before = m_store.inStates(inFlightStates());
    if (!before) {
        error(report, tr("The outbox could not be read."), before.error().text());
        return;
    }
    report.itemsChecked = int(before->size());
    if (before->isEmpty()) {
        return;
    }
    if (const auto tracked = m_engine.track(); !tracked) {
        error(report, tr("The invoices in flight could not be asked about."), tracked.error().text());
        return;
    }
    for (const OutboxItem &was : *before) {
        const auto now = m_store.find(was.key, false);
        if (!now || !now->has_value() || (*now)->state == was.state) {
            continue;
        }
        const OutboxItem &item = **now;
        const bool upoArrived = was.state == InvoiceState::Accepted && item.state == InvoiceState::Confirmed;
        ReconcileFinding finding = findingFor(
            upoArrived ? ReconcileFinding::Kind::UpoFetched : ReconcileFinding::Kind::Advanced, item);
        finding.lastAnswer =
            QStringLiteral("%1 → %2").arg(invoiceStateName(was.state), invoiceStateName(item.state));
        if (item.state == InvoiceState::Rejected) {
            finding.needsHuman = true;
            if (item.error) {
                finding.lastAnswer +=
                    QStringLiteral(": %1 %2").arg(item.error->code).arg(item.error->message);
            }
            finding.action = tr("KSeF rejected the invoice: correct it and send it again, or cancel it.");
        }
        report.findings.append(finding);
    }
}

void Reconciler::checkStuckAndUnknown(ReconcileReport &report, const Options &options)
{
    const auto items = m_store.inStates(stuckStates());
    if (!items) {
        error(report, tr("The outbox could not be read."), items.error().text());
        return;
    }
    const QDateTime stuckBefore = m_clock.now().addSecs(-options.stuckAfter.count() * 60);
    QList<std::pair<qint64, OutboxStore::Update>> requeue;
    for (const OutboxItem &item : *items) {
        if (!isStuck(item.state, item.stateSince, stuckBefore)) {
            continue; // not yet suspicious: the engine keeps polling it
        }
        // Ask about this one invoice: KSeF's answer tells a slow invoice from one it never received.
        bool unknown = false;
        QString answer;
        const auto unknownTo = [](const KsefError &e) {
            return e.kind == KsefError::Kind::NotFound || e.isUnknownSession();
        };
        if (!item.invoiceRef.isEmpty()) {
            const auto status = m_client.invoiceStatus(item.sessionRef, item.invoiceRef);
            answer = status ? answerOf(*status) : answerOf(status.error());
            unknown = !status && unknownTo(status.error());
        } else {
            // A batch item: its session first — still processing means slow, not lost.
            const auto session = m_client.sessionStatus(item.sessionRef);
            if (!session) {
                answer = answerOf(session.error());
                unknown = unknownTo(session.error());
            } else if (session->isPending()) {
                answer = QStringLiteral("%1 %2").arg(session->code).arg(session->description).trimmed();
            } else if (const auto listed = m_client.allSessionInvoices(item.sessionRef); !listed) {
                answer = answerOf(listed.error());
            } else {
                unknown = true;
                answer = tr("the session ended (%1) without this invoice").arg(session->code);
                for (const InvoiceStatus &entry : *listed) {
                    if (entry.invoiceHash == item.contentHash) {
                        unknown = false;
                        answer = answerOf(entry);
                    }
                }
            }
        }
        if (unknown) {
            OutboxStore::Update update;
            update.state = InvoiceState::Queued;
            update.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
            update.expect = item.state;
            update.note = QStringLiteral("reconciliation: KSeF does not know the invoice");
            requeue.append({item.id, update});
            ReconcileFinding finding = findingFor(ReconcileFinding::Kind::OrphanLocal, item);
            finding.lastAnswer = answer;
            finding.action = tr("Queued again: KSeF has no record of it. If it did arrive after all, KSeF "
                                "reports a duplicate and Kurier takes the original's KSeF number.");
            report.findings.append(finding);
            continue;
        }
        ReconcileFinding finding = findingFor(ReconcileFinding::Kind::Stuck, item);
        finding.lastAnswer = answer;
        finding.needsHuman = true;
        finding.action =
            tr("KSeF has been processing it since %1. Nothing to resend: Kurier keeps asking. If it "
               "lasts more than a day, contact KSeF support with the session reference %2.")
                .arg(item.stateSince.toLocalTime().toString(Qt::ISODate), item.sessionRef);
        report.findings.append(finding);
    }
    if (const auto applied = m_store.apply(requeue); !applied) {
        error(report, tr("Invoices unknown to KSeF could not be queued again."), applied.error().text());
    }
}

void Reconciler::checkSessions(ReconcileReport &report, const Options &options)
{
    const auto known = m_store.knownSessions();
    if (!known) {
        error(report, tr("The outbox could not be read."), known.error().text());
        return;
    }
    const QDateTime openBefore = m_clock.now().addSecs(-options.sessionOpenAfter.count() * 60);
    for (const bool batch : {false, true}) {
        QString token;
        for (int page = 0; page < kSessionPages; ++page) {
            const auto sessions = m_client.sessions(batch, 100, token);
            if (!sessions) {
                error(report, tr("KSeF's list of sessions could not be read."), answerOf(sessions.error()));
                return;
            }
            for (const SessionStatus &session : sessions->items) {
                if (session.dateCreated.isValid() && session.dateCreated < options.from) {
                    continue;
                }
                ++report.sessionsChecked;
                const bool ours = known->contains(session.reference);
                // Open, or an online session closed and not processed yet (a batch in processing is not
                // left open: KSeF is working on it).
                const bool open = session.phase() == KsefPhase::Received ||
                                  (!batch && session.phase() == KsefPhase::Processing);
                if (open && session.dateCreated.isValid() && session.dateCreated <= openBefore) {
                    ReconcileFinding finding = sessionFinding(ReconcileFinding::Kind::SessionStuck, session);
                    if (ours && !batch && session.phase() == KsefPhase::Received &&
                        m_client.closeOnlineSession(session.reference)) {
                        finding.action = tr("Kurier closed its session that was left open.");
                    } else {
                        finding.needsHuman = !ours;
                        finding.action =
                            ours ? tr("KSeF finishes or cancels the session itself; nothing is lost: "
                                      "its invoices are tracked one by one.")
                                 : tr("A session Kurier did not open: check which program uses "
                                      "this company's KSeF credentials.");
                    }
                    report.findings.append(finding);
                }
                if (!ours) {
                    ReconcileFinding finding = sessionFinding(ReconcileFinding::Kind::OrphanSession, session);
                    finding.action =
                        tr("Opened by another program or installation; its invoices are compared "
                           "with the outbox below.");
                    report.findings.append(finding);
                }
                if (ours && session.successfulInvoiceCount > 0) {
                    m_unlistedSessions.append({session.reference, session.dateCreated});
                }
                if (!ours && session.successfulInvoiceCount > 0) {
                    const auto invoices = m_client.allSessionInvoices(session.reference);
                    if (invoices) {
                        for (const InvoiceStatus &status : *invoices) {
                            if (!status.ksefNumber.isEmpty()) {
                                m_sessionInvoices.insert(status.ksefNumber, {session.reference, status});
                            }
                        }
                    }
                }
            }
            token = sessions->continuationToken;
            if (token.isEmpty()) {
                break;
            }
        }
    }
}

int Reconciler::metadataBudget(const Options &options) const
{
    int budget = options.maxMetadataQueries;
    if (m_limiter) {
        const SharedRateLimiter::Budget left = m_limiter->budget(QStringLiteral("invoiceMetadata"));
        if (left.limits.perHour > 0) {
            budget = qMin(budget, left.remaining.perHour);
        }
    }
    return qMax(0, budget);
}

void Reconciler::compareWithKsef(ReconcileReport &report, const Options &options)
{
    auto local = m_store.ksefNumbersByKey();
    if (!local) {
        error(report, tr("The outbox could not be read."), local.error().text());
        return;
    }
    QSet<QString> knownNumbers;
    for (const QString &number : std::as_const(*local)) {
        if (!number.isEmpty()) {
            knownNumbers.insert(number);
        }
    }
    KsefClient::MetadataQuery query;
    query.subject = InvoiceSubject::Seller;
    query.dateType = InvoiceDateType::PermanentStorage;
    query.restrictToHwm = false;
    const int budget = metadataBudget(options);
    // KSeF takes at most 100 days a query: a longer period is compared window by window.
    const auto windows = KsefClient::MetadataQuery::windows(options.from, options.to);
    for (qsizetype window = 0; window < windows.size(); ++window) {
        query.from = windows.at(window).first;
        query.to = windows.at(window).second;
        if (!compareWindow(report, query, budget, int(windows.size() - window - 1), knownNumbers, *local)) {
            return;
        }
    }
}

bool Reconciler::compareWindow(ReconcileReport &report, const KsefClient::MetadataQuery &query, int budget,
                               int windowsAfter, QSet<QString> &knownNumbers,
                               const QHash<QString, QString> &local)
{
    for (int page = 0;; ++page) {
        if (report.metadataQueries >= budget) {
            // More pages than the rate limit lets this run ask for: stop here and say how long the rest
            // takes.
            report.outcome = ReconcileReport::Outcome::Incomplete;
            report.queriesPlanned = qMax(report.queriesPlanned, report.metadataQueries + 1);
            report.remainingSeconds = qint64(report.queriesPlanned - report.metadataQueries) * 3600 / 20;
            report.error =
                tr("KSeF allows 20 invoice queries an hour; comparing the rest of the period needs "
                   "about %n more minute(s). The next run continues.",
                   nullptr, int((report.remainingSeconds + 59) / 60));
            return false;
        }
        const auto result = m_client.queryMetadata(query, page, kMetadataPageSize);
        ++report.metadataQueries;
        if (!result) {
            error(report, tr("KSeF's list of invoices could not be read."), answerOf(result.error()));
            return false;
        }
        report.invoicesListed += int(result->invoices.size());
        report.queriesPlanned = report.metadataQueries + (result->hasMore ? 1 : 0) + windowsAfter;
        for (const InvoiceMetadata &metadata : result->invoices) {
            if (!knownNumbers.contains(metadata.ksefNumber)) {
                adopt(report, metadata, local);
                knownNumbers.insert(metadata.ksefNumber);
            }
        }
        if (!result->hasMore) {
            return true;
        }
    }
}

std::expected<ReconcileFinding, QString> Reconciler::adoptNow(const QString &ksefNumber,
                                                              const QDateTime &acquiredAt)
{
    const auto local = m_store.ksefNumbersByKey();
    if (!local) {
        return std::unexpected(local.error().text());
    }
    for (const QString &number : std::as_const(*local)) {
        if (number == ksefNumber) {
            return std::unexpected(tr("Kurier already has the invoice %1.").arg(ksefNumber));
        }
    }
    const auto xml = m_client.invoiceXml(ksefNumber);
    if (!xml) {
        return std::unexpected(tr("KSeF did not give the invoice's XML: %1").arg(answerOf(xml.error())));
    }
    // Its session (for the UPO): the sessions KSeF lists from a day before it was received.
    ReconcileReport scratch;
    Options options;
    options.from = (acquiredAt.isValid() ? acquiredAt : m_clock.now()).addDays(-1);
    options.sessionOpenAfter = std::chrono::minutes(24 * 60);
    m_sessionInvoices.clear();
    m_unlistedSessions.clear();
    checkSessions(scratch, options);
    scratch.findings.clear();
    InvoiceMetadata metadata;
    metadata.ksefNumber = ksefNumber;
    metadata.acquisitionDate = acquiredAt;
    metadata.invoiceHash = Crypto::sha256Base64(*xml);
    if (const auto document = Fa3Reader::read(*xml)) {
        metadata.invoiceNumber = document->invoice.number;
    }
    adopt(scratch, metadata, *local, *xml);
    if (scratch.findings.isEmpty()) {
        return std::unexpected(tr("The invoice could not be added to the outbox."));
    }
    return scratch.findings.constLast();
}

void Reconciler::adopt(ReconcileReport &report, const InvoiceMetadata &metadata,
                       const QHash<QString, QString> &local, std::optional<QByteArray> downloaded)
{
    ReconcileFinding finding;
    finding.kind = ReconcileFinding::Kind::OrphanKsef;
    finding.invoiceNumber = metadata.invoiceNumber;
    finding.ksefNumber = metadata.ksefNumber;
    finding.since = metadata.acquisitionDate;
    const auto xml =
        downloaded ? KsefClient::Result<QByteArray>(*downloaded) : m_client.invoiceXml(metadata.ksefNumber);
    const auto document = xml ? Fa3Reader::read(*xml) : std::unexpected(Fa3Reader::Error());
    if (!xml || !document) {
        finding.needsHuman = true;
        finding.lastAnswer = xml ? document.error().message() : answerOf(xml.error());
        finding.action =
            tr("KSeF has this invoice but its XML could not be read: download it in KSeF's portal.");
        report.findings.append(finding);
        return;
    }
    const OutboxStore::NewInvoice invoice =
        OutboxStore::NewInvoice::of(*document, QStringLiteral("ksef:%1").arg(metadata.ksefNumber), false);
    const QString key =
        OutboxStore::idempotencyKey(invoice.sellerNip, invoice.invoiceKind, invoice.invoiceNumber);
    finding.itemKey = key;
    if (local.contains(key)) {
        // The same number is in the outbox with another (or no) KSeF number.
        finding.needsHuman = true;
        finding.lastAnswer = tr("KSeF accepted %1 as %2").arg(invoice.invoiceNumber, metadata.ksefNumber);
        finding.action =
            tr("Kurier has an invoice with this number that KSeF does not list as this one: check "
               "which of the two is right, then cancel or correct the other.");
        report.findings.append(finding);
        return;
    }
    OutboxStore::Adoption adoption;
    adoption.ksefNumber = metadata.ksefNumber;
    adoption.acquiredAt = metadata.acquisitionDate;
    auto inSession = m_sessionInvoices.constFind(metadata.ksefNumber);
    // Not in another program's session: one of Kurier's own (an invoice sent after the backup a restore put
    // back, in a session the older invoices used too). The newest sessions before its receipt are listed, a
    // few.
    for (int listed = 0; inSession == m_sessionInvoices.constEnd() && listed < kOwnSessionsToList &&
                         !m_unlistedSessions.isEmpty();
         ++listed) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < m_unlistedSessions.size(); ++i) {
            const QDateTime created = m_unlistedSessions.at(i).second;
            if ((!metadata.acquisitionDate.isValid() || !created.isValid() ||
                 created <= metadata.acquisitionDate) &&
                (best < 0 || created > m_unlistedSessions.at(best).second)) {
                best = i;
            }
        }
        if (best < 0) {
            break;
        }
        const QString reference = m_unlistedSessions.takeAt(best).first;
        if (const auto invoices = m_client.allSessionInvoices(reference)) {
            for (const InvoiceStatus &status : *invoices) {
                if (!status.ksefNumber.isEmpty()) {
                    m_sessionInvoices.insert(status.ksefNumber, {reference, status});
                }
            }
        }
        inSession = m_sessionInvoices.constFind(metadata.ksefNumber);
    }
    if (inSession != m_sessionInvoices.constEnd()) {
        adoption.sessionRef = inSession->first;
        adoption.invoiceRef = inSession->second.referenceNumber;
        adoption.mode = inSession->second.fileName.isEmpty() ? SendMode::Online : SendMode::Batch;
        const auto upo = m_client.invoiceUpo(inSession->first, inSession->second);
        if (upo) {
            const auto verified =
                UpoCheck::verify(upo->bytes, metadata.ksefNumber, metadata.invoiceHash, invoice.sellerNip);
            adoption.upo = upo->bytes;
            adoption.upoVerified = verified.has_value();
        }
    }
    finding.sessionRef = adoption.sessionRef;
    const auto adopted = m_store.adopt(invoice, m_environment, m_contextNip, adoption);
    if (!adopted) {
        finding.needsHuman = true;
        finding.lastAnswer = adopted.error().text();
        finding.action = tr("The invoice could not be added to the outbox.");
    } else {
        finding.lastAnswer = tr("Adopted from KSeF (%1)")
                                 .arg(adoption.upo.isEmpty() ? tr("without its UPO") : tr("with its UPO"));
        finding.action = adoption.upo.isEmpty()
                             ? tr("KSeF sent this invoice from another program; its session is not on KSeF's "
                                  "list, so its UPO has to be downloaded in KSeF's portal.")
                             : tr("Nothing: the invoice, its KSeF number and UPO are now in Kurier.");
        finding.needsHuman = adoption.upo.isEmpty();
    }
    report.findings.append(finding);
}

void Reconciler::checkMissingUpos(ReconcileReport &report, const Options &options)
{
    const auto items = m_store.inStates({InvoiceState::Accepted});
    if (!items) {
        error(report, tr("The outbox could not be read."), items.error().text());
        return;
    }
    const QDateTime missingBefore = m_clock.now().addSecs(-options.missingUpoAfter.count() * 60);
    for (const OutboxItem &item : *items) {
        if (!item.stateSince.isValid() || item.stateSince > missingBefore) {
            continue;
        }
        ReconcileFinding finding = findingFor(ReconcileFinding::Kind::UpoMissing, item);
        finding.needsHuman = true;
        finding.lastAnswer = item.error ? item.error->message : QString();
        finding.action =
            tr("KSeF accepted the invoice (%1) but has not issued its UPO. Kurier keeps asking; the "
               "KSeF number is valid proof meanwhile. If it lasts more than a day, contact KSeF "
               "support with the session reference %2.")
                .arg(item.ksefNumber, item.sessionRef);
        report.findings.append(finding);
    }
}

} // namespace Kurier
