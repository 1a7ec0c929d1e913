#include "Emulator.h"

#include "AccessPolicy.h"
#include "Errors.h"
#include "ksef/crypto/Crypto.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcEmulator, "kurier.emulator")

namespace Kurier::Emulator {

namespace {
quint32 effectiveSeed(quint32 seed)
{
    return seed != 0 ? seed : QRandomGenerator::system()->generate();
}

} // namespace

Emulator::Emulator(const EmulatorConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_references(effectiveSeed(config.seed))
{
    if (!config.dataDir.isEmpty()) {
        QString problem;
        m_store = EmulatorStore::open(config.dataDir, &problem);
        if (!m_store) {
            qCCritical(lcEmulator) << "cannot keep state in" << config.dataDir << ":" << problem;
        }
    }
    const auto saved = m_store ? m_store->loadKeys() : std::nullopt;
    m_keys.load(saved ? saved->tokenKeyPem : QByteArray(), saved ? saved->symmetricKeyPem : QByteArray());
    m_ca.load(saved ? saved->caKeyPem : QByteArray(), saved ? saved->caCertificatePem : QByteArray());
    if (config.limitsProfile == u"off") {
        m_limiter.setProfile(RateLimiter::Profile::Off);
    } else if (config.limitsProfile == u"custom" && !m_limiter.loadJson(config.customLimits)) {
        qCWarning(lcEmulator) << "the custom rate limits are not valid; using the production profile";
    }
    registerSecurityAndAuth();
    registerSessions();
    registerBatch();
    registerQueries();
    registerStatusAndUpo();
    registerLimitsAndTestData();
    registerControl();
    registerLatarnia();
    registerCertificates();
    registerQr();
    m_permissionsApi.registerRoutes();
    m_permissionsTestData.registerRoutes();
    restore();
    if (!config.demoNip.isEmpty()) {
        createDemoSubject(config.demoNip);
    }
    const QString recordFile =
        config.recordFile.isEmpty() ? qEnvironmentVariable("KURIER_EMULATOR_RECORD") : config.recordFile;
    if (!recordFile.isEmpty()) {
        QDir().mkpath(QFileInfo(recordFile).absolutePath());
        m_record = std::make_unique<QFile>(recordFile);
        if (!m_record->open(QIODevice::Append | QIODevice::WriteOnly)) {
            qCWarning(lcEmulator) << "cannot record exchanges to" << recordFile;
            m_record.reset();
        }
    }
    if (!config.logFile.isEmpty()) {
        m_log = std::make_unique<QFile>(config.logFile);
        if (!m_log->open(QIODevice::Append | QIODevice::WriteOnly | QIODevice::Text)) {
            qCWarning(lcEmulator) << "cannot write the log" << config.logFile;
            m_log.reset();
        }
    }
    auto *sweeper = new QTimer(this);
    connect(sweeper, &QTimer::timeout, this, &Emulator::expireSessions);
    sweeper->start(1000);
    if (m_store) {
        auto *saver = new QTimer(this);
        connect(saver, &QTimer::timeout, this, [this] {
            if (m_dirty) {
                persist();
            }
        });
        saver->start(2000);
    }
}

Emulator::~Emulator()
{
    if (m_store) {
        persist();
    }
}

void Emulator::persist()
{
    m_dirty = false;
    if (!m_store->save(m_state,
                       {m_keys.newestPem(KeyRing::tokenUsage), m_keys.newestPem(KeyRing::symmetricUsage),
                        m_ca.keyPem(), m_ca.certificate().pem()},
                       m_shiftMs)) {
        qCWarning(lcEmulator) << "the state could not be saved";
        m_dirty = true;
    }
}

// Loads the saved state and restarts the work that was in flight when the emulator stopped: invoices still in
// processing, sessions closing, batches waiting to be unpacked.
void Emulator::restore()
{
    const auto loaded = m_store ? m_store->loadState() : std::nullopt;
    if (!loaded) {
        return;
    }
    m_state = *loaded;
    m_shiftMs = m_store->loadClockShift();
    m_references.reseed(QRandomGenerator::system()->generate()); // never repeat a reference after a restart
    for (const InvoiceRecord &invoice : std::as_const(m_state.invoices)) {
        if (invoice.statusCode < 200 && !invoice.held) {
            const QString reference = invoice.referenceNumber;
            schedule(0, [this, reference] {
                auto it = m_state.invoices.find(reference);
                if (it != m_state.invoices.end() && it->statusCode < 200) {
                    finishInvoice(*it);
                    finishSession(it->sessionReference);
                }
            });
        }
    }
    for (const SessionRecord &session : std::as_const(m_state.sessions)) {
        const QString reference = session.referenceNumber;
        if (session.statusCode == 170) {
            schedule(0, [this, reference] { finishSession(reference); });
        } else if (session.batch && session.statusCode == 150 && session.invoiceReferences.isEmpty()) {
            schedule(0, [this, reference] { processBatch(reference); });
        }
    }
    qCInfo(lcEmulator) << "restored" << m_state.sessions.size() << "sessions and" << m_state.invoices.size()
                       << "invoices";
}

QDateTime Emulator::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_shiftMs);
}

