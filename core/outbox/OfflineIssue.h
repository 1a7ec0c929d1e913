#pragma once

#include "calendar/OfflineDeadline.h"
#include "ksef/KsefCertificates.h"
#include "ksef/KsefEnvironment.h"
#include "ksef/Latarnia.h"

#include <QCoreApplication>
#include <QDateTime>

#include <expected>
#include <optional>

namespace Kurier {

class AuditLog;

// What an invoice issued outside KSeF carries (PROTOCOL.md §12–13): its mode, its deadline, and its KOD II.
struct OfflineIssue
{
    OfflineMode mode = OfflineMode::Offline24;
    QDateTime dueAt; // invalid: not known while the announced window lasts, or none (total failure)
    QDateTime issuedAt;
    QString kod2; // the KOD II link; empty only for a total failure without an Offline certificate
};

// Issuing an invoice offline: the deadline from the calendar, KOD II signed with the company's KSeF Offline
// certificate, and the mode Kurier offers when KSeF cannot be used. No widgets, no keychain: the caller
// passes the certificate it read.
class OfflineIssuing
{
    Q_DECLARE_TR_FUNCTIONS(OfflineIssuing)

public:
    struct Context
    {
        KsefEnvironment environment;
        QString contextNip;
        std::optional<KsefCertificate> offlineCertificate; // the keychain's, if any
        bool certificateRevoked = false;                   // KSeF listed it as revoked (certificateRevoked())
        QDateTime now;
        std::optional<QDateTime> windowEnd; // when the announced unavailability or failure ended, if it has
    };
    // The deadline and KOD II of an invoice (its exact XML) issued offline in `mode`. Without a usable
    // Offline certificate (none, wrong type, expired, revoked) → a message saying how to get one; a total
    // failure is the exception: it is issued without KOD II.
    static std::expected<OfflineIssue, QString> prepare(OfflineMode mode, const QString &sellerNip,
                                                        const QDate &issueDate, QByteArrayView xml,
                                                        const Context &context);

    // The mode Kurier offers itself when KSeF cannot be used now: the announced window's (maintenance →
    // unavailability, failure, total failure), or offline24 when KSeF does not answer without an
    // announcement. Nothing while KSeF works.
    static std::optional<OfflineMode> offeredMode(Availability availability, bool ksefUnreachable);

    // For people, translated: "offline24 (the issuer's choice)", …
    static QString modeName(OfflineMode mode);
    // "due 4.12.2026 23:59" / "no deadline (total failure)" / "due the next business day after KSeF is back".
    static QString dueText(OfflineMode mode, const QDateTime &dueAt);

    // What a person must know about an invoice just issued offline, in plain words (empty when nothing): its
    // deadline already passed (and how long ago), or its KOD II signed with an Offline certificate that was
    // not yet valid (or no longer valid) on the invoice's issue date. Kurier issues such an invoice all the
    // same — KSeF checks the certificate when the code is verified, not on P_1, and takes a late invoice; the
    // lateness and the printout given earlier are for the issuer to settle — but never silently.
    static QStringList warnings(const QDate &issueDate, const QDateTime &dueAt,
                                const std::optional<KsefCertificate> &certificate, const QDateTime &now);

    // Whether the audit log records that KSeF revoked the certificate `serial` (Kurier revoked it, or the
    // certificate check found it revoked).
    static bool certificateRevoked(const AuditLog &audit, const QString &serial);
    static QString certificateAuditKey(const QString &serial) { return u"certificate:" + serial; }
};

} // namespace Kurier
