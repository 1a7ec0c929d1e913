#include "fa/Fa3Reader.h"

#include "fa/Fa3Namespaces.h"

#include <QXmlStreamReader>

namespace Kurier {

namespace {

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

Money money(const QString &text)
{
    return Money::parse(text).value_or(Money());
}

// Collects the values of one FA(3) document. Paths are relative to the root: "Fa/FaWiersz/P_7".
class Collector
{
public:
    explicit Collector(Fa3Document &doc)
        : m_doc(doc)
        , m_inv(doc.invoice)
    {
        m_inv.currency.clear();
    }

    void start(const QString &path)
    {
        if (path == u"Fa/FaWiersz" || path == u"Fa/Zamowienie/ZamowienieWiersz") {
            m_inv.lines.append(InvoiceLine{});
            m_inv.lines.last().quantity = Quantity::fromInteger(1);
        } else if (path == u"Fa/DaneFaKorygowanej") {
            m_inv.correction.corrected.append(CorrectedInvoice{});
        } else if (path == u"Podmiot2/Adres") {
            m_inv.buyer.address = Address{};
        } else if (path == u"Podmiot1/Adres") {
            m_inv.seller.address = Address{};
        }
    }

    void value(const QString &path, const QString &text)
    {
        if (path.startsWith(u"Podmiot1/")) {
            party(m_inv.seller, QStringView(path).mid(9), text, true);
        } else if (path.startsWith(u"Podmiot2/")) {
            party(m_inv.buyer, QStringView(path).mid(9), text, false);
        } else if (path == u"Podmiot3/DaneIdentyfikacyjne/NIP") {
            m_doc.thirdPartyNips.append(text);
        } else if (path == u"Naglowek/DataWytworzeniaFa") {
            m_inv.createdAt = QDateTime::fromString(text, Qt::ISODate);
        } else if (path.startsWith(u"Fa/")) {
            fa(QStringView(path).mid(3), text);
        } else if (path == u"Zalacznik") {
            m_inv.hasAttachment = true;
        }
    }

private:
    void party(Party &p, QStringView field, const QString &text, bool seller)
    {
        if (field == u"DaneIdentyfikacyjne/NIP") {
            p.idKind = PartyId::Nip;
            p.nip = text;
            (seller ? m_doc.sellerNipText : m_doc.buyerNipText) = text;
        } else if (field == u"DaneIdentyfikacyjne/KodUE") {
            p.idKind = PartyId::EuVat;
            p.euCountry = text;
        } else if (field == u"DaneIdentyfikacyjne/NrVatUE") {
            p.euVatNumber = text;
        } else if (field == u"DaneIdentyfikacyjne/KodKraju") {
            p.foreignCountry = text;
        } else if (field == u"DaneIdentyfikacyjne/NrID") {
            p.idKind = PartyId::Foreign;
            p.foreignId = text;
        } else if (field == u"DaneIdentyfikacyjne/BrakID") {
            p.idKind = PartyId::None;
        } else if (field == u"DaneIdentyfikacyjne/Nazwa") {
            p.name = text;
        } else if (field == u"Adres/KodKraju" && p.address) {
            p.address->countryCode = text;
        } else if (field == u"Adres/AdresL1" && p.address) {
            p.address->line1 = text;
        } else if (field == u"Adres/AdresL2" && p.address) {
            p.address->line2 = text;
        } else if (field == u"DaneKontaktowe/Email" && p.email.isEmpty()) {
            p.email = text;
        } else if (field == u"DaneKontaktowe/Telefon" && p.phone.isEmpty()) {
            p.phone = text;
        }
    }

    GroupTotal &statedGroup(VatGroup group)
    {
        for (GroupTotal &total : m_doc.statedGroups) {
            if (total.group == group) {
                return total;
            }
        }
        m_doc.statedGroups.append(GroupTotal{group, {}, {}, {}});
        return m_doc.statedGroups.last();
    }

    bool totals(QStringView field, const QString &text)
    {
        for (const VatGroup group : kAllVatGroups) {
            if (field == vatGroupNetField(group)) {
                statedGroup(group).net = money(text);
                return true;
            }
            if (vatGroupHasTax(group) && field == vatGroupTaxField(group)) {
                statedGroup(group).vat = money(text);
                return true;
            }
            if (vatGroupHasTax(group) && field == QString(vatGroupTaxField(group) + u'W')) {
                statedGroup(group).vatPln = money(text);
                return true;
            }
        }
        return false;
    }

