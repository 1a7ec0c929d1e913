// The emulator's state as JSON (EmulatorStore): each invoice on its own (a row of the store), everything else
// as one small snapshot — the invoices and what is derived from them (the indexes, the sessions' invoice
// lists) are not in it, and are rebuilt from the invoices when the state is loaded.
#include "EmulatorStateJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kurier::Emulator {

namespace {
QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime time(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}
QByteArray bytes(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}
} // namespace

QJsonObject invoiceToJson(const InvoiceRecord &i)
{
    return QJsonObject{
        {QStringLiteral("ref"), i.referenceNumber},
        {QStringLiteral("session"), i.sessionReference},
        {QStringLiteral("ordinal"), i.ordinalNumber},
        {QStringLiteral("xml"), b64(i.xml)},
        {QStringLiteral("hash"), i.invoiceHash},
        {QStringLiteral("number"), i.invoiceNumber},
        {QStringLiteral("seller"), i.sellerNip},
        {QStringLiteral("buyer"), i.buyerNip},
        {QStringLiteral("kind"), i.invoiceKind},
        {QStringLiteral("sellerName"), i.sellerName},
        {QStringLiteral("buyerName"), i.buyerName},
        {QStringLiteral("currency"), i.currency},
        {QStringLiteral("net"), i.netGrosze},
        {QStringLiteral("vat"), i.vatGrosze},
        {QStringLiteral("gross"), i.grossGrosze},
        {QStringLiteral("attachment"), i.hasAttachment},
        {QStringLiteral("issue"), i.issueDate.toString(Qt::ISODate)},
        {QStringLiteral("file"), i.fileName},
        {QStringLiteral("invoicing"), iso(i.invoicingDate)},
        {QStringLiteral("acquisition"), iso(i.acquisitionDate)},
        {QStringLiteral("storage"), iso(i.permanentStorageDate)},
        {QStringLiteral("ksef"), i.ksefNumber},
        {QStringLiteral("mode"), i.invoicingMode},
        {QStringLiteral("declaredOffline"), i.declaredOffline},
        {QStringLiteral("corrects"), i.correctedInvoiceHash},
        {QStringLiteral("code"), i.statusCode},
        {QStringLiteral("description"), i.statusDescription},
        {QStringLiteral("details"), QJsonArray::fromStringList(i.statusDetails)},
        {QStringLiteral("extensions"), i.extensions},
        {QStringLiteral("decryptionFailed"), i.decryptionFailed},
        {QStringLiteral("held"), i.held},
        {QStringLiteral("upoWithheld"), i.upoWithheld},
        {QStringLiteral("acceptKey"), i.acceptKey},
    };
}

