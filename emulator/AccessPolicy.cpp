#include "AccessPolicy.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace Kurier::Emulator::AccessPolicy {

namespace {
quint32 ipv4(const QString &text, bool *ok)
{
    const QHostAddress address(text.trimmed());
    *ok = address.protocol() == QAbstractSocket::IPv4Protocol;
    return *ok ? address.toIPv4Address() : 0;
}

// A loopback client reaches the emulator as ::ffff:127.0.0.1 or 127.0.0.1; compare IPv4 forms.
QString plainIpv4(const QString &clientIp)
{
    bool ok = false;
    const quint32 value = QHostAddress(clientIp).toIPv4Address(&ok);
    return ok ? QHostAddress(value).toString() : clientIp;
}
} // namespace

bool ipAllowed(const QJsonObject &allowedIps, const QString &clientIp)
{
    const QStringList addresses = allowedIps.value(QStringLiteral("ip4Addresses")).toVariant().toStringList();
    const QStringList ranges = allowedIps.value(QStringLiteral("ip4Ranges")).toVariant().toStringList();
    const QStringList masks = allowedIps.value(QStringLiteral("ip4Masks")).toVariant().toStringList();
    if (addresses.isEmpty() && ranges.isEmpty() && masks.isEmpty()) {
        return true;
    }
    const QString client = plainIpv4(clientIp);
    bool ok = false;
    const quint32 value = ipv4(client, &ok);
    if (!ok) {
        return false;
    }
    if (addresses.contains(client)) {
        return true;
    }
    for (const QString &range : ranges) {
        // The documentation's example separates with an en dash; the pattern says a hyphen. Accept both.
        const QStringList ends = range.split(QRegularExpression(QStringLiteral("[-\u2013]")));
        bool fromOk = false;
        bool toOk = false;
        if (ends.size() == 2) {
            const quint32 from = ipv4(ends[0], &fromOk);
            const quint32 to = ipv4(ends[1], &toOk);
            if (fromOk && toOk && from <= value && value <= to) {
                return true;
            }
        }
    }
    for (const QString &mask : masks) {
        const auto subnet = QHostAddress::parseSubnet(mask);
        if (subnet.second >= 0 && QHostAddress(value).isInSubnet(subnet)) {
            return true;
        }
    }
    return false;
}

QJsonObject allowedIpsFromXml(const QByteArray &authTokenRequest)
{
    const QString text = QString::fromUtf8(authTokenRequest);
    QJsonObject allowed;
    for (const auto &[element, key] :
         {std::pair{QStringLiteral("Ip4Address"), QStringLiteral("ip4Addresses")},
          std::pair{QStringLiteral("Ip4Range"), QStringLiteral("ip4Ranges")},
          std::pair{QStringLiteral("Ip4Mask"), QStringLiteral("ip4Masks")}}) {
        const QRegularExpression re(QStringLiteral("<(?:\\w+:)?%1>([^<]*)</").arg(element));
        QJsonArray values;
        for (auto it = re.globalMatch(text); it.hasNext();) {
            values.append(it.next().captured(1).trimmed());
        }
        if (!values.isEmpty()) {
            allowed.insert(key, values);
        }
    }
    return allowed;
}

} // namespace Kurier::Emulator::AccessPolicy