QString Emulator::createDemoSubject(const QString &nip)
{
    Subject &subject = m_state.subjects[nip];
    subject.nip = nip;
    subject.permissions = {QStringLiteral("InvoiceWrite"), QStringLiteral("InvoiceRead"),
                           QStringLiteral("Introspection"), QStringLiteral("CredentialsManage"),
                           QStringLiteral("CredentialsRead")};
    for (const KsefTokenRecord &existing : std::as_const(m_state.ksefTokens)) {
        if (existing.contextNip == nip && existing.status == u"Active") {
            return existing.token;
        }
    }
    KsefTokenRecord token;
    token.referenceNumber = m_references.reference(QStringLiteral("EC"), now());
    token.created = now();
    token.contextNip = nip;
    token.permissions = QStringList(subject.permissions.begin(), subject.permissions.end());
    token.token =
        token.referenceNumber + QStringLiteral("|nip-") + nip + u'|' + m_references.hex(64).toLower();
    m_state.ksefTokens.insert(token.token, token);
    return token.token;
}

void Emulator::schedule(int delayMs, std::function<void()> work)
{
    QTimer::singleShot(std::max(0, delayMs), this, [this, work = std::move(work)] {
        work();
        m_dirty = true;
    });
}

HttpReply Emulator::error(const HttpRequest &request, int code, const QStringList &details)
{
    return Errors::exception(request, now(), code, QString(), details);
}

std::optional<QJsonObject> Emulator::jsonBody(const HttpRequest &request, HttpReply *failure)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *failure = error(request, 21405,
                         {QStringLiteral("Treść żądania nie jest poprawnym obiektem JSON: %1")
                              .arg(parseError.errorString())});
        return std::nullopt;
    }
    return document.object();
}

QString Emulator::issueToken(IssuedToken::Kind kind, const QString &authReference, const QString &contextNip,
                             qint64 ttlSeconds)
{
    const QDateTime validUntil = now().addSecs(ttlSeconds);
    static const QString kinds[] = {QStringLiteral("OperationToken"), QStringLiteral("ContextToken"),
                                    QStringLiteral("RefreshToken")};
    const QString token = m_references.opaqueToken(kinds[static_cast<int>(kind)], validUntil);
    m_state.tokens.insert(token, IssuedToken{kind, authReference, contextNip, validUntil});
    return token;
}

Emulator::Guard Emulator::requireToken(const HttpRequest &request, IssuedToken::Kind kind)
{
    const QString bearer = request.bearer();
    const auto it = m_state.tokens.constFind(bearer);
    if (bearer.isEmpty() || it == m_state.tokens.constEnd() || it->kind != kind) {
        return std::unexpected(
            Errors::unauthorized(request, now(), QStringLiteral("Brak lub nieprawidłowy token.")));
    }
    if (it->validUntil <= now()) {
        return std::unexpected(Errors::unauthorized(request, now(), QStringLiteral("Token wygasł.")));
    }
    const auto auth = m_state.auths.constFind(it->authReference);
    if (kind != IssuedToken::Kind::Operation && auth != m_state.auths.constEnd() &&
        !AccessPolicy::ipAllowed(auth->allowedIps, request.clientIp)) {
        return std::unexpected(Errors::forbidden(
            request, now(), QStringLiteral("ip-not-allowed"),
            QStringLiteral("Adres IP klienta nie jest dozwolony przez politykę autoryzacji."),
            QJsonObject{{QStringLiteral("clientIp"), request.clientIp}}));
    }
    return *it;
}

