#include "ratelimit/RateLimitTable.h"

#include <QRegularExpression>

namespace Kurier::RateLimitTable {

QMap<QString, WindowLimits> production()
{
    return {
        {QStringLiteral("onlineSession"), {10, 30, 120}},
        {QStringLiteral("invoiceSend"), {10, 30, 180}},
        {QStringLiteral("batchSession"), {10, 20, 60}},
        {QStringLiteral("invoiceStatus"), {30, 120, 1200}},
        {QStringLiteral("sessionInvoiceList"), {10, 20, 200}},
        {QStringLiteral("sessionMisc"), {10, 120, 1200}},
        {QStringLiteral("sessionList"), {5, 10, 60}},
        {QStringLiteral("invoiceMetadata"), {8, 16, 20}},
        {QStringLiteral("invoiceExport"), {8, 16, 20}},
        {QStringLiteral("invoiceExportStatus"), {10, 60, 600}},
        {QStringLiteral("invoiceDownload"), {8, 16, 64}},
        {QStringLiteral("other"), {10, 30, 120}},
        {QStringLiteral("public"), {60, 0, 0}},
    };
}

QString groupFor(QByteArrayView method, QStringView path)
{
    struct Rule
    {
        const char *method; // nullptr: any
        QRegularExpression pattern;
        const char *group;
    };
    static const QList<Rule> rules = [] {
        const auto re = [](const char *pattern) {
            return QRegularExpression(QLatin1StringView("^") + QLatin1StringView(pattern) +
                                      QLatin1StringView("/?$"));
        };
        return QList<Rule>{
            {"POST", re("/sessions/online(/[^/]+/close)?"), "onlineSession"},
            {"POST", re("/sessions/online/[^/]+/invoices"), "invoiceSend"},
            {"POST", re("/sessions/batch(/[^/]+/close)?"), "batchSession"},
            {"GET", re("/sessions"), "sessionList"},
            {"GET", re("/sessions/[^/]+/invoices(/failed)?"), "sessionInvoiceList"},
            {"GET", re("/sessions/[^/]+/invoices/(ksef/[^/]+|[^/]+)/upo"), "sessionMisc"},
            {"GET", re("/sessions/[^/]+/upo/[^/]+"), "sessionMisc"},
            {"GET", re("/sessions/[^/]+/invoices/[^/]+"), "invoiceStatus"},
            {"GET", re("/sessions/[^/]+"), "sessionMisc"},
            {"POST", re("/invoices/query/metadata"), "invoiceMetadata"},
            {"POST", re("/invoices/exports"), "invoiceExport"},
            {"GET", re("/invoices/exports/[^/]+"), "invoiceExportStatus"},
            {"GET", re("/invoices/ksef/[^/]+"), "invoiceDownload"},
            {nullptr, re("/auth/sessions(/.*)?"), "other"},
            {nullptr, re("/auth/(challenge|xades-signature|ksef-token|token/redeem|token/refresh)"),
             "public"},
            {"GET", re("/auth/[^/]+"), "public"},
            {nullptr, re("/security/public-key-certificates"), "public"},
            {nullptr, re("/peppol/query"), "public"},
            {nullptr, re("/testdata/(subject|person|permissions|attachment)(/.*)?"), "public"},
        };
    }();
    const QString text = path.toString();
    for (const Rule &rule : rules) {
        if ((rule.method == nullptr || method == QByteArrayView(rule.method)) &&
            rule.pattern.match(text).hasMatch()) {
            return QString::fromLatin1(rule.group);
        }
    }
    return QStringLiteral("other");
}

std::optional<QMap<QString, WindowLimits>> fromJson(const QJsonObject &rateLimits)
{
    QMap<QString, WindowLimits> table = production();
    int known = 0;
    for (auto it = rateLimits.begin(); it != rateLimits.end(); ++it) {
        if (!table.contains(it.key()) || it.key() == u"public") {
            continue; // a group this version does not know: ignore (forward compatible)
        }
        const QJsonObject limits = it.value().toObject();
        const auto value = [&](const char *name) {
            return limits.value(QLatin1StringView(name));
        };
        if (!value("perSecond").isDouble() || !value("perMinute").isDouble() ||
            !value("perHour").isDouble()) {
            return std::nullopt;
        }
        table[it.key()] =
            WindowLimits{value("perSecond").toInt(), value("perMinute").toInt(), value("perHour").toInt()};
        ++known;
    }
    return known > 0 ? std::optional(table) : std::nullopt;
}

} // namespace Kurier::RateLimitTable
