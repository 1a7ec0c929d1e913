#include "ksef/Latarnia.h"

#include "ksef/HttpTransport.h"
#include "ksef/KsefJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kurier {

namespace {
// Latarnia's casing is not documented [?]: camelCase ("status") and PascalCase ("Status") are both read.
QJsonValue field(const QJsonObject &object, const char *name)
{
    const QString key = QString::fromLatin1(name);
    if (object.contains(key)) {
        return object.value(key);
    }
    return object.value(key.left(1).toUpper() + key.mid(1));
}

std::optional<Availability> availabilityOf(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (upper == u"AVAILABLE") {
        return Availability::Available;
    }
    if (upper == u"MAINTENANCE") {
        return Availability::Maintenance;
    }
    if (upper == u"FAILURE") {
        return Availability::Failure;
    }
    if (upper == u"TOTAL_FAILURE") {
        return Availability::TotalFailure;
    }
    return std::nullopt;
}

QDateTime timeOf(const QJsonValue &value)
{
    return value.isString() ? KsefJson::dateTime(value) : QDateTime();
}

std::optional<AvailabilityNotice> noticeOf(const QJsonValue &value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    AvailabilityNotice notice;
    const QJsonValue id = field(object, "id");
    notice.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    const QJsonValue eventId = field(object, "eventId");
    notice.eventId = eventId.isDouble() ? QString::number(eventId.toInteger()) : eventId.toString();
    const auto category = availabilityOf(field(object, "category").toString());
    if (!category || *category == Availability::Available) {
        return std::nullopt; // an announcement of nothing Kurier knows: ignored
    }
    notice.category = *category;
    const QString type = field(object, "type").toString().trimmed().toUpper();
    notice.kind = type == u"FAILURE_START"              ? AvailabilityNotice::Kind::FailureStart
                  : type == u"FAILURE_END"              ? AvailabilityNotice::Kind::FailureEnd
                  : type == u"MAINTENANCE_ANNOUNCEMENT" ? AvailabilityNotice::Kind::Maintenance
                                                        : AvailabilityNotice::Kind::Other;
    notice.title = field(object, "title").toString();
    notice.text = field(object, "text").toString();
    notice.start = timeOf(field(object, "start"));
    notice.end = timeOf(field(object, "end"));
    notice.version = field(object, "version").toInt();
    notice.published = timeOf(field(object, "published"));
    return notice;
}

QList<AvailabilityNotice> noticesOf(const QJsonArray &array)
{
    QList<AvailabilityNotice> notices;
    for (const QJsonValue &value : array) {
        if (const auto notice = noticeOf(value)) {
            notices.append(*notice);
        }
    }
    std::stable_sort(notices.begin(), notices.end(), [](const auto &a, const auto &b) {
        return a.published.isValid() && b.published.isValid() && a.published < b.published;
    });
    return notices;
}
} // namespace

QString availabilityKey(Availability availability)
{
    switch (availability) {
    case Availability::Available:
        return QStringLiteral("available");
    case Availability::Maintenance:
        return QStringLiteral("maintenance");
    case Availability::Failure:
        return QStringLiteral("failure");
    case Availability::TotalFailure:
        return QStringLiteral("total-failure");
    case Availability::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

QString availabilityName(Availability availability)
{
    switch (availability) {
    case Availability::Available:
        return Latarnia::tr("KSeF available");
    case Availability::Maintenance:
        return Latarnia::tr("KSeF maintenance announced");
    case Availability::Failure:
        return Latarnia::tr("KSeF failure announced");
    case Availability::TotalFailure:
        return Latarnia::tr("KSeF total failure announced");
    case Availability::Unreachable:
        return Latarnia::tr("Latarnia unreachable");
    }
    return {};
}

std::optional<AvailabilityNotice> AvailabilityReport::current() const
{
    for (auto it = notices.crbegin(); it != notices.crend(); ++it) {
        if (it->category == availability) {
            return *it;
        }
    }
    return std::nullopt;
}

Latarnia::Latarnia(HttpTransport &transport, QUrl base)
    : m_transport(transport)
    , m_base(std::move(base))
{}

std::optional<Availability> Latarnia::parseStatus(const QByteArray &json, QList<AvailabilityNotice> *notices)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const auto availability = availabilityOf(field(object, "status").toString());
    if (availability && notices) {
        *notices = noticesOf(field(object, "messages").toArray());
    }
    return availability;
}

std::optional<QList<AvailabilityNotice>> Latarnia::parseMessages(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isArray()) {
        return noticesOf(document.array());
    }
    if (document.isObject()) { // a wrapped list ({"messages": […]}) is read too
        const QJsonValue wrapped = field(document.object(), "messages");
        if (wrapped.isArray()) {
            return noticesOf(wrapped.toArray());
        }
    }
    return std::nullopt;
}

AvailabilityReport Latarnia::check()
{
    AvailabilityReport report;
    const auto url = [this](const char *path) {
        QUrl url = m_base;
        url.setPath(m_base.path().chopped(m_base.path().endsWith(u'/') ? 1 : 0) + QLatin1StringView(path));
        return url;
    };
    HttpCall status;
    status.url = url("/status");
    const auto answered = m_transport.execute(status);
    if (!answered) {
        report.problem = answered.error().message();
        return report;
    }
    const auto availability = parseStatus(answered->body, &report.notices);
    if (!availability) {
        report.problem = tr("Latarnia answered something Kurier does not understand.");
        return report;
    }
    report.availability = *availability;
    HttpCall messages;
    messages.url = url("/messages");
    if (const auto listed = m_transport.execute(messages)) {
        if (const auto notices = parseMessages(listed->body)) {
            report.notices = *notices; // the full list; the status' own list stays when this one fails
        }
    }
    return report;
}

} // namespace Kurier
