#include "InvoiceCheck.h"

#include "fa/Fa3Namespaces.h"
#include "fa/Fa3Reader.h"
#include "fa/SchemaValidator.h"
#include "fa/XmlTextRules.h"

namespace Kurier::Emulator {

namespace {
InvoiceCheck refused(const QStringList &details)
{
    InvoiceCheck check;
    check.code = 430;
    check.description = QStringLiteral("Błąd weryfikacji pliku faktury");
    check.details = details;
    return check;
}
} // namespace

QStringList InvoiceCheck::textProblemsOf(const QByteArray &xml)
{
    return textProblemsIn(XmlTextRules::check(xml));
}

QStringList InvoiceCheck::textProblemsIn(const ValidationIssues &issues)
{
    QStringList problems;
    for (const ValidationIssue &issue : issues) {
        switch (issue.code) {
        case IssueCode::ProcessingInstruction:
            problems.append(
                QStringLiteral(
                    "Wiersz %1: niedozwolona instrukcja przetwarzania (dozwolona jest tylko deklaracja XML).")
                    .arg(issue.line));
            break;
        case IssueCode::DiscouragedCharacter:
            problems.append(QStringLiteral("Wiersz %1: znak niezalecany w XML 1.0 (W3C).").arg(issue.line));
            break;
        default:
            problems.append(QStringLiteral("Wiersz %1: plik musi być zakodowany w UTF-8.").arg(issue.line));
            break;
        }
    }
    return problems;
}

InvoiceCheck InvoiceCheck::of(const QByteArray &xml)
{
    if (xml.startsWith("\xEF\xBB\xBF") || xml.left(100).contains("encoding=\"UTF-16")) {
        return refused({QStringLiteral("Plik musi być zakodowany w UTF-8 bez znacznika BOM.")});
    }
    // Processing instructions and discouraged characters are the stricter validation's (450 or a warning,
    // applyCheck decides by the date); bytes that are not UTF-8 cannot be read at all.
    const ValidationIssues text = XmlTextRules::check(xml);
    for (const ValidationIssue &issue : text) {
        if (issue.code == IssueCode::WrongEncoding) {
            return refused({QStringLiteral("Wiersz %1: plik musi być zakodowany w UTF-8.").arg(issue.line)});
        }
    }
    if (xml.size() > Fa::kMaxInvoiceSizeWithAttachment) {
        return refused({QStringLiteral("Plik faktury przekracza 3 MB.")});
    }
    auto parsed = XmlDocument::parse(xml);
    if (!parsed) {
        return refused({QStringLiteral("Dokument nie jest poprawnym XML: %1 (wiersz %2).")
                            .arg(parsed.error().message)
                            .arg(parsed.error().line)});
    }
    thread_local const SchemaValidator schema(SchemaValidator::Schema::Fa3);
    if (const ValidationIssues issues = schema.validate(*parsed); !issues.isEmpty()) {
        QStringList details;
        for (const ValidationIssue &issue : issues.mid(0, 10)) {
            details.append(issue.text());
        }
        return refused(details);
    }
    const auto document = Fa3Reader::read(*parsed, xml);
    if (!document) {
        return refused({document.error().message()});
    }
    const Invoice &data = document->invoice;
    if (!data.hasAttachment && xml.size() > Fa::kMaxInvoiceSize) {
        return refused({QStringLiteral("Faktura bez załącznika może mieć najwyżej 1 MB.")});
    }
    InvoiceCheck check;
    check.textProblems = textProblemsIn(text); // read once, above
    check.invoiceNumber = data.number;
    check.sellerNip = data.seller.nip;
    check.buyerNip = data.buyer.nip;
    check.invoiceKind = invoiceKindCode(data.kind);
    check.issueDate = data.issueDate;
    check.hasAttachment = data.hasAttachment;
    check.sellerName = data.seller.name;
    check.buyerName = data.buyer.name;
    check.currency = data.currency;
    for (const GroupTotal &group : document->statedGroups) {
        check.netGrosze += group.net.grosze();
        check.vatGrosze += group.vat.grosze();
    }
    check.grossGrosze = document->statedGross.value_or(Money()).grosze();
    check.nips = QStringList{document->sellerNipText, document->buyerNipText} + document->thirdPartyNips;
    check.nips.removeAll(QString());
    return check;
}

} // namespace Kurier::Emulator