Emulator::Guard Emulator::requireAccess(const HttpRequest &request, const QString &permission)
{
    Guard token = requireToken(request, IssuedToken::Kind::Access);
    if (!token) {
        return token;
    }
    const QSet<QString> present = presentPermissions(*token);
    if (!permission.isEmpty() && !present.contains(permission)) {
        QStringList presentList(present.begin(), present.end());
        presentList.sort();
        const QJsonObject security{
            {QStringLiteral("requiredAnyOfPermissions"), QJsonArray{permission}},
            {QStringLiteral("presentPermissions"), QJsonArray::fromStringList(presentList)}};
        return std::unexpected(Errors::forbidden(request, now(), QStringLiteral("missing-permissions"),
                                                 QStringLiteral("Brak wymaganych uprawnień."), security));
    }
    return token;
}

QSet<QString> Emulator::permissionsIn(const QString &contextNip, const SubjectIdentity &identity)
{
    m_state.permissions.settle(now());
    return m_state.permissions.effective(contextNip, identity);
}

QSet<QString> Emulator::presentPermissions(const IssuedToken &token)
{
    // The owner holds the subject's permissions, narrowed to the KSeF token's when it came from one; anyone
    // else what its grants give it now (a revoked office loses its employees' access at once).
    const AuthOperation auth = m_state.auths.value(token.authReference);
    if (!auth.isOwner()) {
        return permissionsIn(token.contextNip, auth.identity);
    }
    QSet<QString> present = m_state.subjects.value(token.contextNip).permissions;
    if (auth.tokenPermissions) {
        present.intersect(QSet<QString>(auth.permissions.begin(), auth.permissions.end()));
    }
    return present;
}

std::optional<HttpReply> Emulator::sessionAccessRefusal(const HttpRequest &request,
                                                        const SessionRecord &session,
                                                        const IssuedToken &token)
{
    const AuthOperation reader = m_state.auths.value(token.authReference);
    const AuthOperation opener = m_state.auths.value(session.authReference);
    if (reader.isOwner() || reader.identity.key() == opener.identity.key() ||
        presentPermissions(token).contains(QStringLiteral("Introspection"))) {
        return std::nullopt;
    }
    return Errors::forbidden(request, now(), QStringLiteral("insufficient-resource-access"),
                             QStringLiteral("Sesję otworzył inny podmiot; jej odczyt wymaga uprawnienia "
                                            "Introspection."));
}

int Emulator::maxInvoicesFor(const QString &contextNip) const
{
    const int own = m_state.subjects.value(contextNip).maxInvoicesPerSession;
    return own > 0 ? own : m_config.maxInvoicesPerSession;
}

std::expected<Emulator::Authorized, HttpReply> Emulator::authorizedJson(const HttpRequest &request,
                                                                        const QString &permission)
{
    Guard guard = requireAccess(request, permission);
    if (!guard) {
        return std::unexpected(guard.error());
    }
    HttpReply failure;
    auto body = jsonBody(request, &failure);
    if (!body) {
        return std::unexpected(failure);
    }
    return Authorized{std::move(*guard), std::move(*body)};
}