InvoiceRecord invoiceFromJson(const QJsonObject &j)
{
    InvoiceRecord i;
    i.referenceNumber = j.value(QStringLiteral("ref")).toString();
    i.sessionReference = j.value(QStringLiteral("session")).toString();
    i.ordinalNumber = j.value(QStringLiteral("ordinal")).toInt();
    i.xml = bytes(j.value(QStringLiteral("xml")));
    i.invoiceHash = j.value(QStringLiteral("hash")).toString();
    i.invoiceNumber = j.value(QStringLiteral("number")).toString();
    i.sellerNip = j.value(QStringLiteral("seller")).toString();
    i.buyerNip = j.value(QStringLiteral("buyer")).toString();
    i.invoiceKind = j.value(QStringLiteral("kind")).toString();
    i.sellerName = j.value(QStringLiteral("sellerName")).toString();
    i.buyerName = j.value(QStringLiteral("buyerName")).toString();
    i.currency = j.value(QStringLiteral("currency")).toString();
    i.netGrosze = j.value(QStringLiteral("net")).toInteger();
    i.vatGrosze = j.value(QStringLiteral("vat")).toInteger();
    i.grossGrosze = j.value(QStringLiteral("gross")).toInteger();
    i.hasAttachment = j.value(QStringLiteral("attachment")).toBool();
    i.issueDate = QDate::fromString(j.value(QStringLiteral("issue")).toString(), Qt::ISODate);
    i.fileName = j.value(QStringLiteral("file")).toString();
    i.invoicingDate = time(j.value(QStringLiteral("invoicing")));
    i.acquisitionDate = time(j.value(QStringLiteral("acquisition")));
    i.permanentStorageDate = time(j.value(QStringLiteral("storage")));
    i.ksefNumber = j.value(QStringLiteral("ksef")).toString();
    i.invoicingMode = j.value(QStringLiteral("mode")).toString();
    i.declaredOffline = j.value(QStringLiteral("declaredOffline")).toBool();
    i.correctedInvoiceHash = j.value(QStringLiteral("corrects")).toString();
    i.statusCode = j.value(QStringLiteral("code")).toInt();
    i.statusDescription = j.value(QStringLiteral("description")).toString();
    i.statusDetails = j.value(QStringLiteral("details")).toVariant().toStringList();
    i.extensions = j.value(QStringLiteral("extensions")).toObject();
    i.decryptionFailed = j.value(QStringLiteral("decryptionFailed")).toBool();
    i.held = j.value(QStringLiteral("held")).toBool();
    i.upoWithheld = j.value(QStringLiteral("upoWithheld")).toBool();
    i.acceptKey = j.value(QStringLiteral("acceptKey")).toString();
    if (i.acceptKey.isEmpty() && i.statusCode == 200) {
        i.acceptKey = i.sellerNip + u'|' + i.invoiceKind + u'|' + i.invoiceNumber; // an older emulator's
    }
    return i;
}

