#include "editor/InvoiceEditor.h"

#include "common/Prompts.h"
#include "domain/InvoiceTotals.h"
#include "domain/Nip.h"
#include "editor/InvoiceLinesModel.h"
#include "invoicing/InvoiceBook.h"
#include "main/DesktopSession.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Kurier {

InvoiceEditor::InvoiceEditor(DesktopSession &session, Prompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_prompts(prompts)
{
    setWindowTitle(tr("New invoice"));
    setObjectName(QStringLiteral("invoiceEditor"));
    m_lines = new InvoiceLinesModel(this);
    buildForm();
    Invoice fresh;
    fresh.issueDate = m_session.clock().today();
    fresh.saleDate = fresh.issueDate;
    if (const CompanyProfile *company = m_session.settings().currentCompany()) {
        fresh.payment.dueDate = fresh.issueDate.addDays(company->paymentDays);
        fresh.payment.method = PaymentMethod::Transfer;
        fresh.payment.bankAccount = company->bankAccount;
        fresh.payment.bankName = company->bankName;
    }
    setInvoice(fresh);
    m_lines->addLine();
    resize(980, 760);
}

void InvoiceEditor::buildForm()
{
    const CompanyProfile *company = m_session.settings().currentCompany();
    m_kind = new QLabel(this);
    m_numberPreview = new QLabel(this);
    m_numberPreview->setObjectName(QStringLiteral("numberPreview"));
    m_issueDate = new QDateEdit(this);
    m_saleDate = new QDateEdit(this);
    for (QDateEdit *edit : {m_issueDate, m_saleDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *header = new QFormLayout;
    header->addRow(tr("Kind:"), m_kind);
    header->addRow(tr("Number:"), m_numberPreview);
    header->addRow(tr("&Issue date:"), m_issueDate);
    header->addRow(tr("S&ale date:"), m_saleDate);

    m_seller = new QLabel(this);
    m_seller->setTextFormat(Qt::PlainText);
    m_seller->setText(company ? QStringLiteral("%1\nNIP %2\n%3\n%4")
                                    .arg(company->name, company->nip, company->address1, company->address2)
                              : tr("No company set up"));
    auto *sellerBox = new QGroupBox(tr("Seller"), this);
    (new QVBoxLayout(sellerBox))->addWidget(m_seller);

    m_buyerNip = new QLineEdit(this);
    m_buyerNip->setObjectName(QStringLiteral("buyerNip"));
    m_buyerNip->setPlaceholderText(tr("10 digits"));
    m_buyerNip->setMaxLength(13);
    m_buyerNipState = new QLabel(this);
    m_buyerName = new QLineEdit(this);
    m_buyerName->setObjectName(QStringLiteral("buyerName"));
    m_buyerAddress1 = new QLineEdit(this);
    m_buyerAddress2 = new QLineEdit(this);
    QStringList known;
    if (const auto contacts = m_session.book().contacts()) {
        for (const InvoiceBook::Contact &contact : *contacts) {
            known << contact.nip;
        }
    }
    auto *completer = new QCompleter(known, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_buyerNip->setCompleter(completer);
    auto *buyerBox = new QGroupBox(tr("Buyer"), this);
    auto *buyerForm = new QFormLayout(buyerBox);
    auto *nipRow = new QHBoxLayout;
    nipRow->addWidget(m_buyerNip);
    nipRow->addWidget(m_buyerNipState, 1);
    auto *nipLabel = new QLabel(tr("&NIP:"), buyerBox);
    nipLabel->setBuddy(m_buyerNip);
    buyerForm->addRow(nipLabel, nipRow);
    buyerForm->addRow(tr("Na&me:"), m_buyerName);
    buyerForm->addRow(tr("Address:"), m_buyerAddress1);
    buyerForm->addRow(tr("Postcode, city:"), m_buyerAddress2);

    auto *parties = new QHBoxLayout;
    parties->addLayout(header);
    parties->addWidget(sellerBox, 1);
    parties->addWidget(buyerBox, 2);

    m_netPrices = new QRadioButton(tr("N&et prices"), this);
    m_grossPrices = new QRadioButton(tr("&Gross prices"), this);
    m_netPrices->setChecked(true);
    auto *addLine = new QPushButton(tr("&Add line"), this);
    addLine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    auto *removeLine = new QPushButton(tr("&Remove line"), this);
    auto *lineBar = new QHBoxLayout;
    lineBar->addWidget(m_netPrices);
    lineBar->addWidget(m_grossPrices);
    lineBar->addStretch(1);
    lineBar->addWidget(addLine);
    lineBar->addWidget(removeLine);

    m_linesView = new QTableView(this);
    m_linesView->setObjectName(QStringLiteral("linesView"));
    m_linesView->setModel(m_lines);
    m_linesView->setItemDelegateForColumn(InvoiceLinesModel::RateColumn, new VatRateDelegate(m_linesView));
    m_linesView->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::NameColumn,
                                                          QHeaderView::Stretch);
    m_linesView->verticalHeader()->setVisible(false);
    m_linesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_linesView->setTabKeyNavigation(true);
    m_linesView->setAccessibleName(tr("Invoice lines"));

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextFormat(Qt::RichText);
    m_gross = new QLabel(this);
    m_gross->setObjectName(QStringLiteral("grossTotal"));
    QFont grossFont = m_gross->font();
    grossFont.setPointSizeF(grossFont.pointSizeF() * 1.4);
    grossFont.setBold(true);
    m_gross->setFont(grossFont);
    m_gross->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_dueDate = new QDateEdit(this);
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_paymentMethod = new QComboBox(this);
    m_paymentMethod->addItem(tr("Bank transfer"), int(PaymentMethod::Transfer));
    m_paymentMethod->addItem(tr("Cash"), int(PaymentMethod::Cash));
    m_paymentMethod->addItem(tr("Card"), int(PaymentMethod::Card));
    m_paymentMethod->addItem(tr("Mobile payment"), int(PaymentMethod::Mobile));
    m_bankAccount = new QLineEdit(this);
    m_correctionReason = new QLineEdit(this);
    m_correctionReason->setObjectName(QStringLiteral("correctionReason"));
    auto *payment = new QFormLayout;
    payment->addRow(tr("&Due date:"), m_dueDate);
    payment->addRow(tr("&Payment:"), m_paymentMethod);
    payment->addRow(tr("&Bank account:"), m_bankAccount);
    payment->addRow(tr("Correction &reason:"), m_correctionReason);
    auto *totalsColumn = new QVBoxLayout;
    totalsColumn->addWidget(m_totals);
    totalsColumn->addWidget(m_gross);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(payment, 1);
    bottom->addLayout(totalsColumn, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));

    auto *buttons = new QDialogButtonBox(this);
    m_issue = buttons->addButton(tr("&Issue invoice"), QDialogButtonBox::AcceptRole);
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_issue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QPushButton *offline = buttons->addButton(tr("Issue o&ffline"), QDialogButtonBox::ActionRole);
    offline->setObjectName(QStringLiteral("issueOfflineButton"));
    offline->setToolTip(tr("Issue it outside KSeF now (offline24, your choice): the printout carries KOD II, "
                           "and Kurier sends it to KSeF by the end of the next business day."));
    connect(offline, &QPushButton::clicked, this, [this] { issueAs(OfflineMode::Offline24); });
    QPushButton *draft = buttons->addButton(tr("&Save draft"), QDialogButtonBox::ActionRole);
    draft->setShortcut(QKeySequence::Save);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(parties);
    layout->addLayout(lineBar);
    layout->addWidget(m_linesView, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    auto *recomputeLater = new QTimer(this);
    recomputeLater->setSingleShot(true);
    recomputeLater->setInterval(200);
    connect(recomputeLater, &QTimer::timeout, this, &InvoiceEditor::recompute);
    const auto later = [recomputeLater] {
        recomputeLater->start();
    };
    connect(m_lines, &InvoiceLinesModel::linesChanged, this, [this, later] {
        // Totals follow every keystroke; the full check (XSD, semantics) runs a moment later.
        const auto totals = InvoiceCalculator::compute(invoice());
        m_gross->setText(totals ? tr("Total: %1").arg(totals->gross.format(QLocale(), QStringLiteral("PLN")))
                                : tr("Total: too large"));
        later();
    });
    connect(m_lines, &InvoiceLinesModel::inputRefused, this,
            [this](const QString &reason) { m_problems->setText(reason); });
    for (QLineEdit *edit :
         {m_buyerNip, m_buyerName, m_buyerAddress1, m_buyerAddress2, m_bankAccount, m_correctionReason}) {
        connect(edit, &QLineEdit::textChanged, this, later);
    }
    for (QDateEdit *edit : {m_issueDate, m_saleDate, m_dueDate}) {
        connect(edit, &QDateEdit::dateChanged, this, later);
    }
    connect(m_buyerNip, &QLineEdit::editingFinished, this, [this] { fillFromContact(m_buyerNip->text()); });
    connect(m_netPrices, &QRadioButton::toggled, this,
            [this](bool net) { m_lines->setPriceMode(net ? PriceMode::Net : PriceMode::Gross); });
    connect(addLine, &QPushButton::clicked, this, [this] {
        const int row = m_lines->addLine();
        m_linesView->setCurrentIndex(m_lines->index(row, InvoiceLinesModel::NameColumn));
        m_linesView->edit(m_linesView->currentIndex());
    });
    connect(removeLine, &QPushButton::clicked, this,
            [this] { m_lines->removeLine(m_linesView->currentIndex().row()); });
    connect(m_issue, &QPushButton::clicked, this, &InvoiceEditor::issue);
    connect(draft, &QPushButton::clicked, this, [this] {
        if (saveDraft()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void InvoiceEditor::setInvoice(const Invoice &invoice, qint64 draftId)
{
    m_base = invoice;
    m_draftId = draftId;
    const bool correction = isCorrection(invoice.kind);
    setWindowTitle(correction ? tr("Correction of invoice %1")
                                    .arg(invoice.correction.corrected.isEmpty()
                                             ? QString()
                                             : invoice.correction.corrected.first().number)
                              : tr("New invoice"));
    m_kind->setText(correction ? tr("Correction (%1)").arg(invoiceKindCode(invoice.kind))
                               : tr("VAT invoice (%1)").arg(invoiceKindCode(invoice.kind)));
    m_correctionReason->setEnabled(correction);
    m_correctionReason->setText(invoice.correction.reason);
    m_issueDate->setDate(invoice.issueDate.isValid() ? invoice.issueDate : m_session.clock().today());
    m_saleDate->setDate(invoice.saleDate.value_or(m_issueDate->date()));
    m_buyerNip->setText(invoice.buyer.nip);
    m_buyerName->setText(invoice.buyer.name);
    m_buyerAddress1->setText(invoice.buyer.address ? invoice.buyer.address->line1 : QString());
    m_buyerAddress2->setText(invoice.buyer.address ? invoice.buyer.address->line2 : QString());
    (invoice.priceMode == PriceMode::Gross ? m_grossPrices : m_netPrices)->setChecked(true);
    m_dueDate->setDate(invoice.payment.dueDate.value_or(m_issueDate->date().addDays(14)));
    const int method =
        m_paymentMethod->findData(int(invoice.payment.method.value_or(PaymentMethod::Transfer)));
    m_paymentMethod->setCurrentIndex(std::max(0, method));
    m_bankAccount->setText(invoice.payment.bankAccount);
    m_lines->setPriceMode(invoice.priceMode);
    m_lines->setLines(invoice.lines);
    recompute();
}

Invoice InvoiceEditor::invoice() const
{
    Invoice result = m_base;
    if (const CompanyProfile *company = m_session.settings().currentCompany()) {
        result.seller.idKind = PartyId::Nip;
        result.seller.nip = company->nip;
        result.seller.name = company->name;
        result.seller.address = Address{QStringLiteral("PL"), company->address1, company->address2};
    }
    result.issueDate = m_issueDate->date();
    result.saleDate = m_saleDate->date();
    result.buyer.idKind = PartyId::Nip;
    result.buyer.nip = m_buyerNip->text().remove(u'-').remove(u' ').trimmed();
    result.buyer.name = m_buyerName->text().trimmed();
    result.buyer.address =
        Address{QStringLiteral("PL"), m_buyerAddress1->text().trimmed(), m_buyerAddress2->text().trimmed()};
    if (result.buyer.address->line1.isEmpty()) {
        result.buyer.address.reset();
    }
    result.priceMode = m_grossPrices->isChecked() ? PriceMode::Gross : PriceMode::Net;
    result.lines = m_lines->lines();
    result.payment.dueDate = m_dueDate->date();
    result.payment.method = static_cast<PaymentMethod>(m_paymentMethod->currentData().toInt());
    result.payment.bankAccount = m_bankAccount->text().remove(u' ').trimmed();
    result.correction.reason = m_correctionReason->text().trimmed();
    return result;
}

QStringList InvoiceEditor::problems() const
{
    QStringList found;
    const Invoice current = invoice();
    if (!m_session.settings().currentCompany()) {
        found << tr("Set up your company in Settings first.");
    }
    if (const auto nip = Nip::parse(current.buyer.nip); !nip) {
        found << tr("Buyer's NIP: %1").arg(Nip::errorMessage(nip.error()));
    }
    if (current.buyer.name.isEmpty()) {
        found << tr("The buyer needs a name.");
    }
    if (current.lines.isEmpty()) {
        found << tr("Add at least one line.");
    }
    for (qsizetype i = 0; i < current.lines.size(); ++i) {
        if (current.lines[i].name.isEmpty()) {
            found << tr("Line %1 needs a name.").arg(i + 1);
        }
    }
    if (isCorrection(current.kind) && current.correction.reason.isEmpty()) {
        found << tr("A correction needs its reason.");
    }
    if (found.isEmpty()) {
        // The same rules as import, on the invoice exactly as it would be sent.
        for (const ValidationIssue &issue : m_session.book().check(current, m_numberPreview->text())) {
            if (issue.isError()) {
                found << issue.text();
            }
        }
    }
    return found;
}

void InvoiceEditor::recompute()
{
    const Invoice current = invoice();
    const QLocale locale;
    const auto totals = InvoiceCalculator::compute(current);
    if (totals) {
        QString html = QStringLiteral("<table cellspacing='6' align='right'><tr><th align='left'>%1</th>"
                                      "<th align='right'>%2</th><th align='right'>%3</th></tr>")
                           .arg(tr("VAT rate"), tr("Net"), tr("VAT"));
        for (const GroupTotal &group : totals->groups) {
            QString label;
            for (const InvoiceLine &line : current.lines) {
                if (line.rate && vatGroup(*line.rate) == group.group) {
                    label = vatRateLabel(*line.rate);
                    break;
                }
            }
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>")
                        .arg(label.toHtmlEscaped(), group.net.format(locale), group.vat.format(locale));
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td align='right'><b>%2</b></td>"
                               "<td align='right'><b>%3</b></td></tr></table>")
                    .arg(tr("Total"), totals->net.format(locale), totals->vat.format(locale));
        m_totals->setText(html);
        m_gross->setText(tr("Total: %1").arg(totals->gross.format(locale, QStringLiteral("PLN"))));
    } else {
        m_totals->setText(tr("The amounts are too large."));
        m_gross->setText(tr("Total: too large"));
    }
    if (const CompanyProfile *company = m_session.settings().currentCompany()) {
        const auto next =
            m_session.book().nextNumber(company->nip, company->numberingPattern, current.issueDate);
        m_numberPreview->setText(next ? *next : next.error());
    }
    const QString nipText = m_buyerNip->text().trimmed();
    if (nipText.isEmpty()) {
        m_buyerNipState->clear();
    } else if (const auto nip =
                   Nip::parse(nipText.toUpper().remove(QStringLiteral("PL")).remove(u'-').remove(u' '));
               nip) {
        m_buyerNipState->setText(QStringLiteral("<span style='color:#15803d'>✔ %1</span>").arg(tr("valid")));
    } else {
        m_buyerNipState->setText(QStringLiteral("<span style='color:#b91c1c'>✘ %1</span>")
                                     .arg(Nip::errorMessage(nip.error()).toHtmlEscaped()));
    }
    const QStringList found = problems();
    m_problems->setText(found.join(u'\n'));
    m_issue->setEnabled(found.isEmpty());
}

QString InvoiceEditor::totalsText() const
{
    return m_totals->text();
}

QString InvoiceEditor::grossText() const
{
    return m_gross->text();
}

void InvoiceEditor::fillFromContact(const QString &nip)
{
    if (!m_buyerName->text().isEmpty()) {
        return;
    }
    if (const auto contacts = m_session.book().contacts()) {
        for (const InvoiceBook::Contact &contact : *contacts) {
            if (contact.nip == nip.trimmed()) {
                m_buyerName->setText(contact.name);
                m_buyerAddress1->setText(contact.address1);
                m_buyerAddress2->setText(contact.address2);
                return;
            }
        }
    }
}

bool InvoiceEditor::issue()
{
    // KSeF cannot take it now: Kurier offers the matching offline mode — never silently.
    std::optional<OfflineMode> offline;
    if (const auto offered = m_session.offeredOfflineMode()) {
        const int choice = m_prompts.choose(
            this, tr("KSeF cannot take invoices now"),
            tr("%1\n\nIssue this invoice offline (%2)? It gets its number now, its printout carries KOD II "
               "for "
               "the buyer, and Kurier sends it to KSeF as soon as KSeF answers (%3). Or issue it as usual: "
               "it "
               "waits in the queue until KSeF is back.")
                .arg(
                    m_session.availability().text.isEmpty() ? tr("KSeF does not answer.")
                                                            : m_session.availability().text,
                    OfflineIssuing::modeName(*offered),
                    OfflineIssuing::dueText(
                        *offered, OfflineDeadline::due(*offered, m_issueDate->date()).value_or(QDateTime()))),
            {tr("Issue &offline"), tr("Issue and &wait for KSeF")});
        if (choice < 0) {
            return false;
        }
        if (choice == 0) {
            offline = offered;
        }
    }
    return issueAs(offline);
}

bool InvoiceEditor::issueAs(std::optional<OfflineMode> offline)
{
    recompute();
    const QStringList found = problems();
    if (!found.isEmpty()) {
        m_prompts.warn(this, tr("The invoice cannot be issued"), found.join(u'\n'));
        return false;
    }
    OfflineIssuer issuer = m_session.offlineIssuer();
    if (offline) {
        // Before it gets its number: an offline invoice that could not carry KOD II is not issued.
        if (const auto ready = issuer.check(*offline); !ready) {
            m_prompts.warn(this, tr("The invoice cannot be issued offline"), ready.error());
            return false;
        }
    }
    const CompanyProfile *company = m_session.settings().currentCompany();
    const bool send = m_session.settings().sendAutomatically;
    // Offline: kept as a draft until it is marked, so that nothing sends it online in between.
    auto item = m_session.book().issue(invoice(), company->numberingPattern, m_draftId,
                                       m_session.environment().key(), company->nip, offline || !send);
    if (!item) {
        m_prompts.warn(this, tr("The invoice cannot be issued"), item.error());
        return false;
    }
    if (offline) {
        const auto issued = issuer.issue(item->key, *offline, send);
        if (!issued) {
            m_prompts.warn(this, tr("The invoice cannot be issued offline"),
                           tr("Invoice %1 is issued and kept as ready to send, but not as offline: %2")
                               .arg(item->invoiceNumber, issued.error()));
        }
    }
    m_issuedKey = item->key;
    accept();
    return true;
}

bool InvoiceEditor::saveDraft()
{
    auto saved = m_session.book().saveDraft(m_draftId, invoice());
    if (!saved) {
        m_prompts.warn(this, tr("The draft cannot be saved"), saved.error());
        return false;
    }
    m_draftId = *saved;
    return true;
}

} // namespace Kurier
