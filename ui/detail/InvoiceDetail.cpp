#include "detail/InvoiceDetail.h"

#include "audit/AuditLog.h"
#include "common/StateStyle.h"
#include "detail/DocumentView.h"
#include "detail/XmlHighlighter.h"
#include "ksef/Upo.h"
#include "main/DesktopSession.h"
#include "outbox/OfflineIssue.h"
#include "outbox/OutboxStore.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kurier {

namespace {
QString describe(const AuditLog::Entry &entry)
{
    const QJsonObject &detail = entry.detail;
    if (entry.kind == u"transition") {
        QString text;
        const QString from = detail.value(QStringLiteral("from")).toString();
        const QString to = detail.value(QStringLiteral("to")).toString();
        const auto name = [](const QString &key) {
            const auto state = invoiceStateFromKey(key);
            return state ? invoiceStateName(*state) : key;
        };
        if (!to.isEmpty()) {
            text = from.isEmpty() ? name(to) : QStringLiteral("%1 → %2").arg(name(from), name(to));
        }
        return text.isEmpty() ? InvoiceDetail::tr("Updated") : text;
    }
    if (entry.kind == u"offline") {
        const auto mode = offlineModeFromKey(detail.value(QStringLiteral("mode")).toString());
        return detail.contains(QStringLiteral("windowEnded"))
                   ? InvoiceDetail::tr("Offline deadline set")
                   : InvoiceDetail::tr("Issued offline: %1")
                         .arg(mode ? OfflineIssuing::modeName(*mode) : QString());
    }
    return entry.kind;
}

QString details(const QJsonObject &detail)
{
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        if (it.key() == u"from" || it.key() == u"to") {
            continue;
        }
        const QString value =
            it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        if (!value.isEmpty()) {
            parts << QStringLiteral("%1: %2").arg(it.key(), value);
        }
    }
    return parts.join(QStringLiteral(" · "));
}
} // namespace

