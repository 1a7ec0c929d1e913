// UPO v4-3 documents (PROTOCOL.md §17): one Dokument per accepted invoice, per invoice or for the whole
// session.
#include "Emulator.h"

#include <QXmlStreamWriter>

namespace Kurier::Emulator {

namespace {
constexpr QLatin1StringView kUpoNamespace{"http://upo.schematy.mf.gov.pl/KSeF/v4-3"};

void writeDocument(QXmlStreamWriter &xml, const InvoiceRecord &invoice)
{
    xml.writeStartElement(QStringLiteral("Dokument"));
    xml.writeTextElement(QStringLiteral("NipSprzedawcy"), invoice.sellerNip);
    xml.writeTextElement(QStringLiteral("NumerKSeFDokumentu"), invoice.ksefNumber);
    xml.writeTextElement(QStringLiteral("NumerFaktury"), invoice.invoiceNumber);
    xml.writeTextElement(QStringLiteral("DataWystawieniaFaktury"), invoice.issueDate.toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("DataPrzeslaniaDokumentu"),
                         invoice.invoicingDate.toString(Qt::ISODateWithMs));
    xml.writeTextElement(QStringLiteral("DataNadaniaNumeruKSeF"),
                         invoice.acquisitionDate.toString(Qt::ISODateWithMs));
    xml.writeTextElement(QStringLiteral("SkrotDokumentu"), invoice.invoiceHash);
    xml.writeTextElement(QStringLiteral("TrybWysylki"), invoice.invoicingMode);
    xml.writeEndElement();
}

void writeHeader(QXmlStreamWriter &xml, const SessionRecord &session, const AuthOperation &auth,
                 const QString &name)
{
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kUpoNamespace);
    xml.writeStartElement(kUpoNamespace, QStringLiteral("Potwierdzenie"));
    xml.writeAttribute(QStringLiteral("wersjaSchemy"), QStringLiteral("4-3"));
    xml.writeTextElement(QStringLiteral("NazwaPodmiotuPrzyjmujacego"), name);
    xml.writeTextElement(QStringLiteral("NumerReferencyjnySesji"), session.referenceNumber);
    xml.writeStartElement(QStringLiteral("Uwierzytelnienie"));
    xml.writeStartElement(QStringLiteral("IdKontekstu"));
    xml.writeTextElement(QStringLiteral("Nip"), session.contextNip);
    xml.writeEndElement();
    if (!auth.ksefTokenReference.isEmpty()) {
        xml.writeTextElement(QStringLiteral("NumerReferencyjnyTokenaKSeF"), auth.ksefTokenReference);
    } else {
        xml.writeTextElement(QStringLiteral("SkrotDokumentuUwierzytelniajacego"), auth.signedDocumentHash);
    }
    xml.writeEndElement();
}

void writeForm(QXmlStreamWriter &xml)
{
    xml.writeTextElement(QStringLiteral("NazwaStrukturyLogicznej"),
                         QStringLiteral("Schemat_FA(3)_v1-0E.xsd"));
    xml.writeTextElement(QStringLiteral("KodFormularza"), QStringLiteral("FA (3)"));
}
} // namespace

QByteArray Emulator::invoiceUpo(const SessionRecord &session, const InvoiceRecord &invoice) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    writeHeader(xml, session, m_state.auths.value(session.authReference),
                QStringLiteral("Ministerstwo Finansów") + m_config.environmentSuffix);
    writeForm(xml);
    writeDocument(xml, invoice);
    xml.writeEndElement();
    xml.writeEndDocument();
    return finishUpo(out, invoice.acquisitionDate);
}

QByteArray Emulator::sessionUpo(const SessionRecord &session) const
{
    QList<const InvoiceRecord *> accepted;
    for (const QString &reference : session.invoiceReferences) {
        const auto it = m_state.invoices.constFind(reference);
        // A withheld UPO (POST /_emulator/upo) is late in the session's UPO too.
        if (it != m_state.invoices.constEnd() && it->statusCode == 200 && !it->upoWithheld) {
            accepted.append(&*it);
        }
    }
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    writeHeader(xml, session, m_state.auths.value(session.authReference),
                QStringLiteral("Ministerstwo Finansów") + m_config.environmentSuffix);
    xml.writeStartElement(QStringLiteral("OpisPotwierdzenia"));
    xml.writeTextElement(QStringLiteral("Strona"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("LiczbaStron"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("ZakresDokumentowOd"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("ZakresDokumentowDo"), QString::number(accepted.size()));
    xml.writeTextElement(QStringLiteral("CalkowitaLiczbaDokumentow"), QString::number(accepted.size()));
    xml.writeEndElement();
    writeForm(xml);
    for (const InvoiceRecord *invoice : accepted) {
        writeDocument(xml, *invoice);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return finishUpo(out, session.updated);
}

QByteArray Emulator::finishUpo(const QByteArray &xml, QDateTime signingTime) const
{
    if (!m_signUpo) {
        return xml;
    }
    return m_keys.signUpo(xml, signingTime).value_or(xml);
}

} // namespace Kurier::Emulator
