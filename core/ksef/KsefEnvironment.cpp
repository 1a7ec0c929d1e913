#include "ksef/KsefEnvironment.h"

namespace Kurier {

KsefEnvironment KsefEnvironment::official(Kind kind)
{
    switch (kind) {
    case Kind::Test:
        return {kind, QUrl(QStringLiteral("https://api-test.ksef.mf.gov.pl/v2"))};
    case Kind::Demo:
        return {kind, QUrl(QStringLiteral("https://api-demo.ksef.mf.gov.pl/v2"))};
    case Kind::Production:
        return {kind, QUrl(QStringLiteral("https://api.ksef.mf.gov.pl/v2"))};
    case Kind::Custom:
        break;
    }
    return {Kind::Custom, QUrl()};
}

KsefEnvironment KsefEnvironment::custom(const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    url.setPath(url.path().endsWith(u'/') ? url.path().chopped(1) : url.path());
    return {Kind::Custom, url};
}

std::optional<KsefEnvironment> KsefEnvironment::fromText(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name == u"test" || name == u"te") {
        return official(Kind::Test);
    }
    if (name == u"demo" || name == u"tr") {
        return official(Kind::Demo);
    }
    if (name == u"production" || name == u"prod" || name == u"prd") {
        return official(Kind::Production);
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()) {
        return custom(url);
    }
    return std::nullopt;
}

QString KsefEnvironment::key() const
{
    switch (kind) {
    case Kind::Test:
        return QStringLiteral("test");
    case Kind::Demo:
        return QStringLiteral("demo");
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Custom:
        break;
    }
    return baseUrl.toString();
}

QString KsefEnvironment::displayName() const
{
    switch (kind) {
    case Kind::Test:
        return tr("KSeF test environment");
    case Kind::Demo:
        return tr("KSeF pre-production (demo) environment");
    case Kind::Production:
        return tr("KSeF production");
    case Kind::Custom:
        break;
    }
    return tr("KSeF at %1").arg(baseUrl.toString());
}

QUrl KsefEnvironment::url(const QString &path) const
{
    QUrl result = baseUrl;
    result.setPath(baseUrl.path() + path);
    return result;
}

QUrl KsefEnvironment::qrHost() const
{
    switch (kind) {
    case Kind::Test:
        return QUrl(QStringLiteral("https://qr-test.ksef.mf.gov.pl"));
    case Kind::Demo:
        return QUrl(QStringLiteral("https://qr-demo.ksef.mf.gov.pl"));
    case Kind::Production:
        return QUrl(QStringLiteral("https://qr.ksef.mf.gov.pl"));
    case Kind::Custom:
        break;
    }
    return baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QUrl KsefEnvironment::latarniaBase() const
{
    switch (kind) {
    case Kind::Test:
    case Kind::Demo:
        return QUrl(QStringLiteral("https://api-latarnia-test.ksef.mf.gov.pl"));
    case Kind::Production:
        return QUrl(QStringLiteral("https://api-latarnia.ksef.mf.gov.pl"));
    case Kind::Custom:
        break;
    }
    QUrl url = baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(QStringLiteral("/latarnia"));
    return url;
}

} // namespace Kurier
