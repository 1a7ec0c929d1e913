#include "ksef/Upo.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Kurier {

namespace {
QDateTime dateTime(const QString &text)
{
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid()) {
        value = QDateTime::fromString(text, Qt::ISODate);
    }
    return value;
}
} // namespace

std::expected<Upo, QString> Upo::parse(const QByteArray &xml)
{
    Upo upo;
    upo.raw = xml;
    QXmlStreamReader reader(xml);
    QStringList path; // local names from the root
    Document *document = nullptr;
    static const QRegularExpression version(QStringLiteral("/v(\\d+-\\d+)$"));
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            if (path.isEmpty()) {
                if (name != u"Potwierdzenie") {
                    return std::unexpected(
                        tr("This is not a UPO: the document is <%1>, not <Potwierdzenie>.").arg(name));
                }
                upo.schemaVersion = version.match(reader.namespaceUri().toString()).captured(1);
                if (upo.schemaVersion.isEmpty()) {
                    upo.schemaVersion = reader.attributes().value(QStringLiteral("wersjaSchemy")).toString();
                }
            }
            path.append(name);
            if (path.size() == 2 && name == u"Dokument") {
                upo.documents.append(Document{});
                document = &upo.documents.last();
            } else if (path.size() == 2 && name == u"Signature") {
                upo.signedByMinistry = true;
            }
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (path.size() == 2 && path.last() == u"Dokument") {
                document = nullptr;
            }
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::Characters || reader.isWhitespace() || path.size() < 2) {
            continue;
        }
        const QString text = reader.text().toString().trimmed();
        const QString &name = path.last();
        if (path.size() == 2) {
            if (name == u"NazwaPodmiotuPrzyjmujacego") {
                upo.receiverName = text;
            } else if (name == u"NumerReferencyjnySesji") {
                upo.sessionReference = text;
            } else if (name == u"KodFormularza") {
                upo.formCode = text;
            }
        } else if (path.value(1) == u"Uwierzytelnienie") {
            if (path.size() == 4 && path.value(2) == u"IdKontekstu") {
                upo.contextIdentifier = text;
            } else if (name == u"NumerReferencyjnyTokenaKSeF") {
                upo.ksefTokenReference = text;
            } else if (name == u"SkrotDokumentuUwierzytelniajacego") {
                upo.authenticationDocumentHash = text;
            }
        } else if (document && path.size() == 3) {
            if (name == u"NipSprzedawcy") {
                document->sellerNip = text;
            } else if (name == u"NumerKSeFDokumentu") {
                document->ksefNumber = text;
            } else if (name == u"NumerFaktury") {
                document->invoiceNumber = text;
            } else if (name == u"DataWystawieniaFaktury") {
                document->issueDate = QDate::fromString(text.left(10), Qt::ISODate);
            } else if (name == u"DataPrzeslaniaDokumentu") {
                document->sentAt = dateTime(text);
            } else if (name == u"DataNadaniaNumeruKSeF") {
                document->numberAssignedAt = dateTime(text);
            } else if (name == u"SkrotDokumentu") {
                document->invoiceHash = text;
            } else if (name == u"TrybWysylki") {
                document->invoicingMode = text;
            }
        }
    }
    if (reader.hasError()) {
        return std::unexpected(tr("The UPO is not well-formed XML (line %1): %2")
                                   .arg(reader.lineNumber())
                                   .arg(reader.errorString()));
    }
    if (upo.documents.isEmpty()) {
        return std::unexpected(tr("The UPO lists no invoice (no <Dokument>)."));
    }
    for (qsizetype i = 0; i < upo.documents.size(); ++i) {
        upo.byKsefNumber.insert(upo.documents[i].ksefNumber, i);
    }
    return upo;
}

const Upo::Document *Upo::find(const QString &ksefNumber) const
{
    if (byKsefNumber.size() == documents.size()) {
        const auto found = byKsefNumber.constFind(ksefNumber);
        return found == byKsefNumber.cend() ? nullptr : &documents[*found];
    }
    for (const Document &document : documents) {
        if (document.ksefNumber == ksefNumber) {
            return &document;
        }
    }
    return nullptr;
}

} // namespace Kurier
