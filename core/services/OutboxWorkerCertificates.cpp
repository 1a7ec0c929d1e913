// OutboxWorker's KSeF certificate operations (issue: life after KSeF tokens). They run on the worker thread
// like a pass, between passes; a login made for them (a .p12, or a request signed elsewhere) is used for them
// only — afterwards the worker logs in with its own credentials again.
#include "ksef/CertificateEnrolment.h"
#include "services/OutboxServices.h"
#include "services/OutboxWorker.h"
#include "util/Clock.h"

namespace Kurier {

namespace {
template <typename T>
KsefClient::Result<T> busy()
{
    KsefError error;
    error.kind = KsefError::Kind::Local;
    error.description = OutboxWorker::tr("Kurier is talking to KSeF; try again in a moment.");
    return std::unexpected(error);
}
} // namespace

void OutboxWorker::whenIdle(std::function<void()> work)
{
    if (m_working) {
        QTimer::singleShot(100, this,
                           [this, work = std::move(work)]() mutable { whenIdle(std::move(work)); });
        return;
    }
    work();
}

template <typename T>
KsefClient::Result<T> OutboxWorker::withLogin(const CertificateLogin &login,
                                              const std::function<KsefClient::Result<T>(KsefClient &)> &work)
{
    if (!m_services) {
        KsefError error;
        error.description = tr("The company's database is not open.");
        return std::unexpected(error);
    }
    if (m_working) {
        return busy<T>();
    }
    KsefClient &client = *m_services->client;
    KsefClient::Result<T> result = busy<T>();
    const bool finished = exclusive([&] {
        if (login.credentials) {
            client.setCredentials(*login.credentials);
        } else if (!login.signedRequest.isEmpty()) {
            if (auto tokens = client.authenticateWithSignedRequest(login.signedRequest, login.request);
                !tokens) {
                result = std::unexpected(tokens.error());
                return;
            }
        }
        result = work(client);
        if (login.credentials || !login.signedRequest.isEmpty()) {
            client.setCredentials(m_config.credentials.value_or(KsefCredentials())); // back to our own login
        }
    });
    if (!finished) {
        KsefError error;
        error.kind = KsefError::Kind::Cancelled;
        error.description = tr("Kurier is closing this company; try again once it is open.");
        return std::unexpected(error);
    }
    return result;
}

KsefClient::Result<QList<KsefCertificateInfo>> OutboxWorker::listCertificates()
{
    return withLogin<QList<KsefCertificateInfo>>(
        {}, [](KsefClient &client) { return client.queryCertificates(); });
}

KsefClient::Result<CertificateLimits> OutboxWorker::certificateLimits()
{
    return withLogin<CertificateLimits>({}, [](KsefClient &client) { return client.certificateLimits(); });
}

KsefClient::Result<KsefClient::SignatureRequest> OutboxWorker::prepareSignatureRequest()
{
    return withLogin<KsefClient::SignatureRequest>(
        {}, [this](KsefClient &client) { return client.prepareSignatureRequest(m_config.contextNip); });
}

KsefClient::Result<QList<KsefCertificate>>
OutboxWorker::enrolCertificates(const QList<KsefCertificateType> &types, AsymmetricKey::Algorithm algorithm,
                                const CertificateLogin &login)
{
    return withLogin<QList<KsefCertificate>>(
        login, [&](KsefClient &client) -> KsefClient::Result<QList<KsefCertificate>> {
            CertificateEnrolment enrolment(client);
            QList<KsefCertificate> issued;
            for (const KsefCertificateType type : types) {
                CertificateEnrolment::Options options;
                options.algorithm = algorithm;
                options.name = CertificateEnrolment::defaultName(type, m_clock.now().date());
                auto certificate = enrolment.enrol(type, options);
                if (!certificate) {
                    return std::unexpected(certificate.error());
                }
                m_services->audit->append(QStringLiteral("certificate"), QString(),
                                          {{QStringLiteral("action"), QStringLiteral("enrolled")},
                                           {QStringLiteral("type"), ksefCertificateTypeKey(type)},
                                           {QStringLiteral("serial"), certificate->serial()}});
                issued.append(std::move(*certificate));
            }
            return issued;
        });
}

KsefClient::Result<void> OutboxWorker::revokeCertificate(const QString &serial, RevocationReason reason,
                                                         const CertificateLogin &login)
{
    const auto revoked = withLogin<bool>(login, [&](KsefClient &client) -> KsefClient::Result<bool> {
        if (auto done = client.revokeCertificate(serial, reason); !done) {
            return std::unexpected(done.error());
        }
        m_services->audit->append(
            QStringLiteral("certificate"), OfflineIssuing::certificateAuditKey(serial),
            {{QStringLiteral("action"), QStringLiteral("revoked")}, {QStringLiteral("serial"), serial}});
        return true;
    });
    if (!revoked) {
        return std::unexpected(revoked.error());
    }
    return {};
}

} // namespace Kurier
