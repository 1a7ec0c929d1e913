#include "ksef/HttpTransport.h"

#include "ratelimit/RateLimitTable.h"
#include "ratelimit/SharedRateLimiter.h"
#include "util/EventLoopWait.h"
#include "util/TimeBreakdown.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <list>

Q_LOGGING_CATEGORY(lcKsefHttp, "kurier.ksef.http")

namespace Kurier {
namespace {
constexpr std::chrono::milliseconds kStopCheck{50};

KsefError cancelled(const QString &endpoint)
{
    KsefError error;
    error.kind = KsefError::Kind::Cancelled;
    error.endpoint = endpoint;
    error.description = QStringLiteral("stopping");
    return error;
}

// A presigned storage link (a full URL) rather than an API path: no Authorization, no rate limit.
bool isPresigned(const HttpCall &call)
{
    return call.url.isValid() && !call.url.isEmpty();
}

// "http.<rate-limit group>" ("http.storage" for presigned links): the phase of a request in a TimeBreakdown.
QByteArray breakdownPhase(const QList<HttpCall> &calls)
{
    if (calls.isEmpty()) {
        return QByteArrayLiteral("http");
    }
    const HttpCall &call = calls.constFirst();
    const bool presigned = isPresigned(call);
    const QString group =
        presigned ? QStringLiteral("storage") : RateLimitTable::groupFor(call.method, call.path);
    return "http." + (group.isEmpty() ? QByteArrayLiteral("unlimited") : group.toLatin1());
}
} // namespace

namespace {

// Fills codes, texts and ids from either error body shape; false when the body is not a JSON object.
bool readErrorBody(KsefError &error, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return false;
    }
    const QJsonObject object = document.object();
    const auto addEntry = [&error](const QJsonObject &entry, const char *codeKey, const char *textKey) {
        if (entry.value(QLatin1StringView(codeKey)).isDouble()) {
            error.exceptionCodes.append(entry.value(QLatin1StringView(codeKey)).toInt());
        }
        if (error.description.isEmpty()) {
            error.description = entry.value(QLatin1StringView(textKey)).toString();
        }
        for (const QJsonValue &detail : entry.value(QStringLiteral("details")).toArray()) {
            error.details.append(detail.toString());
        }
    };
    const QJsonObject legacy = object.value(QStringLiteral("exception")).toObject();
    for (const QJsonValue &entry : legacy.value(QStringLiteral("exceptionDetailList")).toArray()) {
        addEntry(entry.toObject(), "exceptionCode", "exceptionDescription");
    }
    for (const QJsonValue &entry : object.value(QStringLiteral("errors")).toArray()) {
        addEntry(entry.toObject(), "code", "description");
    }
    if (object.contains(QStringLiteral("status")) && object.value(QStringLiteral("status")).isObject()) {
        addEntry(object.value(QStringLiteral("status")).toObject(), "code", "description"); // legacy 429 body
        error.exceptionCodes.clear();
    }
    if (error.description.isEmpty()) {
        error.description =
            object.value(QStringLiteral("detail")).toString(object.value(QStringLiteral("title")).toString());
    }
    error.reasonCode = object.value(QStringLiteral("reasonCode")).toString();
    if (object.value(QStringLiteral("security")).isObject()) { // 403: required and present permissions
        error.extensions = object.value(QStringLiteral("security")).toObject();
    }
    if (error.requestId.isEmpty()) {
        error.requestId = object.value(QStringLiteral("traceId"))
                              .toString(legacy.value(QStringLiteral("referenceNumber")).toString());
    }
    return true;
}

bool isJson(const QByteArray &contentType)
{
    return contentType.contains("json");
}
} // namespace

HttpCall HttpCall::json(QByteArray method, QString path, const QJsonObject &body, QString bearer)
{
    HttpCall call;
    call.method = std::move(method);
    call.path = std::move(path);
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.contentType = "application/json";
    call.bearer = std::move(bearer);
    return call;
}

HttpCall HttpCall::post(QString path, QString bearer)
{
    HttpCall call;
    call.method = "POST";
    call.path = std::move(path);
    call.bearer = std::move(bearer);
    return call;
}

HttpCall HttpCall::get(QString path, QString bearer)
{
    HttpCall call;
    call.path = std::move(path);
    call.bearer = std::move(bearer);
    return call;
}

