#pragma once

#include "Emulator.h"
#include "HttpFrontend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace Kurier::Test {

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection error or timeout)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    int exceptionCode() const; // legacy 400 body's first exceptionCode, or problem+json errors[0].code
};

// A fault rule for POST /_emulator/faults: every `nth` request of `group` meets `action` (500, 503,
// lost-reply, reset, delay…), delayed by `delayMs` for "delay".
inline QJsonObject everyNthFault(const char *action, const char *group, int nth, int delayMs = 0)
{
    return {{QStringLiteral("action"), QLatin1StringView(action)},
            {QStringLiteral("group"), QLatin1StringView(group)},
            {QStringLiteral("nth"), nth},
            {QStringLiteral("every"), true},
            {QStringLiteral("delayMs"), delayMs}};
}

// A real emulator listening on a loopback port in this process, and a small synchronous HTTP client that
// speaks the KSeF protocol step by step (the tests of the emulator must see every request, so they do not use
// Kurier's client).
class EmulatorHarness
{
public:
    explicit EmulatorHarness(Emulator::EmulatorConfig config = fastConfig());
    static Emulator::EmulatorConfig fastConfig();
    static Emulator::EmulatorConfig fastConfig(const QString &demoNip); // with that demo company

    Emulator::Emulator &emulator() { return *m_emulator; }
    QString origin() const { return m_origin; }
    QString baseUrl() const { return m_origin + QStringLiteral("/v2"); }

    HttpResult request(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);
    HttpResult get(const QString &path, const QString &bearer = {});
    HttpResult postJson(const QString &path, const QJsonObject &body, const QString &bearer = {});
    HttpResult control(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    // Protocol steps.
    QString ksefToken(const QString &nip);
    QJsonObject publicKey(const QString &usage); // the first published key of that usage
    // POST /auth/ksef-token with the token encrypted by `key` (default: the first KsefTokenEncryption key);
    // `extra` fields (e.g. authorizationPolicy) are added to the body. → the answer's body
    QJsonObject startTokenAuth(const QString &nip, const QString &token, QString *operationToken,
                               const QJsonObject &extra = {}, QJsonObject key = {});
    QString finishTokenAuth(const QJsonObject &started, const QString &operationToken); // → access token
    QString authenticate(const QString &nip); // → access token (full flow: challenge, token, poll, redeem)
    // An AuthTokenRequest for `contextNip` (schema 2.0), signed with XAdES by a new self-signed company seal
    // whose organizationIdentifier carries `certificateNip`; `sign` false leaves it unsigned.
    QByteArray signedAuthRequest(const QString &contextNip, const QString &certificateNip, bool sign = true);
    // The same signed by a person's self-signed certificate (serialNumber PNOPL-`pesel` or TINPL-`nip`):
    // its fingerprint in `fingerprint` when asked. For logins in someone else's context (permissions, §22).
    QByteArray personAuthRequest(const QString &contextNip, const QString &personId,
                                 QString *fingerprint = nullptr);
    // Challenge → signed request (by `certificate`) → poll → redeem; the access token, empty when refused
    // (the auth status code then in `code`).
    QString authenticateAs(const QByteArray &signedRequest, int *code = nullptr);
    HttpResult postXades(const QByteArray &document, const QString &query = {});
    QString authenticateWith(const HttpResult &started); // poll, then redeem → access token
    struct Session
    {
        QString reference;
        QByteArray key;
        QByteArray iv;
        HttpResult opened; // the answer of POST /sessions/online
    };
    // Opens an online session, its AES key wrapped with `key` (default: the first SymmetricKeyEncryption
    // key).
    Session openSession(const QString &accessToken, QJsonObject key = {});
    // `extra` fields (offlineMode, hashOfCorrectedInvoice) are added to the body.
    HttpResult sendInvoice(const Session &session, const QString &accessToken, const QByteArray &xml,
                           const QJsonObject &extra = {});
    // sendInvoice → the invoice's reference number (empty when KSeF did not take it)
    QString sendInvoiceRef(const Session &session, const QString &accessToken, const QByteArray &xml,
                           const QJsonObject &extra = {});
    // The body of POST /sessions/batch for a package already encrypted part by part.
    QJsonObject batchOpenBody(const QByteArray &zip, const QByteArray &key, const QByteArray &iv,
                              const QList<QByteArray> &encryptedParts);
    // A batch session: ZIP the files, encrypt, split into `parts`, open, upload every part, close. → session
    // reference
    QString sendBatch(const QString &accessToken, const QList<QPair<QString, QByteArray>> &files, int parts);
    // Sends one invoice in `session` and waits until KSeF has numbered it. → its KSeF number (empty on
    // failure)
    QString sendAndWait(const Session &session, const QString &accessToken, const QByteArray &xml);
    QJsonObject waitForInvoice(const QString &sessionRef, const QString &invoiceRef,
                               const QString &accessToken, int timeoutMs = 10000);
    QJsonObject waitForSession(const QString &sessionRef, const QString &accessToken, int minimumCode,
                               int timeoutMs = 10000);

private:
    // GETs `path` until its status.code reaches `minimumCode` or the time is up; returns the last answer.
    QJsonObject pollStatus(const QString &path, const QString &accessToken, int minimumCode, int timeoutMs);
    // Polls an authentication operation until it ends; redeems it when it succeeded. → access token, or empty
    QString finishAuthentication(const QString &reference, const QString &operationToken);

    std::unique_ptr<Emulator::Emulator> m_emulator;
    std::unique_ptr<Emulator::HttpFrontend> m_http;
    QNetworkAccessManager m_network;
    QString m_origin;
};

} // namespace Kurier::Test
