#pragma once

#include "ksef/HttpTransport.h"
#include "ksef/KsefCertificates.h"
#include "ksef/KsefTypes.h"
#include "ratelimit/RateLimitTable.h"
#include "util/ZipArchive.h"

#include <QCoreApplication>
#include <QMap>

#include <chrono>
#include <expected>
#include <functional>

namespace Kurier {

class Clock;

// The complete KSeF 2.0 client (PROTOCOL.md): public keys, authentication (KSeF token or XAdES) with
// automatic refresh and re-authentication, online and batch sessions, statuses, UPOs, the read side and
// limits. Every call returns Kurier's own types or a KsefError; every request goes through the HttpTransport
// (rate-limit permit, timeout, typed errors). Calls block the calling (worker) thread; see HttpTransport.
class KsefClient
{
    Q_DECLARE_TR_FUNCTIONS(KsefClient)

public:
    template <typename T>
    using Result = std::expected<T, KsefError>;

    KsefClient(HttpTransport &transport, const Clock &clock);

    HttpTransport &transport() { return m_transport; }
    // The last X-System-Warning KSeF sent (shown to the user), empty when none.
    QString lastSystemWarning() const { return m_systemWarning; }

    // --- Public keys (§3.1): cached; fetched again when a key is withdrawn (21470).
    Result<PublicKeyInfo> publicKey(const QString &usage);
    void forgetPublicKeys() { m_keys.clear(); }

    // --- Authentication (§4)
    struct AuthOptions
    {
        std::chrono::milliseconds pollInterval{250};
        std::chrono::milliseconds timeout{120'000}; // status 100 may last on PRD (OCSP)
        std::chrono::seconds refreshMargin{120};    // refresh the access token this long before it expires
    };
    void setAuthOptions(const AuthOptions &options) { m_authOptions = options; }
    // New credentials drop the tokens of the old ones (the next call logs in with these).
    void setCredentials(KsefCredentials credentials)
    {
        m_credentials = std::move(credentials);
        m_tokens = {};
    }
    const KsefCredentials &credentials() const { return m_credentials; }
    Result<AuthTokens> authenticate(); // with the credentials set; the tokens are kept for the other calls
    Result<void> refreshAccessToken();
    Result<void> endAuthenticationSession(); // DELETE /auth/sessions/current: the refresh token dies
    const AuthTokens &tokens() const { return m_tokens; }
    void setTokens(AuthTokens tokens) { m_tokens = std::move(tokens); }
    // An AuthTokenRequest (schema 2.1) for `credentials`, signed with XAdES — what XAdES authentication
    // posts.
    static std::expected<QByteArray, QString>
    signedAuthRequest(const KsefCredentials &credentials, const QString &challenge, QDateTime signingTime);
    // The AuthTokenRequest itself, unsigned.
    static QByteArray authRequestXml(const KsefCredentials &credentials, const QString &challenge);

    // --- Login with a signature made elsewhere (KsefExternalSignature.cpp): Kurier writes the request, the
    // user signs it with the trusted profile or qualified-signature software, Kurier checks and posts it.
    struct SignatureRequest
    {
        QString contextNip;
        QString challenge;
        QDateTime validUntil; // KSeF's challenge lives 10 minutes
        QByteArray xml;       // the unsigned AuthTokenRequest to sign
    };
    Result<SignatureRequest> prepareSignatureRequest(const QString &contextNip);
    // Why a file cannot complete `request`'s login (not signed, another challenge or NIP, expired), or
    // nothing.
    static std::optional<QString> signedRequestProblem(const QByteArray &signedXml,
                                                       const SignatureRequest &request, QDateTime now);
    // Checks the file and completes POST /auth/xades-signature; the tokens are kept for the other calls.
    Result<AuthTokens> authenticateWithSignedRequest(const QByteArray &signedXml,
                                                     const SignatureRequest &request);

    // A self-signed company seal for TEST and the sandbox, as the official clients offer (never for PRD).
    static std::expected<std::pair<AsymmetricKey, Certificate>, QString> selfSignedSeal(const QString &nip,
                                                                                        const QString &name);

    // --- Online sessions (§5)
    Result<OnlineSession> openOnlineSession();
    struct SendOptions
    {
        bool offlineMode = false;
        QString hashOfCorrectedInvoice; // technical correction of a rejected offline invoice (§12.3)
    };
    // Encrypts and sends one invoice; `sent` is filled before the request leaves (hash, size) so a caller can
    // persist it, and gets the reference when KSeF answers 202.
    Result<SentInvoice> sendInvoice(const OnlineSession &session, const QByteArray &xml,
                                    const SendOptions &options);
    Result<SentInvoice> sendInvoice(const OnlineSession &session, const QByteArray &xml)
    {
        return sendInvoice(session, xml, SendOptions());
    }
    Result<void> closeOnlineSession(const QString &reference);

    // --- Batch sessions (§7)
    struct BatchFile
    {
        QString name; // file name inside the ZIP
        QByteArray xml;
    };
    struct BatchOptions
    {
        qint64 maxPartBytes = 100'000'000; // before encryption (KSeF: ≤ 100 MB per part)
        int parallelUploads = 4;
        int uploadAttempts = 3;
        bool offlineMode = false;
        std::chrono::milliseconds uploadTimeout{300'000};
        // Called once the session is open, before any part is uploaded (the outbox commits its intent here);
        // returning false abandons the session: nothing is uploaded, it is never closed, KSeF cancels it.
        std::function<bool(const QString &sessionReference)> onOpened;
    };
    // Builds the ZIP package, splits and encrypts it, opens the session, uploads every part (in parallel,
    // each retried), and closes the session. → the session reference
    Result<QString> sendBatch(const QList<BatchFile> &files, const BatchOptions &options);

