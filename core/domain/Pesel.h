#pragma once

#include <QString>
#include <QStringView>

namespace Kurier {

// A Polish personal identification number (PESEL): 11 digits, the last a checksum of the first ten with the
// weights 1 3 7 9 1 3 7 9 1 3. KSeF identifies a person by it (or by NIP, or by a certificate fingerprint).
namespace Pesel {
bool isValid(QStringView text);
} // namespace Pesel

// A certificate's SHA-256 fingerprint as KSeF takes it: 64 hexadecimal digits (colons and spaces allowed in
// what people paste; normalized() drops them and upper-cases).
namespace CertificateFingerprint {
QString normalized(QStringView text);
bool isValid(QStringView text); // after normalizing
} // namespace CertificateFingerprint

} // namespace Kurier
