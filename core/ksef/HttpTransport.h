#pragma once

#include "ksef/KsefEnvironment.h"
#include "ksef/KsefError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <chrono>
#include <expected>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Kurier {

class SharedRateLimiter;
class TimeBreakdown;

// One HTTP request to KSeF.
struct HttpCall
{
    QByteArray method = "GET";
    QString path; // API path below the base URL ("/sessions/online"); or
    QUrl url;     // an absolute presigned storage URL (no Authorization, not rate-limited)
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // application/json when there is a body and nothing else is said
    QString bearer;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::chrono::milliseconds timeout{0}; // 0: the transport's default

    static HttpCall json(QByteArray method, QString path, const QJsonObject &body, QString bearer = {});
    static HttpCall get(QString path, QString bearer = {});
    // A POST of an operation that takes no request body (open-api.json has no requestBody): sent empty.
    static HttpCall post(QString path, QString bearer = {});
};

// Its answer (2xx only: every other status becomes a KsefError).
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString requestId;
    QString systemWarning;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The body as the JSON object the API documents, or UnexpectedReply (HTML, truncated, not an object).
    std::expected<QJsonObject, KsefError> object(const QString &endpoint) const;
};

// What the audit log records of every exchange (DESIGN.md pillar 6).
struct ExchangeRecord
{
    QString endpoint; // "POST /sessions/online/{ref}/invoices"
    QString group;    // rate-limit group, empty when not limited
    int httpStatus = 0;
    int exceptionCode = 0;
    QString requestId;
    qint64 durationMs = 0;
    std::optional<KsefError::Kind> error;
    QString systemWarning; // X-System-Warning: what KSeF announces it will refuse soon (empty: none)
};

// Sends HttpCalls to one KSeF environment: a permit from the shared rate limiter first (no request leaves
// without one), a hard timeout on every call, and every answer that is not 2xx turned into a typed KsefError
// — including HTML pages, truncated bodies, TLS failures and resets. The call blocks the calling thread in a
// local event loop: the client lives on a worker thread (the outbox engine's, or kurier-cli's main thread),
// never on the GUI thread.
class HttpTransport
{
public:
    HttpTransport(QNetworkAccessManager &network, KsefEnvironment environment, SharedRateLimiter *limiter);

    const KsefEnvironment &environment() const { return m_environment; }
    SharedRateLimiter *limiter() const { return m_limiter; }
    // The longest a call waits for a permit before it gives up with RateLimited (the caller reschedules).
    void setMaxPermitWait(std::chrono::milliseconds wait) { m_maxPermitWait = wait; }
    // Ask for problem+json error bodies (X-Error-Format: problem-details) instead of the legacy shape.
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_defaultTimeout = timeout; }
    std::chrono::milliseconds defaultTimeout() const { return m_defaultTimeout; }
    void setPreferProblemDetails(bool prefer) { m_problemDetails = prefer; }
    void setObserver(std::function<void(const ExchangeRecord &)> observer)
    {
        m_observer = std::move(observer);
    }
    // Where the time goes (null: not measured): requests by group, waits for permits; the client and the
    // engine measure their own phases in the same breakdown.
    void setBreakdown(TimeBreakdown *breakdown) { m_breakdown = breakdown; }
    TimeBreakdown *breakdown() const { return m_breakdown; }

    // Stopping (any thread): while `flag` is set, calls are refused at once and calls in flight are aborted
    // (KsefError::Kind::Cancelled), and sleep() returns early — so a quit never waits for KSeF to answer, and
    // every poll loop of the client ends with that error instead of spinning.
    void setStopFlag(std::shared_ptr<std::atomic_bool> flag) { m_stop = std::move(flag); }
    bool stopping() const { return m_stop && m_stop->load(); }
    // Waits `duration` in a local event loop (other work on this thread goes on); returns early when
    // stopping.
    void sleep(std::chrono::milliseconds duration) const;

    std::expected<HttpAnswer, KsefError> execute(const HttpCall &call);
    // Several calls with at most `parallel` in flight at once (batch part uploads); results in call order.
    QList<std::expected<HttpAnswer, KsefError>> executeAll(const QList<HttpCall> &calls, int parallel);

    // "/sessions/20260101-SO-…/invoices" → "/sessions/{ref}/invoices": endpoints without identifiers.
    static QString endpointPattern(QByteArrayView method, const QString &path);

private:
    std::optional<KsefError> waitForPermit(const QString &group, const QString &endpoint);
    struct Prepared
    {
        QString endpoint;
        QString group;
        QNetworkRequest request;
    };
    Prepared prepare(const HttpCall &call) const;
    std::expected<HttpAnswer, KsefError> result(const HttpCall &call, const Prepared &prepared,
                                                QNetworkReply *reply, bool timedOut, qint64 elapsedMs);
    void notify(const Prepared &prepared, const std::expected<HttpAnswer, KsefError> &result,
                qint64 elapsedMs, const QString &systemWarning = {});
    KsefError errorFromAnswer(const HttpAnswer &answer, const QString &endpoint, const QString &group);

    QNetworkAccessManager &m_network;
    KsefEnvironment m_environment;
    SharedRateLimiter *m_limiter = nullptr;
    std::chrono::milliseconds m_maxPermitWait{120'000};
    std::chrono::milliseconds m_defaultTimeout{30'000};
    bool m_problemDetails = false;
    std::function<void(const ExchangeRecord &)> m_observer;
    std::shared_ptr<std::atomic_bool> m_stop;
    TimeBreakdown *m_breakdown = nullptr;
};

} // namespace Kurier