    // --- Statuses and UPO (§6, §8)
    Result<SessionStatus> sessionStatus(const QString &reference);
    Result<Page<SessionStatus>> sessions(bool batch, int pageSize = 100,
                                         const QString &continuationToken = {});
    Result<Page<InvoiceStatus>> sessionInvoices(const QString &reference, bool failedOnly,
                                                int pageSize = 1000, const QString &continuationToken = {});
    Result<QList<InvoiceStatus>> allSessionInvoices(const QString &reference, bool failedOnly = false);
    Result<InvoiceStatus> invoiceStatus(const QString &sessionReference, const QString &invoiceReference);
    // The invoice's UPO: its presigned link first (when the status has a fresh one), the API as fallback. The
    // bytes are checked against x-ms-meta-hash.
    Result<UpoBytes> invoiceUpo(const QString &sessionReference, const InvoiceStatus &status);
    // Many invoices' UPOs: presigned links in parallel (not rate-limited), the API for those without a link.
    QList<Result<UpoBytes>> invoiceUpos(const QString &sessionReference, const QList<InvoiceStatus> &statuses,
                                        int parallel = 16);
    Result<UpoBytes> invoiceUpoByKsefNumber(const QString &sessionReference, const QString &ksefNumber);
    Result<UpoBytes> sessionUpo(const QString &sessionReference, const SessionStatus::UpoPage &page);

    // --- Read side (§11)
    Result<QByteArray> invoiceXml(const QString &ksefNumber);
    struct MetadataQuery
    {
        InvoiceSubject subject = InvoiceSubject::Buyer;
        InvoiceDateType dateType = InvoiceDateType::PermanentStorage;
        QDateTime from;
        QDateTime to;
        bool restrictToHwm = true;
        bool ascending = true;

        // KSeF takes date ranges of at most 100 days (API 2.7.1; 3 months before). `[from, to]` cut into
        // consecutive windows that each fit, in order; one window when it fits already.
        static constexpr int kMaxDays = 100;
        static QList<std::pair<QDateTime, QDateTime>> windows(const QDateTime &from, const QDateTime &to);
    };
    Result<MetadataPage> queryMetadata(const MetadataQuery &query, int pageOffset = 0, int pageSize = 250);
    struct ExportResult
    {
        QString reference;
        int code = 0;
        QList<ZipArchive::Entry> files; // decrypted and unzipped, _metadata.json included
        bool isTruncated = false;
        QDateTime permanentStorageHwmDate;
        QDateTime lastPermanentStorageDate;
    };
    // Starts an export, polls it to the end, downloads, decrypts and unzips every part.
    Result<ExportResult> exportInvoices(const MetadataQuery &query,
                                        std::chrono::milliseconds timeout = std::chrono::minutes(10));

    // --- Limits (§14): GET /rate-limits also seeds the shared limiter.
    Result<QMap<QString, WindowLimits>> rateLimits();
    Result<ContextLimits> contextLimits();

    // --- KSeF certificates (§12.4; KsefCertificateApi.cpp). Enrolment and revocation need a login with a
    // signature (25001 after a KSeF-token login).
    Result<CertificateLimits> certificateLimits();
    Result<Certificate::Subject> enrollmentData(); // the DN attributes the CSR must carry
    // → the enrolment's reference
    Result<QString> enrolCertificate(const QString &name, KsefCertificateType type, const QByteArray &csrDer);
    Result<EnrollmentStatus> enrollmentStatus(const QString &reference);
    struct RetrievedCertificate
    {
        QString serial;
        QString name;
        KsefCertificateType type = KsefCertificateType::Authentication;
        Certificate certificate;
    };
    Result<QList<RetrievedCertificate>> retrieveCertificates(const QStringList &serials);
    Result<QList<KsefCertificateInfo>> queryCertificates(); // every page
    Result<void> revokeCertificate(const QString &serial, RevocationReason reason);

    // A call with the current access token: refreshed first when it is about to expire, and once more (or
    // re-authenticated) when KSeF answers 401. Public for the per-area clients (KsefPermissions).
    Result<QJsonObject> authorizedJson(HttpCall call);
    Result<HttpAnswer> authorized(HttpCall call);
    KsefError localError(const QString &endpoint, const QString &text) const;

private:
    Result<HttpAnswer> execute(const HttpCall &call); // records the system warning
    Result<QJsonObject> executeJson(const HttpCall &call);
    Result<QString> validAccessToken();
    Result<AuthTokens> pollAndRedeem(const QString &reference, const QString &operationToken);
    Result<AuthTokens>
    postSignedRequest(const QByteArray &signedXml); // POST /auth/xades-signature, poll, redeem
    // The `encryption` object of a session or export: a fresh AES key wrapped with the current public key.
    Result<QJsonObject> encryptionFor(const QByteArray &key, const QByteArray &iv);
    Result<UpoBytes> fetchUpo(const HttpCall &call, bool presigned);
    // The presigned link while it is fresh (not rate-limited), else (or when it fails) the API path.
    Result<UpoBytes> linkOrApi(const QUrl &link, const QDateTime &expires, const QString &apiPath);

    HttpTransport &m_transport;
    const Clock &m_clock;
    AuthOptions m_authOptions;
    KsefCredentials m_credentials;
    AuthTokens m_tokens;
    QList<PublicKeyInfo> m_keys;
    QString m_systemWarning;
};

} // namespace Kurier
