#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace Kurier::Emulator {

// Generates KSeF-style identifiers: reference numbers YYYYMMDD-TT-HHHHHHHHHH-HHHHHHHHHH-CC (CRC-8 over the
// first 33 characters), KSeF numbers, tokens. Deterministic for a given seed.
class ReferenceNumbers
{
public:
    explicit ReferenceNumbers(quint32 seed);
    void reseed(quint32 seed) { m_random.seed(seed); }
    QString reference(const QString &typeCode, QDateTime now);
    QString ksefNumber(const QString &sellerNip, QDate date);
    QString hex(int characters);
    QString opaqueToken(const QString &kind, QDateTime validUntil);

private:
    QRandomGenerator m_random;
};

} // namespace Kurier::Emulator
