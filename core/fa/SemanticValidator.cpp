#include "fa/SemanticValidator.h"

#include "domain/KsefNumber.h"
#include "domain/Nip.h"

namespace Kurier {

namespace {

ValidationIssue makeIssue(IssueCode code, qint64 line, const QString &element, const QString &message,
                          ValidationIssue::Severity severity = ValidationIssue::Severity::Error)
{
    return ValidationIssue{severity, code, line, element, message};
}

QString pln(Money amount)
{
    return amount.toXml();
}

} // namespace

ValidationIssues SemanticValidator::check(const Fa3Document &document, QDate today)
{
    ValidationIssues issues;
    checkNips(document, issues);
    checkTotals(document, issues);
    checkDates(document, today, issues);
    checkReferences(document, issues);
    return issues;
}

void SemanticValidator::checkNips(const Fa3Document &document, ValidationIssues &issues)
{
    // `sentence` has %1 for the NIP as written and %2 for the reason.
    const auto checkOne = [&](const QString &text, const QString &path, const QString &sentence) {
        const auto nip = Nip::parse(text);
        if (!nip) {
            issues.append(makeIssue(IssueCode::InvalidNip, document.line(path), QStringLiteral("NIP"),
                                    sentence.arg(text, Nip::errorMessage(nip.error()))));
        }
    };
    checkOne(document.sellerNipText, QStringLiteral("Podmiot1/DaneIdentyfikacyjne/NIP"),
             tr("the seller's NIP %1 is not valid: %2"));
    if (document.invoice.buyer.idKind == PartyId::Nip) {
        checkOne(document.buyerNipText, QStringLiteral("Podmiot2/DaneIdentyfikacyjne/NIP"),
                 tr("the buyer's NIP %1 is not valid: %2"));
    }
    for (const QString &nip : document.thirdPartyNips) {
        checkOne(nip, QStringLiteral("Podmiot3/DaneIdentyfikacyjne/NIP"),
                 tr("the third party's NIP %1 is not valid: %2"));
    }
}

void SemanticValidator::checkTotals(const Fa3Document &document, ValidationIssues &issues)
{
    const Invoice &invoice = document.invoice;
    Money statedNet;
    Money statedVat;
    for (const GroupTotal &stated : document.statedGroups) {
        statedNet += stated.net;
        statedVat += stated.vat;
    }
    if (document.statedGross && statedNet + statedVat != *document.statedGross &&
        invoice.annotations.margin == MarginScheme::None) {
        issues.append(makeIssue(
            IssueCode::GrossTotalMismatch, document.line(QStringLiteral("Fa/P_15")), QStringLiteral("P_15"),
            tr("the total due %1 is not the sum of the net amounts %2 and the VAT %3 (expected %4).")
                .arg(pln(*document.statedGross), pln(statedNet), pln(statedVat),
                     pln(statedNet + statedVat))));
    }
    // Per-rate sums can be recomputed only where the file lists its lines (FaWiersz); advance invoices list
    // the order instead, and settlements deduct advances the file does not itemise.
    if (invoice.lines.isEmpty() || isAdvance(invoice.kind) || isSettlement(invoice.kind)) {
        return;
    }
    const auto computed = InvoiceCalculator::compute(invoice);
    if (!computed) {
        return;
    }
    for (const VatGroup group : kAllVatGroups) {
        const GroupTotal *mine = computed->group(group);
        const GroupTotal *theirs = nullptr;
        for (const GroupTotal &stated : document.statedGroups) {
            if (stated.group == group) {
                theirs = &stated;
            }
        }
        const Money expectedNet = mine ? mine->net : Money();
        const Money statedGroupNet = theirs ? theirs->net : Money();
        const QString netField = vatGroupNetField(group);
        if (expectedNet != statedGroupNet) {
            issues.append(makeIssue(IssueCode::NetTotalMismatch,
                                    document.line(QStringLiteral("Fa/") + netField), netField,
                                    tr("the sum at this rate is %1, but the lines at this rate add up to %2.")
                                        .arg(pln(statedGroupNet), pln(expectedNet))));
            continue;
        }
        if (!theirs || !vatGroupHasTax(group)) {
            continue;
        }
        // VAT may be computed on the sum (art. 106e ust. 10) or line by line; line-by-line rounding differs
        // from the sum by at most half a grosz per line.
        const Money expectedVat = mine ? mine->vat : Money();
        const qint64 tolerance = (invoice.lines.size() + 1) / 2;
        const qint64 difference = qAbs(theirs->vat.grosze() - expectedVat.grosze());
        if (difference > tolerance) {
            const QString taxField = vatGroupTaxField(group);
            issues.append(makeIssue(IssueCode::VatTotalMismatch,
                                    document.line(QStringLiteral("Fa/") + taxField), taxField,
                                    tr("the VAT at this rate is %1, but %2 at this rate gives %3.")
                                        .arg(pln(theirs->vat), pln(theirs->net), pln(expectedVat))));
        }
    }
}

void SemanticValidator::checkDates(const Fa3Document &document, QDate today, ValidationIssues &issues)
{
    const Invoice &invoice = document.invoice;
    if (today.isValid() && invoice.issueDate.isValid() && invoice.issueDate > today) {
        issues.append(makeIssue(
            IssueCode::IssueDateInFuture, document.line(QStringLiteral("Fa/P_1")), QStringLiteral("P_1"),
            tr("the issue date %1 is in the future; KSeF refuses invoices issued after the day "
               "they are sent.")
                .arg(invoice.issueDate.toString(Qt::ISODate))));
    }
    if (invoice.periodFrom && invoice.periodTo && *invoice.periodFrom > *invoice.periodTo) {
        issues.append(makeIssue(
            IssueCode::PeriodReversed, document.line(QStringLiteral("Fa/OkresFa/P_6_Od")),
            QStringLiteral("P_6_Od"),
            tr("the period starts on %1, after it ends on %2.")
                .arg(invoice.periodFrom->toString(Qt::ISODate), invoice.periodTo->toString(Qt::ISODate))));
    }
    for (const CorrectedInvoice &corrected : invoice.correction.corrected) {
        if (corrected.issueDate.isValid() && invoice.issueDate.isValid() &&
            corrected.issueDate > invoice.issueDate) {
            issues.append(
                makeIssue(IssueCode::CorrectedAfterCorrection,
                          document.line(QStringLiteral("Fa/DaneFaKorygowanej/DataWystFaKorygowanej")),
                          QStringLiteral("DataWystFaKorygowanej"),
                          tr("the corrected invoice %1 is dated %2, after this correction (%3).")
                              .arg(corrected.number, corrected.issueDate.toString(Qt::ISODate),
                                   invoice.issueDate.toString(Qt::ISODate))));
        }
    }
}

void SemanticValidator::checkReferences(const Fa3Document &document, ValidationIssues &issues)
{
    const Invoice &invoice = document.invoice;
    const qint64 kindLine = document.line(QStringLiteral("Fa/RodzajFaktury"));
    if (isCorrection(invoice.kind)) {
        if (invoice.correction.corrected.isEmpty()) {
            issues.append(makeIssue(
                IssueCode::MissingCorrectionReference, kindLine, QStringLiteral("DaneFaKorygowanej"),
                tr("a correction (%1) must name the invoice it corrects: its number, date and KSeF "
                   "number.")
                    .arg(invoiceKindCode(invoice.kind))));
        }
        if (invoice.correction.reason.trimmed().isEmpty()) {
            issues.append(makeIssue(
                IssueCode::MissingCorrectionReason, kindLine, QStringLiteral("PrzyczynaKorekty"),
                tr("the correction does not say why it was issued."), ValidationIssue::Severity::Warning));
        }
        for (const CorrectedInvoice &corrected : invoice.correction.corrected) {
            if (corrected.ksefNumber.isEmpty()) {
                continue;
            }
            if (const auto number = KsefNumber::parse(corrected.ksefNumber); !number) {
                issues.append(makeIssue(
                    IssueCode::InvalidKsefNumberReference,
                    document.line(QStringLiteral("Fa/DaneFaKorygowanej/NrKSeFFaKorygowanej")),
                    QStringLiteral("NrKSeFFaKorygowanej"), KsefNumber::errorMessage(number.error())));
            }
        }
    }
    if (invoice.kind == InvoiceKind::Settlement && invoice.advanceKsefNumbers.isEmpty()) {
        issues.append(makeIssue(IssueCode::MissingAdvanceReference, kindLine,
                                QStringLiteral("FakturaZaliczkowa"),
                                tr("a settlement invoice (ROZ) must name the advance invoices it settles."),
                                ValidationIssue::Severity::Warning));
    }
    if (invoice.currency != u"PLN" && !invoice.exchangeRate && !document.statedGroups.isEmpty()) {
        bool taxed = false;
        for (const GroupTotal &group : document.statedGroups) {
            taxed = taxed || vatGroupHasTax(group.group);
        }
        if (taxed) {
            issues.append(makeIssue(
                IssueCode::MissingExchangeRate, document.line(QStringLiteral("Fa/KodWaluty")),
                QStringLiteral("KursWaluty"),
                tr("an invoice in %1 with VAT must state the exchange rate used for the VAT in PLN.")
                    .arg(invoice.currency)));
        }
    }
}

} // namespace Kurier
