#include "Router.h"

#include <QUrl>

namespace Kurier::Emulator {

void Router::add(const QByteArray &method, const QString &pattern, const QString &group, Handler handler)
{
    QString regex = QRegularExpression::escape(pattern);
    static const QRegularExpression placeholder(QStringLiteral("\\\\\\{[A-Za-z]+\\\\\\}"));
    regex.replace(placeholder, QStringLiteral("([^/]+)"));
    m_routes.append(
        Route{method, pattern, QRegularExpression(u'^' + regex + u'$'), group, std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.regex.match(path);
        if (!m.hasMatch()) {
            continue;
        }
        if (route.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.route = &route;
        result.captures = m.capturedTexts().mid(1);
        for (QString &capture : result.captures) {
            capture = QUrl::fromPercentEncoding(capture.toLatin1());
        }
        return result;
    }
    return result;
}

} // namespace Kurier::Emulator