std::expected<QJsonObject, KsefError> HttpAnswer::object(const QString &endpoint) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject()) {
        return document.object();
    }
    KsefError error;
    error.kind = KsefError::Kind::UnexpectedReply;
    error.httpStatus = status;
    error.endpoint = endpoint;
    error.requestId = requestId;
    error.rawBody = body.left(64 * 1024);
    error.description = document.isNull() ? parseError.errorString() : QStringLiteral("not a JSON object");
    return std::unexpected(error);
}

HttpTransport::HttpTransport(QNetworkAccessManager &network, KsefEnvironment environment,
                             SharedRateLimiter *limiter)
    : m_network(network)
    , m_environment(std::move(environment))
    , m_limiter(limiter)
{}

QString HttpTransport::endpointPattern(QByteArrayView method, const QString &path)
{
    static const QRegularExpression reference(QStringLiteral("^\\d{8}-[A-Z]{2}-[0-9A-F-]+$"));
    static const QRegularExpression ksefNumber(QStringLiteral("^\\d{10}-\\d{8}-[0-9A-F-]+$"));
    QStringList segments = path.split(u'/');
    for (QString &segment : segments) {
        if (ksefNumber.match(segment).hasMatch()) {
            segment = QStringLiteral("{ksefNumber}");
        } else if (reference.match(segment).hasMatch()) {
            segment = QStringLiteral("{ref}");
        }
    }
    return QString::fromLatin1(method.toByteArray()) + u' ' + segments.join(u'/');
}

void HttpTransport::sleep(std::chrono::milliseconds duration) const
{
    if (!m_stop) {
        waitInEventLoop(duration);
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [this, &loop] {
        if (stopping()) {
            loop.quit();
        }
    });
    check.start(kStopCheck);
    if (!stopping()) {
        loop.exec();
    }
}

std::optional<KsefError> HttpTransport::waitForPermit(const QString &group, const QString &endpoint)
{
    if (stopping()) {
        return cancelled(endpoint);
    }
    if (!m_limiter || group.isEmpty()) {
        return std::nullopt;
    }
    QElapsedTimer waited;
    waited.start();
    const TimeBreakdown::Scope measured(m_breakdown, QLatin1StringView("http.permit"));
    for (;;) {
        const auto wait = m_limiter->tryAcquire(group);
        if (!wait) {
            KsefError error;
            error.kind = KsefError::Kind::Local;
            error.endpoint = endpoint;
            error.description = wait.error();
            return error;
        }
        if (*wait == 0) {
            return std::nullopt;
        }
        if (waited.elapsed() + *wait > m_maxPermitWait.count()) {
            KsefError error;
            error.kind = KsefError::Kind::RateLimited;
            error.endpoint = endpoint;
            error.retryAfterSeconds = static_cast<int>((*wait + 999) / 1000);
            error.description = QStringLiteral("local budget of %1 exhausted").arg(group);
            return error;
        }
        sleep(std::chrono::milliseconds(*wait));
        if (stopping()) {
            return cancelled(endpoint);
        }
    }
}

HttpTransport::Prepared HttpTransport::prepare(const HttpCall &call) const
{
    Prepared prepared;
    const bool presigned = isPresigned(call);
    prepared.endpoint = presigned ? QString::fromLatin1(call.method) + QStringLiteral(" (presigned storage)")
                                  : endpointPattern(call.method, call.path);
    prepared.group = presigned ? QString() : RateLimitTable::groupFor(call.method, call.path);
    QUrl url = presigned ? call.url : m_environment.url(call.path);
    if (!call.query.isEmpty()) {
        url.setQuery(call.query);
    }
    QNetworkRequest &request = prepared.request;
    request.setUrl(url);
    request.setTransferTimeout(0); // our own timer covers the whole call
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!call.body.isEmpty()) { // operations without a request body get none: no `{}`, no Content-Type
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          call.contentType.isEmpty() ? QByteArray("application/json") : call.contentType);
    }
    if (!call.bearer.isEmpty() && !presigned) {
        request.setRawHeader("Authorization", "Bearer " + call.bearer.toLatin1());
    }
    if (m_problemDetails && !presigned) {
        request.setRawHeader("X-Error-Format", "problem-details");
    }
    for (const auto &[name, value] : call.headers) {
        request.setRawHeader(name, value);
    }
    return prepared;
}

