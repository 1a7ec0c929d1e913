#pragma once

#include "HttpTypes.h"

#include <QRegularExpression>

#include <functional>

namespace Kurier::Emulator {

// Maps (method, path pattern) to a handler. Patterns use {name} for one path segment: "/v2/sessions/{ref}".
// Each route belongs to a rate-limit group (KSeF's `GET /rate-limits` keys, "public", or "" for unlimited).
class Router
{
public:
    using Handler = std::function<HttpReply(const HttpRequest &, const QStringList &captures)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        QRegularExpression regex;
        QString group;
        Handler handler;
    };

    struct Match
    {
        const Route *route = nullptr;
        QStringList captures;
        bool pathKnown = false; // the path exists, but not for this method
    };

    void add(const QByteArray &method, const QString &pattern, const QString &group, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace Kurier::Emulator
