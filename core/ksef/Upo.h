#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <expected>

namespace Kurier {

// An official receipt (UPO, PROTOCOL.md §17) — per invoice or per session page — read leniently: v4-2 and
// v4-3, with or without the Ministry's signature, whatever the namespace prefix, unknown elements ignored
// (the official samples do not validate against their own XSD). The raw bytes are kept unmodified: the
// signature is whitespace-sensitive and the bytes are the legal document.
struct Upo
{
    Q_DECLARE_TR_FUNCTIONS(Upo)

public:
    struct Document
    {
        QString sellerNip;
        QString ksefNumber;
        QString invoiceNumber;      // P_2
        QDate issueDate;            // P_1
        QDateTime sentAt;           // DataPrzeslaniaDokumentu
        QDateTime numberAssignedAt; // DataNadaniaNumeruKSeF: the legal time of receipt
        QString invoiceHash;        // SkrotDokumentu: Base64 SHA-256 of the invoice bytes
        QString invoicingMode;      // TrybWysylki: Online | Offline
    };

    QByteArray raw;
    QString schemaVersion; // "4-3", "4-2", … (from the namespace, else the wersjaSchemy attribute)
    QString receiverName;  // NazwaPodmiotuPrzyjmujacego
    QString sessionReference;
    QString contextIdentifier;          // the Nip (or other) of IdKontekstu
    QString ksefTokenReference;         // NumerReferencyjnyTokenaKSeF
    QString authenticationDocumentHash; // SkrotDokumentuUwierzytelniajacego
    QString formCode;                   // KodFormularza
    bool signedByMinistry = false;      // an enveloped ds:Signature is present (not verified here)
    QList<Document> documents;
    QHash<QString, qsizetype> byKsefNumber; // index into documents, built by parse() (a page lists 10 000)

    // Fails only when the bytes are not well-formed XML or not a Potwierdzenie with at least one Dokument.
    static std::expected<Upo, QString> parse(const QByteArray &xml);

    // The document of one invoice, by KSeF number; nullptr when this UPO does not list it.
    const Document *find(const QString &ksefNumber) const;
};

} // namespace Kurier
