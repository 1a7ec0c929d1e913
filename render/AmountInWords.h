#pragma once

#include "domain/Money.h"

#include <QString>

namespace Kurier {

enum class DocumentLanguage
{
    Polish,
    English,
};

// "Słownie" on an invoice: the whole units in words and the minor units as a fraction, e.g.
// "dwieście trzydzieści jeden złotych 50/100" (Polish grammar: tysiąc / tysiące / tysięcy, złoty / złote /
// złotych) or "two hundred thirty-one PLN 50/100". Other currencies are named by their code.
namespace AmountInWords {

QString number(qint64 value, DocumentLanguage language); // "dwa tysiące pięćset", "two thousand five hundred"
QString amount(Money amount, const QString &currency, DocumentLanguage language);

} // namespace AmountInWords

} // namespace Kurier
