// The QR verification paths (PROTOCOL.md §13) on the emulator's QR host (its origin): KOD I
// (/invoice/{nip}/{date}/{hash}) and KOD II
// (/certificate/{type}/{context}/{nip}/{serial}/{hash}/{signature}). KSeF's pages are for people; the
// emulator answers JSON so that tests can ask whether a printed code is genuine.
#include "Emulator.h"
#include "ksef/QrLinks.h"

namespace Kurier::Emulator {

namespace {
QByteArray fromBase64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}
} // namespace

std::optional<QString> Emulator::invoiceByHash(const QString &sellerNip, const QByteArray &hash) const
{
    const QString wanted = QString::fromLatin1(hash.toBase64());
    for (const InvoiceRecord &invoice : m_state.invoices) {
        if (invoice.invoiceHash == wanted && invoice.sellerNip == sellerNip) {
            return invoice.ksefNumber;
        }
    }
    return std::nullopt;
}

void Emulator::registerQr()
{
    m_router.add("GET", QStringLiteral("/invoice/{nip}/{date}/{hash}"), QString(),
                 [this](const HttpRequest &, const QStringList &args) {
                     const auto known = invoiceByHash(args.value(0), fromBase64Url(args.value(2)));
                     QJsonObject body{{QStringLiteral("invoiceKnown"), known.has_value()}};
                     if (known && !known->isEmpty()) {
                         body.insert(QStringLiteral("ksefNumber"), *known);
                     }
                     return HttpReply::json(200, body);
                 });
    m_router.add(
        "GET", QStringLiteral("/certificate/{type}/{context}/{nip}/{serial}/{hash}/{signature}"), QString(),
        [this](const HttpRequest &request, const QStringList &args) {
            const QString contextNip = args.value(1);
            const QString serial = args.value(3);
            const auto record = m_state.certificates.constFind(serial);
            QStringList problems;
            if (args.value(0) != u"Nip") {
                problems.append(QStringLiteral("Emulator obsługuje kontekst Nip."));
            }
            QString status = QStringLiteral("Unknown");
            bool signatureValid = false;
            if (record == m_state.certificates.constEnd()) {
                problems.append(QStringLiteral("Certyfikat KSeF nie istnieje."));
            } else {
                status = record->status == u"Active" && record->validTo <= now() ? QStringLiteral("Expired")
                                                                                 : record->status;
                if (record->type != u"Offline") {
                    problems.append(QStringLiteral("Certyfikat nie jest certyfikatem typu Offline."));
                }
                if (status != u"Active") {
                    problems.append(QStringLiteral("Certyfikat ma status %1.").arg(status));
                }
                if (record->contextNip != contextNip) {
                    problems.append(QStringLiteral("Certyfikat wydano w innym kontekście."));
                }
                // What the issuer signed: this link as its reader saw it, without the scheme, up to the hash.
                const QString link = m_origin + request.path;
                const auto certificate = Certificate::fromDer(record->der);
                signatureValid = certificate && certificate->publicKey().verifyQr(
                                                    QrLinks::certificateSignedText(link).toUtf8(),
                                                    fromBase64Url(args.value(5)));
                if (!signatureValid) {
                    problems.append(QStringLiteral("Podpis jest nieprawidłowy."));
                }
            }
            const auto known = invoiceByHash(args.value(2), fromBase64Url(args.value(4)));
            QJsonObject body{{QStringLiteral("genuine"), problems.isEmpty()},
                             {QStringLiteral("signatureValid"), signatureValid},
                             {QStringLiteral("certificateStatus"), status},
                             {QStringLiteral("invoiceKnown"), known.has_value()},
                             {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
            if (known && !known->isEmpty()) {
                body.insert(QStringLiteral("ksefNumber"), *known);
            }
            return HttpReply::json(200, body);
        });
}

} // namespace Kurier::Emulator
