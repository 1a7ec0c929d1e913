#pragma once

#include "ksef/KsefCertificates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Kurier {

// What the desktop knows of a company's KSeF certificates without their keys: enough to warn in time.
struct CertificateSummary
{
    KsefCertificateType type = KsefCertificateType::Authentication;
    QString serial;
    QDateTime notAfter;
};

// The alerts a company's credentials call for (issue: life after KSeF tokens): 30 and 7 days before a KSeF
// certificate expires, when it has expired, when KSeF lists it as revoked, and — for a company still on a
// KSeF token — until when tokens are assured (a setting). Each alert has a dedupe key, so raising
// them every day gives one alert per event.
class CertificateWatch
{
    Q_DECLARE_TR_FUNCTIONS(CertificateWatch)

public:
    struct Due
    {
        QString kind; // "certificate" or "credentials"
        QString dedupeKey;
        QString message;
    };

    // `remote`: KSeF's list when it could be read (nullptr: not asked, or it failed). `tokensEndOn`: the last
    // day tokens are assured (the settings' AppSettings::tokensEndOn).
    static QList<Due> due(const QString &nip, const QList<CertificateSummary> &stored, bool usesToken,
                          const QDate &tokensEndOn, QDateTime now,
                          const QList<KsefCertificateInfo> *remote = nullptr);
};

} // namespace Kurier
