#include "services/CertificateWatch.h"

#include "calendar/PolishCalendar.h"

namespace Kurier {

namespace {
QString typeName(KsefCertificateType type)
{
    return type == KsefCertificateType::Offline ? CertificateWatch::tr("Offline (KOD II)")
                                                : CertificateWatch::tr("Authentication");
}
} // namespace

QList<CertificateWatch::Due> CertificateWatch::due(const QString &nip,
                                                   const QList<CertificateSummary> &stored, bool usesToken,
                                                   const QDate &tokensEndOn, QDateTime now,
                                                   const QList<KsefCertificateInfo> *remote)
{
    QList<Due> result;
    bool hasAuthentication = false;
    for (const CertificateSummary &certificate : stored) {
        const qint64 days = now.secsTo(certificate.notAfter) / 86400;
        const QString date = certificate.notAfter.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        if (certificate.notAfter <= now) {
            result.append(
                {QStringLiteral("certificate"),
                 QStringLiteral("certificate-expired:%1").arg(certificate.serial),
                 tr("The KSeF %1 certificate %2 of NIP %3 expired on %4: get a new one in Settings → "
                    "Certificates.")
                     .arg(typeName(certificate.type), certificate.serial, nip, date)});
            continue;
        }
        hasAuthentication |= certificate.type == KsefCertificateType::Authentication;
        for (const int threshold : {7, 30}) {
            if (days < threshold) {
                result.append(
                    {QStringLiteral("certificate"),
                     QStringLiteral("certificate-expiry:%1:%2").arg(certificate.serial).arg(threshold),
                     tr("The KSeF %1 certificate %2 of NIP %3 expires on %4 (in %n day(s)): get a new "
                        "one in Settings → Certificates.",
                        nullptr, static_cast<int>(days))
                         .arg(typeName(certificate.type), certificate.serial, nip, date)});
                break; // the nearer threshold only
            }
        }
        if (remote) {
            for (const KsefCertificateInfo &info : *remote) {
                if (info.serial == certificate.serial && (info.status == KsefCertificateStatus::Revoked ||
                                                          info.status == KsefCertificateStatus::Blocked)) {
                    result.append(
                        {QStringLiteral("certificate"),
                         QStringLiteral("certificate-revoked:%1").arg(certificate.serial),
                         tr("KSeF lists the %1 certificate %2 of NIP %3 as revoked: it no longer works. "
                            "Get a new one in Settings → Certificates.")
                             .arg(typeName(certificate.type), certificate.serial, nip)});
                }
            }
        }
    }
    if (usesToken && !hasAuthentication) {
        result.append(
            {QStringLiteral("credentials"), QStringLiteral("token-ends:%1").arg(nip),
             tr("NIP %1 logs in to KSeF with a KSeF token; tokens are only assured until %2. Move to a "
                "KSeF certificate in Settings → Certificates (see the README: \"KSeF tokens end\").")
                 .arg(nip, PolishCalendar::dateText(tokensEndOn))});
    }
    return result;
}

} // namespace Kurier
