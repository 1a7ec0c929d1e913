#include "Errors.h"

#include <QJsonArray>

namespace Kurier::Emulator {

namespace {
QString timestamp(QDateTime now)
{
    return now.toUTC().toString(Qt::ISODateWithMs);
}

HttpReply problem(const HttpRequest &request, QDateTime now, int status, const QString &title,
                  const QString &detail, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("title"), title);
    extra.insert(QStringLiteral("status"), status);
    extra.insert(QStringLiteral("detail"), detail);
    extra.insert(QStringLiteral("instance"), request.path);
    extra.insert(QStringLiteral("timestamp"), timestamp(now));
    extra.insert(QStringLiteral("traceId"), request.traceId);
    HttpReply reply = HttpReply::json(status, extra);
    reply.contentType = "application/problem+json";
    return reply;
}
} // namespace

QString Errors::description(int exceptionCode)
{
    switch (exceptionCode) {
    case 9102:
        return QStringLiteral("Brak podpisu.");
    case 9103:
        return QStringLiteral("Przekroczona liczba podpisów.");
    case 9105:
        return QStringLiteral("Nieprawidłowy podpis.");
    case 21001:
        return QStringLiteral("Nieczytelna treść.");
    case 25001:
        return QStringLiteral("Operacja niedostępna dla uwierzytelnienia tokenem KSeF.");
    case 25003:
        return QStringLiteral("Dane we wniosku certyfikacyjnym są niezgodne z danymi podmiotu.");
    case 25004:
        return QStringLiteral("Nieprawidłowy format wniosku certyfikacyjnego (CSR).");
    case 25005:
        return QStringLiteral("Wniosek certyfikacyjny o podanym numerze referencyjnym nie istnieje.");
    case 25006:
        return QStringLiteral("Osiągnięto limit wniosków certyfikacyjnych.");
    case 25007:
        return QStringLiteral("Osiągnięto limit posiadanych certyfikatów.");
    case 25008:
        return QStringLiteral("Certyfikat o podanym numerze seryjnym nie istnieje.");
    case 25009:
        return QStringLiteral("Certyfikat nie może zostać unieważniony.");
    case 25010:
        return QStringLiteral("Nieprawidłowy typ lub długość klucza.");
    case 25011:
        return QStringLiteral("Nieprawidłowy algorytm podpisu wniosku certyfikacyjnego.");
    case 21115:
        return QStringLiteral("Nieprawidłowy certyfikat.");
    case 21117:
        return QStringLiteral("Nieprawidłowy identyfikator podmiotu dla wskazanego typu kontekstu.");
    case 21401:
        return QStringLiteral("Dokument nie jest zgodny ze schematem (xsd).");
    case 21111:
        return QStringLiteral("Nieprawidłowe wyzwanie autoryzacyjne.");
    case 21155:
        return QStringLiteral("Przekroczono dozwoloną liczbę faktur w sesji.");
    case 21157:
        return QStringLiteral("Nieprawidłowy rozmiar części pakietu.");
    case 21161:
        return QStringLiteral("Przekroczono dozwoloną liczbę części pakietu.");
    case 21164:
        return QStringLiteral("Faktura o podanym numerze KSeF nie istnieje.");
    case 21165:
        return QStringLiteral("Faktura o podanym numerze KSeF nie jest jeszcze dostępna.");
    case 21166:
        return QStringLiteral("Korekta techniczna niedostępna.");
    case 21167:
        return QStringLiteral("Status faktury nie pozwala na korektę techniczną.");
    case 21173:
        return QStringLiteral("Brak sesji o wskazanym numerze referencyjnym.");
    case 21175:
        return QStringLiteral("Wynik zapytania o podanym identyfikatorze nie istnieje.");
    case 21178:
        return QStringLiteral("Nie znaleziono UPO dla podanych kryteriów.");
    case 21180:
        return QStringLiteral("Status sesji nie pozwala na wykonanie operacji.");
    case 21184:
        return QStringLiteral("Sesja tymczasowo niedostępna.");
    case 21205:
        return QStringLiteral("Pakiet nie może być pusty.");
    case 21208:
        return QStringLiteral("Czas oczekiwania na wysłanie lub zakończenie został przekroczony.");
    case 21301:
        return QStringLiteral("Brak autoryzacji.");
    case 21304:
        return QStringLiteral("Brak uwierzytelnienia.");
    case 21402:
        return QStringLiteral("Nieprawidłowy rozmiar pliku.");
    case 21403:
        return QStringLiteral("Nieprawidłowy skrót pliku.");
    case 21405:
        return QStringLiteral("Błąd walidacji danych wejściowych.");
    case 21418:
        return QStringLiteral("Przekazany token kontynuacji ma nieprawidłowy format.");
    case 21470:
        return QStringLiteral("Nieprawidłowy identyfikator klucza publicznego.");
    default:
        return QStringLiteral("Wystąpił nieoczekiwany błąd.");
    }
}

