// DesktopSession's KSeF certificates: the keychain here, the KSeF calls on the worker (issue: life after KSeF
// tokens).
#include "DesktopSession.h"
#include "audit/AuditLog.h"
#include "ksef/CredentialVault.h"
#include "util/Clock.h"

namespace Kurier {

namespace {
constexpr KsefCertificateType kTypes[] = {KsefCertificateType::Authentication, KsefCertificateType::Offline};

QString currentNip(const AppSettings &settings)
{
    const CompanyProfile *company = settings.currentCompany();
    return company ? company->nip : QString();
}
} // namespace

QString DesktopSession::vaultEnvironment() const
{
    return m_settings.sandbox ? QStringLiteral("sandbox") : environment().key();
}

QList<KsefCertificate> DesktopSession::storedCertificates()
{
    CredentialVault vault(m_secrets);
    QList<KsefCertificate> stored;
    for (const KsefCertificateType type : kTypes) {
        if (auto certificate = vault.ksefCertificate(vaultEnvironment(), currentNip(m_settings), type);
            certificate && certificate->has_value()) {
            stored.append(std::move(**certificate));
        }
    }
    return stored;
}

bool DesktopSession::readUsesToken(const QList<KsefCertificate> &stored)
{
    for (const KsefCertificate &certificate : stored) {
        if (certificate.type == KsefCertificateType::Authentication &&
            certificate.certificate.notAfter() > m_clock.now()) {
            return false;
        }
    }
    if (m_settings.sandbox) {
        return true; // the sandbox's demo company starts on the emulator's KSeF token
    }
    return CredentialVault(m_secrets).usesToken(vaultEnvironment(), currentNip(m_settings));
}

template <typename Result>
void DesktopSession::askWorker(std::function<Result(OutboxWorker &)> call, std::function<void(Result)> done)
{
    toWorker([this, call = std::move(call), done = std::move(done)](OutboxWorker &worker) {
        worker.whenIdle([this, call, done, &worker] {
            Result result = call(worker);
            QMetaObject::invokeMethod(
                this, [done, result] { done(result); }, Qt::QueuedConnection);
        });
    });
}

void DesktopSession::queryCertificates(
    std::function<void(KsefClient::Result<QList<KsefCertificateInfo>>)> done)
{
    askWorker<KsefClient::Result<QList<KsefCertificateInfo>>>(
        [](OutboxWorker &worker) { return worker.listCertificates(); }, std::move(done));
}

void DesktopSession::certificateLimits(std::function<void(KsefClient::Result<CertificateLimits>)> done)
{
    askWorker<KsefClient::Result<CertificateLimits>>(
        [](OutboxWorker &worker) { return worker.certificateLimits(); }, std::move(done));
}

void DesktopSession::prepareSignatureRequest(
    std::function<void(KsefClient::Result<KsefClient::SignatureRequest>)> done)
{
    askWorker<KsefClient::Result<KsefClient::SignatureRequest>>(
        [](OutboxWorker &worker) { return worker.prepareSignatureRequest(); }, std::move(done));
}

void DesktopSession::enrolCertificates(const QList<KsefCertificateType> &types,
                                       AsymmetricKey::Algorithm algorithm,
                                       const OutboxWorker::CertificateLogin &login,
                                       std::function<void(std::expected<QStringList, QString>)> done)
{
    askWorker<KsefClient::Result<QList<KsefCertificate>>>(
        [types, algorithm, login](OutboxWorker &worker) {
            return worker.enrolCertificates(types, algorithm, login);
        },
        [this, done](const KsefClient::Result<QList<KsefCertificate>> &issued) {
            if (!issued) {
                done(std::unexpected(issued.error().message()));
                return;
            }
            CredentialVault vault(m_secrets);
            QStringList serials;
            for (const KsefCertificate &certificate : *issued) {
                if (auto saved =
                        vault.saveKsefCertificate(vaultEnvironment(), currentNip(m_settings), certificate);
                    !saved) {
                    done(std::unexpected(saved.error()));
                    return;
                }
                serials.append(certificate.serial());
            }
            (void)openCurrentCompany(); // log in with the new Authentication certificate from now on
            done(serials);
        });
}

std::expected<void, QString> DesktopSession::importCertificate(const KsefCertificate &certificate)
{
    if (auto saved = CredentialVault(m_secrets).saveKsefCertificate(vaultEnvironment(),
                                                                    currentNip(m_settings), certificate);
        !saved) {
        return saved;
    }
    if (m_audit) {
        m_audit->append(QStringLiteral("certificate"), QString(),
                        {{QStringLiteral("action"), QStringLiteral("imported")},
                         {QStringLiteral("type"), ksefCertificateTypeKey(certificate.type)},
                         {QStringLiteral("serial"), certificate.serial()}});
    }
    if (auto reopened = openCurrentCompany(); !reopened) {
        return reopened;
    }
    return {};
}

void DesktopSession::revokeCertificate(const QString &serial, const OutboxWorker::CertificateLogin &login,
                                       std::function<void(std::expected<void, QString>)> done)
{
    askWorker<KsefClient::Result<void>>(
        [serial, login](OutboxWorker &worker) {
            return worker.revokeCertificate(serial, RevocationReason::Unspecified, login);
        },
        [this, serial, done](const KsefClient::Result<void> &revoked) {
            if (!revoked) {
                done(std::unexpected(revoked.error().message()));
                return;
            }
            CredentialVault vault(m_secrets);
            for (const KsefCertificate &certificate : storedCertificates()) {
                if (certificate.serial() == serial) {
                    vault.removeKsefCertificate(vaultEnvironment(), currentNip(m_settings), certificate.type);
                }
            }
            (void)openCurrentCompany();
            done({});
        });
}

} // namespace Kurier
