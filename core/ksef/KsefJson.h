#pragma once

#include "ksef/KsefTypes.h"

#include <QJsonObject>

// Reading KSeF's JSON into Kurier's types (tolerant: unknown fields are ignored, missing ones stay empty).
namespace Kurier::KsefJson {

QDateTime dateTime(const QJsonValue &value);
InvoiceStatus invoiceStatus(const QJsonObject &json);
SessionStatus sessionStatus(const QJsonObject &json, const QString &reference = {});
InvoiceMetadata invoiceMetadata(const QJsonObject &json);
AuthTokens tokens(const QJsonObject &redeemed, const QString &authReference);

} // namespace Kurier::KsefJson
