#pragma once

#include "CertificateAuthority.h"
#include "EmulatorConfig.h"
#include "EmulatorState.h"
#include "EmulatorStore.h"
#include "Faults.h"
#include "HttpTypes.h"
#include "InvoiceCheck.h"
#include "KeyRing.h"
#include "PermissionsApi.h"
#include "PermissionsTestData.h"
#include "RateLimiter.h"
#include "ReferenceNumbers.h"
#include "Router.h"

#include <QFile>
#include <QJsonArray>
#include <QObject>

#include <expected>
#include <functional>

namespace Kurier::Emulator {

// What the HTTP front end gives the emulator for each request: how to answer it, or not.
struct ReplySink
{
    std::function<void(const HttpReply &)> send;
    std::function<void()> abort; // close the connection without an answer
    std::function<void()> drop;  // never answer (the client will time out)
};

// A faithful local KSeF 2.0 (PROTOCOL.md): the API under /v2, presigned storage under /_storage, and the
// control API under /_emulator. All state lives in EmulatorState; time comes from the system clock plus a
// shift the control API can move, so expiries and stuck thresholds can be tested without waiting.
class Emulator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Emulator)

public:
    explicit Emulator(const EmulatorConfig &config, QObject *parent = nullptr);
    bool isPersistent() const { return m_store != nullptr; }
    ~Emulator() override;

    void dispatch(HttpRequest request, const ReplySink &sink);
    void setBaseUrl(const QString &origin) { m_origin = origin; } // "http://127.0.0.1:PORT"
    QString origin() const { return m_origin; }

    // Creates a subject (context NIP) with all permissions and an active KSeF token for it; returns the
    // token.
    QString createDemoSubject(const QString &nip);

    QDateTime now() const;
    const EmulatorConfig &config() const { return m_config; }
    EmulatorState &state() { return m_state; }
    QJsonObject statsJson() const;

