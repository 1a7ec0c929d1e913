// Invoices issued outside KSeF, through the real outbox, engine, keychain interface and emulator: KOD II
// signed with an Offline certificate the emulator issued, deadlines, sending with offlineMode (never mixed
// with online invoices, the earliest deadline first), KSeF's invoicingMode, and technical corrections.
#include "audit/AlertCenter.h"
#include "calendar/PolishCalendar.h"
#include "fa/Fa3Reader.h"
#include "ksef/CertificateEnrolment.h"
#include "ksef/CredentialVault.h"
#include "services/OfflineIssuer.h"
#include "support/ClientHarness.h"
#include "support/EngineHarness.h"
#include "support/MemorySecretStore.h"

#include <QTest>

using namespace Kurier;
using namespace Kurier::Test;

namespace {
const QString kNip = EngineHarness::kNip;

KsefCredentials sealCredentials()
{
    return Test::sealCredentials(kNip);
}

// A company whose keychain holds the KSeF certificates of `types` the emulator issued (enrolled with a seal
// login, as in Settings → Certificates); the harness keeps sending with its token.
struct OfflineCompany
{
    EngineHarness h;
    MemorySecretStore secrets;
    QHash<KsefCertificateType, KsefCertificate> certificates;

    explicit OfflineCompany(QList<KsefCertificateType> types = {KsefCertificateType::Offline},
                            OutboxEngine::Options engineOptions = EngineHarness::fastOptions(),
                            const Clock *clock = nullptr)
        : h(engineOptions, EmulatorHarness::fastConfig(), clock)
    {
        const KsefCredentials token = h.client().credentials();
        h.client().setCredentials(sealCredentials());
        CertificateEnrolment enrolment(h.client());
        CertificateEnrolment::Options options;
        options.pollInterval = std::chrono::milliseconds(50);
        options.name = QStringLiteral("Kurier test");
        for (const KsefCertificateType type : types) {
            auto issued = enrolment.enrol(type, options);
            if (!issued) {
                qFatal("enrolment failed: %s", qPrintable(issued.error().message()));
            }
            certificates.insert(type, *issued);
        }
        h.client().setCredentials(token);
        if (certificates.contains(KsefCertificateType::Offline)) {
            (void)CredentialVault(secrets).saveKsefCertificate(
                environmentKey(), kNip, certificates.value(KsefCertificateType::Offline));
        }
    }
    QString environmentKey() { return h.services().environment.key(); }
    OfflineIssuer issuer()
    {
        return OfflineIssuer(h.store(), *h.services().audit, secrets,
                             {environmentKey(), h.services().environment, kNip}, h.clock());
    }
    // A draft invoice (not queued: it is marked offline before anything can send it) → its key
    QString draft(const QString &number, const QByteArray &xml)
    {
        const auto document = Fa3Reader::read(xml);
        auto invoice = OutboxStore::NewInvoice::of(*document, QStringLiteral("test"), true);
        const auto added = h.store().enqueue(invoice, environmentKey(), kNip);
        if (!added) {
            qFatal("enqueue %s: %s", qPrintable(number), qPrintable(added.error().text()));
        }
        return added->second.key;
    }
    QString draft(const QString &number) { return draft(number, emulatorInvoice(number)); }
    OutboxItem item(const QString &key) { return h.store().find(key, true)->value(); }
    QList<AuditLog::Entry> history(const QString &key)
    {
        return h.services().audit->entriesFor(key).value_or(QList<AuditLog::Entry>());
    }
    QList<Alert> alerts() { return h.services().alerts->open().value_or(QList<Alert>()); }
    qint64 lastSeqOf(const QString &key, const QString &to)
    {
        qint64 seq = 0;
        for (const AuditLog::Entry &entry : history(key)) {
            if (entry.detail.value(QStringLiteral("to")).toString() == to) {
                seq = entry.seq;
            }
        }
        return seq;
    }
};
} // namespace

