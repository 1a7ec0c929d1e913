#include "HttpTypes.h"

namespace Kurier::Emulator {

QString HttpRequest::bearer() const
{
    const QByteArray value = header("authorization");
    if (!value.startsWith("Bearer ")) {
        return {};
    }
    return QString::fromLatin1(value.mid(7).trimmed());
}

HttpReply HttpReply::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

HttpReply HttpReply::json(int status, const QJsonDocument &document)
{
    return HttpReply{status, "application/json", document.toJson(QJsonDocument::Compact), {}};
}

HttpReply HttpReply::empty(int status)
{
    return HttpReply{status, {}, {}, {}};
}

HttpReply HttpReply::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    return HttpReply{status, contentType, body, {}};
}

HttpReply &HttpReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

} // namespace Kurier::Emulator