namespace {
QJsonObject toJson(const SessionRecord &s)
{
    QJsonArray parts;
    for (const SessionRecord::Part &p : s.declaredParts) {
        parts.append(QJsonObject{{QStringLiteral("ordinal"), p.ordinalNumber},
                                 {QStringLiteral("size"), p.fileSize},
                                 {QStringLiteral("hash"), p.fileHash},
                                 {QStringLiteral("data"), b64(s.uploadedParts.value(p.ordinalNumber))},
                                 {QStringLiteral("uploaded"), s.uploadedParts.contains(p.ordinalNumber)}});
    }
    return QJsonObject{
        {QStringLiteral("ref"), s.referenceNumber},
        {QStringLiteral("batch"), s.batch},
        {QStringLiteral("context"), s.contextNip},
        {QStringLiteral("auth"), s.authReference},
        {QStringLiteral("created"), iso(s.created)},
        {QStringLiteral("updated"), iso(s.updated)},
        {QStringLiteral("validUntil"), iso(s.validUntil)},
        {QStringLiteral("closed"), iso(s.closed)},
        {QStringLiteral("code"), s.statusCode},
        {QStringLiteral("description"), s.statusDescription},
        {QStringLiteral("key"), b64(s.key)},
        {QStringLiteral("iv"), b64(s.iv)},
        {QStringLiteral("keyValid"), s.keyValid},
        {QStringLiteral("upo"), s.upoReference},
        {QStringLiteral("parts"), parts},
        {QStringLiteral("packageSize"), s.packageSize},
        {QStringLiteral("packageHash"), s.packageHash},
        {QStringLiteral("deadline"), iso(s.uploadDeadline)},
        {QStringLiteral("offline"), s.offlineMode},
    };
}

SessionRecord sessionFromJson(const QJsonObject &j)
{
    SessionRecord s;
    s.referenceNumber = j.value(QStringLiteral("ref")).toString();
    s.batch = j.value(QStringLiteral("batch")).toBool();
    s.contextNip = j.value(QStringLiteral("context")).toString();
    s.authReference = j.value(QStringLiteral("auth")).toString();
    s.created = time(j.value(QStringLiteral("created")));
    s.updated = time(j.value(QStringLiteral("updated")));
    s.validUntil = time(j.value(QStringLiteral("validUntil")));
    s.closed = time(j.value(QStringLiteral("closed")));
    s.statusCode = j.value(QStringLiteral("code")).toInt();
    s.statusDescription = j.value(QStringLiteral("description")).toString();
    s.key = bytes(j.value(QStringLiteral("key")));
    s.iv = bytes(j.value(QStringLiteral("iv")));
    s.keyValid = j.value(QStringLiteral("keyValid")).toBool();
    s.invoiceReferences = j.value(QStringLiteral("invoices")).toVariant().toStringList();
    s.upoReference = j.value(QStringLiteral("upo")).toString();
    for (const QJsonValue &value : j.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject p = value.toObject();
        const int ordinal = p.value(QStringLiteral("ordinal")).toInt();
        s.declaredParts.append({ordinal, p.value(QStringLiteral("size")).toInteger(),
                                p.value(QStringLiteral("hash")).toString()});
        if (p.value(QStringLiteral("uploaded")).toBool()) {
            s.uploadedParts.insert(ordinal, bytes(p.value(QStringLiteral("data"))));
        }
    }
    s.packageSize = j.value(QStringLiteral("packageSize")).toInteger();
    s.packageHash = j.value(QStringLiteral("packageHash")).toString();
    s.uploadDeadline = time(j.value(QStringLiteral("deadline")));
    s.offlineMode = j.value(QStringLiteral("offline")).toBool();
    return s;
}

QJsonObject toJson(const AuthOperation &a)
{
    return QJsonObject{
        {QStringLiteral("ref"), a.referenceNumber},
        {QStringLiteral("context"), a.contextNip},
        {QStringLiteral("method"), a.method},
        {QStringLiteral("token"), a.ksefTokenReference},
        {QStringLiteral("signed"), a.signedDocumentHash},
        {QStringLiteral("started"), iso(a.started)},
        {QStringLiteral("decides"), iso(a.decidesAt)},
        {QStringLiteral("code"), a.finalCode},
        {QStringLiteral("description"), a.finalDescription},
        {QStringLiteral("details"), QJsonArray::fromStringList(a.finalDetails)},
        {QStringLiteral("redeemed"), a.redeemed},
        {QStringLiteral("revoked"), a.sessionRevoked},
        {QStringLiteral("refreshUntil"), iso(a.refreshValidUntil)},
        {QStringLiteral("lastRefresh"), iso(a.lastRefresh)},
        {QStringLiteral("allowedIps"), a.allowedIps},
        {QStringLiteral("signer"), a.signerSubject},
        {QStringLiteral("ksefCertificate"), a.ksefCertificateSerial},
        {QStringLiteral("tokenPermissions"), a.tokenPermissions},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(a.permissions)},
        {QStringLiteral("subjectNip"), a.identity.nip},
        {QStringLiteral("subjectPesel"), a.identity.pesel},
        {QStringLiteral("subjectFingerprint"), a.identity.fingerprint},
    };
}

AuthOperation authFromJson(const QJsonObject &j)
{
    AuthOperation a;
    a.referenceNumber = j.value(QStringLiteral("ref")).toString();
    a.contextNip = j.value(QStringLiteral("context")).toString();
    a.method = j.value(QStringLiteral("method")).toString();
    a.ksefTokenReference = j.value(QStringLiteral("token")).toString();
    a.signedDocumentHash = j.value(QStringLiteral("signed")).toString();
    a.allowedIps = j.value(QStringLiteral("allowedIps")).toObject();
    a.signerSubject = j.value(QStringLiteral("signer")).toObject();
    a.ksefCertificateSerial = j.value(QStringLiteral("ksefCertificate")).toString();
    a.tokenPermissions = j.value(QStringLiteral("tokenPermissions")).toBool();
    a.permissions = j.value(QStringLiteral("permissions")).toVariant().toStringList();
    a.identity = SubjectIdentity{j.value(QStringLiteral("subjectNip")).toString(),
                                 j.value(QStringLiteral("subjectPesel")).toString(),
                                 j.value(QStringLiteral("subjectFingerprint")).toString()};
    a.started = time(j.value(QStringLiteral("started")));
    a.decidesAt = time(j.value(QStringLiteral("decides")));
    a.finalCode = j.value(QStringLiteral("code")).toInt();
    a.finalDescription = j.value(QStringLiteral("description")).toString();
    a.finalDetails = j.value(QStringLiteral("details")).toVariant().toStringList();
    a.redeemed = j.value(QStringLiteral("redeemed")).toBool();
    a.sessionRevoked = j.value(QStringLiteral("revoked")).toBool();
    a.refreshValidUntil = time(j.value(QStringLiteral("refreshUntil")));
    a.lastRefresh = time(j.value(QStringLiteral("lastRefresh")));
    return a;
}

