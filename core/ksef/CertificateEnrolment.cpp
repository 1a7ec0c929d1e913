#include "ksef/CertificateEnrolment.h"

#include "ksef/crypto/CertificateRequest.h"

#include <QElapsedTimer>

namespace Kurier {

CertificateEnrolment::CertificateEnrolment(KsefClient &client)
    : m_client(client)
{}

QString CertificateEnrolment::defaultName(KsefCertificateType type, QDate today)
{
    return QStringLiteral("Kurier %1 %2").arg(ksefCertificateTypeKey(type), today.toString(Qt::ISODate));
}

KsefError CertificateEnrolment::failure(const QString &text, KsefError::Kind kind) const
{
    KsefError error;
    error.kind = kind;
    error.endpoint = QStringLiteral("certificate enrolment");
    error.description = text;
    return error;
}

KsefClient::Result<KsefCertificate> CertificateEnrolment::enrol(KsefCertificateType type,
                                                                const Options &options)
{
    const auto limits = m_client.certificateLimits();
    if (!limits) {
        return std::unexpected(limits.error());
    }
    if (!limits->canRequest) {
        return std::unexpected(failure(
            limits->certificatesRemaining <= 0
                ? tr("The company already has %n active KSeF certificate(s), KSeF's limit: revoke one "
                     "it no longer uses first.",
                     nullptr, limits->certificateLimit)
                : tr("KSeF does not accept another certificate request for this company now (limit of "
                     "%n request(s)).",
                     nullptr, limits->enrollmentLimit)));
    }
    const auto subject = m_client.enrollmentData();
    if (!subject) {
        return std::unexpected(subject.error());
    }
    const auto key = options.algorithm == AsymmetricKey::Algorithm::Rsa ? AsymmetricKey::generate(2048)
                                                                        : AsymmetricKey::generateEc();
    if (!key) {
        return std::unexpected(failure(tr("The key pair could not be generated: %1").arg(key.error())));
    }
    const auto request = CertificateRequest::create(*key, *subject);
    if (!request) {
        return std::unexpected(
            failure(tr("The certificate request could not be made: %1").arg(request.error())));
    }
    const auto reference = m_client.enrolCertificate(options.name, type, request->der());
    if (!reference) {
        return std::unexpected(reference.error());
    }
    QElapsedTimer elapsed;
    elapsed.start();
    EnrollmentStatus status;
    for (;;) {
        const auto current = m_client.enrollmentStatus(*reference);
        if (!current) {
            return std::unexpected(current.error());
        }
        status = *current;
        if (status.phase != EnrollmentStatus::Phase::Pending) {
            break;
        }
        if (elapsed.elapsed() > options.timeout.count()) {
            return std::unexpected(
                failure(tr("KSeF has not issued the certificate yet (request %1); ask again "
                           "later.")
                            .arg(*reference),
                        KsefError::Kind::Timeout));
        }
        m_client.transport().sleep(options.pollInterval);
    }
    if (status.phase != EnrollmentStatus::Phase::Issued) {
        KsefError error = KsefError::fromStatus(KsefError::Family::Enrollment, status.code,
                                                status.description, status.details);
        error.endpoint = QStringLiteral("GET /certificates/enrollments/{ref}");
        return std::unexpected(error);
    }
    const auto retrieved = m_client.retrieveCertificates({status.serial});
    if (!retrieved) {
        return std::unexpected(retrieved.error());
    }
    if (retrieved->isEmpty()) {
        return std::unexpected(failure(tr("KSeF did not send certificate %1.").arg(status.serial),
                                       KsefError::Kind::UnexpectedReply));
    }
    const KsefClient::RetrievedCertificate &issued = retrieved->first();
    auto certificate = KsefCertificate::fromParts(*key, issued.certificate, QDateTime::currentDateTimeUtc());
    if (!certificate) {
        return std::unexpected(failure(certificate.error(), KsefError::Kind::UnexpectedReply));
    }
    if (certificate->type != type) {
        return std::unexpected(failure(tr("KSeF issued a certificate of another type (%1).")
                                           .arg(ksefCertificateTypeKey(certificate->type)),
                                       KsefError::Kind::UnexpectedReply));
    }
    certificate->name = issued.name.isEmpty() ? options.name : issued.name;
    return std::move(*certificate);
}

} // namespace Kurier