std::expected<HttpAnswer, KsefError> HttpTransport::execute(const HttpCall &call)
{
    return executeAll({call}, 1).constFirst();
}

QList<std::expected<HttpAnswer, KsefError>> HttpTransport::executeAll(const QList<HttpCall> &calls,
                                                                      int parallel)
{
    QList<std::expected<HttpAnswer, KsefError>> results(calls.size(), std::unexpected(KsefError{}));
    const TimeBreakdown::Scope measured(
        m_breakdown, QLatin1StringView(m_breakdown ? breakdownPhase(calls) : QByteArray()), calls.size());
    struct InFlight
    {
        qsizetype index = 0;
        Prepared prepared;
        QNetworkReply *reply = nullptr;
        std::unique_ptr<QTimer> timer;
        bool timedOut = false;
        QElapsedTimer elapsed;
    };
    std::list<InFlight> inFlight;
    QEventLoop loop;
    qsizetype next = 0;
    const auto startMore = [&] {
        while (next < calls.size() && std::ssize(inFlight) < std::max(parallel, 1)) {
            const qsizetype index = next++;
            Prepared prepared = prepare(calls[index]);
            if (const auto refused = waitForPermit(prepared.group, prepared.endpoint)) {
                results[index] = std::unexpected(*refused);
                notify(prepared, results[index], 0);
                continue;
            }
            InFlight &flight = inFlight.emplace_back();
            flight.index = index;
            flight.prepared = std::move(prepared);
            flight.elapsed.start();
            flight.reply =
                m_network.sendCustomRequest(flight.prepared.request, calls[index].method, calls[index].body);
            flight.timer = std::make_unique<QTimer>();
            flight.timer->setSingleShot(true);
            QNetworkReply *reply = flight.reply;
            bool *timedOut = &flight.timedOut;
            QObject::connect(flight.timer.get(), &QTimer::timeout, reply, [reply, timedOut] {
                *timedOut = true;
                reply->abort();
            });
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&loop] { loop.quit(); });
            flight.timer->start(calls[index].timeout.count() > 0 ? calls[index].timeout : m_defaultTimeout);
        }
    };
    // Stopping: abort what is in flight (each reply finishes at once, as cancelled) — checked before every
    // wait and every kStopCheck while waiting, since the flag is set from another thread.
    bool aborted = false;
    const auto abortIfStopping = [&] {
        if (!stopping() || aborted) {
            return;
        }
        aborted = true;
        for (InFlight &flight : inFlight) {
            flight.reply->abort();
        }
        loop.quit();
    };
    QTimer stopCheck;
    if (m_stop) {
        QObject::connect(&stopCheck, &QTimer::timeout, &loop, abortIfStopping);
        stopCheck.start(kStopCheck);
    }
    startMore();
    while (!inFlight.empty()) {
        abortIfStopping();
        const bool anyFinished = std::any_of(inFlight.begin(), inFlight.end(), [](const InFlight &flight) {
            return flight.reply->isFinished();
        });
        if (!anyFinished) {
            loop.exec();
        }
        for (auto it = inFlight.begin(); it != inFlight.end();) {
            if (!it->reply->isFinished()) {
                ++it;
                continue;
            }
            it->timer->stop();
            if (aborted) {
                // Abandoned in flight: like a lost reply, a POST may have reached KSeF (the outbox then looks
                // it up in the session instead of sending it again).
                KsefError error = cancelled(it->prepared.endpoint);
                error.maybeDelivered = calls[it->index].method != "GET";
                results[it->index] = std::unexpected(error);
            } else {
                results[it->index] =
                    result(calls[it->index], it->prepared, it->reply, it->timedOut, it->elapsed.elapsed());
            }
            it->reply->deleteLater();
            it = inFlight.erase(it);
        }
        startMore();
    }
    return results;
}