QJsonObject toJson(const KsefCertificateRecord &c)
{
    return QJsonObject{{QStringLiteral("serial"), c.serial},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("type"), c.type},
                       {QStringLiteral("context"), c.contextNip},
                       {QStringLiteral("cn"), c.commonName},
                       {QStringLiteral("der"), b64(c.der)},
                       {QStringLiteral("from"), iso(c.validFrom)},
                       {QStringLiteral("to"), iso(c.validTo)},
                       {QStringLiteral("requested"), iso(c.requestDate)},
                       {QStringLiteral("lastUse"), iso(c.lastUse)},
                       {QStringLiteral("status"), c.status},
                       {QStringLiteral("reason"), c.revocationReason},
                       {QStringLiteral("publicKey"), b64(c.publicKeyDer)}};
}

KsefCertificateRecord certificateFromJson(const QJsonObject &j)
{
    KsefCertificateRecord c;
    c.serial = j.value(QStringLiteral("serial")).toString();
    c.name = j.value(QStringLiteral("name")).toString();
    c.type = j.value(QStringLiteral("type")).toString();
    c.contextNip = j.value(QStringLiteral("context")).toString();
    c.commonName = j.value(QStringLiteral("cn")).toString();
    c.der = bytes(j.value(QStringLiteral("der")));
    c.validFrom = time(j.value(QStringLiteral("from")));
    c.validTo = time(j.value(QStringLiteral("to")));
    c.requestDate = time(j.value(QStringLiteral("requested")));
    c.lastUse = time(j.value(QStringLiteral("lastUse")));
    c.status = j.value(QStringLiteral("status")).toString();
    c.revocationReason = j.value(QStringLiteral("reason")).toString();
    c.publicKeyDer = bytes(j.value(QStringLiteral("publicKey")));
    return c;
}

QJsonObject toJson(const EnrollmentRecord &e)
{
    return QJsonObject{{QStringLiteral("ref"), e.referenceNumber},
                       {QStringLiteral("context"), e.contextNip},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("type"), e.type},
                       {QStringLiteral("requested"), iso(e.requestDate)},
                       {QStringLiteral("decides"), iso(e.decidesAt)},
                       {QStringLiteral("code"), e.finalCode},
                       {QStringLiteral("detail"), e.finalDetail},
                       {QStringLiteral("serial"), e.serial}};
}

EnrollmentRecord enrollmentFromJson(const QJsonObject &j)
{
    EnrollmentRecord e;
    e.referenceNumber = j.value(QStringLiteral("ref")).toString();
    e.contextNip = j.value(QStringLiteral("context")).toString();
    e.name = j.value(QStringLiteral("name")).toString();
    e.type = j.value(QStringLiteral("type")).toString();
    e.requestDate = time(j.value(QStringLiteral("requested")));
    e.decidesAt = time(j.value(QStringLiteral("decides")));
    e.finalCode = j.value(QStringLiteral("code")).toInt();
    e.finalDetail = j.value(QStringLiteral("detail")).toString();
    e.serial = j.value(QStringLiteral("serial")).toString();
    return e;
}

} // namespace

