#pragma once

#include "fa/ValidationIssue.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Kurier::Emulator {

// What KSeF checks in an invoice file before the rules that need state (permissions, dates, duplicates):
// encoding, size, well-formedness, the FA(3) XSD, and the fields the later rules need. Pure and thread-safe,
// so a batch of 10 000 invoices is checked on all cores.
struct InvoiceCheck
{
    int code = 200; // 430 when the file itself is refused
    QString description;
    QStringList details;
    QString invoiceNumber;
    QString sellerNip;
    QString buyerNip;
    QString invoiceKind;
    QDate issueDate;
    bool hasAttachment = false;
    QString sellerName;
    QString buyerName;
    QString currency;
    qint64 netGrosze = 0;
    qint64 vatGrosze = 0;
    qint64 grossGrosze = 0;
    QStringList nips; // every NIP in the file, as written, for the checksum rule
    // What KSeF's stricter XML validation refuses (processing instructions, discouraged characters), one
    // detail per problem with its line: 450 from EmulatorConfig::strictXmlFrom, a warning before.
    QStringList textProblems;
    static QStringList textProblemsOf(const QByteArray &xml);
    static QStringList textProblemsIn(const ValidationIssues &issues);

    static InvoiceCheck of(const QByteArray &xml);
};

} // namespace Kurier::Emulator