void HttpTransport::notify(const Prepared &prepared, const std::expected<HttpAnswer, KsefError> &result,
                           qint64 elapsedMs, const QString &systemWarning)
{
    if (!m_observer) {
        return;
    }
    ExchangeRecord record{prepared.endpoint, prepared.group, 0, 0, {}, elapsedMs, {}, systemWarning};
    if (result) {
        record.httpStatus = result->status;
        record.requestId = result->requestId;
    } else {
        record.httpStatus = result.error().httpStatus;
        record.exceptionCode = result.error().code();
        record.requestId = result.error().requestId;
        record.error = result.error().kind;
    }
    m_observer(record);
}

std::expected<HttpAnswer, KsefError> HttpTransport::result(const HttpCall &call, const Prepared &prepared,
                                                           QNetworkReply *reply, bool timedOut,
                                                           qint64 elapsedMs)
{
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->isOpen() ? reply->readAll() : QByteArray();
    answer.elapsedMs = elapsedMs;
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        answer.headers.insert(name.toLower(), value);
    }
    answer.requestId = QString::fromLatin1(answer.header("x-request-id"));
    answer.systemWarning = QString::fromUtf8(answer.header("x-system-warning"));
    if (!answer.systemWarning.isEmpty()) {
        qCWarning(lcKsefHttp) << "KSeF system warning on" << prepared.endpoint << ":" << answer.systemWarning;
    }

    std::expected<HttpAnswer, KsefError> outcome = answer;
    if (timedOut || (answer.status == 0 && reply->error() != QNetworkReply::NoError)) {
        KsefError error;
        error.endpoint = prepared.endpoint;
        error.maybeDelivered = call.method != "GET";
        error.description = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            error.kind = KsefError::Kind::Tls;
            error.maybeDelivered = false;
            break;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            error.kind = KsefError::Kind::Network;
            error.maybeDelivered = false;
            break;
        default:
            error.kind = timedOut ? KsefError::Kind::Timeout : KsefError::Kind::Network;
            break;
        }
        qCInfo(lcKsefHttp) << prepared.endpoint << "failed:" << error.description;
        outcome = std::unexpected(error);
    } else if (answer.status < 200 || answer.status >= 300) {
        outcome = std::unexpected(errorFromAnswer(answer, prepared.endpoint, prepared.group));
    }
    notify(prepared, outcome, elapsedMs, answer.systemWarning);
    return outcome;
}

KsefError HttpTransport::errorFromAnswer(const HttpAnswer &answer, const QString &endpoint,
                                         const QString &group)
{
    KsefError error;
    error.httpStatus = answer.status;
    error.endpoint = endpoint;
    error.requestId = answer.requestId;
    error.rawBody = answer.body.left(64 * 1024);
    bool ok = false;
    const int retryAfter = answer.header("retry-after").trimmed().toInt(&ok);
    error.retryAfterSeconds = ok ? retryAfter : -1;
    const bool json = isJson(answer.header("content-type")) && readErrorBody(error, answer.body);
    switch (answer.status) {
    case 400:
        error.kind = json && !error.exceptionCodes.isEmpty() ? KsefError::Kind::Rejected
                                                             : KsefError::Kind::UnexpectedReply;
        break;
    case 401:
        error.kind = KsefError::Kind::Unauthorized;
        break;
    case 403:
        error.kind =
            json && !error.reasonCode.isEmpty() ? KsefError::Kind::Forbidden : KsefError::Kind::Blocked;
        break;
    case 404:
        error.kind = KsefError::Kind::NotFound;
        break;
    case 410:
        error.kind = KsefError::Kind::Gone;
        break;
    case 429:
        error.kind = KsefError::Kind::RateLimited;
        if (m_limiter && !group.isEmpty()) {
            const int seconds = error.retryAfterSeconds >= 0 ? error.retryAfterSeconds : 60;
            (void)m_limiter->block(group, std::chrono::seconds(seconds));
        }
        break;
    case 503:
        error.kind = KsefError::Kind::Maintenance;
        break;
    default:
        error.kind = answer.status >= 500 ? KsefError::Kind::ServerError : KsefError::Kind::UnexpectedReply;
        break;
    }
    if (!json && error.description.isEmpty()) {
        error.description = QStringLiteral("%1 bytes of %2")
                                .arg(answer.body.size())
                                .arg(QString::fromLatin1(answer.header("content-type")));
    }
    qCInfo(lcKsefHttp) << endpoint << "answered" << answer.status << error.exceptionCodes << error.requestId;
    return error;
}

} // namespace Kurier
