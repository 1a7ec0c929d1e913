#include "fa/Fa3Writer.h"

#include "fa/Fa3Namespaces.h"

#include <QXmlStreamWriter>

namespace Kurier {

namespace {

class Writer
{
public:
    Writer(QByteArray *out, const Invoice &invoice, const InvoiceTotals &totals)
        : m_xml(out)
        , m_invoice(invoice)
        , m_totals(totals)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void write()
    {
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(Fa::kFa3Namespace);
        m_xml.writeNamespace(Fa::kEtdNamespace, QStringLiteral("etd"));
        m_xml.writeStartElement(Fa::kFa3Namespace, QStringLiteral("Faktura"));
        writeHeader();
        writeSeller();
        writeBuyer();
        writeFa();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    void text(const QString &name, const QString &value) { m_xml.writeTextElement(name, value); }
    void optionalText(const QString &name, const QString &value)
    {
        if (!value.trimmed().isEmpty()) {
            text(name, value.trimmed());
        }
    }
    static QString date(QDate d) { return d.toString(Qt::ISODate); }
    static QString flag(bool on) { return on ? QStringLiteral("1") : QStringLiteral("2"); }

    void writeHeader()
    {
        m_xml.writeStartElement(QStringLiteral("Naglowek"));
        m_xml.writeStartElement(QStringLiteral("KodFormularza"));
        m_xml.writeAttribute(QStringLiteral("kodSystemowy"), QStringLiteral("FA (3)"));
        m_xml.writeAttribute(QStringLiteral("wersjaSchemy"), QStringLiteral("1-0E"));
        m_xml.writeCharacters(QStringLiteral("FA"));
        m_xml.writeEndElement();
        text(QStringLiteral("WariantFormularza"), QStringLiteral("3"));
        const QDateTime created =
            m_invoice.createdAt.isValid() ? m_invoice.createdAt : QDateTime::currentDateTimeUtc();
        text(QStringLiteral("DataWytworzeniaFa"), created.toUTC().toString(Qt::ISODate));
        text(QStringLiteral("SystemInfo"), Fa3Writer::systemInfo());
        m_xml.writeEndElement();
    }

    void writeAddress(const std::optional<Address> &address)
    {
        if (!address || address->line1.trimmed().isEmpty()) {
            return;
        }
        m_xml.writeStartElement(QStringLiteral("Adres"));
        text(QStringLiteral("KodKraju"),
             address->countryCode.isEmpty() ? QStringLiteral("PL") : address->countryCode);
        text(QStringLiteral("AdresL1"), address->line1.trimmed());
        optionalText(QStringLiteral("AdresL2"), address->line2);
        m_xml.writeEndElement();
    }

    void writeContact(const Party &party)
    {
        if (party.email.trimmed().isEmpty() && party.phone.trimmed().isEmpty()) {
            return;
        }
        m_xml.writeStartElement(QStringLiteral("DaneKontaktowe"));
        optionalText(QStringLiteral("Email"), party.email);
        optionalText(QStringLiteral("Telefon"), party.phone);
        m_xml.writeEndElement();
    }

    void writeSeller()
    {
        const Party &seller = m_invoice.seller;
        m_xml.writeStartElement(QStringLiteral("Podmiot1"));
        m_xml.writeStartElement(QStringLiteral("DaneIdentyfikacyjne"));
        text(QStringLiteral("NIP"), seller.nip);
        text(QStringLiteral("Nazwa"), seller.name.trimmed());
        m_xml.writeEndElement();
        writeAddress(seller.address ? seller.address : Address{});
        writeContact(seller);
        m_xml.writeEndElement();
    }

    void writeBuyer()
    {
        const Party &buyer = m_invoice.buyer;
        m_xml.writeStartElement(QStringLiteral("Podmiot2"));
        m_xml.writeStartElement(QStringLiteral("DaneIdentyfikacyjne"));
        switch (buyer.idKind) {
        case PartyId::Nip:
            text(QStringLiteral("NIP"), buyer.nip);
            break;
        case PartyId::EuVat:
            text(QStringLiteral("KodUE"), buyer.euCountry);
            text(QStringLiteral("NrVatUE"), buyer.euVatNumber);
            break;
        case PartyId::Foreign:
            optionalText(QStringLiteral("KodKraju"), buyer.foreignCountry);
            text(QStringLiteral("NrID"), buyer.foreignId);
            break;
        case PartyId::None:
            text(QStringLiteral("BrakID"), QStringLiteral("1"));
            break;
        }
        optionalText(QStringLiteral("Nazwa"), buyer.name);
        m_xml.writeEndElement();
        writeAddress(buyer.address);
        writeContact(buyer);
        text(QStringLiteral("JST"), QStringLiteral("2"));
        text(QStringLiteral("GV"), QStringLiteral("2"));
        m_xml.writeEndElement();
    }

    void writeTotals()
    {
        const bool foreign = m_invoice.currency != u"PLN";
        for (const GroupTotal &total : m_totals.groups) {
            text(vatGroupNetField(total.group), total.net.toXml());
            if (vatGroupHasTax(total.group)) {
                text(vatGroupTaxField(total.group), total.vat.toXml());
                if (foreign) {
                    text(vatGroupTaxField(total.group) + u'W', total.vatPln.toXml());
                }
            }
        }
        text(QStringLiteral("P_15"), m_totals.gross.toXml());
        if (foreign && isAdvance(m_invoice.kind) && m_invoice.exchangeRate) {
            text(QStringLiteral("KursWalutyZ"), m_invoice.exchangeRate->toString());
        }
    }

    void writeAnnotations()
    {
        const Annotations &a = m_invoice.annotations;
        m_xml.writeStartElement(QStringLiteral("Adnotacje"));
        text(QStringLiteral("P_16"), flag(a.cashAccounting));
        text(QStringLiteral("P_17"), flag(a.selfBilling));
        text(QStringLiteral("P_18"), flag(a.reverseCharge));
        text(QStringLiteral("P_18A"), flag(a.splitPayment));
        m_xml.writeStartElement(QStringLiteral("Zwolnienie"));
        if (a.exemptionBasis.trimmed().isEmpty()) {
            text(QStringLiteral("P_19N"), QStringLiteral("1"));
        } else {
            text(QStringLiteral("P_19"), QStringLiteral("1"));
            text(QStringLiteral("P_19A"), a.exemptionBasis.trimmed());
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("NoweSrodkiTransportu"));
        text(QStringLiteral("P_22N"), QStringLiteral("1"));
        m_xml.writeEndElement();
        text(QStringLiteral("P_23"), QStringLiteral("2"));
        m_xml.writeStartElement(QStringLiteral("PMarzy"));
        switch (a.margin) {
        case MarginScheme::None:
            text(QStringLiteral("P_PMarzyN"), QStringLiteral("1"));
            break;
        case MarginScheme::TravelAgency:
        case MarginScheme::UsedGoods:
        case MarginScheme::WorksOfArt:
        case MarginScheme::Antiques: {
            static const QString kMarginFields[] = {
                QString(), QStringLiteral("P_PMarzy_2"), QStringLiteral("P_PMarzy_3_1"),
                QStringLiteral("P_PMarzy_3_2"), QStringLiteral("P_PMarzy_3_3")};
            text(QStringLiteral("P_PMarzy"), QStringLiteral("1"));
            text(kMarginFields[static_cast<int>(a.margin)], QStringLiteral("1"));
            break;
        }
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void writeCorrection()
    {
        const CorrectionData &c = m_invoice.correction;
        optionalText(QStringLiteral("PrzyczynaKorekty"), c.reason);
        if (c.type) {
            text(QStringLiteral("TypKorekty"), QString::number(*c.type));
        }
        for (const CorrectedInvoice &corrected : c.corrected) {
            m_xml.writeStartElement(QStringLiteral("DaneFaKorygowanej"));
            text(QStringLiteral("DataWystFaKorygowanej"), date(corrected.issueDate));
            text(QStringLiteral("NrFaKorygowanej"), corrected.number);
            if (corrected.ksefNumber.isEmpty()) {
                text(QStringLiteral("NrKSeFN"), QStringLiteral("1"));
            } else {
                text(QStringLiteral("NrKSeF"), QStringLiteral("1"));
                text(QStringLiteral("NrKSeFFaKorygowanej"), corrected.ksefNumber);
            }
            m_xml.writeEndElement();
        }
    }

    void writeLines()
    {
        const bool foreign = m_invoice.currency != u"PLN";
        int number = 0;
        for (const InvoiceLine &line : m_invoice.lines) {
            m_xml.writeStartElement(QStringLiteral("FaWiersz"));
            text(QStringLiteral("NrWierszaFa"), QString::number(++number));
            optionalText(QStringLiteral("P_7"), line.name);
            optionalText(QStringLiteral("P_8A"), line.unit);
            text(QStringLiteral("P_8B"), line.quantity.toString());
            const bool net = m_invoice.priceMode == PriceMode::Net;
            text(net ? QStringLiteral("P_9A") : QStringLiteral("P_9B"), line.unitPrice.toString(2));
            if (!line.discount.isZero()) {
                text(QStringLiteral("P_10"), line.discount.toXml());
            }
            text(net ? QStringLiteral("P_11") : QStringLiteral("P_11A"),
                 InvoiceCalculator::lineValue(line).value_or(Money()).toXml());
            if (line.rate) {
                text(QStringLiteral("P_12"), vatRateCode(*line.rate));
            }
            if (foreign && m_invoice.exchangeRate) {
                text(QStringLiteral("KursWaluty"), m_invoice.exchangeRate->toString());
            }
            if (line.before) {
                text(QStringLiteral("StanPrzed"), QStringLiteral("1"));
            }
            m_xml.writeEndElement();
        }
    }

    void writeOrder()
    {
        m_xml.writeStartElement(QStringLiteral("Zamowienie"));
        text(QStringLiteral("WartoscZamowienia"), m_totals.orderValue.toXml());
        int number = 0;
        for (const InvoiceLine &line : m_invoice.lines) {
            m_xml.writeStartElement(QStringLiteral("ZamowienieWiersz"));
            text(QStringLiteral("NrWierszaZam"), QString::number(++number));
            optionalText(QStringLiteral("P_7Z"), line.name);
            optionalText(QStringLiteral("P_8AZ"), line.unit);
            text(QStringLiteral("P_8BZ"), line.quantity.toString());
            const Money value = InvoiceCalculator::lineValue(line).value_or(Money());
            const int percent = line.rate ? vatPercent(*line.rate).value_or(0) : 0;
            const Money vat =
                m_invoice.priceMode == PriceMode::Net ? value.vatOnNet(percent) : value.vatInGross(percent);
            const Money net = m_invoice.priceMode == PriceMode::Net ? value : value - vat;
            if (m_invoice.priceMode == PriceMode::Net) {
                text(QStringLiteral("P_9AZ"), line.unitPrice.toString(2));
            }
            text(QStringLiteral("P_11NettoZ"), net.toXml());
            text(QStringLiteral("P_11VatZ"), vat.toXml());
            if (line.rate) {
                text(QStringLiteral("P_12Z"), vatRateCode(*line.rate));
            }
            if (line.before) {
                text(QStringLiteral("StanPrzedZ"), QStringLiteral("1"));
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writePayment()
    {
        const Payment &p = m_invoice.payment;
        if (!p.paid && !p.dueDate && !p.method && p.bankAccount.trimmed().isEmpty()) {
            return;
        }
        m_xml.writeStartElement(QStringLiteral("Platnosc"));
        if (p.paid) {
            text(QStringLiteral("Zaplacono"), QStringLiteral("1"));
            text(QStringLiteral("DataZaplaty"), date(p.paidDate.value_or(m_invoice.issueDate)));
        }
        if (p.dueDate) {
            m_xml.writeStartElement(QStringLiteral("TerminPlatnosci"));
            text(QStringLiteral("Termin"), date(*p.dueDate));
            m_xml.writeEndElement();
        }
        if (p.method) {
            text(QStringLiteral("FormaPlatnosci"), QString::number(static_cast<int>(*p.method)));
        }
        if (!p.bankAccount.trimmed().isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("RachunekBankowy"));
            text(QStringLiteral("NrRB"), QString(p.bankAccount).remove(u' '));
            optionalText(QStringLiteral("NazwaBanku"), p.bankName);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeFa()
    {
        const Invoice &inv = m_invoice;
        m_xml.writeStartElement(QStringLiteral("Fa"));
        text(QStringLiteral("KodWaluty"), inv.currency);
        text(QStringLiteral("P_1"), date(inv.issueDate));
        optionalText(QStringLiteral("P_1M"), inv.issuePlace);
        text(QStringLiteral("P_2"), inv.number.trimmed());
        if (inv.periodFrom && inv.periodTo) {
            m_xml.writeStartElement(QStringLiteral("OkresFa"));
            text(QStringLiteral("P_6_Od"), date(*inv.periodFrom));
            text(QStringLiteral("P_6_Do"), date(*inv.periodTo));
            m_xml.writeEndElement();
        } else if (inv.saleDate && *inv.saleDate != inv.issueDate) {
            text(QStringLiteral("P_6"), date(*inv.saleDate));
        }
        writeTotals();
        writeAnnotations();
        text(QStringLiteral("RodzajFaktury"), invoiceKindCode(inv.kind));
        if (isCorrection(inv.kind)) {
            writeCorrection();
        }
        if (isSettlement(inv.kind)) {
            for (const QString &advance : inv.advanceKsefNumbers) {
                m_xml.writeStartElement(QStringLiteral("FakturaZaliczkowa"));
                text(QStringLiteral("NrKSeFFaZaliczkowej"), advance);
                m_xml.writeEndElement();
            }
        }
        if (!isAdvance(inv.kind)) {
            writeLines();
        }
        writePayment();
        if (isAdvance(inv.kind)) {
            writeOrder();
        }
        m_xml.writeEndElement();
    }

    QXmlStreamWriter m_xml;
    const Invoice &m_invoice;
    const InvoiceTotals &m_totals;
};

} // namespace

QString Fa3Writer::systemInfo()
{
    return QStringLiteral("Kurier %1").arg(QStringLiteral(KURIER_VERSION));
}

std::expected<QByteArray, InvoiceCalculator::Error> Fa3Writer::write(const Invoice &invoice)
{
    const auto totals = InvoiceCalculator::compute(invoice);
    if (!totals) {
        return std::unexpected(totals.error());
    }
    QByteArray out;
    out.reserve(4096);
    Writer(&out, invoice, *totals).write();
    return out;
}

} // namespace Kurier
