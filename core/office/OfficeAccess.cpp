#include "office/OfficeAccess.h"

#include "ksef/HttpTransport.h"
#include "ksef/KsefClient.h"
#include "ksef/KsefPermissions.h"
#include "util/Clock.h"

#include <QMap>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace Kurier {

QString OfficeAccess::identityNip(const SigningIdentity &identity)
{
    static const QRegularExpression seal(QStringLiteral("VATPL-?(\\d{10})"));
    static const QRegularExpression person(QStringLiteral("TINPL-?(\\d{10})"));
    const QString nip =
        seal.match(identity.certificate.subjectAttribute(QStringLiteral("2.5.4.97"))).captured(1);
    return nip.isEmpty() ? person.match(identity.certificate.subjectAttribute(QStringLiteral("serialNumber")))
                               .captured(1)
                         : nip;
}

std::expected<QList<OfficeAccess::Client>, QString>
OfficeAccess::clientsWhoGranted(const KsefEnvironment &environment, const SigningIdentity &identity)
{
    const QString officeNip = identityNip(identity);
    if (officeNip.isEmpty()) {
        return std::unexpected(
            tr("The identity's certificate names no NIP: an office is found in KSeF by the NIP of "
               "its seal or certificate."));
    }
    QNetworkAccessManager network;
    HttpTransport transport(network, environment, nullptr); // one login and a few queries
    SystemClock clock;
    KsefClient client(transport, clock);
    KsefCredentials credentials;
    credentials.method = KsefCredentials::Method::Certificate;
    credentials.contextNip = officeNip; // the office's own context: what was granted to it
    credentials.privateKey = identity.key;
    credentials.certificate = identity.certificate;
    client.setCredentials(credentials);
    const auto granted = KsefPermissions(client).clientsGrants();
    (void)client.endAuthenticationSession();
    if (!granted) {
        return std::unexpected(granted.error().message());
    }
    QMap<QString, Client> byNip;
    for (const PermissionGrantInfo &grant : *granted) {
        Client &row = byNip[grant.contextNip];
        row.nip = grant.contextNip;
        row.read = row.read || grant.permission == u"InvoiceRead";
        row.write = row.write || grant.permission == u"InvoiceWrite";
        row.canDelegate = row.canDelegate || grant.canDelegate;
        row.since = row.since.isValid() ? std::min(row.since, grant.since) : grant.since;
    }
    return byNip.values();
}

} // namespace Kurier