QJsonObject stateToJson(const EmulatorState &state)
{
    QJsonArray certificates;
    for (const KsefCertificateRecord &c : state.certificates) {
        certificates.append(toJson(c));
    }
    QJsonArray enrollments;
    for (const EnrollmentRecord &e : state.enrollments) {
        enrollments.append(toJson(e));
    }
    QJsonArray subjects;
    for (const Subject &s : state.subjects) {
        subjects.append(
            QJsonObject{{QStringLiteral("nip"), s.nip},
                        {QStringLiteral("permissions"),
                         QJsonArray::fromStringList(QStringList(s.permissions.begin(), s.permissions.end()))},
                        {QStringLiteral("attachments"), s.attachmentsAllowed},
                        {QStringLiteral("blocked"), s.blocked},
                        {QStringLiteral("maxInvoices"), s.maxInvoicesPerSession}});
    }
    QJsonArray ksefTokens;
    for (const KsefTokenRecord &t : state.ksefTokens) {
        ksefTokens.append(
            QJsonObject{{QStringLiteral("token"), t.token},
                        {QStringLiteral("ref"), t.referenceNumber},
                        {QStringLiteral("context"), t.contextNip},
                        {QStringLiteral("status"), t.status},
                        {QStringLiteral("permissions"), QJsonArray::fromStringList(t.permissions)},
                        {QStringLiteral("description"), t.description},
                        {QStringLiteral("created"), iso(t.created)}});
    }
    QJsonArray auths;
    for (const AuthOperation &a : state.auths) {
        auths.append(toJson(a));
    }
    QJsonArray tokens;
    for (auto it = state.tokens.begin(); it != state.tokens.end(); ++it) {
        tokens.append(QJsonObject{{QStringLiteral("token"), it.key()},
                                  {QStringLiteral("kind"), static_cast<int>(it->kind)},
                                  {QStringLiteral("auth"), it->authReference},
                                  {QStringLiteral("context"), it->contextNip},
                                  {QStringLiteral("validUntil"), iso(it->validUntil)}});
    }
    QJsonArray sessions;
    for (const QString &reference : state.sessionOrder) {
        sessions.append(toJson(state.sessions.value(reference)));
    }
    return QJsonObject{{QStringLiteral("certificates"), certificates},
                       {QStringLiteral("enrollments"), enrollments},
                       {QStringLiteral("subjects"), subjects},
                       {QStringLiteral("ksefTokens"), ksefTokens},
                       {QStringLiteral("auths"), auths},
                       {QStringLiteral("tokens"), tokens},
                       {QStringLiteral("sessions"), sessions},
                       {QStringLiteral("permissions"), state.permissions.toJson()},
                       {QStringLiteral("accepted"), state.stats.invoicesAccepted},
                       {QStringLiteral("rejected"), state.stats.invoicesRejected}};
}