InvoiceDetail::InvoiceDetail(DesktopSession &session, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);
    m_ksefNumber = new QLabel(this);
    m_ksefNumber->setObjectName(QStringLiteral("ksefNumber"));
    m_ksefNumber->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ksefNumber->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy = new QPushButton(tr("&Copy KSeF number"), this);
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ksefNumber->text()); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_state);
    header->addStretch(1);
    header->addWidget(m_ksefNumber);
    header->addWidget(m_copy);

    m_tabs = new QTabWidget(this);
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHeaderLabels({tr("Time"), tr("Event"), tr("Details")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_timeline, tr("&Timeline"));

    m_xml = new QPlainTextEdit(this);
    m_xml->setObjectName(QStringLiteral("xmlView"));
    m_xml->setReadOnly(true);
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new XmlHighlighter(m_xml->document());
    m_tabs->addTab(m_xml, tr("&XML"));

    auto *upoPage = new QSplitter(Qt::Vertical, this);
    m_upoSummary = new QLabel(upoPage);
    m_upoSummary->setObjectName(QStringLiteral("upoSummary"));
    m_upoSummary->setTextFormat(Qt::RichText);
    m_upoSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_upoSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_upoSummary->setMargin(8);
    m_upoRaw = new QPlainTextEdit(upoPage);
    m_upoRaw->setReadOnly(true);
    m_upoRaw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_upoRaw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new XmlHighlighter(m_upoRaw->document());
    upoPage->addWidget(m_upoSummary);
    upoPage->addWidget(m_upoRaw);
    m_tabs->addTab(upoPage, tr("&UPO"));

    m_documentPage = new DocumentView(prompts, this);
    m_documentPage->setObjectName(QStringLiteral("documentPage"));
    m_tabs->addTab(m_documentPage, tr("&Document"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    clear();
}

void InvoiceDetail::clear()
{
    m_title->setText(tr("No invoice selected"));
    m_state->clear();
    m_ksefNumber->clear();
    m_copy->setEnabled(false);
    m_timeline->clear();
    m_xml->clear();
    m_upoSummary->setText(tr("No UPO yet."));
    m_upoRaw->clear();
    m_documentPage->clear();
}

void InvoiceDetail::showItem(qint64 id)
{
    const bool sameItem = id == m_id;
    m_id = id;
    if (id <= 0 || !m_session.isOpen()) {
        clear();
        return;
    }
    const auto row = m_session.query().row(id);
    if (!row || !*row) {
        clear();
        return;
    }
    const auto item = m_session.store().find((*row)->key, true);
    if (!item || !*item) {
        clear();
        return;
    }
    const OutboxItem &invoice = **item;
    m_title->setText(tr("Invoice %1").arg(invoice.invoiceNumber));
    m_state->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                         .arg(StateStyle::colour(**row).name(), StateStyle::label(**row).toHtmlEscaped()));
    m_ksefNumber->setText(invoice.ksefNumber);
    m_copy->setEnabled(!invoice.ksefNumber.isEmpty());
    // How it was issued and how KSeF took it (PROTOCOL.md §12).
    QStringList how;
    if (invoice.offlineMode) {
        how << tr("Issued offline: %1, %2")
                   .arg(OfflineIssuing::modeName(*invoice.offlineMode),
                        OfflineIssuing::dueText(*invoice.offlineMode, invoice.offlineDueAt));
        if (invoice.offlineKod2.isEmpty()) {
            how << tr("No KOD II (issued without an Offline certificate)");
        }
    }
    if (!invoice.correctedHash.isEmpty()) {
        how << tr("Technical correction of the rejected invoice with hash %1").arg(invoice.correctedHash);
    }
    if (!invoice.invoicingMode.isEmpty()) {
        how << tr("KSeF received it as: %1")
                   .arg(invoice.invoicingMode == u"Offline" ? tr("offline") : tr("online"));
    }
    if (!how.isEmpty()) {
        m_state->setText(
            m_state->text() +
            QStringLiteral("<br/><small>%1</small>").arg(how.join(QStringLiteral(" · ")).toHtmlEscaped()));
    }

    m_timeline->clear();
    if (const auto entries = m_session.audit().entriesFor(invoice.key)) {
        const QLocale locale;
        for (const AuditLog::Entry &entry : *entries) {
            auto *line = new QTreeWidgetItem(m_timeline,
                                             {locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                              describe(entry), details(entry.detail)});
            line->setToolTip(2, line->text(2));
        }
    }
    if (const auto &last = invoice.error; last && invoice.state != InvoiceState::Confirmed) {
        auto *error = new QTreeWidgetItem(
            m_timeline,
            {QString(), tr("Last error"),
             QStringLiteral("%1 %2 %3")
                 .arg(last->code ? QString::number(last->code) : QString(), last->message,
                      last->traceId.isEmpty() ? QString() : tr("(trace id %1)").arg(last->traceId))
                 .trimmed()});
        error->setForeground(1, StateStyle::colour(InvoiceState::Rejected));
    }
    if (!sameItem || m_xml->toPlainText().isEmpty()) {
        m_xml->setPlainText(QString::fromUtf8(invoice.xml));
    }
    m_documentPage->setItem(invoice);

    if (invoice.upo.isEmpty()) {
        m_upoSummary->setText(invoice.state == InvoiceState::Accepted
                                  ? tr("KSeF accepted the invoice; the UPO is "
                                       "being fetched.")
                                  : tr("No UPO yet."));
        m_upoRaw->clear();
        return;
    }
    const auto upo = Upo::parse(invoice.upo);
    if (!upo) {
        m_upoSummary->setText(tr("The stored UPO cannot be read: %1").arg(upo.error().toHtmlEscaped()));
    } else {
        const Upo::Document *document = upo->find(invoice.ksefNumber);
        const QLocale locale;
        QString html = QStringLiteral("<table cellspacing='4'>");
        const auto add = [&html](const QString &label, const QString &value) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        };
        add(tr("Official receipt (UPO)"),
            invoice.upoVerified ? tr("verified against the invoice") : tr("not verified"));
        add(tr("Receiver"), upo->receiverName);
        add(tr("Session"), upo->sessionReference);
        add(tr("Context"), upo->contextIdentifier);
        if (document) {
            add(tr("KSeF number"), document->ksefNumber);
            add(tr("Invoice number"), document->invoiceNumber);
            add(tr("Number assigned"),
                locale.toString(document->numberAssignedAt.toLocalTime(), QLocale::LongFormat));
            add(tr("Sent"), locale.toString(document->sentAt.toLocalTime(), QLocale::ShortFormat));
            add(tr("Invoice hash"), document->invoiceHash);
            add(tr("Mode"), document->invoicingMode);
        }
        add(tr("Signed by the Ministry"), upo->signedByMinistry ? tr("yes") : tr("no"));
        add(tr("Schema version"), upo->schemaVersion);
        m_upoSummary->setText(html + QStringLiteral("</table>"));
    }
    if (!sameItem || m_upoRaw->toPlainText().isEmpty()) {
        m_upoRaw->setPlainText(QString::fromUtf8(invoice.upo));
    }
}

QString InvoiceDetail::upoText() const
{
    return m_upoSummary->text();
}

} // namespace Kurier