HttpReply Errors::exception(const HttpRequest &request, QDateTime now, int exceptionCode,
                            const QString &description, const QStringList &details)
{
    const QString text = description.isEmpty() ? Errors::description(exceptionCode) : description;
    if (request.wantsProblemDetails()) {
        const QJsonObject error{{QStringLiteral("code"), exceptionCode},
                                {QStringLiteral("description"), text},
                                {QStringLiteral("details"), QJsonArray::fromStringList(details)}};
        return problem(request, now, 400, QStringLiteral("Bad Request"), text,
                       QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}});
    }
    const QJsonObject detail{{QStringLiteral("exceptionCode"), exceptionCode},
                             {QStringLiteral("exceptionDescription"), text},
                             {QStringLiteral("details"), QJsonArray::fromStringList(details)}};
    const QJsonObject exception{{QStringLiteral("exceptionDetailList"), QJsonArray{detail}},
                                {QStringLiteral("referenceNumber"), QJsonValue::Null},
                                {QStringLiteral("serviceCode"), request.traceId},
                                {QStringLiteral("serviceCtx"), QStringLiteral("srvEMUL")},
                                {QStringLiteral("serviceName"), QStringLiteral("ksef-emulator")},
                                {QStringLiteral("timestamp"), timestamp(now)}};
    return HttpReply::json(400, QJsonObject{{QStringLiteral("exception"), exception}});
}

HttpReply Errors::unauthorized(const HttpRequest &request, QDateTime now, const QString &detail)
{
    return problem(request, now, 401, QStringLiteral("Unauthorized"), detail);
}

HttpReply Errors::forbidden(const HttpRequest &request, QDateTime now, const QString &reasonCode,
                            const QString &detail, const QJsonObject &security)
{
    QJsonObject extra{{QStringLiteral("reasonCode"), reasonCode}};
    if (!security.isEmpty()) {
        extra.insert(QStringLiteral("security"), security);
    }
    return problem(request, now, 403, QStringLiteral("Forbidden"), detail, extra);
}

HttpReply Errors::gone(const HttpRequest &request, QDateTime now, const QString &detail)
{
    return problem(request, now, 410, QStringLiteral("Gone"), detail);
}

HttpReply Errors::tooManyRequests(const HttpRequest &request, QDateTime now, int retryAfterSeconds,
                                  const QString &detail)
{
    HttpReply reply;
    if (request.wantsProblemDetails()) {
        reply = problem(request, now, 429, QStringLiteral("Too Many Requests"), detail);
    } else {
        const QJsonObject status{{QStringLiteral("code"), 429},
                                 {QStringLiteral("description"), QStringLiteral("Too Many Requests")},
                                 {QStringLiteral("details"), QJsonArray{detail}}};
        reply = HttpReply::json(429, QJsonObject{{QStringLiteral("status"), status}});
    }
    reply.withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return reply;
}

HttpReply Errors::internalError(const HttpRequest &request, QDateTime now)
{
    HttpReply reply = exception(request, now, 500, QString(), {});
    reply.status = 500;
    return reply;
}

HttpReply Errors::notFound(const HttpRequest &request, QDateTime now)
{
    return problem(request, now, 404, QStringLiteral("Not Found"), QStringLiteral("No such endpoint."));
}

} // namespace Kurier::Emulator
