#pragma once

#include "calendar/OfflineDeadline.h"
#include "domain/Invoice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace Kurier {

class DesktopSession;
class InvoiceLinesModel;
class Prompts;

// Writing an invoice: the seller from the company settings, the buyer with a NIP check and the address book,
// lines in net or gross prices with VAT rates and discounts, totals per rate computed as you type, payment
// terms, and — for a correction — the reason. The same checks as import run inline (XSD and semantics on the
// invoice as it would be sent); "Issue" numbers it from the company's pattern and queues it in one
// transaction; "Save draft" keeps it without a number.
class InvoiceEditor : public QDialog
{
    Q_OBJECT

public:
    InvoiceEditor(DesktopSession &session, Prompts &prompts, QWidget *parent = nullptr);

    void setInvoice(const Invoice &invoice, qint64 draftId = 0); // a draft, or a correction to write
    Invoice invoice() const;                                     // as it is on screen (without a number)

    QStringList problems() const; // what stops issuing now (empty when it can be issued)
    bool issue(); // → true when issued (then the dialog accepts); offers offline when KSeF is down
    // Issued offline in `offline` (or as usual): the Offline certificate is checked first.
    bool issueAs(std::optional<OfflineMode> offline);
    bool saveDraft();
    QString issuedKey() const { return m_issuedKey; }

    // For tests and screenshots.
    InvoiceLinesModel *lines() const { return m_lines; }
    QString totalsText() const;
    QString grossText() const;
    QLineEdit *buyerNipEdit() const { return m_buyerNip; }
    QLineEdit *buyerNameEdit() const { return m_buyerName; }
    QTableView *linesView() const { return m_linesView; }

private:
    void buildForm();
    void recompute();
    void fillFromContact(const QString &nip);

    DesktopSession &m_session;
    Prompts &m_prompts;
    Invoice m_base; // what the editor does not show (kind, corrected invoices, …) is kept from here
    qint64 m_draftId = 0;
    QString m_issuedKey;
    InvoiceLinesModel *m_lines = nullptr;

    QLabel *m_kind = nullptr;
    QLabel *m_numberPreview = nullptr;
    QDateEdit *m_issueDate = nullptr;
    QDateEdit *m_saleDate = nullptr;
    QLabel *m_seller = nullptr;
    QLineEdit *m_buyerNip = nullptr;
    QLabel *m_buyerNipState = nullptr;
    QLineEdit *m_buyerName = nullptr;
    QLineEdit *m_buyerAddress1 = nullptr;
    QLineEdit *m_buyerAddress2 = nullptr;
    QRadioButton *m_netPrices = nullptr;
    QRadioButton *m_grossPrices = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_gross = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QComboBox *m_paymentMethod = nullptr;
    QLineEdit *m_bankAccount = nullptr;
    QLineEdit *m_correctionReason = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_issue = nullptr;
};

} // namespace Kurier
