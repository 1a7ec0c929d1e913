#include "ratelimit/RateLimitTable.h"

#include <QRegularExpression>

namespace Kurier::RateLimitTable {

QMap<QString, WindowLimits> production()
{
    return {
        {QStringLiteral("onlineSession"), {10, 30, 120}},
        // API 2.8: closing a session counts on its own (interactive 20/60/240, batch 20/40/120).
        {QStringLiteral("onlineSessionClose"), {20, 60, 240}},
        {QStringLiteral("invoiceSend"), {10, 30, 180}},
        {QStringLiteral("batchSession"), {10, 20, 60}},
        {QStringLiteral("batchSessionClose"), {20, 40, 120}},
        // API 2.7: collective identifiers have their own group; KSeF has not published its values, so Kurier
        // assumes those of "other" until GET /rate-limits says otherwise.
        {QStringLiteral("collectiveIdentifier"), {10, 30, 120}},
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
            {"POST", re("/sessions/online"), "onlineSession"},
            {"POST", re("/sessions/online/[^/]+/close"), "onlineSessionClose"},
            {"POST", re("/sessions/online/[^/]+/invoices"), "invoiceSend"},
            {"POST", re("/sessions/batch"), "batchSession"},
            {"POST", re("/sessions/batch/[^/]+/close"), "batchSessionClose"},
            {nullptr, re("/collective-identifiers(/.*)?"), "collectiveIdentifier"},
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
    // The permission endpoints have a budget each (open-api.json x-rate-limits per operation, 10/30/120: the
    // limits of "other", which an unknown group gets): one group per endpoint, its id left out.
    if (text.startsWith(u"/permissions/")) {
        QStringList words; // whole segments of letters: "query/persons/grants", not an id that follows
        static const QRegularExpression word(QStringLiteral("^[a-z-]+$"));
        for (const QString &segment : text.split(u'/', Qt::SkipEmptyParts)) {
            if (!word.match(segment).hasMatch()) {
                break;
            }
            words.append(segment);
        }
        return QStringLiteral("other:") + QString::fromLatin1(method) + u' ' + words.join(u'/');
    }
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
        if (it.key() == u"public") {
            continue; // per IP, not KSeF's to set for a context
        }
        const bool knownGroup = table.contains(it.key());
        const QJsonObject limits = it.value().toObject();
        const auto value = [&](const char *name) {
            return limits.value(QLatin1StringView(name));
        };
        if (!value("perSecond").isDouble() || !value("perMinute").isDouble() ||
            !value("perHour").isDouble()) {
            if (!knownGroup) {
                continue; // a group this version does not know, in a shape it does not know: not fatal
            }
            return std::nullopt;
        }
        // A group this version does not know is kept (a later Kurier, or a new endpoint, may count on it).
        if (!knownGroup) {
            table[it.key()] = WindowLimits{value("perSecond").toInt(), value("perMinute").toInt(),
                                           value("perHour").toInt()};
            ++known;
            continue;
        }
        table[it.key()] =
            WindowLimits{value("perSecond").toInt(), value("perMinute").toInt(), value("perHour").toInt()};
        ++known;
    }
    return known > 0 ? std::optional(table) : std::nullopt;
}

} // namespace Kurier::RateLimitTable
