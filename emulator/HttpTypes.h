#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Kurier::Emulator {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;      // without the query, e.g. "/v2/sessions/online"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString clientIp;
    QString traceId; // assigned by the front end, echoed in X-Request-ID and error bodies

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    bool wantsProblemDetails() const { return header("x-error-format") == "problem-details"; }
    QString bearer() const;
};

struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonObject &object);
    static HttpReply json(int status, const QJsonDocument &document);
    static HttpReply empty(int status);
    static HttpReply raw(int status, const QByteArray &contentType, const QByteArray &body);
    HttpReply &withHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace Kurier::Emulator
