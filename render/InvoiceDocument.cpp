#include "InvoiceDocument.h"

#include "DocumentStyle.h"
#include "DocumentText.h"
#include "fa/Fa3Reader.h"
#include "ksef/QrLinks.h"
#include "outbox/OutboxItem.h"

namespace Kurier {
namespace {

QString kindTitle(InvoiceKind kind, const DocumentText &t)
{
    switch (kind) {
    case InvoiceKind::Vat:
        return t(u"Faktura VAT", "VAT invoice");
    case InvoiceKind::Correction:
        return t(u"Faktura korygująca", "Corrective invoice");
    case InvoiceKind::Advance:
        return t(u"Faktura zaliczkowa", "Advance invoice");
    case InvoiceKind::Settlement:
        return t(u"Faktura rozliczeniowa", "Settlement invoice");
    case InvoiceKind::Simplified:
        return t(u"Faktura uproszczona", "Simplified invoice");
    case InvoiceKind::AdvanceCorrection:
        return t(u"Faktura korygująca fakturę zaliczkową", "Correction of an advance invoice");
    case InvoiceKind::SettlementCorrection:
        return t(u"Faktura korygująca fakturę rozliczeniową", "Correction of a settlement invoice");
    }
    return {};
}

QString paymentMethod(PaymentMethod method, const DocumentText &t)
{
    switch (method) {
    case PaymentMethod::Cash:
        return t(u"gotówka", "cash");
    case PaymentMethod::Card:
        return t(u"karta", "card");
    case PaymentMethod::Voucher:
        return t(u"bon", "voucher");
    case PaymentMethod::Cheque:
        return t(u"czek", "cheque");
    case PaymentMethod::Credit:
        return t(u"kredyt", "credit");
    case PaymentMethod::Transfer:
        return t(u"przelew", "bank transfer");
    case PaymentMethod::Mobile:
        return t(u"płatność mobilna", "mobile payment");
    }
    return {};
}

QString rateLabel(const std::optional<VatRate> &rate, const DocumentText &t)
{
    if (!rate) {
        return t(u"marża", "margin");
    }
    if (const auto percent = vatPercent(*rate)) {
        return QStringLiteral("%1%").arg(*percent);
    }
    QString code = vatRateCode(*rate);
    if (code.startsWith(u"0 ")) {
        code = QStringLiteral("0% ") + code.mid(2);
    }
    return code;
}

std::optional<VatGroup> lineGroup(const InvoiceLine &line)
{
    return line.rate ? std::optional(vatGroup(*line.rate)) : std::optional(VatGroup::Margin);
}

// The rates of the lines that fall into `group`, as printed ("23%", "8% / 7%").
QString groupLabel(VatGroup group, const Invoice &invoice, const DocumentText &t)
{
    QStringList labels;
    for (const InvoiceLine &line : invoice.lines) {
        if (lineGroup(line) == group) {
            const QString label = rateLabel(line.rate, t);
            if (!labels.contains(label)) {
                labels << label;
            }
        }
    }
    if (labels.isEmpty()) {
        // A group stated in the file without lines of its own (e.g. an advance on a settlement invoice).
        return vatGroupNetField(group);
    }
    return labels.join(QStringLiteral(" / "));
}

QString partyBlock(const QString &title, const Party &party, const DocumentText &t)
{
    QString html = QStringLiteral("<p class=\"h\">%1</p>").arg(title.toHtmlEscaped());
    switch (party.idKind) {
    case PartyId::Nip:
        html += QStringLiteral("<p><b>NIP: %1</b></p>").arg(DocumentText::html(party.nip));
        break;
    case PartyId::EuVat:
        html += QStringLiteral("<p><b>%1: %2%3</b></p>")
                    .arg(t(u"Numer VAT UE", "EU VAT number"), party.euCountry.toHtmlEscaped(),
                         party.euVatNumber.toHtmlEscaped());
        break;
    case PartyId::Foreign:
        html += QStringLiteral("<p><b>%1: %2 %3</b></p>")
                    .arg(t(u"Identyfikator podatkowy", "Tax identifier"),
                         party.foreignCountry.toHtmlEscaped(), party.foreignId.toHtmlEscaped());
        break;
    case PartyId::None:
        html += QStringLiteral("<p>%1</p>").arg(t(u"Brak identyfikatora podatkowego", "No tax identifier"));
        break;
    }
    html += QStringLiteral("<p>%1</p>").arg(DocumentText::html(party.name));
    if (party.address) {
        html += QStringLiteral("<p>%1").arg(DocumentText::html(party.address->line1));
        if (!party.address->line2.isEmpty()) {
            html += QStringLiteral("<br/>%1").arg(party.address->line2.toHtmlEscaped());
        }
        if (party.address->countryCode != u"PL") {
            html += QStringLiteral("<br/>%1").arg(party.address->countryCode.toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    if (!party.email.isEmpty()) {
        html += QStringLiteral("<p>E-mail: %1</p>").arg(party.email.toHtmlEscaped());
    }
    if (!party.phone.isEmpty()) {
        html += QStringLiteral("<p>%1: %2</p>").arg(t(u"Tel.", "Phone"), party.phone.toHtmlEscaped());
    }
    return html;
}

// Cells marked by right() are right-aligned (amounts); `widths` (percent) are given to the first cells.
QString row(const QStringList &cells, const QString &tag = QStringLiteral("td"),
            const QList<int> &widths = {})
{
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString &cell = cells.at(i);
        const bool alignRight = cell.startsWith(u'\x1f');
        html += QStringLiteral("<%1%2%3>%4</%1>")
                    .arg(tag, alignRight ? QStringLiteral(" align=\"right\"") : QString(),
                         i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString(),
                         alignRight ? cell.mid(1) : cell);
    }
    return html + QStringLiteral("</tr>");
}

QString right(const QString &text)
{
    return u'\x1f' + text;
}

// The lines table; `filter` picks the lines (all, or the state before / after a correction).
QString linesTable(const Invoice &invoice, const QList<InvoiceLine> &lines, const DocumentText &t)
{
    const bool gross = invoice.priceMode == PriceMode::Gross;
    bool discounts = false;
    for (const InvoiceLine &line : lines) {
        discounts = discounts || !line.discount.isZero();
    }
    QStringList header{t(u"Lp.", "No."), t(u"Nazwa towaru lub usługi", "Goods or service"),
                       right(t(u"Ilość", "Qty")), t(u"J.m.", "Unit"),
                       right(gross ? t(u"Cena jedn. brutto", "Unit price (gross)")
                                   : t(u"Cena jedn. netto", "Unit price (net)"))};
    if (discounts) {
        header << right(t(u"Rabat", "Discount"));
    }
    header << right(t(u"Stawka VAT", "VAT rate"))
           << right(gross ? t(u"Wartość brutto", "Gross value") : t(u"Wartość netto", "Net value"));
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                                  "<thead>%1</thead>")
                       .arg(row(header, QStringLiteral("th"), {4}));
    int number = 0;
    for (const InvoiceLine &line : lines) {
        const auto value = InvoiceCalculator::lineValue(line);
        QStringList cells{QString::number(++number), DocumentText::html(line.name),
                          right(t.decimal(line.quantity)), DocumentText::html(line.unit),
                          right(t.decimal(line.unitPrice, 2))};
        if (discounts) {
            cells << right(line.discount.isZero() ? QString() : t.money(line.discount));
        }
        cells << right(rateLabel(line.rate, t)) << right(value ? t.money(*value) : QStringLiteral("–"));
        html += row(cells);
    }
    return html + QStringLiteral("</table>");
}

QString section(const QString &title)
{
    return QStringLiteral("<p class=\"h\">%1</p>").arg(title.toHtmlEscaped());
}

QString keyValues(const QList<std::pair<QString, QString>> &pairs)
{
    QString html = QStringLiteral("<table class=\"kv\" cellspacing=\"0\" cellpadding=\"1\">");
    for (const auto &[key, value] : pairs) {
        if (!value.isEmpty()) {
            html += QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>")
                        .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
        }
    }
    return html + QStringLiteral("</table>");
}

QString detailsSection(const Invoice &invoice, const DocumentText &t)
{
    QList<std::pair<QString, QString>> details{
        {t(u"Data wystawienia", "Date of issue"), t.date(invoice.issueDate)},
        {t(u"Miejsce wystawienia", "Place of issue"), invoice.issuePlace},
        {t(u"Data dostawy lub wykonania usługi", "Date of supply"),
         invoice.saleDate ? t.date(*invoice.saleDate) : QString()}};
    if (invoice.periodFrom || invoice.periodTo) {
        details.append(
            {t(u"Okres, którego dotyczy faktura", "Period of supply"),
             QStringLiteral("%1 – %2").arg(invoice.periodFrom ? t.date(*invoice.periodFrom) : QString(),
                                           invoice.periodTo ? t.date(*invoice.periodTo) : QString())});
    }
    details.append({t(u"Waluta", "Currency"), invoice.currency});
    if (invoice.exchangeRate) {
        details.append({t(u"Kurs waluty", "Exchange rate"), t.decimal(*invoice.exchangeRate)});
    }
    return section(t(u"Szczegóły", "Details")) + keyValues(details);
}

QString correctionSection(const Invoice &invoice, const DocumentText &t)
{
    if (!isCorrection(invoice.kind)) {
        return {};
    }
    QList<std::pair<QString, QString>> pairs{{t(u"Przyczyna korekty", "Reason"), invoice.correction.reason}};
    if (invoice.correction.type) {
        pairs.append({t(u"Typ skutku korekty", "Effect of the correction"),
                      QString::number(*invoice.correction.type)});
    }
    for (const CorrectedInvoice &corrected : invoice.correction.corrected) {
        pairs.append({t(u"Faktura korygowana", "Corrected invoice"),
                      QStringLiteral("%1 %2 %3")
                          .arg(corrected.number, t(u"z dnia", "of"), t.date(corrected.issueDate))});
        pairs.append(
            {t(u"Numer KSeF faktury korygowanej", "KSeF number of the corrected invoice"),
             corrected.ksefNumber.isEmpty() ? t(u"poza KSeF", "outside KSeF") : corrected.ksefNumber});
    }
    return section(t(u"Dane korekty", "Correction")) + keyValues(pairs);
}

QString linesSection(const Invoice &invoice, const DocumentText &t)
{
    if (isCorrection(invoice.kind)) {
        QList<InvoiceLine> before;
        QList<InvoiceLine> after;
        for (const InvoiceLine &line : invoice.lines) {
            (line.before ? before : after).append(line);
        }
        QString html;
        if (!before.isEmpty()) {
            html += section(t(u"Pozycje przed korektą", "Lines before the correction")) +
                    linesTable(invoice, before, t);
        }
        return html + section(t(u"Pozycje po korekcie", "Lines after the correction")) +
               linesTable(invoice, after, t);
    }
    if (isAdvance(invoice.kind)) {
        return section(t(u"Zamówienie (wartość całego zamówienia)", "Order (the whole order)")) +
               linesTable(invoice, invoice.lines, t);
    }
    return section(t(u"Pozycje", "Lines")) + linesTable(invoice, invoice.lines, t);
}

QString summarySection(const Fa3Document &document, const InvoiceTotals &computed, Money gross,
                       const DocumentText &t)
{
    const Invoice &invoice = document.invoice;
    const QList<GroupTotal> &groups =
        document.statedGroups.isEmpty() ? computed.groups : document.statedGroups;
    const bool foreign = invoice.currency != u"PLN";
    QStringList header{t(u"Lp.", "No."), t(u"Stawka podatku", "VAT rate"), right(t(u"Kwota netto", "Net")),
                       right(t(u"Kwota podatku", "VAT")), right(t(u"Kwota brutto", "Gross"))};
    if (foreign) {
        header << right(t(u"Kwota podatku w PLN", "VAT in PLN"));
    }
    QString html = section(t(u"Podsumowanie stawek podatku", "VAT summary")) +
                   QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                                  "<thead>%1</thead>")
                       .arg(row(header, QStringLiteral("th"), {4, 16}));
    int number = 0;
    for (const GroupTotal &group : groups) {
        QStringList cells{QString::number(++number), groupLabel(group.group, invoice, t),
                          right(t.money(group.net)), right(t.money(group.vat)),
                          right(t.money(group.net + group.vat))};
        if (foreign) {
            cells << right(t.money(group.vatPln));
        }
        html += row(cells);
    }
    html += QStringLiteral("</table>");
    const QString label =
        invoice.kind == InvoiceKind::Advance || invoice.kind == InvoiceKind::AdvanceCorrection
            ? t(u"Otrzymana zaliczka", "Advance received")
            : t(u"Kwota należności ogółem", "Total amount due");
    html += QStringLiteral("<p class=\"total\">%1: %2 %3</p><p>%4: %5</p>")
                .arg(label.toHtmlEscaped(), t.money(gross), invoice.currency.toHtmlEscaped(),
                     t(u"Słownie", "In words"),
                     AmountInWords::amount(gross, invoice.currency, t.language()).toHtmlEscaped());
    if (isSettlement(invoice.kind) && !invoice.advanceKsefNumbers.isEmpty()) {
        html += QStringLiteral("<p>%1: %2</p>")
                    .arg(t(u"Rozliczane faktury zaliczkowe (KSeF)", "Advance invoices settled (KSeF)"),
                         invoice.advanceKsefNumbers.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    return html;
}

QString annotationsSection(const Invoice &invoice, const DocumentText &t)
{
    const Annotations &a = invoice.annotations;
    QStringList items;
    if (a.splitPayment) {
        items << t(u"Mechanizm podzielonej płatności", "Split payment");
    }
    if (a.cashAccounting) {
        items << t(u"Metoda kasowa", "Cash accounting");
    }
    if (a.selfBilling) {
        items << t(u"Samofakturowanie", "Self-billing");
    }
    if (a.reverseCharge) {
        items << t(u"Odwrotne obciążenie", "Reverse charge");
    }
    if (!a.exemptionBasis.isEmpty()) {
        items << t(u"Zwolnienie z podatku: ", "VAT exemption: ") + a.exemptionBasis;
    }
    switch (a.margin) {
    case MarginScheme::None:
        break;
    case MarginScheme::TravelAgency:
        items << t(u"Procedura marży dla biur podróży", "Margin scheme: travel agents");
        break;
    case MarginScheme::UsedGoods:
        items << t(u"Procedura marży – towary używane", "Margin scheme: second-hand goods");
        break;
    case MarginScheme::WorksOfArt:
        items << t(u"Procedura marży – dzieła sztuki", "Margin scheme: works of art");
        break;
    case MarginScheme::Antiques:
        items << t(u"Procedura marży – przedmioty kolekcjonerskie i antyki",
                   "Margin scheme: collectors' items and antiques");
        break;
    }
    if (items.isEmpty()) {
        return {};
    }
    QString html = section(t(u"Adnotacje", "Annotations")) + QStringLiteral("<ul>");
    for (const QString &item : items) {
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

QString paymentSection(const Invoice &invoice, const DocumentText &t)
{
    const Payment &p = invoice.payment;
    const QList<std::pair<QString, QString>> pairs{
        {t(u"Termin płatności", "Due date"), p.dueDate ? t.date(*p.dueDate) : QString()},
        {t(u"Forma płatności", "Payment method"), p.method ? paymentMethod(*p.method, t) : QString()},
        {t(u"Numer rachunku", "Bank account"), p.bankAccount},
        {t(u"Bank", "Bank"), p.bankName},
        {t(u"Zapłacono", "Paid"),
         p.paid ? (p.paidDate ? t.date(*p.paidDate) : t(u"tak", "yes")) : QString()}};
    bool any = false;
    for (const auto &pair : pairs) {
        any = any || !pair.second.isEmpty();
    }
    return any ? section(t(u"Płatność", "Payment")) + keyValues(pairs) : QString();
}

QString verificationSection(const InvoicePrintout &printout, const DocumentText &t)
{
    if (printout.verificationUrl.isEmpty()) {
        return {};
    }
    // One table, heading included, so that the codes and their labels stay on one page.
    const int columns = printout.offline ? 3 : 2;
    QString html =
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><td colspan=\"%1\">%2</td></tr>"
                       "<tr><td align=\"center\" valign=\"top\" width=\"190\">{{qr:kod1}}<br/><b>%3</b></td>")
            .arg(columns)
            .arg(section(t(u"Weryfikacja w KSeF", "Verification in KSeF")),
                 QrLinks::invoiceLabel(printout.offline ? QString() : printout.ksefNumber));
    if (printout.offline) {
        html += printout.certificateUrl.isEmpty()
                    ? QStringLiteral(
                          "<td align=\"center\" valign=\"middle\" class=\"kod2\" width=\"140\">%1</td>")
                          .arg(t(u"Miejsce na KOD II<br/>(CERTYFIKAT: certyfikat KSeF typu Offline)",
                                 "Space for KOD II<br/>(CERTYFIKAT: a KSeF Offline certificate)"))
                    : QStringLiteral(
                          "<td align=\"center\" valign=\"top\">{{qr:kod2}}<br/><b>CERTYFIKAT</b></td>");
    }
    html += QStringLiteral("<td valign=\"top\"><p>%1</p><p class=\"small\">%2</p></td></tr></table>")
                .arg(t(u"Sprawdź, czy Twoja faktura znajduje się w KSeF: zeskanuj kod albo otwórz link.",
                       "Check that your invoice is in KSeF: scan the code or open the link."),
                     printout.verificationUrl.toHtmlEscaped());
    return html;
}

} // namespace

std::expected<InvoicePrintout, QString> InvoicePrintout::forItem(const OutboxItem &item,
                                                                 DocumentLanguage language)
{
    auto printout = forXml(item.xml, item.ksefNumber, KsefEnvironment::fromText(item.environment), language);
    if (printout && printout->offline) {
        printout->certificateUrl = item.offlineKod2; // signed when it was issued offline (empty: it was not)
    }
    return printout;
}

std::expected<InvoicePrintout, QString>
InvoicePrintout::forXml(const QByteArray &xml, const QString &ksefNumber,
                        const std::optional<KsefEnvironment> &environment, DocumentLanguage language)
{
    if (xml.isEmpty()) {
        return std::unexpected(InvoiceDocument::tr("The invoice's XML is not stored."));
    }
    auto document = Fa3Reader::read(xml);
    if (!document) {
        return std::unexpected(document.error().message());
    }
    InvoicePrintout printout;
    printout.document = std::move(*document);
    printout.ksefNumber = ksefNumber;
    printout.offline = ksefNumber.isEmpty();
    printout.language = language;
    if (environment) {
        printout.verificationUrl = QrLinks::invoiceVerification(
            *environment, printout.document.invoice.seller.nip, printout.document.invoice.issueDate, xml);
    }
    return printout;
}

std::expected<std::unique_ptr<PagedDocument>, QString> InvoiceDocument::build(const InvoicePrintout &printout)
{
    const DocumentText t(printout.language);
    const Invoice &invoice = printout.document.invoice;
    const auto computed = InvoiceCalculator::compute(invoice);
    if (!computed && printout.document.statedGroups.isEmpty()) {
        return std::unexpected(tr("The invoice's totals cannot be computed (an amount is too large)."));
    }
    const InvoiceTotals totals = computed.value_or(InvoiceTotals{});
    const Money gross = printout.document.statedGross.value_or(
        isAdvance(invoice.kind) && !invoice.advanceReceived.isZero() ? invoice.advanceReceived
                                                                     : totals.gross);

    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(DocumentStyle::css());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>"
                           "<p class=\"title\">%1</p><p class=\"number\">%2 %3</p></td>"
                           "<td align=\"right\" valign=\"top\"><p>%4</p><p><b>%5</b></p></td></tr></table>")
                .arg(kindTitle(invoice.kind, t).toHtmlEscaped(), t(u"Nr", "No."),
                     DocumentText::html(invoice.number), t(u"Numer KSeF", "KSeF number"),
                     printout.ksefNumber.isEmpty() ? t(u"nie nadano (faktura poza KSeF)", "not assigned yet")
                                                   : printout.ksefNumber.toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" class=\"parties\"><tr>"
                           "<td width=\"50%\" valign=\"top\">%1</td><td width=\"50%\" valign=\"top\">%2</td>"
                           "</tr></table>")
                .arg(partyBlock(t(u"Sprzedawca", "Seller"), invoice.seller, t),
                     partyBlock(t(u"Nabywca", "Buyer"), invoice.buyer, t));
    if (!printout.document.thirdPartyNips.isEmpty()) {
        html += QStringLiteral("<p><b>%1:</b> NIP %2</p>")
                    .arg(t(u"Podmiot trzeci", "Third party"),
                         printout.document.thirdPartyNips.join(QStringLiteral(", NIP ")).toHtmlEscaped());
    }
    html += detailsSection(invoice, t) + correctionSection(invoice, t) + linesSection(invoice, t) +
            summarySection(printout.document, totals, gross, t) + annotationsSection(invoice, t) +
            paymentSection(invoice, t);
    if (printout.document.invoice.hasAttachment) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(t(u"Faktura ma załącznik (Zalacznik): jego treść jest w pliku XML.",
                           "The invoice has an attachment (Zalacznik): see the XML file."));
    }
    html += verificationSection(printout, t) + QStringLiteral("</body></html>");

    auto document = std::make_unique<PagedDocument>(html);
    if (!printout.verificationUrl.isEmpty()) {
        if (auto placed = document->setQr(QStringLiteral("kod1"), printout.verificationUrl, 32); !placed) {
            return std::unexpected(placed.error());
        }
        if (printout.offline && !printout.certificateUrl.isEmpty()) {
            if (auto placed = document->setQr(QStringLiteral("kod2"), printout.certificateUrl, 32); !placed) {
                return std::unexpected(placed.error());
            }
        }
    }
    const QString reference = printout.ksefNumber.isEmpty()
                                  ? invoice.number
                                  : QStringLiteral("%1 · KSeF %2").arg(invoice.number, printout.ksefNumber);
    document->setFooter(reference, t(u"Strona %1 z %2", "Page %1 of %2"));
    document->setTitle(kindTitle(invoice.kind, t) + u' ' + invoice.number);
    return document;
}

std::expected<QByteArray, QString> InvoiceDocument::pdf(const InvoicePrintout &printout)
{
    auto document = build(printout);
    if (!document) {
        return std::unexpected(document.error());
    }
    return (*document)->pdf();
}

} // namespace Kurier
