#include "ksef/KsefJson.h"

#include <QJsonArray>

namespace Kurier::KsefJson {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

QString identifier(const QJsonObject &party)
{
    const QJsonValue id = party.value(QStringLiteral("identifier"));
    return id.isObject() ? id.toObject().value(QStringLiteral("value")).toString()
                         : party.value(QStringLiteral("nip")).toString();
}
} // namespace

QDateTime dateTime(const QJsonValue &value)
{
    const QString text = value.toString();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(text, Qt::ISODate);
    }
    return parsed;
}

InvoiceStatus invoiceStatus(const QJsonObject &json)
{
    InvoiceStatus status;
    const QJsonObject state = json.value(QStringLiteral("status")).toObject();
    status.code = state.value(QStringLiteral("code")).toInt();
    status.description = state.value(QStringLiteral("description")).toString();
    status.details = strings(state.value(QStringLiteral("details")));
    const QJsonObject extensions = state.value(QStringLiteral("extensions")).toObject();
    status.originalKsefNumber = extensions.value(QStringLiteral("originalKsefNumber")).toString();
    status.originalSessionReference =
        extensions.value(QStringLiteral("originalSessionReferenceNumber")).toString();
    status.ordinalNumber = json.value(QStringLiteral("ordinalNumber")).toInt();
    status.referenceNumber = json.value(QStringLiteral("referenceNumber")).toString();
    status.invoiceHash = json.value(QStringLiteral("invoiceHash")).toString();
    status.invoiceNumber = json.value(QStringLiteral("invoiceNumber")).toString();
    status.fileName = json.value(QStringLiteral("invoiceFileName")).toString();
    status.ksefNumber = json.value(QStringLiteral("ksefNumber")).toString();
    status.invoicingMode = json.value(QStringLiteral("invoicingMode")).toString();
    status.invoicingDate = dateTime(json.value(QStringLiteral("invoicingDate")));
    status.acquisitionDate = dateTime(json.value(QStringLiteral("acquisitionDate")));
    status.permanentStorageDate = dateTime(json.value(QStringLiteral("permanentStorageDate")));
    status.upoDownloadUrl = QUrl(json.value(QStringLiteral("upoDownloadUrl")).toString());
    status.upoDownloadUrlExpires = dateTime(json.value(QStringLiteral("upoDownloadUrlExpirationDate")));
    return status;
}

SessionStatus sessionStatus(const QJsonObject &json, const QString &reference)
{
    SessionStatus status;
    status.reference = json.value(QStringLiteral("referenceNumber")).toString(reference);
    const QJsonObject state = json.value(QStringLiteral("status")).toObject();
    status.code = state.value(QStringLiteral("code")).toInt();
    status.description = state.value(QStringLiteral("description")).toString();
    status.details = strings(state.value(QStringLiteral("details")));
    status.invoiceCount = json.value(QStringLiteral("invoiceCount"))
                              .toInt(json.value(QStringLiteral("totalInvoiceCount")).toInt());
    status.successfulInvoiceCount = json.value(QStringLiteral("successfulInvoiceCount")).toInt();
    status.failedInvoiceCount = json.value(QStringLiteral("failedInvoiceCount")).toInt();
    status.validUntil = dateTime(json.value(QStringLiteral("validUntil")));
    status.dateCreated = dateTime(json.value(QStringLiteral("dateCreated")));
    status.dateUpdated = dateTime(json.value(QStringLiteral("dateUpdated")));
    for (const QJsonValue &value :
         json.value(QStringLiteral("upo")).toObject().value(QStringLiteral("pages")).toArray()) {
        const QJsonObject page = value.toObject();
        status.upoPages.append({page.value(QStringLiteral("referenceNumber")).toString(),
                                QUrl(page.value(QStringLiteral("downloadUrl")).toString()),
                                dateTime(page.value(QStringLiteral("downloadUrlExpirationDate")))});
    }
    return status;
}

InvoiceMetadata invoiceMetadata(const QJsonObject &json)
{
    InvoiceMetadata invoice;
    invoice.raw = json;
    invoice.ksefNumber = json.value(QStringLiteral("ksefNumber")).toString();
    invoice.invoiceNumber = json.value(QStringLiteral("invoiceNumber")).toString();
    invoice.issueDate =
        QDate::fromString(json.value(QStringLiteral("issueDate")).toString().left(10), Qt::ISODate);
    invoice.invoicingDate = dateTime(json.value(QStringLiteral("invoicingDate")));
    invoice.acquisitionDate = dateTime(json.value(QStringLiteral("acquisitionDate")));
    invoice.permanentStorageDate = dateTime(json.value(QStringLiteral("permanentStorageDate")));
    const QJsonObject seller = json.value(QStringLiteral("seller")).toObject();
    invoice.sellerNip = identifier(seller);
    invoice.sellerName = seller.value(QStringLiteral("name")).toString();
    const QJsonObject buyer = json.value(QStringLiteral("buyer")).toObject();
    invoice.buyerNip = identifier(buyer);
    invoice.buyerName = buyer.value(QStringLiteral("name")).toString();
    invoice.currency = json.value(QStringLiteral("currency")).toString();
    invoice.grossAmount = json.value(QStringLiteral("grossAmount")).toDouble();
    invoice.invoiceHash = json.value(QStringLiteral("invoiceHash")).toString();
    invoice.invoicingMode = json.value(QStringLiteral("invoicingMode")).toString();
    return invoice;
}

AuthTokens tokens(const QJsonObject &redeemed, const QString &authReference)
{
    AuthTokens tokens;
    tokens.authReference = authReference;
    const QJsonObject access = redeemed.value(QStringLiteral("accessToken")).toObject();
    const QJsonObject refresh = redeemed.value(QStringLiteral("refreshToken")).toObject();
    tokens.accessToken = access.value(QStringLiteral("token")).toString();
    tokens.accessValidUntil = dateTime(access.value(QStringLiteral("validUntil")));
    tokens.refreshToken = refresh.value(QStringLiteral("token")).toString();
    tokens.refreshValidUntil = dateTime(refresh.value(QStringLiteral("validUntil")));
    return tokens;
}

} // namespace Kurier::KsefJson
