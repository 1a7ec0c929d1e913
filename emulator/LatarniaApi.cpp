// Latarnia, KSeF's availability service (PROTOCOL.md §12.5), served at /latarnia/ beside the API, and its
// control under /_emulator/latarnia: announce and end maintenance, failure and total failure (the API follows
// the announced window: 503, or no answer at all), or make Latarnia itself unreachable (502), as it has been.
#include "Emulator.h"
#include "Errors.h"

#include <QJsonDocument>

namespace Kurier::Emulator {

namespace {
const QStringList kStatuses{QStringLiteral("AVAILABLE"), QStringLiteral("MAINTENANCE"),
                            QStringLiteral("FAILURE"), QStringLiteral("TOTAL_FAILURE")};

HttpReply badGateway()
{
    return HttpReply::raw(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
}
} // namespace

Emulator::Outage Emulator::outage() const
{
    if (m_latarnia.status == u"TOTAL_FAILURE") {
        return Outage::Silent;
    }
    return m_latarnia.status == u"AVAILABLE" ? Outage::None : Outage::Unavailable;
}

void Emulator::registerLatarnia()
{
    m_router.add("GET", QStringLiteral("/latarnia/status"), QString(),
                 [this](const HttpRequest &, const QStringList &) {
                     if (m_latarnia.unreachable) {
                         return badGateway();
                     }
                     QJsonArray current;
                     for (const QJsonValue &message : std::as_const(m_latarnia.messages)) {
                         if (message[QStringLiteral("eventId")] == m_latarnia.eventId) {
                             current.append(message);
                         }
                     }
                     return HttpReply::json(200, QJsonObject{{QStringLiteral("status"), m_latarnia.status},
                                                             {QStringLiteral("messages"), current}});
                 });
    m_router.add("GET", QStringLiteral("/latarnia/messages"), QString(),
                 [this](const HttpRequest &, const QStringList &) {
                     return m_latarnia.unreachable ? badGateway()
                                                   : HttpReply::json(200, QJsonDocument(m_latarnia.messages));
                 });

    // {"status": "FAILURE", "title": "…", "text": "…"} announces; {"status": "AVAILABLE"} ends the window;
    // {"unreachable": true} makes Latarnia answer 502 (the API is not affected).
    m_router.add(
        "POST", QStringLiteral("/_emulator/latarnia"), QString(),
        [this](const HttpRequest &request, const QStringList &) {
            HttpReply failure;
            const auto body = jsonBody(request, &failure);
            if (!body) {
                return failure;
            }
            if (body->contains(QStringLiteral("unreachable"))) {
                m_latarnia.unreachable = body->value(QStringLiteral("unreachable")).toBool();
            }
            const QString status = body->value(QStringLiteral("status")).toString(m_latarnia.status);
            if (!kStatuses.contains(status)) {
                return error(request, 21405,
                             {QStringLiteral("status: one of %1").arg(kStatuses.join(u", "))});
            }
            const QString stamp = now().toString(Qt::ISODateWithMs);
            const QString previous = m_latarnia.status;
            if (status != previous) {
                if (previous != u"AVAILABLE") { // the window in progress ends
                    QJsonObject ended{
                        {QStringLiteral("id"), m_latarnia.nextId++},
                        {QStringLiteral("eventId"), m_latarnia.eventId},
                        {QStringLiteral("category"), previous},
                        {QStringLiteral("type"), previous == u"MAINTENANCE"
                                                     ? QStringLiteral("MAINTENANCE_ANNOUNCEMENT")
                                                     : QStringLiteral("FAILURE_END")},
                        {QStringLiteral("title"), QStringLiteral("Zakończenie: %1").arg(previous)},
                        {QStringLiteral("text"), QStringLiteral("System KSeF działa poprawnie.")},
                        {QStringLiteral("end"), stamp},
                        {QStringLiteral("version"), 2},
                        {QStringLiteral("published"), stamp}};
                    for (const QJsonValue &message : std::as_const(m_latarnia.messages)) {
                        if (message[QStringLiteral("eventId")] == m_latarnia.eventId) {
                            ended.insert(QStringLiteral("start"), message[QStringLiteral("start")]);
                            break;
                        }
                    }
                    m_latarnia.messages.append(ended);
                    m_latarnia.eventId.clear();
                }
                if (status != u"AVAILABLE") {
                    m_latarnia.eventId = QStringLiteral("EV-%1").arg(m_latarnia.nextId);
                    m_latarnia.messages.append(QJsonObject{
                        {QStringLiteral("id"), m_latarnia.nextId++},
                        {QStringLiteral("eventId"), m_latarnia.eventId},
                        {QStringLiteral("category"), status},
                        {QStringLiteral("type"), status == u"MAINTENANCE"
                                                     ? QStringLiteral("MAINTENANCE_ANNOUNCEMENT")
                                                     : QStringLiteral("FAILURE_START")},
                        {QStringLiteral("title"),
                         body->value(QStringLiteral("title")).toString(QStringLiteral("Niedostępność KSeF"))},
                        {QStringLiteral("text"), body->value(QStringLiteral("text")).toString()},
                        {QStringLiteral("start"), stamp},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("published"), stamp}});
                }
                m_latarnia.status = status;
            }
            return HttpReply::json(200, QJsonObject{{QStringLiteral("status"), m_latarnia.status},
                                                    {QStringLiteral("unreachable"), m_latarnia.unreachable}});
        });
}

} // namespace Kurier::Emulator