    void line(QStringView field, const QString &text)
    {
        if (m_inv.lines.isEmpty()) {
            return;
        }
        InvoiceLine &l = m_inv.lines.last();
        if (field == u"P_7" || field == u"P_7Z") {
            l.name = text;
        } else if (field == u"P_8A" || field == u"P_8AZ") {
            l.unit = text;
        } else if (field == u"P_8B" || field == u"P_8BZ") {
            l.quantity = Quantity::parse(text).value_or(Quantity());
        } else if (field == u"P_9A" || field == u"P_9AZ") {
            l.unitPrice = UnitPrice::parse(text).value_or(UnitPrice());
        } else if (field == u"P_9B") {
            l.unitPrice = UnitPrice::parse(text).value_or(UnitPrice());
            m_inv.priceMode = PriceMode::Gross;
        } else if (field == u"P_10") {
            // P_10 is TKwotowy2 (8 decimals); a discount below a grosz is kept as stated in P_11.
            l.discount = Money::fromGrosze(static_cast<qint64>(roundedDivide(
                UnitPrice::parse(text).value_or(UnitPrice()).units(), UnitPrice::factor / 100)));
        } else if (field == u"P_11" || field == u"P_11NettoZ") {
            l.statedValue = money(text);
        } else if (field == u"P_11A") {
            l.statedValue = money(text);
            m_inv.priceMode = PriceMode::Gross;
        } else if (field == u"P_12" || field == u"P_12Z") {
            l.rate = vatRateFromCode(text);
        } else if (field == u"KursWaluty" && !m_inv.exchangeRate) {
            m_inv.exchangeRate = ExchangeRate::parse(text);
        } else if (field == u"StanPrzed" || field == u"StanPrzedZ") {
            l.before = text == u"1";
        }
    }

    void fa(QStringView field, const QString &text)
    {
        if (field.startsWith(u"FaWiersz/")) {
            line(field.mid(9), text);
        } else if (field.startsWith(u"Zamowienie/ZamowienieWiersz/")) {
            line(field.mid(28), text);
        } else if (field.startsWith(u"DaneFaKorygowanej/") && !m_inv.correction.corrected.isEmpty()) {
            CorrectedInvoice &c = m_inv.correction.corrected.last();
            const QStringView f = field.mid(18);
            if (f == u"DataWystFaKorygowanej") {
                c.issueDate = parseDate(text).value_or(QDate());
            } else if (f == u"NrFaKorygowanej") {
                c.number = text;
            } else if (f == u"NrKSeFFaKorygowanej") {
                c.ksefNumber = text;
            }
        } else if (totals(field, text)) {
        } else if (field == u"KodWaluty") {
            m_inv.currency = text;
        } else if (field == u"P_1") {
            m_inv.issueDate = parseDate(text).value_or(QDate());
        } else if (field == u"P_1M") {
            m_inv.issuePlace = text;
        } else if (field == u"P_2") {
            m_inv.number = text;
        } else if (field == u"P_6") {
            m_inv.saleDate = parseDate(text);
        } else if (field == u"OkresFa/P_6_Od") {
            m_inv.periodFrom = parseDate(text);
        } else if (field == u"OkresFa/P_6_Do") {
            m_inv.periodTo = parseDate(text);
        } else if (field == u"P_15") {
            m_doc.statedGross = money(text);
        } else if (field == u"RodzajFaktury") {
            m_inv.kind = invoiceKindFromCode(text).value_or(InvoiceKind::Vat);
        } else if (field == u"PrzyczynaKorekty") {
            m_inv.correction.reason = text;
        } else if (field == u"TypKorekty") {
            m_inv.correction.type = text.toInt();
        } else if (field == u"FakturaZaliczkowa/NrKSeFFaZaliczkowej") {
            m_inv.advanceKsefNumbers.append(text);
        } else if (field.startsWith(u"Adnotacje/")) {
            annotation(field.mid(10), text);
        } else if (field.startsWith(u"Platnosc/")) {
            payment(field.mid(9), text);
        } else if (field == u"KursWalutyZ") {
            m_inv.exchangeRate = ExchangeRate::parse(text);
        }
    }

