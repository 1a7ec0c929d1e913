#pragma once

#include "ksef/KsefCertificates.h"
#include "ksef/KsefEnvironment.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace Kurier {

// The text of the QR codes printed on invoices (PROTOCOL.md §13).
namespace QrLinks {

// RFC 4648 §5 Base64URL without padding.
QString base64Url(QByteArrayView data);

// KOD I, the invoice verification link:
// {qrHost}/invoice/{sellerNip}/{issue date DD-MM-YYYY}/{Base64URL(SHA-256 of the invoice file)}.
QString invoiceVerification(const KsefEnvironment &environment, const QString &sellerNip, QDate issueDate,
                            QByteArrayView invoiceXml);

// The label printed under KOD I: the KSeF number once known, otherwise OFFLINE.
QString invoiceLabel(const QString &ksefNumber);

// KOD II, the issuer's certificate (offline invoices only):
// {qrHost}/certificate/Nip/{contextNip}/{sellerNip}/{Offline certificate serial}/{invoice hash}/{signature},
// the signature (RSASSA-PSS or ECDSA r‖s, Base64URL) over the same link without "https://" up to and
// including the hash. Refuses an Authentication certificate and one that is not valid at `now`.
std::expected<QString, QString> certificateVerification(const KsefEnvironment &environment,
                                                        const QString &contextNip, const QString &sellerNip,
                                                        QByteArrayView invoiceXml,
                                                        const KsefCertificate &offlineCertificate,
                                                        QDateTime now);

// The text KOD II signs for a link (the link without its scheme, up to and including the invoice hash); empty
// when the link is not a KOD II link.
QString certificateSignedText(const QString &link);

// The label printed under KOD II.
inline QString certificateLabel()
{
    return QStringLiteral("CERTYFIKAT");
}

} // namespace QrLinks

} // namespace Kurier
