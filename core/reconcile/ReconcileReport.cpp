#include "reconcile/ReconcileReport.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace Kurier {
namespace {

constexpr std::array<std::pair<ReconcileFinding::Kind, const char *>, 9> kKinds{{
    {ReconcileFinding::Kind::Advanced, "advanced"},
    {ReconcileFinding::Kind::Stuck, "stuck"},
    {ReconcileFinding::Kind::SessionStuck, "session-stuck"},
    {ReconcileFinding::Kind::OrphanKsef, "orphan-ksef"},
    {ReconcileFinding::Kind::OrphanSession, "orphan-session"},
    {ReconcileFinding::Kind::OrphanLocal, "orphan-local"},
    {ReconcileFinding::Kind::UpoFetched, "upo-fetched"},
    {ReconcileFinding::Kind::UpoMissing, "upo-missing"},
    {ReconcileFinding::Kind::Error, "error"},
}};

constexpr std::array<std::pair<ReconcileReport::Outcome, const char *>, 4> kOutcomes{{
    {ReconcileReport::Outcome::Clean, "clean"},
    {ReconcileReport::Outcome::Attention, "attention"},
    {ReconcileReport::Outcome::Incomplete, "incomplete"},
    {ReconcileReport::Outcome::Failed, "failed"},
}};

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    // Quote everything that could split a field, and defuse spreadsheet formulas.
    if (field.startsWith('=') || field.startsWith('+') || field.startsWith('-') || field.startsWith('@')) {
        field.prepend('\'');
    }
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains(';')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

} // namespace

QString ReconcileFinding::kindKey(Kind kind)
{
    for (const auto &[value, key] : kKinds) {
        if (value == kind) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<ReconcileFinding::Kind> ReconcileFinding::kindFromKey(QStringView key)
{
    for (const auto &[value, text] : kKinds) {
        if (key == QLatin1StringView(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QString ReconcileFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Advanced:
        return tr("Status updated from KSeF");
    case Kind::Stuck:
        return tr("Stuck in KSeF");
    case Kind::SessionStuck:
        return tr("Session stuck");
    case Kind::OrphanKsef:
        return tr("In KSeF, not in Kurier (adopted)");
    case Kind::OrphanSession:
        return tr("Session Kurier did not open");
    case Kind::OrphanLocal:
        return tr("Unknown to KSeF (queued again)");
    case Kind::UpoFetched:
        return tr("UPO received");
    case Kind::UpoMissing:
        return tr("UPO missing");
    case Kind::Error:
        return tr("Check failed");
    }
    return {};
}

QJsonObject ReconcileFinding::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindKey(kind)}, {QStringLiteral("needsHuman"), needsHuman}};
    const auto put = [&json](const char *name, const QString &value) {
        if (!value.isEmpty()) {
            json.insert(QLatin1StringView(name), value);
        }
    };
    put("key", itemKey);
    put("invoiceNumber", invoiceNumber);
    put("ksefNumber", ksefNumber);
    put("sessionReference", sessionRef);
    put("since", iso(since));
    put("lastAnswer", lastAnswer);
    put("action", action);
    put("resolvedAt", iso(resolvedAt));
    put("resolution", resolution);
    if (id > 0) {
        json.insert(QStringLiteral("id"), id);
    }
    return json;
}

bool ReconcileReport::needsAttention() const
{
    if (outcome == Outcome::Failed || outcome == Outcome::Incomplete) {
        return true;
    }
    return std::any_of(findings.begin(), findings.end(),
                       [](const ReconcileFinding &f) { return f.needsHuman && !f.resolvedAt.isValid(); });
}

int ReconcileReport::count(ReconcileFinding::Kind kind) const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [kind](const ReconcileFinding &f) { return f.kind == kind; }));
}

QString ReconcileReport::outcomeKey(Outcome outcome)
{
    for (const auto &[value, key] : kOutcomes) {
        if (value == outcome) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<ReconcileReport::Outcome> ReconcileReport::outcomeFromKey(QStringView key)
{
    for (const auto &[value, text] : kOutcomes) {
        if (key == QLatin1StringView(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QJsonObject ReconcileReport::summaryJson() const
{
    QJsonObject json{{QStringLiteral("itemsChecked"), itemsChecked},
                     {QStringLiteral("sessionsChecked"), sessionsChecked},
                     {QStringLiteral("invoicesListed"), invoicesListed},
                     {QStringLiteral("metadataQueries"), metadataQueries},
                     {QStringLiteral("queriesPlanned"), queriesPlanned},
                     {QStringLiteral("remainingSeconds"), remainingSeconds}};
    if (!error.isEmpty()) {
        json.insert(QStringLiteral("error"), error);
    }
    return json;
}

void ReconcileReport::readSummary(const QJsonObject &summary)
{
    itemsChecked = summary.value(QStringLiteral("itemsChecked")).toInt();
    sessionsChecked = summary.value(QStringLiteral("sessionsChecked")).toInt();
    invoicesListed = summary.value(QStringLiteral("invoicesListed")).toInt();
    metadataQueries = summary.value(QStringLiteral("metadataQueries")).toInt();
    queriesPlanned = summary.value(QStringLiteral("queriesPlanned")).toInt();
    remainingSeconds = summary.value(QStringLiteral("remainingSeconds")).toInteger();
    error = summary.value(QStringLiteral("error")).toString();
}

QJsonObject ReconcileReport::toJson() const
{
    QJsonObject json = summaryJson();
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("trigger"), trigger);
    json.insert(QStringLiteral("startedAt"), iso(startedAt));
    json.insert(QStringLiteral("finishedAt"), iso(finishedAt));
    json.insert(QStringLiteral("from"), iso(from));
    json.insert(QStringLiteral("to"), iso(to));
    json.insert(QStringLiteral("outcome"), outcomeKey(outcome));
    json.insert(QStringLiteral("needsAttention"), needsAttention());
    QJsonArray list;
    for (const ReconcileFinding &finding : findings) {
        list.append(finding.toJson());
    }
    json.insert(QStringLiteral("findings"), list);
    return json;
}

QByteArray ReconcileReport::toCsv() const
{
    QByteArray csv =
        "run,kind,needs_human,invoice_number,ksef_number,session_reference,since,last_answer,action,"
        "resolved_at,resolution\r\n";
    for (const ReconcileFinding &f : findings) {
        const QStringList fields{QString::number(id),
                                 ReconcileFinding::kindKey(f.kind),
                                 f.needsHuman ? QStringLiteral("yes") : QStringLiteral("no"),
                                 f.invoiceNumber,
                                 f.ksefNumber,
                                 f.sessionRef,
                                 iso(f.since),
                                 f.lastAnswer,
                                 f.action,
                                 iso(f.resolvedAt),
                                 f.resolution};
        QByteArrayList line;
        for (const QString &field : fields) {
            line << csvField(field);
        }
        csv += line.join(',') + "\r\n";
    }
    return csv;
}

} // namespace Kurier
