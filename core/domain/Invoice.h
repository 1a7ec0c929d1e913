#pragma once

#include "domain/Fixed.h"
#include "domain/Money.h"
#include "domain/VatRate.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kurier {

// FA(3) RodzajFaktury.
enum class InvoiceKind
{
    Vat,                  // VAT
    Correction,           // KOR
    Advance,              // ZAL
    Settlement,           // ROZ: settles earlier advance invoices
    Simplified,           // UPR
    AdvanceCorrection,    // KOR_ZAL
    SettlementCorrection, // KOR_ROZ
};

inline constexpr InvoiceKind kAllInvoiceKinds[] = {
    InvoiceKind::Vat,
    InvoiceKind::Correction,
    InvoiceKind::Advance,
    InvoiceKind::Settlement,
    InvoiceKind::Simplified,
    InvoiceKind::AdvanceCorrection,
    InvoiceKind::SettlementCorrection,
};

QString invoiceKindCode(InvoiceKind kind);
std::optional<InvoiceKind> invoiceKindFromCode(QStringView code);
bool isCorrection(InvoiceKind kind);
bool isAdvance(InvoiceKind kind);    // ZAL and KOR_ZAL: the lines are the order (Zamowienie)
bool isSettlement(InvoiceKind kind); // ROZ and KOR_ROZ: they reference advance invoices

struct Address
{
    QString countryCode = QStringLiteral("PL");
    QString line1;
    QString line2;
    bool operator==(const Address &) const = default;
};

// How a party is identified in FA(3) (TPodmiot2 choice).
enum class PartyId
{
    Nip,     // Polish NIP
    EuVat,   // KodUE + NrVatUE
    Foreign, // KodKraju + NrID (any other identifier)
    None,    // BrakID
};

struct Party
{
    PartyId idKind = PartyId::Nip;
    QString nip;
    QString euCountry;   // KodUE, e.g. "DE"
    QString euVatNumber; // NrVatUE without the country prefix
    QString foreignCountry;
    QString foreignId;
    QString name;
    std::optional<Address> address;
    QString email;
    QString phone;
    bool operator==(const Party &) const = default;
};

enum class PriceMode
{
    Net,   // unit prices are net (P_9A, P_11): VAT is computed on the net sum per rate
    Gross, // unit prices are gross (P_9B, P_11A): VAT is extracted from the gross sum per rate
};

struct InvoiceLine
{
    QString name;                                 // P_7
    QString unit;                                 // P_8A
    Quantity quantity = Quantity::fromInteger(1); // P_8B
    UnitPrice unitPrice;                          // P_9A (net) or P_9B (gross)
    Money discount;                               // P_10, subtracted from the line value
    std::optional<VatRate> rate;                  // P_12; empty for margin-scheme lines
    bool before = false;                          // StanPrzed: the line shows the state before a correction
    // P_11 / P_11A as stated in an imported file; empty for invoices Kurier issues (then it is computed).
    std::optional<Money> statedValue;
    bool operator==(const InvoiceLine &) const = default;
};

enum class PaymentMethod
{
    Cash = 1,
    Card = 2,
    Voucher = 3,
    Cheque = 4,
    Credit = 5,
    Transfer = 6,
    Mobile = 7,
};

struct Payment
{
    std::optional<QDate> dueDate;
    std::optional<PaymentMethod> method;
    QString bankAccount; // NrRB
    QString bankName;
    bool paid = false;
    std::optional<QDate> paidDate;
    bool operator==(const Payment &) const = default;
};

enum class MarginScheme
{
    None,
    TravelAgency, // P_PMarzy_2
    UsedGoods,    // P_PMarzy_3_1
    WorksOfArt,   // P_PMarzy_3_2
    Antiques,     // P_PMarzy_3_3
};

struct Annotations
{
    bool cashAccounting = false; // P_16 metoda kasowa
    bool selfBilling = false;    // P_17 samofakturowanie
    bool reverseCharge = false;  // P_18 odwrotne obciążenie
    bool splitPayment = false;   // P_18A mechanizm podzielonej płatności
    QString exemptionBasis;      // P_19A: the legal basis of an exemption ("zw"), empty when none
    MarginScheme margin = MarginScheme::None;
    bool operator==(const Annotations &) const = default;
};

struct CorrectedInvoice
{
    QDate issueDate;    // DataWystFaKorygowanej
    QString number;     // NrFaKorygowanej
    QString ksefNumber; // NrKSeFFaKorygowanej; empty when the corrected invoice was not in KSeF (NrKSeFN)
    bool operator==(const CorrectedInvoice &) const = default;
};

struct CorrectionData
{
    QString reason;          // PrzyczynaKorekty
    std::optional<int> type; // TypKorekty 1..3
    QList<CorrectedInvoice> corrected;
    bool operator==(const CorrectionData &) const = default;
};

// The data of one FA(3) invoice: what a small business issues and what Kurier needs from imported ones.
struct Invoice
{
    InvoiceKind kind = InvoiceKind::Vat;
    QString number;                  // P_2
    QDate issueDate;                 // P_1
    QString issuePlace;              // P_1M
    std::optional<QDate> saleDate;   // P_6
    std::optional<QDate> periodFrom; // OkresFa/P_6_Od
    std::optional<QDate> periodTo;   // OkresFa/P_6_Do
    QString currency = QStringLiteral("PLN");
    std::optional<ExchangeRate> exchangeRate; // required when currency != PLN
    Party seller;                             // Podmiot1 (always identified by NIP)
    Party buyer;                              // Podmiot2
    PriceMode priceMode = PriceMode::Net;
    QList<InvoiceLine> lines;       // FaWiersz, or the order lines (ZamowienieWiersz) of an advance invoice
    Money advanceReceived;          // ZAL/KOR_ZAL: the gross amount received (P_15)
    QStringList advanceKsefNumbers; // ROZ/KOR_ROZ: FakturaZaliczkowa/NrKSeFFaZaliczkowej
    Payment payment;
    Annotations annotations;
    CorrectionData correction;
    QDateTime createdAt;        // Naglowek/DataWytworzeniaFa
    bool hasAttachment = false; // Zalacznik present (imported files only)
    bool operator==(const Invoice &) const = default;
};

} // namespace Kurier
