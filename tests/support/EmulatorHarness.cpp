#include "support/EmulatorHarness.h"

#include "ksef/crypto/Certificate.h"
#include "ksef/crypto/Crypto.h"
#include "ksef/crypto/Xades.h"
#include "util/ZipArchive.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>
#include <QThread>
#include <QTimer>

namespace Kurier::Test {

int HttpResult::exceptionCode() const
{
    const QJsonObject root = json();
    if (root.contains(QStringLiteral("errors"))) {
        return root.value(QStringLiteral("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("code"))
            .toInt();
    }
    return root.value(QStringLiteral("exception"))
        .toObject()
        .value(QStringLiteral("exceptionDetailList"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("exceptionCode"))
        .toInt();
}

Emulator::EmulatorConfig EmulatorHarness::fastConfig()
{
    Emulator::EmulatorConfig config;
    config.seed = 42;
    config.authDelayMs = 20;
    config.receivedToProcessingMs = 10;
    config.processingToFinalMs = 20;
    config.closeDelayMs = 20;
    config.permanentStorageDelayMs = 50;
    return config;
}

Emulator::EmulatorConfig EmulatorHarness::fastConfig(const QString &demoNip)
{
    Emulator::EmulatorConfig config = fastConfig();
    config.demoNip = demoNip;
    return config;
}

EmulatorHarness::EmulatorHarness(Emulator::EmulatorConfig config)
    : m_emulator(std::make_unique<Emulator::Emulator>(config))
    , m_http(std::make_unique<Emulator::HttpFrontend>(*m_emulator))
{
    const quint16 port = m_http->listenOn(QHostAddress::LocalHost, 0);
    m_origin = QStringLiteral("http://127.0.0.1:%1").arg(port);
    m_emulator->setBaseUrl(m_origin);
}

HttpResult EmulatorHarness::request(const QByteArray &method, const QString &pathOrUrl,
                                    const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    const QString url = pathOrUrl.startsWith(u"http") ? pathOrUrl
                        : pathOrUrl.startsWith(u"/_") ? m_origin + pathOrUrl
                                                      : baseUrl() + pathOrUrl;
    QNetworkRequest request{QUrl(url)};
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type")) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        result.headers.insert(name.toLower(), value);
    }
    if (reply->error() != QNetworkReply::NoError && result.status == 0) {
        result.networkError = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

HttpResult EmulatorHarness::get(const QString &path, const QString &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty()) {
        headers.append({"Authorization", "Bearer " + bearer.toLatin1()});
    }
    return request("GET", path, {}, headers);
}

HttpResult EmulatorHarness::postJson(const QString &path, const QJsonObject &body, const QString &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty()) {
        headers.append({"Authorization", "Bearer " + bearer.toLatin1()});
    }
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult EmulatorHarness::control(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return request(method, QStringLiteral("/_emulator") + path,
                   body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                   {{"Content-Type", "application/json"}});
}

QString EmulatorHarness::ksefToken(const QString &nip)
{
    return control("POST", QStringLiteral("/subjects"), QJsonObject{{QStringLiteral("nip"), nip}})
        .json()
        .value(QStringLiteral("token"))
        .toString();
}

QJsonObject EmulatorHarness::publicKey(const QString &usage)
{
    const QJsonArray keys =
        QJsonDocument::fromJson(get(QStringLiteral("/security/public-key-certificates")).body).array();
    for (const QJsonValue &key : keys) {
        if (key.toObject().value(QStringLiteral("usage")).toArray().contains(usage)) {
            return key.toObject();
        }
    }
    return {};
}

QJsonObject EmulatorHarness::startTokenAuth(const QString &nip, const QString &token, QString *operationToken,
                                            const QJsonObject &extra, QJsonObject key)
{
    const QJsonObject challenge = request("POST", QStringLiteral("/auth/challenge")).json();
    if (key.isEmpty()) {
        key = publicKey(QStringLiteral("KsefTokenEncryption"));
    }
    const auto certificate = Certificate::fromDer(
        QByteArray::fromBase64(key.value(QStringLiteral("certificate")).toString().toLatin1()));
    const QByteArray plain = QStringLiteral("%1|%2")
                                 .arg(token)
                                 .arg(challenge.value(QStringLiteral("timestampMs")).toInteger())
                                 .toUtf8();
    const QByteArray encrypted = *certificate->publicKey().encryptOaep(plain);
    QJsonObject body{
        {QStringLiteral("challenge"), challenge.value(QStringLiteral("challenge"))},
        {QStringLiteral("contextIdentifier"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Nip")}, {QStringLiteral("value"), nip}}},
        {QStringLiteral("encryptedToken"), QString::fromLatin1(encrypted.toBase64())},
        {QStringLiteral("publicKeyId"), key.value(QStringLiteral("publicKeyId"))}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        body.insert(it.key(), it.value());
    }
    const QJsonObject started = postJson(QStringLiteral("/auth/ksef-token"), body).json();
    *operationToken = started.value(QStringLiteral("authenticationToken"))
                          .toObject()
                          .value(QStringLiteral("token"))
                          .toString();
    return started;
}

namespace {
QByteArray authTokenRequest(EmulatorHarness &ksef, const QString &contextNip)
{
    const QString challenge = ksef.request("POST", QStringLiteral("/auth/challenge"))
                                  .json()
                                  .value(QStringLiteral("challenge"))
                                  .toString();
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                          "<AuthTokenRequest xmlns=\"http://ksef.mf.gov.pl/auth/token/2.0\">"
                          "<Challenge>%1</Challenge><ContextIdentifier><Nip>%2</Nip></ContextIdentifier>"
                          "<SubjectIdentifierType>certificateSubject</SubjectIdentifierType>"
                          "</AuthTokenRequest>")
        .arg(challenge, contextNip)
        .toUtf8();
}

QByteArray signedWith(const QByteArray &document, const Certificate::Subject &subject, QString *fingerprint)
{
    const auto key = AsymmetricKey::generate(2048);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto certificate = Certificate::selfSigned(*key, subject, now.addSecs(-3660), now.addYears(2));
    if (fingerprint) {
        *fingerprint = certificate->fingerprintSha256();
    }
    return Xades::sign(document, *key, *certificate, now).value_or(QByteArray());
}
} // namespace

QByteArray EmulatorHarness::signedAuthRequest(const QString &contextNip, const QString &certificateNip,
                                              bool sign)
{
    const QByteArray document = authTokenRequest(*this, contextNip);
    if (!sign) {
        return document;
    }
    return signedWith(document,
                      {{QStringLiteral("C"), QStringLiteral("PL")},
                       {QStringLiteral("O"), QStringLiteral("Firma testowa")},
                       {QStringLiteral("2.5.4.97"), QStringLiteral("VATPL-") + certificateNip},
                       {QStringLiteral("CN"), QStringLiteral("Firma testowa")}},
                      nullptr);
}

QByteArray EmulatorHarness::personAuthRequest(const QString &contextNip, const QString &personId,
                                              QString *fingerprint)
{
    const QString serial =
        (personId.size() == 11 ? QStringLiteral("PNOPL-") : QStringLiteral("TINPL-")) + personId;
    return signedWith(authTokenRequest(*this, contextNip),
                      {{QStringLiteral("C"), QStringLiteral("PL")},
                       {QStringLiteral("GN"), QStringLiteral("Anna")},
                       {QStringLiteral("SN"), QStringLiteral("Kowalska")},
                       {QStringLiteral("serialNumber"), serial},
                       {QStringLiteral("CN"), QStringLiteral("Anna Kowalska")}},
                      fingerprint);
}

QString EmulatorHarness::authenticateAs(const QByteArray &signedRequest, int *code)
{
    const HttpResult started = postXades(signedRequest);
    const QString reference = started.json().value(QStringLiteral("referenceNumber")).toString();
    const QString operationToken = started.json()
                                       .value(QStringLiteral("authenticationToken"))
                                       .toObject()
                                       .value(QStringLiteral("token"))
                                       .toString();
    const QJsonObject status = pollStatus(QStringLiteral("/auth/") + reference, operationToken, 200, 5000);
    if (code) {
        *code = status.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt();
    }
    return authenticateWith(started);
}

HttpResult EmulatorHarness::postXades(const QByteArray &document, const QString &query)
{
    return request("POST", QStringLiteral("/auth/xades-signature") + query, document,
                   {{"Content-Type", "application/xml"}});
}

QString EmulatorHarness::authenticateWith(const HttpResult &started)
{
    return finishAuthentication(started.json().value(QStringLiteral("referenceNumber")).toString(),
                                started.json()
                                    .value(QStringLiteral("authenticationToken"))
                                    .toObject()
                                    .value(QStringLiteral("token"))
                                    .toString());
}

QString EmulatorHarness::authenticate(const QString &nip)
{
    QString operationToken;
    return finishTokenAuth(startTokenAuth(nip, ksefToken(nip), &operationToken), operationToken);
}

QString EmulatorHarness::finishTokenAuth(const QJsonObject &started, const QString &operationToken)
{
    return finishAuthentication(started.value(QStringLiteral("referenceNumber")).toString(), operationToken);
}

QString EmulatorHarness::finishAuthentication(const QString &reference, const QString &operationToken)
{
    if (pollStatus(QStringLiteral("/auth/") + reference, operationToken, 200, 5000)
            .value(QStringLiteral("status"))
            .toObject()
            .value(QStringLiteral("code"))
            .toInt() != 200) {
        return {};
    }
    return request("POST", QStringLiteral("/auth/token/redeem"), {},
                   {{"Authorization", "Bearer " + operationToken.toLatin1()}})
        .json()
        .value(QStringLiteral("accessToken"))
        .toObject()
        .value(QStringLiteral("token"))
        .toString();
}

EmulatorHarness::Session EmulatorHarness::openSession(const QString &accessToken, QJsonObject key)
{
    Session session{QString(), Crypto::randomBytes(32), Crypto::randomBytes(16), {}};
    if (key.isEmpty()) {
        key = publicKey(QStringLiteral("SymmetricKeyEncryption"));
    }
    const auto certificate = Certificate::fromDer(
        QByteArray::fromBase64(key.value(QStringLiteral("certificate")).toString().toLatin1()));
    const QJsonObject body{
        {QStringLiteral("formCode"), QJsonObject{{QStringLiteral("systemCode"), QStringLiteral("FA (3)")},
                                                 {QStringLiteral("schemaVersion"), QStringLiteral("1-0E")},
                                                 {QStringLiteral("value"), QStringLiteral("FA")}}},
        {QStringLiteral("encryption"),
         QJsonObject{{QStringLiteral("encryptedSymmetricKey"),
                      QString::fromLatin1(certificate->publicKey().encryptOaep(session.key)->toBase64())},
                     {QStringLiteral("initializationVector"), QString::fromLatin1(session.iv.toBase64())},
                     {QStringLiteral("publicKeyId"), key.value(QStringLiteral("publicKeyId"))}}}};
    session.opened = postJson(QStringLiteral("/sessions/online"), body, accessToken);
    session.reference = session.opened.json().value(QStringLiteral("referenceNumber")).toString();
    return session;
}

QString EmulatorHarness::sendInvoiceRef(const Session &session, const QString &accessToken,
                                        const QByteArray &xml, const QJsonObject &extra)
{
    return sendInvoice(session, accessToken, xml, extra)
        .json()
        .value(QStringLiteral("referenceNumber"))
        .toString();
}

HttpResult EmulatorHarness::sendInvoice(const Session &session, const QString &accessToken,
                                        const QByteArray &xml, const QJsonObject &extra)
{
    const QByteArray encrypted = *Crypto::aesCbcEncrypt(session.key, session.iv, xml);
    QJsonObject body{{QStringLiteral("invoiceHash"), Crypto::sha256Base64(xml)},
                     {QStringLiteral("invoiceSize"), xml.size()},
                     {QStringLiteral("encryptedInvoiceHash"), Crypto::sha256Base64(encrypted)},
                     {QStringLiteral("encryptedInvoiceSize"), encrypted.size()},
                     {QStringLiteral("encryptedInvoiceContent"), QString::fromLatin1(encrypted.toBase64())},
                     {QStringLiteral("offlineMode"), false}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        body.insert(it.key(), it.value());
    }
    return postJson(QStringLiteral("/sessions/online/%1/invoices").arg(session.reference), body, accessToken);
}

QJsonObject EmulatorHarness::batchOpenBody(const QByteArray &zip, const QByteArray &key, const QByteArray &iv,
                                           const QList<QByteArray> &encryptedParts)
{
    QJsonArray declared;
    for (qsizetype i = 0; i < encryptedParts.size(); ++i) {
        declared.append(QJsonObject{{QStringLiteral("ordinalNumber"), i + 1},
                                    {QStringLiteral("fileSize"), encryptedParts[i].size()},
                                    {QStringLiteral("fileHash"), Crypto::sha256Base64(encryptedParts[i])}});
    }
    const QJsonObject publicKey = this->publicKey(QStringLiteral("SymmetricKeyEncryption"));
    const auto certificate = Certificate::fromDer(
        QByteArray::fromBase64(publicKey.value(QStringLiteral("certificate")).toString().toLatin1()));
    return QJsonObject{
        {QStringLiteral("formCode"), QJsonObject{{QStringLiteral("systemCode"), QStringLiteral("FA (3)")},
                                                 {QStringLiteral("schemaVersion"), QStringLiteral("1-0E")},
                                                 {QStringLiteral("value"), QStringLiteral("FA")}}},
        {QStringLiteral("batchFile"), QJsonObject{{QStringLiteral("fileSize"), zip.size()},
                                                  {QStringLiteral("fileHash"), Crypto::sha256Base64(zip)},
                                                  {QStringLiteral("fileParts"), declared}}},
        {QStringLiteral("encryption"),
         QJsonObject{{QStringLiteral("encryptedSymmetricKey"),
                      QString::fromLatin1(certificate->publicKey().encryptOaep(key)->toBase64())},
                     {QStringLiteral("initializationVector"), QString::fromLatin1(iv.toBase64())}}}};
}

QString EmulatorHarness::sendAndWait(const Session &session, const QString &accessToken,
                                     const QByteArray &xml)
{
    return waitForInvoice(session.reference, sendInvoiceRef(session, accessToken, xml), accessToken)
        .value(QStringLiteral("ksefNumber"))
        .toString();
}

QString EmulatorHarness::sendBatch(const QString &accessToken, const QList<QPair<QString, QByteArray>> &files,
                                   int parts)
{
    QList<ZipArchive::Entry> entries;
    for (const auto &[name, data] : files) {
        entries.append({name, data});
    }
    const QByteArray zip = *ZipArchive::create(entries);
    const QByteArray key = Crypto::randomBytes(32);
    const QByteArray iv = Crypto::randomBytes(16);
    const qsizetype partSize = (zip.size() + parts - 1) / parts;
    QList<QByteArray> encrypted;
    for (int i = 0; i < parts; ++i) {
        encrypted.append(*Crypto::aesCbcEncrypt(key, iv, zip.mid(i * partSize, partSize)));
    }
    const QJsonObject body = batchOpenBody(zip, key, iv, encrypted);
    const QJsonObject opened = postJson(QStringLiteral("/sessions/batch"), body, accessToken).json();
    for (const QJsonValue &value : opened.value(QStringLiteral("partUploadRequests")).toArray()) {
        const QJsonObject upload = value.toObject();
        request("PUT", upload.value(QStringLiteral("url")).toString(),
                encrypted.value(upload.value(QStringLiteral("ordinalNumber")).toInt() - 1),
                {{"x-ms-blob-type", "BlockBlob"}});
    }
    const QString reference = opened.value(QStringLiteral("referenceNumber")).toString();
    request("POST", QStringLiteral("/sessions/batch/%1/close").arg(reference), {},
            {{"Authorization", "Bearer " + accessToken.toLatin1()}});
    return reference;
}

QJsonObject EmulatorHarness::pollStatus(const QString &path, const QString &accessToken, int minimumCode,
                                        int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject last;
    while (timer.elapsed() < timeoutMs) {
        last = get(path, accessToken).json();
        if (last.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt() >=
            minimumCode) {
            return last;
        }
        QTest::qWait(10);
    }
    return last;
}

QJsonObject EmulatorHarness::waitForInvoice(const QString &sessionRef, const QString &invoiceRef,
                                            const QString &accessToken, int timeoutMs)
{
    return pollStatus(QStringLiteral("/sessions/%1/invoices/%2").arg(sessionRef, invoiceRef), accessToken,
                      200, timeoutMs);
}

QJsonObject EmulatorHarness::waitForSession(const QString &sessionRef, const QString &accessToken,
                                            int minimumCode, int timeoutMs)
{
    return pollStatus(QStringLiteral("/sessions/") + sessionRef, accessToken, minimumCode, timeoutMs);
}

} // namespace Kurier::Test
