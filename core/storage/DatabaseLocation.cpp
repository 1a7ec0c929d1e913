#include "storage/DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace Kurier {

bool ServerAddress::isServer(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

std::optional<ServerAddress> ServerAddress::parse(const QString &location)
{
    if (!isServer(location)) {
        return std::nullopt;
    }
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.password().isEmpty()) {
        return std::nullopt; // a password in the address would end up in settings files and logs
    }
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    address.user = url.userName();
    const QString mode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (!mode.isEmpty()) {
        static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                          QStringLiteral("prefer"),    QStringLiteral("require"),
                                          QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(mode)) {
            return std::nullopt;
        }
        address.sslMode = mode;
    }
    if (address.database.isEmpty() || address.database.contains(u'/') || address.port <= 0) {
        return std::nullopt;
    }
    return address;
}

QString ServerAddress::toLocation() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::displayName() const
{
    return QStringLiteral("%1@%2:%3/%4 (TLS: %5)").arg(user, host).arg(port).arg(database, sslMode);
}

} // namespace Kurier