EmulatorState stateFromJson(const QJsonObject &json)
{
    EmulatorState state;
    for (const QJsonValue &value : json.value(QStringLiteral("certificates")).toArray()) {
        const KsefCertificateRecord c = certificateFromJson(value.toObject());
        state.certificates.insert(c.serial, c);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("enrollments")).toArray()) {
        const EnrollmentRecord e = enrollmentFromJson(value.toObject());
        state.enrollments.insert(e.referenceNumber, e);
    }
    state.permissions = PermissionRegistry::fromJson(json.value(QStringLiteral("permissions")).toObject());
    for (const QJsonValue &value : json.value(QStringLiteral("subjects")).toArray()) {
        const QJsonObject j = value.toObject();
        Subject s;
        s.nip = j.value(QStringLiteral("nip")).toString();
        const QStringList permissions = j.value(QStringLiteral("permissions")).toVariant().toStringList();
        s.permissions = QSet<QString>(permissions.begin(), permissions.end());
        s.attachmentsAllowed = j.value(QStringLiteral("attachments")).toBool();
        s.blocked = j.value(QStringLiteral("blocked")).toBool();
        s.maxInvoicesPerSession = j.value(QStringLiteral("maxInvoices")).toInt();
        state.subjects.insert(s.nip, s);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("ksefTokens")).toArray()) {
        const QJsonObject j = value.toObject();
        KsefTokenRecord t{j.value(QStringLiteral("token")).toString(),
                          j.value(QStringLiteral("ref")).toString(),
                          j.value(QStringLiteral("context")).toString(),
                          j.value(QStringLiteral("status")).toString(),
                          j.value(QStringLiteral("permissions")).toVariant().toStringList(),
                          j.value(QStringLiteral("description")).toString(),
                          time(j.value(QStringLiteral("created")))};
        state.ksefTokens.insert(t.token, t);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("auths")).toArray()) {
        const AuthOperation a = authFromJson(value.toObject());
        state.auths.insert(a.referenceNumber, a);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("tokens")).toArray()) {
        const QJsonObject j = value.toObject();
        state.tokens.insert(
            j.value(QStringLiteral("token")).toString(),
            IssuedToken{static_cast<IssuedToken::Kind>(j.value(QStringLiteral("kind")).toInt()),
                        j.value(QStringLiteral("auth")).toString(),
                        j.value(QStringLiteral("context")).toString(),
                        time(j.value(QStringLiteral("validUntil")))});
    }
    for (const QJsonValue &value : json.value(QStringLiteral("sessions")).toArray()) {
        const SessionRecord s = sessionFromJson(value.toObject());
        state.sessions.insert(s.referenceNumber, s);
        state.sessionOrder.append(s.referenceNumber);
    }
    // (A snapshot of an older emulator holds the invoices and their indexes too.)
    for (const QJsonValue &value : json.value(QStringLiteral("invoices")).toArray()) {
        const InvoiceRecord i = invoiceFromJson(value.toObject());
        state.invoices.insert(i.referenceNumber, i);
        state.unsavedInvoices.insert(i.referenceNumber); // into the store's own rows
    }
    state.stats.invoicesAccepted = json.value(QStringLiteral("accepted")).toInteger();
    state.stats.invoicesRejected = json.value(QStringLiteral("rejected")).toInteger();
    return state;
}

void rebuildDerived(EmulatorState &state)
{
    QList<const InvoiceRecord *> accepted;
    QHash<QString, QList<const InvoiceRecord *>> bySession;
    for (const InvoiceRecord &invoice : std::as_const(state.invoices)) {
        if (invoice.statusCode == 200) {
            accepted.append(&invoice);
        }
        bySession[invoice.sessionReference].append(&invoice);
    }
    // KSeF numbered them in the order of their permanent-storage dates (strictly increasing).
    std::sort(accepted.begin(), accepted.end(), [](const InvoiceRecord *a, const InvoiceRecord *b) {
        return std::tie(a->permanentStorageDate, a->referenceNumber) <
               std::tie(b->permanentStorageDate, b->referenceNumber);
    });
    state.acceptedOrder.clear();
    state.acceptedByKey.clear();
    state.invoiceByKsefNumber.clear();
    state.acceptancesPerKey.clear();
    state.acceptedBySeller.clear();
    state.acceptedByBuyer.clear();
    for (const InvoiceRecord *invoice : std::as_const(accepted)) {
        state.acceptedOrder.append(invoice->referenceNumber);
        state.acceptedByKey.insert(invoice->acceptKey, invoice->referenceNumber);
        ++state.acceptancesPerKey[invoice->acceptKey];
        state.invoiceByKsefNumber.insert(invoice->ksefNumber, invoice->referenceNumber);
        state.acceptedBySeller[invoice->sellerNip].append(invoice->referenceNumber);
        if (!invoice->buyerNip.isEmpty()) {
            state.acceptedByBuyer[invoice->buyerNip].append(invoice->referenceNumber);
        }
    }
    for (auto it = bySession.begin(); it != bySession.end(); ++it) {
        auto session = state.sessions.find(it.key());
        if (session == state.sessions.end()) {
            continue;
        }
        std::sort(it->begin(), it->end(), [](const InvoiceRecord *a, const InvoiceRecord *b) {
            return a->ordinalNumber < b->ordinalNumber;
        });
        session->invoiceReferences.clear();
        for (const InvoiceRecord *invoice : std::as_const(*it)) {
            session->invoiceReferences.append(invoice->referenceNumber);
        }
    }
}

} // namespace Kurier::Emulator