class TestOfflineInvoices : public QObject
{
    Q_OBJECT

private slots:
    void offlineInvoicesCarryKodTwoAndGoFirstWithOfflineMode()
    {
        OfflineCompany company;
        const QStringList online = company.h.enqueue(3, QStringLiteral("ON"));
        OfflineIssuer issuer = company.issuer();
        QStringList offline;
        for (int i = 1; i <= 3; ++i) {
            const QString key = company.draft(QStringLiteral("OFF/%1").arg(i));
            const OfflineMode mode = i == 3 ? OfflineMode::Failure : OfflineMode::Offline24;
            const auto issued = issuer.issue(key, mode, true);
            QVERIFY2(issued.has_value(), qPrintable(issued ? QString() : issued.error()));
            QCOMPARE(issued->state, InvoiceState::Queued);
            offline.append(key);
        }
        // offline24: the end of the next business day after P_1 (Polish time); a failure's waits for its end.
        const OutboxItem first = company.item(offline.first());
        QCOMPARE(first.offlineMode, OfflineMode::Offline24);
        QCOMPARE(first.offlineDueAt,
                 PolishCalendar::endOfPolishDay(PolishCalendar::businessDaysAfter(first.issueDate, 1)));
        QVERIFY(!company.item(offline.last()).offlineDueAt.isValid());

        // The printed KOD II is genuine for the emulator: the context's Offline certificate, a valid
        // signature.
        const QString kod2 = first.offlineKod2;
        QVERIFY(kod2.contains(u"/certificate/Nip/" + kNip + u'/' + kNip + u'/' +
                              company.certificates.value(KsefCertificateType::Offline).serial() + u'/'));
        const QJsonObject answer = company.h.ksef().request("GET", kod2).json();
        QVERIFY2(answer.value(QStringLiteral("genuine")).toBool(),
                 QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());

        // An announced failure ends: the failure invoice's deadline counts 7 business days from its end, and
        // it extends the offline24 ones waiting meanwhile (never shortens them).
        const QDateTime end = company.h.clock().now();
        QCOMPARE(company.h.store().windowEnded(OfflineMode::Failure, end, true).value_or(-1), 3);
        const QDateTime failureDue = PolishCalendar::endOfPolishDay(
            PolishCalendar::businessDaysAfter(PolishCalendar::polishDate(end), 7));
        QCOMPARE(company.item(offline.last()).offlineDueAt, failureDue);
        QCOMPARE(company.item(offline.first()).offlineDueAt, failureDue);
        QCOMPARE(company.h.store().windowEnded(OfflineMode::Failure, end, true).value_or(-1), 0);

        company.h.runUntilFinished();
        for (const QString &key : online + offline) {
            QCOMPARE(company.item(key).state, InvoiceState::Confirmed);
        }
        // KSeF took the offline ones as offline, declared with offlineMode: true; the online ones as online.
        const QJsonObject stats = company.h.ksef().emulator().statsJson();
        QCOMPARE(stats.value(QStringLiteral("offlineDeclared")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("offlineAccepted")).toInt(), 3);
        for (const QString &key : offline) {
            QCOMPARE(company.item(key).invoicingMode, QStringLiteral("Offline"));
        }
        for (const QString &key : online) {
            QCOMPARE(company.item(key).invoicingMode, QStringLiteral("Online"));
        }
        // Never in one request with the online ones, and before them (the earliest deadline first).
        qint64 lastOffline = 0;
        qint64 firstOnline = std::numeric_limits<qint64>::max();
        for (const QString &key : offline) {
            lastOffline = std::max(lastOffline, company.lastSeqOf(key, QStringLiteral("sending")));
        }
        for (const QString &key : online) {
            firstOnline = std::min(firstOnline, company.lastSeqOf(key, QStringLiteral("sending")));
        }
        QVERIFY(lastOffline < firstOnline);
        QVERIFY(company.item(offline.first()).sessionRef != company.item(online.first()).sessionRef ||
                company.item(offline.first()).mode == SendMode::Online);
    }

