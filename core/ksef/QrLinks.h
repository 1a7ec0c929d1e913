#pragma once

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

} // namespace QrLinks

} // namespace Kurier
