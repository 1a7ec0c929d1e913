#include "UpoDocument.h"

#include "DocumentStyle.h"
#include "DocumentText.h"
#include "ksef/crypto/Crypto.h"

namespace Kurier {

std::expected<std::unique_ptr<PagedDocument>, QString>
UpoDocument::build(const Upo &upo, DocumentLanguage language, const QString &focus)
{
    const Upo::Document *focused = focus.isEmpty() ? nullptr : upo.find(focus);
    const bool onePage = focused && upo.documents.size() > 1; // one invoice of a session's UPO
    const DocumentText t(language);
    const auto pair = [](const QString &key, const QString &value) {
        return QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>")
            .arg(key.toHtmlEscaped(), DocumentText::html(value));
    };
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(DocumentStyle::css());
    html += QStringLiteral("<p class=\"title\">%1</p><p class=\"number\">%2</p>")
                .arg(t(u"Urzędowe Poświadczenie Odbioru (UPO)", "Official receipt (UPO)"),
                     DocumentText::html(upo.receiverName));
    html += QStringLiteral("<p class=\"h\">%1</p><table class=\"kv\" cellspacing=\"0\" cellpadding=\"1\">")
                .arg(t(u"Sesja i uwierzytelnienie", "Session and authentication"));
    html += pair(t(u"Numer referencyjny sesji", "Session reference"), upo.sessionReference);
    html += pair(t(u"Kontekst (NIP)", "Context (NIP)"), upo.contextIdentifier);
    html += pair(t(u"Kod formularza", "Form code"), upo.formCode);
    if (!upo.ksefTokenReference.isEmpty()) {
        html += pair(t(u"Numer referencyjny tokenu KSeF", "KSeF token reference"), upo.ksefTokenReference);
    }
    html += pair(t(u"Skrót dokumentu uwierzytelniającego", "Hash of the authentication document"),
                 upo.authenticationDocumentHash);
    html += pair(t(u"Wersja schematu UPO", "UPO schema version"), upo.schemaVersion);
    html += pair(t(u"Podpis Ministerstwa Finansów", "Signature of the Ministry of Finance"),
                 upo.signedByMinistry ? t(u"obecny w pliku XML (nie weryfikowany na wydruku)",
                                          "present in the XML (not verified on paper)")
                                      : t(u"brak", "none"));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p class=\"h\">%1</p>").arg(t(u"Potwierdzone dokumenty", "Documents confirmed"));
    html +=
        QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                       "<th width=\"4%\">%1</th><th width=\"22%\">%2</th><th width=\"16%\">%3</th><th "
                       "width=\"14%\">%4</th>"
                       "<th width=\"17%\">%5</th><th>%6</th></tr></thead>")
            .arg(t(u"Lp.", "No."), t(u"Numer KSeF", "KSeF number"), t(u"Numer faktury", "Invoice number"),
                 t(u"NIP sprzedawcy / data wystawienia", "Seller NIP / issue date"),
                 t(u"Przesłano / nadano numer KSeF", "Sent / KSeF number assigned"),
                 t(u"Skrót dokumentu (SHA-256), tryb", "Document hash (SHA-256), mode"));
    int number = onePage ? static_cast<int>(focused - upo.documents.constData()) : 0; // its place in the page
    const QList<Upo::Document> shown = onePage ? QList<Upo::Document>{*focused} : upo.documents;
    for (const Upo::Document &document : shown) {
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4<br/>%5</td><td>%6<br/>%7</td>"
                           "<td>%8<br/>%9</td></tr>")
                .arg(QString::number(++number), DocumentText::html(document.ksefNumber),
                     DocumentText::html(document.invoiceNumber), DocumentText::html(document.sellerNip),
                     DocumentText::html(t.date(document.issueDate)),
                     DocumentText::html(t.dateTime(document.sentAt)),
                     DocumentText::html(t.dateTime(document.numberAssignedAt)),
                     DocumentText::html(document.invoiceHash), DocumentText::html(document.invoicingMode));
    }
    html += QStringLiteral("</table>");
    html +=
        QStringLiteral("<p class=\"small\">%1</p>")
            .arg(t(u"Czas nadania numeru KSeF jest datą otrzymania faktury przez nabywcę. Godziny podano "
                   u"w czasie polskim.",
                   "The time the KSeF number was assigned is the legal time of receipt by the buyer. Times "
                   "are Polish time."));

    if (onePage) {
        html += QStringLiteral("<p class=\"small\">%1</p>")
                    .arg(t(u"To jest UPO zbiorcze sesji (liczba potwierdzonych faktur: %1); powyżej wpis "
                           u"tej faktury.",
                           "This is the session's collective UPO (invoices it confirms: %1); above, this "
                           "invoice's entry.")
                             .arg(upo.documents.size()));
        html +=
            QStringLiteral("<p class=\"h\">%1</p><p>%2</p><p>SHA-256: %3</p>")
                .arg(t(u"Dokument XML UPO", "The UPO's XML document"),
                     t(u"Prawnie wiążący jest plik XML podpisany przez Ministerstwo Finansów (%1 bajtów), "
                       u"przechowywany w Kurierze bajt w bajt; zapisz go poleceniem „Eksportuj UPO…” "
                       u"lub kurier-cli upo.",
                       "The XML file signed by the Ministry of Finance (%1 bytes) is the binding "
                       "document, kept in Kurier byte for byte; save it with \"Export UPO…\" or "
                       "kurier-cli upo.")
                         .arg(upo.raw.size()),
                     QString::fromLatin1(Crypto::sha256(upo.raw).toHex()));
    } else {
        html += QStringLiteral("<p class=\"h\">%1</p><p>%2</p><p>SHA-256: %3</p><pre>%4</pre>")
                    .arg(t(u"Dokument XML UPO", "The UPO's XML document"),
                         t(u"Prawnie wiążący jest plik XML podpisany przez Ministerstwo Finansów; jego "
                           u"treść poniżej, bajt w bajt.",
                           "The XML file signed by the Ministry of Finance is the binding document; its "
                           "text follows, byte for byte."),
                         QString::fromLatin1(Crypto::sha256(upo.raw).toHex()),
                         QString::fromUtf8(upo.raw).toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>");

    auto document = std::make_unique<PagedDocument>(html);
    document->setFooter(QStringLiteral("UPO · %1").arg(upo.sessionReference),
                        t(u"Strona %1 z %2", "Page %1 of %2"));
    document->setTitle(QStringLiteral("UPO %1").arg(upo.sessionReference));
    return document;
}

std::expected<QByteArray, QString> UpoDocument::pdf(const Upo &upo, DocumentLanguage language,
                                                    const QString &focus)
{
    auto document = build(upo, language, focus);
    if (!document) {
        return std::unexpected(document.error());
    }
    return (*document)->pdf();
}

} // namespace Kurier
