#include "outbox/OfflineIssue.h"

#include "audit/AuditLog.h"
#include "calendar/PolishCalendar.h"
#include "ksef/QrLinks.h"

namespace Kurier {

std::expected<OfflineIssue, QString> OfflineIssuing::prepare(OfflineMode mode, const QString &sellerNip,
                                                             const QDate &issueDate, QByteArrayView xml,
                                                             const Context &context)
{
    OfflineIssue issue;
    issue.mode = mode;
    issue.issuedAt = context.now;
    issue.dueAt = OfflineDeadline::due(mode, issueDate, context.windowEnd).value_or(QDateTime());
    const auto refuse = [&](const QString &problem) -> std::expected<OfflineIssue, QString> {
        if (mode == OfflineMode::TotalFailure) {
            return issue; // no obligation to send, no KOD II needed to issue it
        }
        return std::unexpected(
            tr("%1 An invoice issued offline needs KOD II, signed with the company's KSeF Offline "
               "certificate: get one in Settings → Certificates (Get a new one) or with `kurier-cli "
               "certificates enrol --type offline`.")
                .arg(problem));
    };
    if (!context.offlineCertificate) {
        return refuse(tr("The company has no KSeF Offline certificate."));
    }
    if (context.certificateRevoked) {
        return refuse(
            tr("The KSeF Offline certificate %1 was revoked.").arg(context.offlineCertificate->serial()));
    }
    auto link = QrLinks::certificateVerification(context.environment, context.contextNip, sellerNip, xml,
                                                 *context.offlineCertificate, context.now);
    if (!link) {
        return refuse(link.error());
    }
    issue.kod2 = *link;
    return issue;
}

std::optional<OfflineMode> OfflineIssuing::offeredMode(Availability availability, bool ksefUnreachable)
{
    switch (availability) {
    case Availability::Maintenance:
        return OfflineMode::Unavailability;
    case Availability::Failure:
        return OfflineMode::Failure;
    case Availability::TotalFailure:
        return OfflineMode::TotalFailure;
    case Availability::Available:
    case Availability::Unreachable:
        break;
    }
    return ksefUnreachable ? std::optional(OfflineMode::Offline24) : std::nullopt;
}

QString OfflineIssuing::modeName(OfflineMode mode)
{
    switch (mode) {
    case OfflineMode::Offline24:
        return tr("offline24 (the issuer's choice)");
    case OfflineMode::Unavailability:
        return tr("offline: KSeF unavailable (announced)");
    case OfflineMode::Failure:
        return tr("offline: KSeF failure");
    case OfflineMode::TotalFailure:
        return tr("offline: KSeF total failure");
    }
    return {};
}

QString OfflineIssuing::dueText(OfflineMode mode, const QDateTime &dueAt)
{
    if (mode == OfflineMode::TotalFailure) {
        return tr("no deadline (total failure: it need not be sent)");
    }
    if (!dueAt.isValid()) {
        return tr("due once KSeF is back (the deadline counts from the end of the announced window)");
    }
    return tr("due %1").arg(PolishCalendar::wallClockText(dueAt));
}

QStringList OfflineIssuing::warnings(const QDate &issueDate, const QDateTime &dueAt,
                                     const std::optional<KsefCertificate> &certificate, const QDateTime &now)
{
    QStringList found;
    if (dueAt.isValid() && dueAt < now) {
        const qint64 days = PolishCalendar::polishDate(dueAt).daysTo(PolishCalendar::polishDate(now));
        found.append(days > 0
                         ? tr("Its deadline, %1, passed %n day(s) ago: send it at once. KSeF accepts a late "
                              "offline invoice; being late is a matter between the issuer and the tax "
                              "office.",
                              nullptr, static_cast<int>(days))
                               .arg(PolishCalendar::wallClockText(dueAt))
                         : tr("Its deadline, %1, has passed: send it at once.")
                               .arg(PolishCalendar::wallClockText(dueAt)));
    }
    if (certificate && issueDate.isValid()) {
        const QDate from = PolishCalendar::polishDate(certificate->certificate.notBefore());
        const QDate to = PolishCalendar::polishDate(certificate->certificate.notAfter());
        if (issueDate < from || issueDate > to) {
            found.append(
                tr("The invoice is dated %1, but the Offline certificate %2 that signs its KOD II is "
                   "valid from %3 to %4: the code is made now, so a copy handed to the buyer before "
                   "cannot have carried it — give the buyer this printout.")
                    .arg(issueDate.toString(Qt::ISODate), certificate->serial(), from.toString(Qt::ISODate),
                         to.toString(Qt::ISODate)));
        }
    }
    return found;
}

bool OfflineIssuing::certificateRevoked(const AuditLog &audit, const QString &serial)
{
    const auto entries = audit.entriesFor(certificateAuditKey(serial));
    if (!entries) {
        return false;
    }
    for (const AuditLog::Entry &entry : *entries) {
        if (entry.detail.value(QStringLiteral("action")).toString() == u"revoked") {
            return true;
        }
    }
    return false;
}

} // namespace Kurier
