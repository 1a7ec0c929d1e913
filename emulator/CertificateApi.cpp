// KSeF certificates (PROTOCOL.md §12.4): limits, enrolment data, enrolments with asynchronous statuses,
// retrieve, query and revoke, issued by the emulator's own test CA; and the test control under
// /_emulator/certificates (limits, the next enrolment rejected or cancelled, the CA certificate).
#include "Emulator.h"
#include "Errors.h"
#include "ksef/KsefCertificates.h"
#include "ksef/crypto/CertificateRequest.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

namespace Kurier::Emulator {

namespace {
const QStringList kTypes{QStringLiteral("Authentication"), QStringLiteral("Offline")};

QString statusNow(const KsefCertificateRecord &c, QDateTime now)
{
    return c.status == u"Active" && c.validTo <= now ? QStringLiteral("Expired") : c.status;
}

// What a subject has used of its limits: active certificates, enrolments.
std::pair<int, int> usage(const EmulatorState &state, const QString &nip, QDateTime now)
{
    int active = 0;
    for (const KsefCertificateRecord &c : state.certificates) {
        active += c.contextNip == nip && statusNow(c, now) == u"Active";
    }
    int enrollments = 0;
    for (const EnrollmentRecord &e : state.enrollments) {
        enrollments += e.contextNip == nip;
    }
    return {active, enrollments};
}

QJsonObject limit(int max, int used)
{
    return QJsonObject{{QStringLiteral("limit"), max},
                       {QStringLiteral("remaining"), std::max(0, max - used)}};
}
} // namespace

Emulator::Guard Emulator::requireSignatureLogin(const HttpRequest &request)
{
    Guard guard = requireAccess(request, QString());
    if (guard && m_state.auths.value(guard->authReference).method == u"Token") {
        return std::unexpected(error(request, 25001));
    }
    return guard;
}

QJsonObject Emulator::enrollmentData(const AuthOperation &operation) const
{
    QJsonObject data;
    for (const auto &[field, attribute] : enrollmentDnFields()) {
        const QString value = operation.signerSubject.value(attribute).toString();
        if (!value.isEmpty()) {
            data.insert(field, value);
        }
    }
    if (!data.contains(QStringLiteral("countryName"))) {
        data.insert(QStringLiteral("countryName"), QStringLiteral("PL"));
    }
    if (!data.contains(QStringLiteral("commonName"))) {
        data.insert(QStringLiteral("commonName"), operation.contextNip);
    }
    return data;
}

void Emulator::decideEnrollment(EnrollmentRecord &enrollment)
{
    if (enrollment.decidesAt > now() || !enrollment.serial.isEmpty() || enrollment.finalCode != 200) {
        return;
    }
    const auto request = CertificateRequest::fromDer(enrollment.csr);
    const QByteArray publicKey = request ? request->publicKey().publicKeyDer() : QByteArray();
    for (const KsefCertificateRecord &other : std::as_const(m_state.certificates)) {
        if (other.publicKeyDer == publicKey && other.contextNip != enrollment.contextNip) {
            enrollment.finalCode = 400;
            enrollment.finalDetail =
                QStringLiteral("Klucz publiczny został już certyfikowany przez inny podmiot.");
            return;
        }
    }
    const QDateTime from = std::max(now(), enrollment.validFrom);
    const QDateTime to = from.addYears(2);
    quint64 serial = 0;
    do {
        serial = (QRandomGenerator::global()->generate64() & 0x7FFFFFFFFFFFFFFFULL) | 0x0100000000000000ULL;
    } while (
        m_state.certificates.contains(QStringLiteral("%1").arg(serial, 16, 16, QLatin1Char('0')).toUpper()));
    const auto certificate =
        request ? m_ca.issue(request->publicKey(), request->subject(), enrollment.type, from, to, serial)
                : std::expected<Certificate, QString>(std::unexpected(request.error()));
    if (!certificate) {
        enrollment.finalCode = 500;
        enrollment.finalDetail = certificate.error();
        return;
    }
    KsefCertificateRecord record;
    record.serial = certificate->serialHex();
    record.name = enrollment.name;
    record.type = enrollment.type;
    record.contextNip = enrollment.contextNip;
    record.commonName = certificate->subjectAttribute(QStringLiteral("CN"));
    record.der = certificate->der();
    record.validFrom = certificate->notBefore();
    record.validTo = certificate->notAfter();
    record.requestDate = enrollment.requestDate;
    record.publicKeyDer = publicKey;
    m_state.certificates.insert(record.serial, record);
    enrollment.serial = record.serial;
    enrollment.csr.clear();
    m_dirty = true;
}

std::optional<QString> Emulator::ksefCertificateRefusal(const Certificate &certificate,
                                                        const QString &contextNip)
{
    const auto it = m_state.certificates.find(certificate.serialHex());
    if (it == m_state.certificates.end()) {
        return QStringLiteral("Certyfikat KSeF nie istnieje.");
    }
    if (it->type != u"Authentication") {
        return QStringLiteral("Certyfikat KSeF typu %1 nie służy do uwierzytelniania.").arg(it->type);
    }
    if (statusNow(*it, now()) != u"Active" || certificate.notBefore() > now()) {
        return QStringLiteral("Certyfikat KSeF jest %1.").arg(statusNow(*it, now()));
    }
    if (it->contextNip != contextNip) {
        return QStringLiteral("Certyfikat KSeF wydano dla innego podmiotu.");
    }
    it->lastUse = now();
    ++m_state.stats.ksefCertificateLogins;
    qCInfo(lcEmulator).noquote() << "XAdES login with the emulator's KSeF certificate" << it->serial << "for"
                                 << contextNip;
    return std::nullopt;
}

void Emulator::registerCertificates()
{
    m_router.add(
        "GET", QStringLiteral("/certificates/limits"), QStringLiteral("other"),
        [this](const HttpRequest &request, const QStringList &) {
            const Guard guard = requireAccess(request, QString());
            if (!guard) {
                return guard.error();
            }
            const auto [active, enrollments] = usage(m_state, guard->contextNip, now());
            const CertificatePolicy &policy = m_certificatePolicy;
            return HttpReply::json(
                200, QJsonObject{{QStringLiteral("canRequest"),
                                  active < policy.maxCertificates && enrollments < policy.maxEnrollments},
                                 {QStringLiteral("enrollment"), limit(policy.maxEnrollments, enrollments)},
                                 {QStringLiteral("certificate"), limit(policy.maxCertificates, active)}});
        });
    m_router.add("GET", QStringLiteral("/certificates/enrollments/data"), QStringLiteral("other"),
                 [this](const HttpRequest &request, const QStringList &) {
                     const Guard guard = requireSignatureLogin(request);
                     return guard ? HttpReply::json(200,
                                                    enrollmentData(m_state.auths.value(guard->authReference)))
                                  : guard.error();
                 });
    m_router.add(
        "POST", QStringLiteral("/certificates/enrollments"), QStringLiteral("other"),
        [this](const HttpRequest &request, const QStringList &) {
            const Guard guard = requireSignatureLogin(request);
            if (!guard) {
                return guard.error();
            }
            HttpReply failure;
            const auto body = jsonBody(request, &failure);
            if (!body) {
                return failure;
            }
            static const QRegularExpression namePattern(
                QStringLiteral("^[a-zA-Z0-9_\\- ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]{5,100}$"));
            const QString name = body->value(QStringLiteral("certificateName")).toString();
            const QString type = body->value(QStringLiteral("certificateType")).toString();
            if (!namePattern.match(name).hasMatch() || !kTypes.contains(type)) {
                return error(request, 21405,
                             {QStringLiteral("certificateName (5..100 znaków) i certificateType "
                                             "(Authentication|Offline) są wymagane.")});
            }
            const QByteArray der =
                QByteArray::fromBase64(body->value(QStringLiteral("csr")).toString().toLatin1());
            const auto csr = CertificateRequest::fromDer(der);
            if (!csr) {
                return error(request, 25004);
            }
            const AsymmetricKey key = csr->publicKey();
            const bool keyOk = (key.algorithm() == AsymmetricKey::Algorithm::Rsa && key.bits() == 2048) ||
                               (key.algorithm() == AsymmetricKey::Algorithm::Ec && key.bits() == 256);
            if (!keyOk) {
                return error(request, 25010);
            }
            if (!csr->signatureValid()) {
                return error(request, 25011);
            }
            const QJsonObject expected = enrollmentData(m_state.auths.value(guard->authReference));
            const Certificate::Subject subject = csr->subject();
            for (const auto &[field, attribute] : enrollmentDnFields()) {
                const QString want = expected.value(field).toString();
                const auto has = std::find_if(subject.begin(), subject.end(),
                                              [&](const auto &entry) { return entry.first == attribute; });
                if (!want.isEmpty() && (has == subject.end() || has->second != want)) {
                    return error(request, 25003,
                                 {QStringLiteral("Pole %1 różni się od danych podmiotu.").arg(field)});
                }
            }
            const auto [active, enrollments] = usage(m_state, guard->contextNip, now());
            if (enrollments >= m_certificatePolicy.maxEnrollments) {
                return error(request, 25006);
            }
            if (active >= m_certificatePolicy.maxCertificates) {
                return error(request, 25007);
            }
            EnrollmentRecord enrollment;
            enrollment.referenceNumber = m_references.reference(QStringLiteral("CE"), now());
            enrollment.contextNip = guard->contextNip;
            enrollment.name = name;
            enrollment.type = type;
            enrollment.csr = der;
            enrollment.requestDate = now();
            enrollment.validFrom =
                QDateTime::fromString(body->value(QStringLiteral("validFrom")).toString(), Qt::ISODateWithMs);
            enrollment.decidesAt = now().addMSecs(m_certificatePolicy.decideAfterMs);
            if (!m_certificatePolicy.rejectNext.isEmpty()) {
                enrollment.finalCode = 400;
                enrollment.finalDetail = std::exchange(m_certificatePolicy.rejectNext, QString());
            } else if (std::exchange(m_certificatePolicy.cancelNext, false)) {
                enrollment.finalCode = 550;
                enrollment.finalDetail =
                    QStringLiteral("Przetwarzanie zostało przerwane z przyczyn wewnętrznych "
                                   "systemu. Spróbuj ponownie");
            }
            m_state.enrollments.insert(enrollment.referenceNumber, enrollment);
            m_dirty = true;
            return HttpReply::json(
                202, QJsonObject{{QStringLiteral("referenceNumber"), enrollment.referenceNumber},
                                 {QStringLiteral("timestamp"), now().toString(Qt::ISODateWithMs)}});
        });
    m_router.add("GET", QStringLiteral("/certificates/enrollments/{referenceNumber}"),
                 QStringLiteral("other"), [this](const HttpRequest &request, const QStringList &args) {
                     const Guard guard = requireAccess(request, QString());
                     if (!guard) {
                         return guard.error();
                     }
                     const auto it = m_state.enrollments.find(args.value(0));
                     if (it == m_state.enrollments.end() || it->contextNip != guard->contextNip) {
                         return error(request, 25005);
                     }
                     decideEnrollment(*it);
                     const bool decided = it->decidesAt <= now();
                     const int code = decided ? it->finalCode : 100;
                     static const QHash<int, QString> descriptions{
                         {100, QStringLiteral("Wniosek przyjęty do realizacji")},
                         {200, QStringLiteral("Wniosek obsłużony (certyfikat wygenerowany)")},
                         {400, QStringLiteral("Wniosek odrzucony")},
                         {500, QStringLiteral("Nieznany błąd")},
                         {550, QStringLiteral("Operacja została anulowana przez system")}};
                     QJsonObject status{{QStringLiteral("code"), code},
                                        {QStringLiteral("description"), descriptions.value(code)}};
                     if (decided && !it->finalDetail.isEmpty()) {
                         status.insert(QStringLiteral("details"), QJsonArray{it->finalDetail});
                     }
                     QJsonObject body{
                         {QStringLiteral("requestDate"), it->requestDate.toString(Qt::ISODateWithMs)},
                         {QStringLiteral("status"), status}};
                     if (decided && !it->serial.isEmpty()) {
                         body.insert(QStringLiteral("certificateSerialNumber"), it->serial);
                     }
                     return HttpReply::json(200, body);
                 });
    m_router.add(
        "POST", QStringLiteral("/certificates/retrieve"), QStringLiteral("other"),
        [this](const HttpRequest &request, const QStringList &) {
            const auto call = authorizedJson(request, QString());
            if (!call) {
                return call.error();
            }
            const QJsonArray serials = call->body.value(QStringLiteral("certificateSerialNumbers")).toArray();
            if (serials.isEmpty() || serials.size() > 10) {
                return error(request, 21405, {QStringLiteral("certificateSerialNumbers: 1..10.")});
            }
            QJsonArray certificates;
            for (const QJsonValue &serial : serials) {
                const auto it = m_state.certificates.constFind(serial.toString());
                if (it == m_state.certificates.constEnd() || it->contextNip != call->token.contextNip) {
                    return error(request, 25008, {serial.toString()});
                }
                certificates.append(
                    QJsonObject{{QStringLiteral("certificate"), QString::fromLatin1(it->der.toBase64())},
                                {QStringLiteral("certificateName"), it->name},
                                {QStringLiteral("certificateSerialNumber"), it->serial},
                                {QStringLiteral("certificateType"), it->type}});
            }
            return HttpReply::json(200, QJsonObject{{QStringLiteral("certificates"), certificates}});
        });
    m_router.add(
        "POST", QStringLiteral("/certificates/query"), QStringLiteral("other"),
        [this](const HttpRequest &request, const QStringList &) {
            const auto call = authorizedJson(request, QString());
            if (!call) {
                return call.error();
            }
            const auto paging = pageParameters(request, 50);
            if (!paging) {
                return paging.error();
            }
            const auto [pageSize, pageOffset] = *paging;
            const QJsonObject &filter = call->body;
            QList<const KsefCertificateRecord *> matching;
            for (const KsefCertificateRecord &c : std::as_const(m_state.certificates)) {
                const QString status = statusNow(c, now());
                const auto wants = [&](const char *field, const QString &value) {
                    const QString want = filter.value(QLatin1StringView(field)).toString();
                    return want.isEmpty() || want == value;
                };
                const QDateTime expiresAfter = QDateTime::fromString(
                    filter.value(QStringLiteral("expiresAfter")).toString(), Qt::ISODateWithMs);
                if (c.contextNip == call->token.contextNip && wants("certificateSerialNumber", c.serial) &&
                    wants("type", c.type) && wants("status", status) &&
                    c.name.contains(filter.value(QStringLiteral("name")).toString()) &&
                    (!expiresAfter.isValid() || c.validTo > expiresAfter)) {
                    matching.append(&c);
                }
            }
            std::sort(matching.begin(), matching.end(),
                      [](const auto *a, const auto *b) { return a->requestDate > b->requestDate; });
            QJsonArray certificates;
            const qsizetype first = qsizetype(pageOffset) * pageSize;
            for (qsizetype i = first; i < std::min(matching.size(), first + pageSize); ++i) {
                const KsefCertificateRecord &c = *matching[i];
                QJsonObject item{{QStringLiteral("certificateSerialNumber"), c.serial},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("type"), c.type},
                                 {QStringLiteral("commonName"), c.commonName},
                                 {QStringLiteral("status"), statusNow(c, now())},
                                 {QStringLiteral("subjectIdentifier"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("Nip")},
                                              {QStringLiteral("value"), c.contextNip}}},
                                 {QStringLiteral("validFrom"), c.validFrom.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("validTo"), c.validTo.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("requestDate"), c.requestDate.toString(Qt::ISODateWithMs)}};
                if (c.lastUse.isValid()) {
                    item.insert(QStringLiteral("lastUseDate"), c.lastUse.toString(Qt::ISODateWithMs));
                }
                certificates.append(item);
            }
            return HttpReply::json(
                200, QJsonObject{{QStringLiteral("certificates"), certificates},
                                 {QStringLiteral("hasMore"), first + pageSize < matching.size()}});
        });
    m_router.add(
        "POST", QStringLiteral("/certificates/{certificateSerialNumber}/revoke"), QStringLiteral("other"),
        [this](const HttpRequest &request, const QStringList &args) {
            const Guard guard = requireSignatureLogin(request);
            if (!guard) {
                return guard.error();
            }
            const auto it = m_state.certificates.find(args.value(0));
            if (it == m_state.certificates.end() || it->contextNip != guard->contextNip) {
                return error(request, 25008);
            }
            if (statusNow(*it, now()) != u"Active") {
                return error(request, 25009, {QStringLiteral("Status certyfikatu: %1.").arg(it->status)});
            }
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            it->status = QStringLiteral("Revoked");
            it->revocationReason =
                body.value(QStringLiteral("revocationReason")).toString(QStringLiteral("Unspecified"));
            m_dirty = true;
            return HttpReply::empty(204);
        });

    // {"maxCertificates": N, "maxEnrollments": N, "decideAfterMs": N, "rejectNext": "reason",
    // "cancelNext": true}; the answer (also of GET) carries the test CA's certificate.
    const auto control = [this](const HttpRequest &request, const QStringList &) {
        if (request.method == "POST") {
            HttpReply failure;
            const auto body = jsonBody(request, &failure);
            if (!body) {
                return failure;
            }
            CertificatePolicy &policy = m_certificatePolicy;
            policy.maxCertificates =
                body->value(QStringLiteral("maxCertificates")).toInt(policy.maxCertificates);
            policy.maxEnrollments =
                body->value(QStringLiteral("maxEnrollments")).toInt(policy.maxEnrollments);
            policy.decideAfterMs = body->value(QStringLiteral("decideAfterMs")).toInt(policy.decideAfterMs);
            policy.rejectNext = body->value(QStringLiteral("rejectNext")).toString(policy.rejectNext);
            policy.cancelNext = body->value(QStringLiteral("cancelNext")).toBool(policy.cancelNext);
        }
        return HttpReply::json(
            200, QJsonObject{{QStringLiteral("caCertificate"), QString::fromLatin1(m_ca.certificate().pem())},
                             {QStringLiteral("issued"), m_state.certificates.size()}});
    };
    m_router.add("POST", QStringLiteral("/_emulator/certificates"), QString(), control);
    m_router.add("GET", QStringLiteral("/_emulator/certificates"), QString(), control);
}

} // namespace Kurier::Emulator