std::expected<Emulator::SymmetricKey, HttpReply> Emulator::unwrapKey(const HttpRequest &request,
                                                                     const QJsonObject &encryption)
{
    const QByteArray wrapped = QByteArray::fromBase64(
        encryption.value(QStringLiteral("encryptedSymmetricKey")).toString().toLatin1());
    const QByteArray iv = QByteArray::fromBase64(
        encryption.value(QStringLiteral("initializationVector")).toString().toLatin1());
    if (wrapped.isEmpty() || iv.size() != 16) {
        return std::unexpected(error(request, 21405, {QStringLiteral("Nieprawidłowe dane szyfrowania.")}));
    }
    const auto key = m_keys.decrypt(KeyRing::symmetricUsage,
                                    encryption.value(QStringLiteral("publicKeyId")).toString(), wrapped);
    if (!key && key.error() == KeyRing::Failure::Withdrawn) {
        return std::unexpected(error(request, 21470));
    }
    const bool forcedFailure =
        m_keyFailureRate > 0 && QRandomGenerator::global()->generateDouble() < m_keyFailureRate;
    const bool valid = key.has_value() && key->size() == 32 && !forcedFailure;
    return SymmetricKey{valid ? *key : QByteArray(), iv, valid};
}

std::expected<StorageLink, HttpReply> Emulator::presignedLink(const QString &token, const QString &kind) const
{
    const auto link = m_state.storageLinks.constFind(token);
    if (link == m_state.storageLinks.constEnd() || (!kind.isEmpty() && link->kind != kind)) {
        return std::unexpected(
            HttpReply::raw(404, "application/xml", "<Error><Code>BlobNotFound</Code></Error>"));
    }
    if (link->expires <= now()) {
        return std::unexpected(
            HttpReply::raw(403, "application/xml",
                           "<Error><Code>AuthenticationFailed</Code><Message>Signed expiry time has "
                           "passed</Message></Error>"));
    }
    return *link;
}

SessionRecord *Emulator::ownOnlineSession(const QString &reference, const IssuedToken &token)
{
    auto session = m_state.sessions.find(reference);
    return session != m_state.sessions.end() && !session->batch && session->contextNip == token.contextNip
               ? &*session
               : nullptr;
}

std::expected<SessionRecord *, HttpReply> Emulator::writableOnlineSession(const HttpRequest &request,
                                                                          const QString &reference)
{
    const Guard guard = requireAccess(request, QStringLiteral("InvoiceWrite"));
    if (!guard) {
        return std::unexpected(guard.error());
    }
    SessionRecord *session = ownOnlineSession(reference, *guard);
    if (!session) {
        return std::unexpected(error(request, 21173));
    }
    return session;
}

QString Emulator::storageLink(const StorageLink &link)
{
    const QString token = m_references.hex(32).toLower();
    m_state.storageLinks.insert(token, link);
    return m_origin + QStringLiteral("/_storage/") + token + QStringLiteral("?se=") +
           QString::number(link.expires.toSecsSinceEpoch()) + QStringLiteral("&sp=r&sig=") +
           m_references.hex(16);
}

QJsonObject Emulator::statsJson() const
{
    QJsonObject perGroup;
    for (auto it = m_state.stats.requestsPerGroup.begin(); it != m_state.stats.requestsPerGroup.end(); ++it) {
        perGroup.insert(it.key(), it.value());
    }
    int duplicateAcceptances = 0;
    for (const int count : m_state.acceptancesPerKey) {
        duplicateAcceptances += count > 1 ? 1 : 0;
    }
    // Accepted invoices KSeF holds as offline, and how many of them were declared so (offlineMode: true).
    int offlineAccepted = 0;
    int offlineDeclared = 0;
    for (const QString &reference : m_state.acceptedOrder) {
        const InvoiceRecord &invoice = m_state.invoices[reference];
        offlineAccepted += invoice.invoicingMode == u"Offline" ? 1 : 0;
        offlineDeclared += invoice.declaredOffline ? 1 : 0;
    }
    return QJsonObject{{QStringLiteral("requestsPerGroup"), perGroup},
                       {QStringLiteral("tooManyRequests"), m_state.stats.tooManyRequests},
                       {QStringLiteral("invoicesAccepted"), m_state.stats.invoicesAccepted},
                       {QStringLiteral("invoicesRejected"), m_state.stats.invoicesRejected},
                       {QStringLiteral("faultsInjected"), m_state.stats.faultsInjected},
                       {QStringLiteral("ksefCertificateLogins"), m_state.stats.ksefCertificateLogins},
                       {QStringLiteral("duplicateAcceptances"), duplicateAcceptances},
                       {QStringLiteral("offlineAccepted"), offlineAccepted},
                       {QStringLiteral("offlineDeclared"), offlineDeclared},
                       {QStringLiteral("sessions"), static_cast<qint64>(m_state.sessions.size())}};
}