    void batchesNeverMixOfflineAndOnlineInvoices()
    {
        OutboxEngine::Options options = EngineHarness::fastOptions();
        options.onlineMax = 2; // six of a kind go in a batch session
        OfflineCompany company({KsefCertificateType::Offline}, options);
        const QStringList online = company.h.enqueue(6, QStringLiteral("BATCH/ON"));
        OfflineIssuer issuer = company.issuer();
        QStringList offline;
        for (int i = 1; i <= 6; ++i) {
            offline.append(company.draft(QStringLiteral("BATCH/OFF/%1").arg(i)));
            QVERIFY(issuer.issue(offline.last(), OfflineMode::Offline24, true));
        }
        company.h.runUntilFinished();
        QHash<QString, QSet<bool>> kindsPerSession;
        for (const QString &key : online + offline) {
            const OutboxItem item = company.item(key);
            QCOMPARE(item.state, InvoiceState::Confirmed);
            QCOMPARE(item.mode, SendMode::Batch);
            QCOMPARE(item.invoicingMode,
                     item.isOffline() ? QStringLiteral("Offline") : QStringLiteral("Online"));
            kindsPerSession[item.sessionRef].insert(item.isOffline());
        }
        QVERIFY(kindsPerSession.size() >= 2);
        for (auto it = kindsPerSession.cbegin(); it != kindsPerSession.cend(); ++it) {
            QVERIFY2(it.value().size() == 1,
                     qPrintable(u"session " + it.key() + u" mixes offline and online"));
        }
        QCOMPARE(company.h.ksef().emulator().statsJson().value(QStringLiteral("offlineDeclared")).toInt(), 6);
    }

    void invoiceDatedBeforeTodayIsSentAsOffline()
    {
        OfflineCompany company(QList<KsefCertificateType>{});
        const QDate yesterday = PolishCalendar::polishDate(company.h.clock().now()).addDays(-1);
        const QString key =
            company.draft(QStringLiteral("LATE/1"), emulatorInvoice(QStringLiteral("LATE/1"), yesterday));
        QVERIFY(company.h.store().apply(company.item(key).id, OutboxStore::Update::to(InvoiceState::Queued)));
        company.h.runUntilFinished();
        const OutboxItem sent = company.item(key);
        QCOMPARE(sent.state, InvoiceState::Confirmed);
        QCOMPARE(sent.invoicingMode, QStringLiteral("Offline"));
        QCOMPARE(company.h.ksef().emulator().statsJson().value(QStringLiteral("offlineDeclared")).toInt(), 1);
        bool noted = false;
        for (const AuditLog::Entry &entry : company.history(key)) {
            noted |=
                entry.detail.value(QStringLiteral("note")).toString().contains(u"before the day it is sent");
        }
        QVERIFY(noted);
    }

    void withoutAUsableOfflineCertificateOnlyTotalFailureIsIssued()
    {
        OfflineCompany company({KsefCertificateType::Authentication, KsefCertificateType::Offline});
        MemorySecretStore empty;
        OfflineIssuer bare(company.h.store(), *company.h.services().audit, empty,
                           {company.environmentKey(), company.h.services().environment, kNip},
                           company.h.clock());
        const auto refused = bare.check(OfflineMode::Offline24);
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().contains(QStringLiteral("no KSeF Offline certificate")));
        QVERIFY(refused.error().contains(QStringLiteral("Settings → Certificates")));
        const QString key = company.draft(QStringLiteral("TF/1"));
        QVERIFY(!bare.issue(key, OfflineMode::Failure, true).has_value());
        QVERIFY(!company.item(key).isOffline()); // nothing changed
        const auto total = bare.issue(key, OfflineMode::TotalFailure, false);
        QVERIFY(total.has_value());
        QVERIFY(total->offlineKod2.isEmpty());
        QVERIFY(!total->offlineDueAt.isValid());
        QCOMPARE(total->state, InvoiceState::Draft); // kept and marked: no obligation to send it

        // The Authentication certificate cannot sign KOD II.
        OfflineIssuing::Context context{company.h.services().environment,
                                        kNip,
                                        company.certificates.value(KsefCertificateType::Authentication),
                                        false,
                                        company.h.clock().now(),
                                        std::nullopt};
        const auto wrongType =
            OfflineIssuing::prepare(OfflineMode::Offline24, kNip, QDate::currentDate(), "x", context);
        QVERIFY(!wrongType && wrongType.error().contains(QStringLiteral("Authentication certificate")));

