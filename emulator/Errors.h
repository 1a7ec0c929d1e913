#pragma once

#include "HttpTypes.h"

#include <QDateTime>
#include <QStringList>

namespace Kurier::Emulator {

// KSeF's error bodies (PROTOCOL.md §15.1): 400 in the legacy ExceptionResponse shape unless the request asked
// for problem details (X-Error-Format: problem-details); 401, 403 and 410 always as problem+json; 429 in
// either shape with Retry-After.
class Errors
{
public:
    static HttpReply exception(const HttpRequest &request, QDateTime now, int exceptionCode,
                               const QString &description, const QStringList &details = {});
    static HttpReply unauthorized(const HttpRequest &request, QDateTime now, const QString &detail);
    static HttpReply forbidden(const HttpRequest &request, QDateTime now, const QString &reasonCode,
                               const QString &detail, const QJsonObject &security = {});
    static HttpReply gone(const HttpRequest &request, QDateTime now, const QString &detail);
    static HttpReply tooManyRequests(const HttpRequest &request, QDateTime now, int retryAfterSeconds,
                                     const QString &detail);
    static HttpReply internalError(const HttpRequest &request, QDateTime now);
    static HttpReply notFound(const HttpRequest &request, QDateTime now);

    // The common KSeF exception texts, so that every endpoint words them the same way.
    static QString description(int exceptionCode);
};

} // namespace Kurier::Emulator