void Emulator::markUnavailableSession(const HttpRequest &request, const FaultRule &fault)
{
    // 21184 "session temporarily unavailable" is a state of the session, not of one request.
    static const QRegularExpression onlineInvoices(QStringLiteral("^/sessions/online/([^/]+)/invoices$"));
    const auto match = onlineInvoices.match(request.path);
    if (fault.action == FaultRule::Action::Exception && fault.exceptionCode == 21184 && match.hasMatch()) {
        if (const auto session = m_state.sessions.find(match.captured(1));
            session != m_state.sessions.end()) {
            session->temporarilyUnavailable = true;
        }
    }
}

HttpReply Emulator::injectedFault(const HttpRequest &request, const FaultRule &fault)
{
    switch (fault.action) {
    case FaultRule::Action::Exception:
        return Errors::exception(request, now(), fault.exceptionCode,
                                 Errors::description(fault.exceptionCode));
    case FaultRule::Action::Error502:
        return HttpReply::raw(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
    case FaultRule::Action::Error503: {
        HttpReply reply =
            Errors::exception(request, now(), 503, QStringLiteral("Trwa przerwa techniczna."),
                              {QStringLiteral("System KSeF jest niedostępny z powodu prac serwisowych.")});
        reply.status = 503;
        return reply.withHeader("Retry-After", "60");
    }
    case FaultRule::Action::Waf:
        return HttpReply::raw(403, "text/html; charset=utf-8",
                              "<html><head><title>Request Rejected</title></head><body>The requested URL was "
                              "rejected. Please consult with your administrator.<br>Your support ID is: " +
                                  request.traceId.toLatin1() + "</body></html>");
    default:
        return Errors::internalError(request, now());
    }
}

void Emulator::dispatch(HttpRequest request, const ReplySink &sink)
{
    m_dirty = m_dirty || request.method != "GET";
    request.traceId = QStringLiteral("00-%1-%2-00")
                          .arg(m_references.hex(32).toLower())
                          .arg(++m_traceCounter, 16, 16, QLatin1Char('0'));
    struct Exchange
    {
        QString pattern; // the matched route, known a few lines below
        bool fault = false;
    };
    const auto exchange = std::make_shared<Exchange>();
    const auto finish = [this, sink, request, exchange](HttpReply reply) {
        reply.withHeader("X-Request-ID", request.traceId.toLatin1());
        record(request, exchange->pattern, exchange->fault, reply);
        const QByteArray echoed = request.header("x-test-system-warning");
        if (!echoed.isEmpty() || !m_systemWarning.isEmpty()) {
            reply.withHeader("X-System-Warning", echoed.isEmpty() ? m_systemWarning.toUtf8() : echoed);
        }
        sink.send(reply);
    };

    // A scripted fault for this request (the control API), applied here; false when none fires.
    const auto injectFault = [&](const QString &group, const Router::Match &match) {
        const auto fault = m_faults.next(group, QString::fromLatin1(request.method), request.path);
        if (!fault) {
            return false;
        }
        ++m_state.stats.faultsInjected;
        exchange->fault = fault->action != FaultRule::Action::Delay;
        qCInfo(lcEmulator) << "fault" << fault->toJson().value(QStringLiteral("action")).toString()
                           << request.path;
        switch (fault->action) {
        case FaultRule::Action::Reset:
            sink.abort();
            return true;
        case FaultRule::Action::LostReply:
            handle(request, match);
            sink.drop();
            return true;
        case FaultRule::Action::Delay:
            schedule(fault->delayMs, [this, request, match, finish] { finish(handle(request, match)); });
            return true;
        default:
            markUnavailableSession(request, *fault);
            finish(injectedFault(request, *fault));
            return true;
        }
    };

    if (request.path.startsWith(u"/_emulator/") || request.path.startsWith(u"/_storage/") ||
        request.path.startsWith(u"/latarnia/") || request.path.startsWith(u"/certificate/") ||
        request.path.startsWith(u"/invoice/")) {
        const Router::Match match = m_router.match(request.method, request.path);
        if (match.route && request.path.startsWith(u"/_storage/") &&
            injectFault(QStringLiteral("storage"), match)) {
            return; // presigned storage can fail too (never rate-limited)
        }
        finish(match.route ? handle(request, match) : Errors::notFound(request, now()));
        return;
    }
    if (!request.path.startsWith(u"/v2/")) {
        finish(Errors::notFound(request, now()));
        return;
    }
    const Router::Match match = m_router.match(request.method, request.path.mid(3));
    if (!match.route) {
        HttpReply reply = Errors::notFound(request, now());
        if (match.pathKnown) {
            reply.status = 405;
        }
        finish(reply);
        return;
    }
    exchange->pattern = match.route->pattern;
    const QString group = match.route->group;
    ++m_state.stats.requestsPerGroup[group.isEmpty() ? QStringLiteral("unlimited") : group];

    if (injectFault(group, match)) {
        return;
    }
    // In step with Latarnia: an announced failure or maintenance window is a 503, a total failure silence.
    switch (outage()) {
    case Outage::Silent:
        sink.abort();
        return;
    case Outage::Unavailable: {
        FaultRule unavailable;
        unavailable.action = FaultRule::Action::Error503;
        finish(injectedFault(request, unavailable));
        return;
    }
    case Outage::None:
        break;
    }

    // Protected endpoints count per (context, IP); public ones per IP.
    QString limitKey = request.clientIp;
    if (group != u"public") {
        const auto token = m_state.tokens.constFind(request.bearer());
        limitKey = (token != m_state.tokens.constEnd() ? token->contextNip : QStringLiteral("?")) + u'|' +
                   request.clientIp;
    }
    // The permission endpoints have 10/30/120 each (open-api.json x-rate-limits per operation), not one
    // budget for all of them.
    if (match.route->pattern.startsWith(u"/permissions/")) {
        limitKey += u'|' + QString::fromLatin1(match.route->method) + u' ' + match.route->pattern;
    }
    if (const auto retryAfter = m_limiter.acquire(group, limitKey, now())) {
        ++m_state.stats.tooManyRequests;
        const WindowLimits limits = m_limiter.limits(group);
        finish(Errors::tooManyRequests(
            request, now(), *retryAfter,
            QStringLiteral("Przekroczono limit żądań (%1/s, %2/min, %3/h) dla grupy %4. "
                           "Spróbuj ponownie po %5 sekundach.")
                .arg(limits.perSecond)
                .arg(limits.perMinute)
                .arg(limits.perHour)
                .arg(group)
                .arg(*retryAfter)));
        return;
    }
    finish(handle(request, match));
}

void Emulator::record(const HttpRequest &request, const QString &pattern, bool fault, const HttpReply &reply)
{
    if (m_log) {
        m_log->write(
            QStringLiteral("%1 %2 %3 %4 %5\n")
                .arg(now().toString(Qt::ISODateWithMs), QString::fromLatin1(request.method), request.path)
                .arg(reply.status)
                .arg(request.traceId)
                .toUtf8());
        m_log->flush();
    }
    if (!m_record || !request.path.startsWith(u"/v2/")) {
        return;
    }
    const QJsonObject line{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), request.query.query(QUrl::FullyDecoded)},
        {QStringLiteral("pattern"), pattern},
        {QStringLiteral("fault"), fault},
        {QStringLiteral("status"), reply.status},
        {QStringLiteral("requestContentType"), QString::fromLatin1(request.header("content-type"))},
        {QStringLiteral("requestBody"), QString::fromUtf8(request.body.left(200'000))},
        {QStringLiteral("contentType"), QString::fromLatin1(reply.contentType)},
        {QStringLiteral("body"), QString::fromUtf8(reply.body.left(200'000))}};
    m_record->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_record->flush();
}

HttpReply Emulator::handle(const HttpRequest &request, const Router::Match &match)
{
    return match.route->handler(request, match.captures);
}

} // namespace Kurier::Emulator
