#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Kurier {

// KSeF's X-System-Warning header (API 2.7–2.8, PROTOCOL.md §23): something KSeF accepts today and announces
// it will refuse — e.g. xml-002 (processing instructions, discouraged characters, an encoding other than
// UTF-8) or sig-001 (a XAdES signature outside the profile). Read leniently: a code, a date and free text,
// each when present.
struct SystemWarning
{
    Q_DECLARE_TR_FUNCTIONS(SystemWarning)

public:
    QString code; // "xml-002", empty when the text names none
    QDate from;   // from when KSeF says it will refuse it, if it says
    QString text; // as KSeF sent it

    static SystemWarning parse(const QString &header);
    // One alert per warning code (per text when there is no code).
    QString dedupeKey() const;
    // For people, translated: what KSeF will refuse, from when, and KSeF's own words.
    QString message() const;
};

} // namespace Kurier