        // Revoked in KSeF (found by the certificate check or revoked from Kurier): refused too.
        const QString serial = company.certificates.value(KsefCertificateType::Offline).serial();
        QVERIFY(company.h.services().audit->append(QStringLiteral("certificate"),
                                                   OfflineIssuing::certificateAuditKey(serial),
                                                   {{QStringLiteral("action"), QStringLiteral("revoked")}}));
        const auto revoked = company.issuer().check(OfflineMode::Offline24);
        QVERIFY(!revoked && revoked.error().contains(QStringLiteral("was revoked")));
    }

    void modeCannotChangeOnceSent()
    {
        OfflineCompany company;
        const QStringList keys = company.h.enqueue(1, QStringLiteral("SENT"));
        company.h.runUntilFinished();
        const auto refused = company.issuer().issue(keys.first(), OfflineMode::Offline24, true);
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().contains(QStringLiteral("already gone to KSeF")),
                 qPrintable(refused.error()));
        const OutboxItem after = company.item(keys.first());
        QVERIFY(!after.isOffline());
        QCOMPARE(after.state, InvoiceState::Confirmed);
    }

    void anIntentReadBeforeMarkingOfflineIsRefused()
    {
        OfflineCompany company;
        const QString key = company.h.enqueue(1, QStringLiteral("RACE")).first();
        const OutboxItem read = company.item(key); // what a sender read: queued, online
        QVERIFY(
            company.issuer().issue(key, OfflineMode::Offline24, true)); // marked meanwhile (another desktop)
        OutboxStore::Update intent =
            OutboxStore::Update::to(InvoiceState::Sending, QStringLiteral("SESSION"));
        intent.expect = InvoiceState::Queued;
        intent.expectOffline = read.isOffline();
        const auto refused = company.h.store().apply(read.id, intent);
        QVERIFY(!refused && refused.error().code == StoreError::Code::Conflict);
        QCOMPARE(company.item(key).state, InvoiceState::Queued);
        company.h.runUntilFinished();
        QCOMPARE(company.item(key).state, InvoiceState::Confirmed);
        QCOMPARE(company.item(key).invoicingMode, QStringLiteral("Offline"));
    }

    void deadlineAlertsBeforeAndAfterTheDeadline()
    {
        // The outbox's time is a fixed midday (the default warning comes at 08:00 on the due day: a deadline
        // an hour away at 07:30 is not warned about yet, and the test must not depend on when it runs).
        const QDate day = PolishCalendar::polishDate(QDateTime::currentDateTimeUtc().addDays(-1));
        const ManualClock clock(PolishCalendar::atPolishTime(day, QTime(12, 0)));
        OfflineCompany company({KsefCertificateType::Offline}, EngineHarness::fastOptions(), &clock);
        const QString key = company.draft(QStringLiteral("DUE/1"));
        const QDateTime now = company.h.clock().now();
        OfflineIssue overdue{OfflineMode::Offline24, now.addSecs(-60), now.addDays(-1), QStringLiteral("x")};
        QVERIFY(company.h.store().markOffline(company.item(key).id, overdue));
        const QString soonKey = company.draft(QStringLiteral("DUE/2"));
        OfflineIssue soon{OfflineMode::Offline24, now.addSecs(3600), now, QStringLiteral("x")};
        QVERIFY(company.h.store().markOffline(company.item(soonKey).id, soon));
        for (const QString &k : {key, soonKey}) {
            QVERIFY(
                company.h.store().apply(company.item(k).id, OutboxStore::Update::to(InvoiceState::Queued)));
        }
        QVERIFY(company.h.engine().track());
        QStringList kinds;
        for (const Alert &alert : company.alerts()) {
            kinds.append(alert.kind + u':' + alert.itemKey);
        }
        QVERIFY2(kinds.contains(u"offline-overdue:" + key), qPrintable(kinds.join(u' ')));
        QVERIFY2(kinds.contains(u"offline-due:" + soonKey), qPrintable(kinds.join(u' ')));
        // Once a day is not enough: raising again does not repeat them.
        QVERIFY(company.h.engine().track());
        QCOMPARE(company.alerts().size(), kinds.size());
    }

    void technicalCorrectionOfARejectedOfflineInvoice()
    {
        OfflineCompany company;
        const QString number = QStringLiteral("TECH/1");
        const QByteArray good = emulatorInvoice(number);
        const QString buyerNip = Fa3Reader::read(good)->invoice.buyer.nip;
        QByteArray broken = good;
        QString badNip = buyerNip;
        badNip[9] = QChar(u'0' + (badNip.at(9).digitValue() + 1) % 10);
        QVERIFY(replaceOnce(broken, buyerNip.toLatin1(), badNip.toLatin1()));
        const QString key = company.draft(number, broken);
        QVERIFY(company.issuer().issue(key, OfflineMode::Offline24, true));
        company.h.runUntilFinished();
        QCOMPARE(company.item(key).state, InvoiceState::Rejected);

        const QString originalHash = company.item(key).contentHash;
        // The rejected bytes again: refused before anything is sent.
        auto same = OutboxStore::NewInvoice::of(*Fa3Reader::read(broken), QStringLiteral("same"), false);
        QVERIFY(!company.h.store().correctTechnically(company.item(key).id, same));
        // Another invoice: refused.
        auto other = OutboxStore::NewInvoice::of(*Fa3Reader::read(emulatorInvoice(QStringLiteral("TECH/2"))),
                                                 QStringLiteral("other"), false);
        QVERIFY(!company.h.store().correctTechnically(company.item(key).id, other));
        QCOMPARE(company.item(key).state, InvoiceState::Rejected);

        auto fixed = OutboxStore::NewInvoice::of(*Fa3Reader::read(good), QStringLiteral("fixed"), false);
        const auto corrected = company.h.store().correctTechnically(company.item(key).id, fixed);
        QVERIFY2(corrected.has_value(), qPrintable(corrected ? QString() : corrected.error().text()));
        QCOMPARE(corrected->correctedHash, originalHash);
        company.h.runUntilFinished();
        const OutboxItem done = company.item(key);
        QCOMPARE(done.state, InvoiceState::Confirmed);
        QCOMPARE(done.invoicingMode, QStringLiteral("Offline"));
        // The timeline links the original and its correction.
        bool linked = false;
        for (const AuditLog::Entry &entry : company.history(key)) {
            linked |= entry.detail.value(QStringLiteral("correctedHash")).toString() == originalHash;
        }
        QVERIFY(linked);
        // A second correction, and a correction of an accepted invoice, are refused.
        const auto again = company.h.store().correctTechnically(done.id, fixed);
        QVERIFY(!again && again.error().text().contains(QStringLiteral("accepted by KSeF")));

        // Had they reached KSeF anyway (another program), KSeF's refusals read plainly: a second correction
        // of the original (21166), a "correction" of an invoice that was accepted online (21167).
        const QStringList online = company.h.enqueue(1, QStringLiteral("TECH/ONLINE"));
        company.h.runUntilFinished();
        const auto session = company.h.client().openOnlineSession();
        QVERIFY(session.has_value());
        KsefClient::SendOptions secondCorrection{true, originalHash};
        QByteArray respaced = good;
        QVERIFY(replaceOnce(respaced, "<Faktura", "\n\n<Faktura"));
        const auto twice = company.h.client().sendInvoice(*session, respaced, secondCorrection);
        QVERIFY(!twice.has_value() && twice.error().hasCode(21166));
        QVERIFY2(twice.error().message().contains(QStringLiteral("one per invoice")),
                 qPrintable(twice.error().message()));
        KsefClient::SendOptions ofAccepted{true, company.item(online.first()).contentHash};
        const auto accepted = company.h.client().sendInvoice(
            *session, emulatorInvoice(QStringLiteral("TECH/ONLINE/1")), ofAccepted);
        QVERIFY(!accepted.has_value() && accepted.error().hasCode(21167));
        QVERIFY(accepted.error().message().contains(QStringLiteral("only an offline invoice KSeF rejected")));
        (void)company.h.client().closeOnlineSession(session->reference);
    }
};

QTEST_GUILESS_MAIN(TestOfflineInvoices)
#include "tst_offline_invoices.moc"
