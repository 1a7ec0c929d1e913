// The read side: invoice metadata queries with the 10 000 cap and the permanent-storage high-water mark, and
// encrypted exports (PROTOCOL.md §11).
#include "Emulator.h"
#include "Errors.h"
#include "ksef/crypto/Crypto.h"
#include "util/ZipArchive.h"

#include <QJsonArray>

#include <algorithm>

namespace Kurier::Emulator {

namespace {
constexpr qint64 kExportPartSize = 50 * 1024 * 1024;

QString amount(qint64 grosze)
{
    return QString::number(static_cast<double>(grosze) / 100.0, 'f', 2);
}

QString typeName(const QString &kind)
{
    static const QHash<QString, QString> names{{QStringLiteral("VAT"), QStringLiteral("Vat")},
                                               {QStringLiteral("KOR"), QStringLiteral("Kor")},
                                               {QStringLiteral("ZAL"), QStringLiteral("Zal")},
                                               {QStringLiteral("ROZ"), QStringLiteral("Roz")},
                                               {QStringLiteral("UPR"), QStringLiteral("Upr")},
                                               {QStringLiteral("KOR_ZAL"), QStringLiteral("KorZal")},
                                               {QStringLiteral("KOR_ROZ"), QStringLiteral("KorRoz")}};
    return names.value(kind, kind);
}

QDateTime dateOf(const InvoiceRecord &invoice, const QString &dateType)
{
    if (dateType == u"Issue") {
        return QDateTime(invoice.issueDate, QTime(0, 0), Qt::UTC);
    }
    return dateType == u"Invoicing" ? invoice.invoicingDate : invoice.permanentStorageDate;
}

QJsonObject metadata(const InvoiceRecord &invoice)
{
    QJsonObject json{
        {QStringLiteral("ksefNumber"), invoice.ksefNumber},
        {QStringLiteral("invoiceNumber"), invoice.invoiceNumber},
        {QStringLiteral("issueDate"), invoice.issueDate.toString(Qt::ISODate)},
        {QStringLiteral("invoicingDate"), invoice.invoicingDate.toString(Qt::ISODateWithMs)},
        {QStringLiteral("acquisitionDate"), invoice.acquisitionDate.toString(Qt::ISODateWithMs)},
        {QStringLiteral("permanentStorageDate"), invoice.permanentStorageDate.toString(Qt::ISODateWithMs)},
        {QStringLiteral("seller"), QJsonObject{{QStringLiteral("nip"), invoice.sellerNip},
                                               {QStringLiteral("name"), invoice.sellerName}}},
        {QStringLiteral("buyer"),
         QJsonObject{{QStringLiteral("identifier"),
                      invoice.buyerNip.isEmpty()
                          ? QJsonObject{{QStringLiteral("type"), QStringLiteral("None")}}
                          : QJsonObject{{QStringLiteral("type"), QStringLiteral("Nip")},
                                        {QStringLiteral("value"), invoice.buyerNip}}},
                     {QStringLiteral("name"), invoice.buyerName}}},
        {QStringLiteral("netAmount"), amount(invoice.netGrosze).toDouble()},
        {QStringLiteral("grossAmount"), amount(invoice.grossGrosze).toDouble()},
        {QStringLiteral("vatAmount"), amount(invoice.vatGrosze).toDouble()},
        {QStringLiteral("currency"), invoice.currency},
        {QStringLiteral("invoicingMode"), invoice.invoicingMode},
        {QStringLiteral("invoiceType"), typeName(invoice.invoiceKind)},
        {QStringLiteral("formCode"), QJsonObject{{QStringLiteral("systemCode"), QStringLiteral("FA (3)")},
                                                 {QStringLiteral("schemaVersion"), QStringLiteral("1-0E")},
                                                 {QStringLiteral("value"), QStringLiteral("FA")}}},
        {QStringLiteral("isSelfInvoicing"), false},
        {QStringLiteral("hasAttachment"), invoice.hasAttachment},
        {QStringLiteral("invoiceHash"), invoice.invoiceHash},
    };
    if (!invoice.correctedInvoiceHash.isEmpty()) {
        json.insert(QStringLiteral("hashOfCorrectedInvoice"), invoice.correctedInvoiceHash);
    }
    return json;
}
} // namespace

std::expected<Emulator::QueryResult, HttpReply> Emulator::runQuery(const HttpRequest &request,
                                                                   const QString &contextNip,
                                                                   const QJsonObject &filters, bool ascending)
{
    const QString subjectType = filters.value(QStringLiteral("subjectType")).toString();
    const QJsonObject range = filters.value(QStringLiteral("dateRange")).toObject();
    const QString dateType = range.value(QStringLiteral("dateType")).toString();
    QDateTime from = QDateTime::fromString(range.value(QStringLiteral("from")).toString(), Qt::ISODateWithMs);
    QDateTime to =
        range.contains(QStringLiteral("to"))
            ? QDateTime::fromString(range.value(QStringLiteral("to")).toString(), Qt::ISODateWithMs)
            : now();
    if ((subjectType != u"Subject1" && subjectType != u"Subject2") || !from.isValid() || !to.isValid() ||
        (dateType != u"Issue" && dateType != u"Invoicing" && dateType != u"PermanentStorage")) {
        return std::unexpected(
            error(request, 21405, {QStringLiteral("Nieprawidłowe filtry: subjectType, dateRange.")}));
    }
    if (from.addDays(100) < to) { // API 2.7.1: at most 100 days (3 months before)
        return std::unexpected(
            error(request, 21405, {QStringLiteral("Zakres dat nie może przekraczać 100 dni.")}));
    }
    QueryResult result;
    // Every invoice permanently stored up to now is visible, and none can appear later with an earlier date.
    if (dateType == u"PermanentStorage") {
        result.hwm = now();
        if (range.value(QStringLiteral("restrictToPermanentStorageHwmDate")).toBool()) {
            if (from > result.hwm) {
                return std::unexpected(error(request, 21183));
            }
            to = std::min(to, result.hwm);
        }
    }
    const QString ksefNumber = filters.value(QStringLiteral("ksefNumber")).toString();
    const QString invoiceNumber = filters.value(QStringLiteral("invoiceNumber")).toString();
    const QString sellerNip = filters.value(QStringLiteral("sellerNip")).toString();
    QStringList types;
    for (const QJsonValue &type : filters.value(QStringLiteral("invoiceTypes")).toArray()) {
        types.append(type.toString());
    }
    // The company's own invoices as seller or buyer (their indexes), not every invoice the emulator holds.
    const QStringList &candidates = subjectType == u"Subject1"   ? m_state.acceptedBySeller[contextNip]
                                    : subjectType == u"Subject2" ? m_state.acceptedByBuyer[contextNip]
                                                                 : m_state.acceptedOrder;
    for (const QString &reference : candidates) {
        const InvoiceRecord &invoice = m_state.invoices[reference];
        if (invoice.permanentStorageDate > now()) {
            continue; // not yet queryable
        }
        const bool mine =
            subjectType == u"Subject1" ? invoice.sellerNip == contextNip : invoice.buyerNip == contextNip;
        const QDateTime date = dateOf(invoice, dateType);
        if (!mine || date < from || date > to ||
            (!ksefNumber.isEmpty() && invoice.ksefNumber != ksefNumber) ||
            (!invoiceNumber.isEmpty() && invoice.invoiceNumber != invoiceNumber) ||
            (!sellerNip.isEmpty() && invoice.sellerNip != sellerNip) ||
            (!types.isEmpty() && !types.contains(typeName(invoice.invoiceKind)))) {
            continue;
        }
        result.references.append(reference);
    }
    std::stable_sort(result.references.begin(), result.references.end(),
                     [&](const QString &a, const QString &b) {
                         const QDateTime da = dateOf(m_state.invoices[a], dateType);
                         const QDateTime db = dateOf(m_state.invoices[b], dateType);
                         return ascending ? da < db : db < da;
                     });
    return result;
}

std::expected<std::pair<int, int>, HttpReply> Emulator::pageParameters(const HttpRequest &request,
                                                                       int maxSize)
{
    bool sizeOk = true;
    const int pageSize = request.query.hasQueryItem(QStringLiteral("pageSize"))
                             ? request.query.queryItemValue(QStringLiteral("pageSize")).toInt(&sizeOk)
                             : 10;
    const int pageOffset = request.query.queryItemValue(QStringLiteral("pageOffset")).toInt();
    if (!sizeOk || pageSize < 10 || pageSize > maxSize || pageOffset < 0) {
        return std::unexpected(
            error(request, 21405, {QStringLiteral("pageSize 10..%1, pageOffset ≥ 0.").arg(maxSize)}));
    }
    return std::pair{pageSize, pageOffset};
}

void Emulator::registerQueries()
{
    m_router.add("POST", QStringLiteral("/invoices/query/metadata"), QStringLiteral("invoiceMetadata"),
                 [this](const HttpRequest &request, const QStringList &) {
                     const auto call = authorizedJson(request, QStringLiteral("InvoiceRead"));
                     if (!call) {
                         return call.error();
                     }
                     const auto paging = pageParameters(request, 250);
                     if (!paging) {
                         return paging.error();
                     }
                     const auto [pageSize, pageOffset] = *paging;
                     const bool ascending =
                         request.query.queryItemValue(QStringLiteral("sortOrder")) != u"Desc";
                     const auto result = runQuery(request, call->token.contextNip, call->body, ascending);
                     if (!result) {
                         return result.error();
                     }
                     const qsizetype total = result->references.size();
                     const qsizetype start = static_cast<qsizetype>(pageOffset) * pageSize;
                     const qsizetype end = std::min<qsizetype>({start + pageSize, total, m_config.queryCap});
                     QJsonArray invoices;
                     for (qsizetype i = start; i < end; ++i) {
                         invoices.append(metadata(m_state.invoices[result->references[i]]));
                     }
                     QJsonObject response{{QStringLiteral("hasMore"), end < total},
                                          {QStringLiteral("isTruncated"),
                                           total > m_config.queryCap && end >= m_config.queryCap},
                                          {QStringLiteral("invoices"), invoices}};
                     if (result->hwm.isValid()) {
                         response.insert(QStringLiteral("permanentStorageHwmDate"),
                                         result->hwm.toString(Qt::ISODateWithMs));
                     }
                     return HttpReply::json(200, response);
                 });

    m_router.add(
        "POST", QStringLiteral("/invoices/exports"), QStringLiteral("invoiceExport"),
        [this](const HttpRequest &request, const QStringList &) {
            const auto call = authorizedJson(request, QStringLiteral("InvoiceRead"));
            if (!call) {
                return call.error();
            }
            int running = 0;
            for (const ExportRecord &record : std::as_const(m_state.exports)) {
                running += record.contextNip == call->token.contextNip && record.statusCode == 100 ? 1 : 0;
            }
            if (running >= 10) {
                return error(request, 21182);
            }
            const auto key = unwrapKey(request, call->body.value(QStringLiteral("encryption")).toObject());
            if (!key) {
                return key.error();
            }
            const auto result = runQuery(request, call->token.contextNip,
                                         call->body.value(QStringLiteral("filters")).toObject(), true);
            if (!result) {
                return result.error();
            }
            ExportRecord record;
            record.referenceNumber = m_references.reference(QStringLiteral("EH"), now());
            record.contextNip = call->token.contextNip;
            record.created = now();
            const QString reference = record.referenceNumber;
            m_state.exports.insert(reference, record);
            const bool onlyMetadata = call->body.value(QStringLiteral("onlyMetadata")).toBool(false);
            const QStringList references = result->references.mid(0, m_config.queryCap);
            const bool truncated = result->references.size() > m_config.queryCap;
            const QDateTime hwm = result->hwm;
            schedule(m_config.processingToFinalMs, [=, this] {
                buildExport(reference, references, truncated, hwm, onlyMetadata,
                            key->valid ? key->key : QByteArray(), key->iv);
            });
            return HttpReply::json(201, QJsonObject{{QStringLiteral("referenceNumber"), reference}});
        });

    m_router.add(
        "GET", QStringLiteral("/invoices/exports/{ref}"), QStringLiteral("invoiceExportStatus"),
        [this](const HttpRequest &request, const QStringList &captures) {
            const Guard guard = requireAccess(request, QStringLiteral("InvoiceRead"));
            if (!guard) {
                return guard.error();
            }
            auto record = m_state.exports.find(captures.value(0));
            if (record == m_state.exports.end() || record->contextNip != guard->contextNip) {
                return error(request, 21175);
            }
            if (record->statusCode == 200 && record->completed.addDays(3) < now()) {
                record->statusCode = 210; // the package expired; the status stays readable for 7 days
                record->statusDescription = QStringLiteral("Eksport wygasł");
                record->package = {};
            }
            if (record->created.addDays(7) < now()) {
                return Errors::gone(request, now(), QStringLiteral("Eksport wygasł."));
            }
            QJsonObject body{{QStringLiteral("status"),
                              QJsonObject{{QStringLiteral("code"), record->statusCode},
                                          {QStringLiteral("description"), record->statusDescription}}}};
            if (record->statusCode == 200) {
                body.insert(QStringLiteral("completedDate"), record->completed.toString(Qt::ISODateWithMs));
                const QDateTime expires = now().addSecs(m_config.upoLinkTtlSeconds);
                body.insert(QStringLiteral("packageExpirationDate"),
                            record->completed.addDays(3).toString(Qt::ISODateWithMs));
                QJsonObject package = record->package;
                QJsonArray parts = package.value(QStringLiteral("parts")).toArray();
                for (qsizetype i = 0; i < parts.size(); ++i) {
                    QJsonObject part = parts[i].toObject();
                    part.insert(QStringLiteral("method"), QStringLiteral("GET"));
                    part.insert(
                        QStringLiteral("url"),
                        storageLink(StorageLink{QStringLiteral("export-part"),
                                                {},
                                                record->referenceNumber,
                                                expires,
                                                part.value(QStringLiteral("ordinalNumber")).toInt()}));
                    part.insert(QStringLiteral("expirationDate"), expires.toString(Qt::ISODateWithMs));
                    parts[i] = part;
                }
                package.insert(QStringLiteral("parts"), parts);
                body.insert(QStringLiteral("package"), package);
            }
            return HttpReply::json(200, body);
        });
}

void Emulator::buildExport(const QString &reference, const QStringList &invoices, bool truncated,
                           QDateTime hwm, bool onlyMetadata, const QByteArray &key, const QByteArray &iv)
{
    auto record = m_state.exports.find(reference);
    if (record == m_state.exports.end()) {
        return;
    }
    if (key.size() != 32 || iv.size() != 16) {
        record->statusCode = 415;
        record->statusDescription = QStringLiteral("Błąd odszyfrowania dostarczonego klucza");
        return;
    }
    QList<ZipArchive::Entry> entries;
    QJsonArray metadataList;
    QDateTime lastStorage;
    QDateTime lastInvoicing;
    QDate lastIssue;
    for (const QString &invoiceRef : invoices) {
        const InvoiceRecord &invoice = m_state.invoices[invoiceRef];
        metadataList.append(metadata(invoice));
        if (!onlyMetadata) {
            entries.append({invoice.ksefNumber + QStringLiteral(".xml"), invoice.xml});
        }
        lastStorage = std::max(lastStorage, invoice.permanentStorageDate);
        lastInvoicing = std::max(lastInvoicing, invoice.invoicingDate);
        lastIssue = std::max(lastIssue, invoice.issueDate);
    }
    entries.append({QStringLiteral("_metadata.json"),
                    QJsonDocument(QJsonObject{{QStringLiteral("invoices"), metadataList}})
                        .toJson(QJsonDocument::Compact)});
    const QByteArray zip = ZipArchive::create(entries).value_or(QByteArray());
    QJsonArray parts;
    for (qsizetype offset = 0, ordinal = 1; offset < zip.size() || ordinal == 1;
         offset += kExportPartSize, ++ordinal) {
        const QByteArray plain = zip.mid(offset, kExportPartSize);
        const QByteArray encrypted = Crypto::aesCbcEncrypt(key, iv, plain).value_or(QByteArray());
        record->encryptedParts.insert(static_cast<int>(ordinal), encrypted);
        parts.append(QJsonObject{
            {QStringLiteral("ordinalNumber"), static_cast<int>(ordinal)},
            {QStringLiteral("partName"), QStringLiteral("%1-%2.zip.aes").arg(reference).arg(ordinal)},
            {QStringLiteral("partSize"), plain.size()},
            {QStringLiteral("partHash"), Crypto::sha256Base64(plain)},
            {QStringLiteral("encryptedPartSize"), encrypted.size()},
            {QStringLiteral("encryptedPartHash"), Crypto::sha256Base64(encrypted)}});
        if (offset + kExportPartSize >= zip.size()) {
            break;
        }
    }
    QJsonObject package{{QStringLiteral("invoiceCount"), static_cast<int>(invoices.size())},
                        {QStringLiteral("size"), zip.size()},
                        {QStringLiteral("parts"), parts},
                        {QStringLiteral("isTruncated"), truncated}};
    if (lastStorage.isValid()) {
        package.insert(QStringLiteral("lastPermanentStorageDate"), lastStorage.toString(Qt::ISODateWithMs));
        package.insert(QStringLiteral("lastInvoicingDate"), lastInvoicing.toString(Qt::ISODateWithMs));
        package.insert(QStringLiteral("lastIssueDate"), lastIssue.toString(Qt::ISODate));
    }
    if (hwm.isValid()) {
        package.insert(QStringLiteral("permanentStorageHwmDate"), hwm.toString(Qt::ISODateWithMs));
    }
    record->package = package;
    record->statusCode = 200;
    record->statusDescription = QStringLiteral("Eksport zakończony");
    record->completed = now();
}

} // namespace Kurier::Emulator