    void annotation(QStringView field, const QString &text)
    {
        Annotations &a = m_inv.annotations;
        const bool yes = text == u"1";
        if (field == u"P_16") {
            a.cashAccounting = yes;
        } else if (field == u"P_17") {
            a.selfBilling = yes;
        } else if (field == u"P_18") {
            a.reverseCharge = yes;
        } else if (field == u"P_18A") {
            a.splitPayment = yes;
        } else if (field.startsWith(u"Zwolnienie/P_19") && field.size() == 16) {
            a.exemptionBasis = text; // P_19A, P_19B or P_19C
        } else if (field == u"PMarzy/P_PMarzy_2") {
            a.margin = MarginScheme::TravelAgency;
        } else if (field == u"PMarzy/P_PMarzy_3_1") {
            a.margin = MarginScheme::UsedGoods;
        } else if (field == u"PMarzy/P_PMarzy_3_2") {
            a.margin = MarginScheme::WorksOfArt;
        } else if (field == u"PMarzy/P_PMarzy_3_3") {
            a.margin = MarginScheme::Antiques;
        }
    }

    void payment(QStringView field, const QString &text)
    {
        Payment &p = m_inv.payment;
        if (field == u"Zaplacono") {
            p.paid = text == u"1";
        } else if (field == u"DataZaplaty") {
            p.paidDate = parseDate(text);
        } else if (field == u"TerminPlatnosci/Termin" && !p.dueDate) {
            p.dueDate = parseDate(text);
        } else if (field == u"FormaPlatnosci") {
            const int method = text.toInt();
            if (method >= 1 && method <= 7) {
                p.method = static_cast<PaymentMethod>(method);
            }
        } else if (field == u"RachunekBankowy/NrRB" && p.bankAccount.isEmpty()) {
            p.bankAccount = text;
        } else if (field == u"RachunekBankowy/NazwaBanku" && p.bankName.isEmpty()) {
            p.bankName = text;
        }
    }

    Fa3Document &m_doc;
    Invoice &m_inv;
};

} // namespace

QString Fa3Reader::Error::message() const
{
    switch (code) {
    case Code::NotWellFormed:
        return tr("the file is not well-formed XML (column %1): %2").arg(column).arg(found);
    case Code::Fa2:
        return tr("this is an FA(2) invoice (namespace %1). KSeF accepts FA(3) (namespace %2): export the "
                  "invoice "
                  "again as FA(3) from the program that created it.")
            .arg(Fa::kFa2Namespace, Fa::kFa3Namespace);
    case Code::UnknownDocument:
        return tr("this is not an FA(3) invoice: found %1, expected the element Faktura in namespace %2.")
            .arg(found, Fa::kFa3Namespace);
    }
    return {};
}

std::expected<Fa3Document, Fa3Reader::Error> Fa3Reader::read(const QByteArray &xml)
{
    Fa3Document doc;
    doc.original = xml;
    Collector collector(doc);
    QXmlStreamReader reader(xml);
    QStringList stack;
    QString path;
    QString text;
    bool rootSeen = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (!rootSeen) {
                rootSeen = true;
                const QStringView ns = reader.namespaceUri();
                if (reader.name() != u"Faktura" || ns != Fa::kFa3Namespace) {
                    Error error;
                    error.code = ns == Fa::kFa2Namespace ? Error::Code::Fa2 : Error::Code::UnknownDocument;
                    error.line = reader.lineNumber();
                    error.found = ns.isEmpty() ? QStringLiteral("<%1>").arg(reader.name())
                                               : QStringLiteral("<%1> (namespace %2)").arg(reader.name(), ns);
                    return std::unexpected(error);
                }
                stack.append(QString());
                continue;
            }
            const QString name = reader.name().toString();
            stack.append(name);
            path = stack.size() == 2 ? name : path + u'/' + name;
            if (!doc.lineOf.contains(path)) {
                doc.lineOf.insert(path, reader.lineNumber());
            }
            collector.start(path);
            text.clear();
            break;
        }
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (stack.size() > 1) {
                collector.value(path, text.trimmed());
                text.clear();
                const qsizetype cut = stack.last().size() + (stack.size() > 2 ? 1 : 0);
                stack.removeLast();
                path.chop(cut);
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError() || !rootSeen) {
        Error error;
        error.code = Error::Code::NotWellFormed;
        error.line = reader.lineNumber();
        error.column = reader.columnNumber();
        error.found = rootSeen ? reader.errorString() : tr("the file contains no XML element");
        return std::unexpected(error);
    }
    if (doc.invoice.currency.isEmpty()) {
        doc.invoice.currency = QStringLiteral("PLN");
    }
    return doc;
}

} // namespace Kurier