private:
    // The API areas written as their own classes share this context (the others are still members here).
    friend class PermissionsApi;
    friend class PermissionsTestData;
    using Guard = std::expected<IssuedToken, HttpReply>;

    // Route registration, one area per file.
    void registerSecurityAndAuth();   // AuthApi.cpp
    void registerSessions();          // SessionApi.cpp
    void registerStatusAndUpo();      // StatusApi.cpp
    void registerLimitsAndTestData(); // LimitsApi.cpp
    void registerControl();           // ControlApi.cpp
    void registerLatarnia();          // LatarniaApi.cpp
    void registerCertificates();      // CertificateApi.cpp
    void registerQr();                // QrApi.cpp: the QR verification paths on the QR host (the origin)
    // The KSeF number (empty before one is given) of the seller's invoice with this SHA-256, if KSeF has it.
    std::optional<QString> invoiceByHash(const QString &sellerNip, const QByteArray &hash) const;
    // A request of a subject logged in with a signature (enrolment, revocation): the token, or 25001 for a
    // KSeF-token login.
    Guard requireSignatureLogin(const HttpRequest &request);
    QJsonObject enrollmentData(const AuthOperation &operation) const;
    void decideEnrollment(EnrollmentRecord &enrollment);
    // XAdES login with a KSeF certificate: the refusal (460 details) or nothing when it may log in.
    std::optional<QString> ksefCertificateRefusal(const Certificate &certificate, const QString &contextNip);
    // While Latarnia announces a failure or maintenance the API answers 503; a total failure, not at all.
    // → how the API answers now (nothing: normally)
    enum class Outage
    {
        None,
        Unavailable,
        Silent,
    };
    Outage outage() const;
    void releaseUpos();     // delivers every withheld UPO
    void registerBatch();   // BatchApi.cpp
    void registerQueries(); // QueryApi.cpp
    struct QueryResult
    {
        QStringList references; // sorted
        QDateTime hwm;          // only for PermanentStorage queries
    };
    std::expected<QueryResult, HttpReply> runQuery(const HttpRequest &request, const QString &contextNip,
                                                   const QJsonObject &filters, bool ascending);
    void buildExport(const QString &reference, const QStringList &invoices, bool truncated, QDateTime hwm,
                     bool onlyMetadata, const QByteArray &key, const QByteArray &iv);
    void processBatch(const QString &sessionReference);

    // Helpers shared by the APIs.
    Guard requireToken(const HttpRequest &request, IssuedToken::Kind kind);
    Guard requireAccess(const HttpRequest &request, const QString &permission);
    // A request that needs an access token with `permission` and a JSON object body: both, or the refusal.
    struct Authorized
    {
        IssuedToken token;
        QJsonObject body;
    };
    std::expected<Authorized, HttpReply> authorizedJson(const HttpRequest &request,
                                                        const QString &permission);
    // The AES key and IV of a session or export (the `encryption` object): 21405 when they are missing, 21470
    // for a withdrawn publicKeyId; `valid` is false when the key does not decrypt (the session then ends with
    // 415).
    struct SymmetricKey
    {
        QByteArray key;
        QByteArray iv;
        bool valid = false;
    };
    std::expected<SymmetricKey, HttpReply> unwrapKey(const HttpRequest &request,
                                                     const QJsonObject &encryption);
    HttpReply error(const HttpRequest &request, int code, const QStringList &details = {});
    std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpReply *failure);
    HttpReply startAuthentication(AuthOperation operation);
    QJsonObject authStatusJson(const AuthOperation &operation) const;
    // One page of a list answered with `x-continuation-token` paging: pageSize within [min, max] (21405), a
    // malformed token (21418), `item(i)` for each index on the page, continuationToken when more follow.
    // pageSize (10..maxSize, default 10) and pageOffset (≥ 0) of a paged query, or the 21405 answer.
    std::expected<std::pair<int, int>, HttpReply> pageParameters(const HttpRequest &request, int maxSize);
    HttpReply page(const HttpRequest &request, int min, int max, qsizetype total, const QString &listName,
                   const std::function<QJsonObject(qsizetype)> &item);
    HttpReply xadesAuthentication(const HttpRequest &request);
    QString issueToken(IssuedToken::Kind kind, const QString &authReference, const QString &contextNip,
                       qint64 ttlSeconds);
    QString storageLink(const StorageLink &link);
    // A presigned link that exists, is of `kind` (any when empty) and has not expired; else the storage
    // error.
    std::expected<StorageLink, HttpReply> presignedLink(const QString &token, const QString &kind = {}) const;
    // An online session of the caller's context, or nothing (21173 for the caller).
    SessionRecord *ownOnlineSession(const QString &reference, const IssuedToken &token);
    // The access check with InvoiceWrite, then the caller's own online session named in the path — or the
    // answer to give (401/403, or 21173 when there is no such session).
    std::expected<SessionRecord *, HttpReply> writableOnlineSession(const HttpRequest &request,
                                                                    const QString &reference);
    int maxInvoicesFor(const QString &contextNip) const;
    // What `identity` holds in `contextNip` through grants, once the decided permission operations are in.
    QSet<QString> permissionsIn(const QString &contextNip, const SubjectIdentity &identity);
    // What the holder of an access token may do now: the owner's permissions (narrowed to a KSeF token's),
    // anyone else's grants.
    QSet<QString> presentPermissions(const IssuedToken &token);
    // Reading a session another subject opened needs Introspection (§22): the 403 to give, or nothing.
    std::optional<HttpReply> sessionAccessRefusal(const HttpRequest &request, const SessionRecord &session,
                                                  const IssuedToken &token);
    // Why a technical correction (§12.3) cannot be sent: 21405 without offlineMode, 21167 unless the original
    // is a rejected offline invoice of the context, 21166 when it already has a correction; nothing when it
    // can.
    std::optional<HttpReply> technicalCorrectionRefusal(const HttpRequest &request,
                                                        const SessionRecord &session,
                                                        const InvoiceRecord &correction);
    void schedule(int delayMs, std::function<void()> work);

    // Invoice and session processing (InvoiceProcessor.cpp).
    void acceptInvoice(SessionRecord &session, InvoiceRecord invoice);
    void advanceInvoice(const QString &invoiceReference);
    void finishInvoice(InvoiceRecord &invoice);
    void applyCheck(InvoiceRecord &invoice, const InvoiceCheck &check);
    void closeSession(SessionRecord &session);
    void finishSession(const QString &sessionReference);
    void expireSessions();
    QJsonObject invoiceStatusJson(InvoiceRecord &invoice);

    // UPO documents (UpoBuilder.cpp).
    QByteArray invoiceUpo(const SessionRecord &session, const InvoiceRecord &invoice) const;
    QByteArray sessionUpo(const SessionRecord &session) const;
    QByteArray finishUpo(const QByteArray &xml, QDateTime signingTime) const; // signs when configured

    HttpReply handle(const HttpRequest &request, const Router::Match &match);
    HttpReply injectedFault(const HttpRequest &request, const FaultRule &fault);
    void markUnavailableSession(const HttpRequest &request, const FaultRule &fault);

    EmulatorConfig m_config;
    EmulatorState m_state;
    Router m_router;
    RateLimiter m_limiter;
    Faults m_faults;
    ReferenceNumbers m_references;
    mutable KeyRing m_keys; // the UPO signer is made on first use
    CertificateAuthority m_ca;
    PermissionsApi m_permissionsApi{*this};
    PermissionsTestData m_permissionsTestData{*this};
    // The certificate API's test controls (POST /_emulator/certificates).
    struct CertificatePolicy
    {
        int maxCertificates = 6;  // active per subject
        int maxEnrollments = 100; // per subject
        int decideAfterMs = 300;  // status 100 until then
        QString rejectNext;       // the next enrolment ends with 400 and this reason
        bool cancelNext = false;  // the next enrolment ends with 550
    } m_certificatePolicy;
    QString m_origin;
    qint64 m_shiftMs = 0;
    bool m_holdAt150 = false;
    bool m_withholdUpo = false;
    bool m_signUpo = false;
    double m_decryptFailureRate = 0.0;
    double m_keyFailureRate = 0.0;
    int m_invoiceFailureCode = 435;
    int m_forcedAuthCode = 200;
    // Latarnia (LatarniaApi.cpp): the announced status, its messages, and whether Latarnia itself is down.
    struct Latarnia
    {
        QString status = QStringLiteral("AVAILABLE");
        QJsonArray messages;
        int nextId = 1;
        bool unreachable = false;
        QString eventId; // of the window in progress
    } m_latarnia;
    QString m_systemWarning;
    std::unique_ptr<QFile> m_record;
    std::unique_ptr<EmulatorStore> m_store;
    bool m_dirty = false;
    void restore();
    void persist();
    std::unique_ptr<QFile> m_log;
    void record(const HttpRequest &request, const QString &pattern, bool fault, const HttpReply &reply);
    quint64 m_traceCounter = 0;
};

} // namespace Kurier::Emulator
