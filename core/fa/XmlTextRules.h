#pragma once

#include "fa/ValidationIssue.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Kurier {

// What KSeF announced it will refuse in an invoice's text (PROTOCOL.md §23, X-System-Warning), refused by
// Kurier before anything is queued: bytes that are not UTF-8, processing instructions other than the XML
// declaration (e.g. <?xml-stylesheet …?>), and characters the W3C discourages in XML 1.0 (C1 controls other
// than NEL, U+FDD0–U+FDEF, the last two code points of every plane) — each with its line.
class XmlTextRules
{
    Q_DECLARE_TR_FUNCTIONS(XmlTextRules)

public:
    static ValidationIssues check(const QByteArray &xml);
    static bool isDiscouraged(char32_t codePoint);
};

} // namespace Kurier
