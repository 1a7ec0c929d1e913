#include "fa/Fa3Reader.h"

#include "fa/Fa3Namespaces.h"
#include "fa/SchemaErrorText.h"

#include <libxml/tree.h>

namespace Kurier {

namespace {

// A view whose length is known at compile time: comparing against u"…" alone would measure the literal with a
// loop on every call, and the reader compares every element's path against dozens of names.
template <std::size_t N>
constexpr QStringView sv(const char16_t (&text)[N])
{
    return QStringView(text, static_cast<qsizetype>(N - 1));
}

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
        if (path == sv(u"Fa/FaWiersz") || path == sv(u"Fa/Zamowienie/ZamowienieWiersz")) {
            m_inv.lines.append(InvoiceLine{});
            m_inv.lines.last().quantity = Quantity::fromInteger(1);
        } else if (path == sv(u"Fa/DaneFaKorygowanej")) {
            m_inv.correction.corrected.append(CorrectedInvoice{});
        } else if (path == sv(u"Podmiot2/Adres")) {
            m_inv.buyer.address = Address{};
        } else if (path == sv(u"Podmiot1/Adres")) {
            m_inv.seller.address = Address{};
        }
    }

    void value(const QString &path, const QString &text)
    {
        if (path.startsWith(sv(u"Podmiot1/"))) {
            party(m_inv.seller, QStringView(path).mid(9), text, true);
        } else if (path.startsWith(sv(u"Podmiot2/"))) {
            party(m_inv.buyer, QStringView(path).mid(9), text, false);
        } else if (path == sv(u"Podmiot3/DaneIdentyfikacyjne/NIP")) {
            m_doc.thirdPartyNips.append(text);
        } else if (path == sv(u"Naglowek/DataWytworzeniaFa")) {
            m_inv.createdAt = QDateTime::fromString(text, Qt::ISODate);
        } else if (path.startsWith(sv(u"Fa/"))) {
            fa(QStringView(path).mid(3), text);
        } else if (path == sv(u"Zalacznik")) {
            m_inv.hasAttachment = true;
        }
    }

private:
    void party(Party &p, QStringView field, const QString &text, bool seller)
    {
        if (field == sv(u"DaneIdentyfikacyjne/NIP")) {
            p.idKind = PartyId::Nip;
            p.nip = text;
            (seller ? m_doc.sellerNipText : m_doc.buyerNipText) = text;
        } else if (field == sv(u"DaneIdentyfikacyjne/KodUE")) {
            p.idKind = PartyId::EuVat;
            p.euCountry = text;
        } else if (field == sv(u"DaneIdentyfikacyjne/NrVatUE")) {
            p.euVatNumber = text;
        } else if (field == sv(u"DaneIdentyfikacyjne/KodKraju")) {
            p.foreignCountry = text;
        } else if (field == sv(u"DaneIdentyfikacyjne/NrID")) {
            p.idKind = PartyId::Foreign;
            p.foreignId = text;
        } else if (field == sv(u"DaneIdentyfikacyjne/BrakID")) {
            p.idKind = PartyId::None;
        } else if (field == sv(u"DaneIdentyfikacyjne/Nazwa")) {
            p.name = text;
        } else if (field == sv(u"Adres/KodKraju") && p.address) {
            p.address->countryCode = text;
        } else if (field == sv(u"Adres/AdresL1") && p.address) {
            p.address->line1 = text;
        } else if (field == sv(u"Adres/AdresL2") && p.address) {
            p.address->line2 = text;
        } else if (field == sv(u"DaneKontaktowe/Email") && p.email.isEmpty()) {
            p.email = text;
        } else if (field == sv(u"DaneKontaktowe/Telefon") && p.phone.isEmpty()) {
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
        if (!field.startsWith(sv(u"P_1")) || field.size() < 6) {
            return false;
        }
        struct Field
        {
            QString name;
            VatGroup group;
            int part; // 0 net (P_13_x), 1 VAT (P_14_x), 2 VAT in PLN (P_14_xW)
        };
        static const QList<Field> fields = [] {
            QList<Field> all;
            for (const VatGroup group : kAllVatGroups) {
                all.append({vatGroupNetField(group), group, 0});
                if (vatGroupHasTax(group)) {
                    all.append({vatGroupTaxField(group), group, 1});
                    all.append({vatGroupTaxField(group) + u'W', group, 2});
                }
            }
            return all;
        }();
        for (const Field &f : fields) {
            if (field == f.name) {
                GroupTotal &total = statedGroup(f.group);
                (f.part == 0 ? total.net : f.part == 1 ? total.vat : total.vatPln) = money(text);
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
        if (field == sv(u"P_7") || field == sv(u"P_7Z")) {
            l.name = text;
        } else if (field == sv(u"P_8A") || field == sv(u"P_8AZ")) {
            l.unit = text;
        } else if (field == sv(u"P_8B") || field == sv(u"P_8BZ")) {
            l.quantity = Quantity::parse(text).value_or(Quantity());
        } else if (field == sv(u"P_9A") || field == sv(u"P_9AZ")) {
            l.unitPrice = UnitPrice::parse(text).value_or(UnitPrice());
        } else if (field == sv(u"P_9B")) {
            l.unitPrice = UnitPrice::parse(text).value_or(UnitPrice());
            m_inv.priceMode = PriceMode::Gross;
        } else if (field == sv(u"P_10")) {
            // P_10 is TKwotowy2 (8 decimals); a discount below a grosz is kept as stated in P_11.
            l.discount = Money::fromGrosze(static_cast<qint64>(roundedDivide(
                UnitPrice::parse(text).value_or(UnitPrice()).units(), UnitPrice::factor / 100)));
        } else if (field == sv(u"P_11") || field == sv(u"P_11NettoZ")) {
            l.statedValue = money(text);
        } else if (field == sv(u"P_11A")) {
            l.statedValue = money(text);
            m_inv.priceMode = PriceMode::Gross;
        } else if (field == sv(u"P_12") || field == sv(u"P_12Z")) {
            l.rate = vatRateFromCode(text);
        } else if (field == sv(u"KursWaluty") && !m_inv.exchangeRate) {
            m_inv.exchangeRate = ExchangeRate::parse(text);
        } else if (field == sv(u"StanPrzed") || field == sv(u"StanPrzedZ")) {
            l.before = text == sv(u"1");
        }
    }

    void fa(QStringView field, const QString &text)
    {
        if (field.startsWith(sv(u"FaWiersz/"))) {
            line(field.mid(9), text);
        } else if (field.startsWith(sv(u"Zamowienie/ZamowienieWiersz/"))) {
            line(field.mid(28), text);
        } else if (field.startsWith(sv(u"DaneFaKorygowanej/")) && !m_inv.correction.corrected.isEmpty()) {
            CorrectedInvoice &c = m_inv.correction.corrected.last();
            const QStringView f = field.mid(18);
            if (f == sv(u"DataWystFaKorygowanej")) {
                c.issueDate = parseDate(text).value_or(QDate());
            } else if (f == sv(u"NrFaKorygowanej")) {
                c.number = text;
            } else if (f == sv(u"NrKSeFFaKorygowanej")) {
                c.ksefNumber = text;
            }
        } else if (totals(field, text)) {
        } else if (field == sv(u"KodWaluty")) {
            m_inv.currency = text;
        } else if (field == sv(u"P_1")) {
            m_inv.issueDate = parseDate(text).value_or(QDate());
        } else if (field == sv(u"P_1M")) {
            m_inv.issuePlace = text;
        } else if (field == sv(u"P_2")) {
            m_inv.number = text;
        } else if (field == sv(u"P_6")) {
            m_inv.saleDate = parseDate(text);
        } else if (field == sv(u"OkresFa/P_6_Od")) {
            m_inv.periodFrom = parseDate(text);
        } else if (field == sv(u"OkresFa/P_6_Do")) {
            m_inv.periodTo = parseDate(text);
        } else if (field == sv(u"P_15")) {
            m_doc.statedGross = money(text);
        } else if (field == sv(u"RodzajFaktury")) {
            m_inv.kind = invoiceKindFromCode(text).value_or(InvoiceKind::Vat);
        } else if (field == sv(u"PrzyczynaKorekty")) {
            m_inv.correction.reason = text;
        } else if (field == sv(u"TypKorekty")) {
            m_inv.correction.type = text.toInt();
        } else if (field == sv(u"FakturaZaliczkowa/NrKSeFFaZaliczkowej")) {
            m_inv.advanceKsefNumbers.append(text);
        } else if (field.startsWith(sv(u"Adnotacje/"))) {
            annotation(field.mid(10), text);
        } else if (field.startsWith(sv(u"Platnosc/"))) {
            payment(field.mid(9), text);
        } else if (field == sv(u"KursWalutyZ")) {
            m_inv.exchangeRate = ExchangeRate::parse(text);
        }
    }

    void annotation(QStringView field, const QString &text)
    {
        Annotations &a = m_inv.annotations;
        const bool yes = text == sv(u"1");
        if (field == sv(u"P_16")) {
            a.cashAccounting = yes;
        } else if (field == sv(u"P_17")) {
            a.selfBilling = yes;
        } else if (field == sv(u"P_18")) {
            a.reverseCharge = yes;
        } else if (field == sv(u"P_18A")) {
            a.splitPayment = yes;
        } else if (field == sv(u"Zwolnienie/P_19A") || field == sv(u"Zwolnienie/P_19B") ||
                   field == sv(u"Zwolnienie/P_19C")) {
            a.exemptionBasis = text; // not P_19N: "1" there says that there is no exemption
        } else if (field == sv(u"PMarzy/P_PMarzy_2")) {
            a.margin = MarginScheme::TravelAgency;
        } else if (field == sv(u"PMarzy/P_PMarzy_3_1")) {
            a.margin = MarginScheme::UsedGoods;
        } else if (field == sv(u"PMarzy/P_PMarzy_3_2")) {
            a.margin = MarginScheme::WorksOfArt;
        } else if (field == sv(u"PMarzy/P_PMarzy_3_3")) {
            a.margin = MarginScheme::Antiques;
        }
    }

    void payment(QStringView field, const QString &text)
    {
        Payment &p = m_inv.payment;
        if (field == sv(u"Zaplacono")) {
            p.paid = text == sv(u"1");
        } else if (field == sv(u"DataZaplaty")) {
            p.paidDate = parseDate(text);
        } else if (field == sv(u"TerminPlatnosci/Termin") && !p.dueDate) {
            p.dueDate = parseDate(text);
        } else if (field == sv(u"FormaPlatnosci")) {
            const int method = text.toInt();
            if (method >= 1 && method <= 7) {
                p.method = static_cast<PaymentMethod>(method);
            }
        } else if (field == sv(u"RachunekBankowy/NrRB") && p.bankAccount.isEmpty()) {
            p.bankAccount = text;
        } else if (field == sv(u"RachunekBankowy/NazwaBanku") && p.bankName.isEmpty()) {
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

namespace {

QString textOf(const xmlNode *element)
{
    const xmlNode *only = element->children;
    if (only && !only->next && only->type == XML_TEXT_NODE && only->content) {
        return QString::fromUtf8(reinterpret_cast<const char *>(only->content)).trimmed();
    }
    QString text;
    for (const xmlNode *child = element->children; child; child = child->next) {
        if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content) {
            text += QString::fromUtf8(reinterpret_cast<const char *>(child->content));
        }
    }
    return text.trimmed();
}

// Depth-first over the elements below `parent`, with `path` the slash-joined local names below the root.
void walk(const xmlNode *parent, QString &path, Collector &collector, Fa3Document &doc)
{
    for (const xmlNode *child = parent->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) {
            continue;
        }
        const qsizetype before = path.size();
        if (!path.isEmpty()) {
            path += u'/';
        }
        path += QLatin1StringView(reinterpret_cast<const char *>(child->name)); // FA(3) names are ASCII
        if (!doc.lineOf.contains(path)) {
            doc.lineOf.insert(path, xmlGetLineNo(child));
        }
        collector.start(path);
        bool hasElements = false;
        for (const xmlNode *grandChild = child->children; grandChild && !hasElements;
             grandChild = grandChild->next) {
            hasElements = grandChild->type == XML_ELEMENT_NODE;
        }
        if (hasElements) {
            walk(child, path, collector, doc);
        }
        collector.value(path, hasElements ? QString() : textOf(child));
        path.truncate(before);
    }
}

} // namespace

std::expected<Fa3Document, Fa3Reader::Error> Fa3Reader::read(const QByteArray &xml)
{
    auto document = XmlDocument::parse(xml);
    if (!document) {
        Error error;
        error.code = Error::Code::NotWellFormed;
        error.line = document.error().line;
        error.column = document.error().column;
        error.found = document.error().doctype ? SchemaErrorText::doctype(error.line).message
                                               : document.error().message;
        return std::unexpected(error);
    }
    return read(*document, xml);
}

std::expected<Fa3Document, Fa3Reader::Error> Fa3Reader::read(const XmlDocument &document,
                                                             const QByteArray &original)
{
    const xmlNode *root = xmlDocGetRootElement(document.handle());
    const QString ns = document.rootNamespace();
    if (!root || document.rootName() != sv(u"Faktura") || ns != Fa::kFa3Namespace) {
        Error error;
        error.code = ns == Fa::kFa2Namespace ? Error::Code::Fa2 : Error::Code::UnknownDocument;
        error.line = root ? xmlGetLineNo(root) : 0;
        error.found = ns.isEmpty() ? QStringLiteral("<%1>").arg(document.rootName())
                                   : QStringLiteral("<%1> (namespace %2)").arg(document.rootName(), ns);
        return std::unexpected(error);
    }
    Fa3Document doc;
    doc.original = original;
    Collector collector(doc);
    QString path;
    path.reserve(96);
    doc.lineOf.reserve(256);
    walk(root, path, collector, doc);
    if (doc.invoice.currency.isEmpty()) {
        doc.invoice.currency = QStringLiteral("PLN");
    }
    return doc;
}

} // namespace Kurier
