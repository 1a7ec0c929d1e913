// KSeF certificates (PROTOCOL.md §12.4): limits, enrolment data, enrolments, retrieve, query, revoke.
#include "ksef/KsefClient.h"

#include <QJsonArray>

namespace Kurier {

namespace {
KsefCertificateStatus statusFromKey(const QString &key)
{
    static const QHash<QString, KsefCertificateStatus> statuses{
        {QStringLiteral("Active"), KsefCertificateStatus::Active},
        {QStringLiteral("Blocked"), KsefCertificateStatus::Blocked},
        {QStringLiteral("Revoked"), KsefCertificateStatus::Revoked},
        {QStringLiteral("Expired"), KsefCertificateStatus::Expired}};
    return statuses.value(key, KsefCertificateStatus::Unknown);
}

QString revocationKey(RevocationReason reason)
{
    switch (reason) {
    case RevocationReason::Superseded:
        return QStringLiteral("Superseded");
    case RevocationReason::KeyCompromise:
        return QStringLiteral("KeyCompromise");
    case RevocationReason::Unspecified:
        break;
    }
    return QStringLiteral("Unspecified");
}

QDateTime dateTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
} // namespace

KsefClient::Result<CertificateLimits> KsefClient::certificateLimits()
{
    const auto json = authorizedJson(HttpCall::get(QStringLiteral("/certificates/limits")));
    if (!json) {
        return std::unexpected(json.error());
    }
    const QJsonObject enrollment = json->value(QStringLiteral("enrollment")).toObject();
    const QJsonObject certificate = json->value(QStringLiteral("certificate")).toObject();
    CertificateLimits limits;
    limits.canRequest = json->value(QStringLiteral("canRequest")).toBool();
    limits.enrollmentLimit = enrollment.value(QStringLiteral("limit")).toInt();
    limits.enrollmentsRemaining = enrollment.value(QStringLiteral("remaining")).toInt();
    limits.certificateLimit = certificate.value(QStringLiteral("limit")).toInt();
    limits.certificatesRemaining = certificate.value(QStringLiteral("remaining")).toInt();
    return limits;
}

KsefClient::Result<Certificate::Subject> KsefClient::enrollmentData()
{
    const auto json = authorizedJson(HttpCall::get(QStringLiteral("/certificates/enrollments/data")));
    if (!json) {
        return std::unexpected(json.error());
    }
    Certificate::Subject subject;
    for (const auto &[field, attribute] : enrollmentDnFields()) {
        const QString value = json->value(field).toString();
        if (!value.isEmpty()) {
            subject.append({attribute, value});
        }
    }
    if (!json->contains(QStringLiteral("commonName")) || !json->contains(QStringLiteral("countryName"))) {
        KsefError error = localError(QStringLiteral("GET /certificates/enrollments/data"),
                                     tr("KSeF's enrolment data lack the common name or the country."));
        error.kind = KsefError::Kind::UnexpectedReply;
        return std::unexpected(error);
    }
    return subject;
}

KsefClient::Result<QString> KsefClient::enrolCertificate(const QString &name, KsefCertificateType type,
                                                         const QByteArray &csrDer)
{
    const QJsonObject body{{QStringLiteral("certificateName"), name},
                           {QStringLiteral("certificateType"), ksefCertificateTypeKey(type)},
                           {QStringLiteral("csr"), QString::fromLatin1(csrDer.toBase64())}};
    const auto json =
        authorizedJson(HttpCall::json("POST", QStringLiteral("/certificates/enrollments"), body));
    if (!json) {
        return std::unexpected(json.error());
    }
    return json->value(QStringLiteral("referenceNumber")).toString();
}

KsefClient::Result<EnrollmentStatus> KsefClient::enrollmentStatus(const QString &reference)
{
    const auto json = authorizedJson(HttpCall::get(QStringLiteral("/certificates/enrollments/") + reference));
    if (!json) {
        return std::unexpected(json.error());
    }
    const QJsonObject status = json->value(QStringLiteral("status")).toObject();
    EnrollmentStatus result;
    result.code = status.value(QStringLiteral("code")).toInt();
    result.description = status.value(QStringLiteral("description")).toString();
    for (const QJsonValue &detail : status.value(QStringLiteral("details")).toArray()) {
        result.details.append(detail.toString());
    }
    result.serial = json->value(QStringLiteral("certificateSerialNumber")).toString();
    if (result.code == 100) {
        result.phase = EnrollmentStatus::Phase::Pending;
    } else if (result.code == 200 && !result.serial.isEmpty()) {
        result.phase = EnrollmentStatus::Phase::Issued;
    } else if (result.code == 400) {
        result.phase = EnrollmentStatus::Phase::Rejected;
    } else if (result.code == 550) {
        result.phase = EnrollmentStatus::Phase::Cancelled;
    } else {
        result.phase = EnrollmentStatus::Phase::Failed;
    }
    return result;
}

KsefClient::Result<QList<KsefClient::RetrievedCertificate>>
KsefClient::retrieveCertificates(const QStringList &serials)
{
    const QJsonObject body{{QStringLiteral("certificateSerialNumbers"), QJsonArray::fromStringList(serials)}};
    const auto json = authorizedJson(HttpCall::json("POST", QStringLiteral("/certificates/retrieve"), body));
    if (!json) {
        return std::unexpected(json.error());
    }
    QList<RetrievedCertificate> result;
    for (const QJsonValue &value : json->value(QStringLiteral("certificates")).toArray()) {
        const QJsonObject item = value.toObject();
        auto certificate = Certificate::fromDer(
            QByteArray::fromBase64(item.value(QStringLiteral("certificate")).toString().toLatin1()));
        const auto type =
            ksefCertificateTypeFromKey(item.value(QStringLiteral("certificateType")).toString());
        if (!certificate || !type) {
            KsefError error = localError(QStringLiteral("POST /certificates/retrieve"),
                                         tr("KSeF sent a certificate that cannot be read."));
            error.kind = KsefError::Kind::UnexpectedReply;
            return std::unexpected(error);
        }
        result.append({item.value(QStringLiteral("certificateSerialNumber")).toString(),
                       item.value(QStringLiteral("certificateName")).toString(), *type,
                       std::move(*certificate)});
    }
    return result;
}

KsefClient::Result<QList<KsefCertificateInfo>> KsefClient::queryCertificates()
{
    QList<KsefCertificateInfo> result;
    constexpr int kPageSize = 50;
    for (int page = 0; page < 100; ++page) {
        HttpCall call = HttpCall::json("POST", QStringLiteral("/certificates/query"), QJsonObject());
        call.query.addQueryItem(QStringLiteral("pageSize"), QString::number(kPageSize));
        call.query.addQueryItem(QStringLiteral("pageOffset"), QString::number(page));
        const auto json = authorizedJson(call);
        if (!json) {
            return std::unexpected(json.error());
        }
        for (const QJsonValue &value : json->value(QStringLiteral("certificates")).toArray()) {
            const QJsonObject item = value.toObject();
            KsefCertificateInfo info;
            info.serial = item.value(QStringLiteral("certificateSerialNumber")).toString();
            info.name = item.value(QStringLiteral("name")).toString();
            info.commonName = item.value(QStringLiteral("commonName")).toString();
            info.type = ksefCertificateTypeFromKey(item.value(QStringLiteral("type")).toString())
                            .value_or(KsefCertificateType::Authentication);
            info.status = statusFromKey(item.value(QStringLiteral("status")).toString());
            info.validFrom = dateTime(item.value(QStringLiteral("validFrom")));
            info.validTo = dateTime(item.value(QStringLiteral("validTo")));
            info.lastUse = dateTime(item.value(QStringLiteral("lastUseDate")));
            result.append(info);
        }
        if (!json->value(QStringLiteral("hasMore")).toBool()) {
            break;
        }
    }
    return result;
}

KsefClient::Result<void> KsefClient::revokeCertificate(const QString &serial, RevocationReason reason)
{
    const QJsonObject body{{QStringLiteral("revocationReason"), revocationKey(reason)}};
    const auto answer =
        authorized(HttpCall::json("POST", QStringLiteral("/certificates/%1/revoke").arg(serial), body));
    if (!answer) {
        return std::unexpected(answer.error());
    }
    return {};
}

} // namespace Kurier
