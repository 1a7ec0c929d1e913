#include "incoming/PurchaseInbox.h"

#include "InvoiceDocument.h"
#include "audit/AuditLog.h"
#include "common/Prompts.h"
#include "incoming/IncomingStore.h"
#include "incoming/PurchaseModel.h"
#include "main/DesktopSession.h"
#include "services/OutboxWorker.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kurier {
namespace {

bool writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

PurchaseInbox::PurchaseInbox(DesktopSession &session, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_model(new PurchaseModel(this))
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("purchaseStatus"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search: number, seller, NIP, KSeF number"));
    m_search->setClearButtonEnabled(true);
    m_newOnly = new QCheckBox(tr("&Only new"), this);
    m_sync = new QPushButton(tr("&Synchronise now"), this);
    m_sync->setObjectName(QStringLiteral("synchronisePurchases"));
    m_sync->setToolTip(
        tr("Ask KSeF for purchase invoices now (otherwise every 15 minutes while Kurier runs)."));
    m_readAll = new QPushButton(tr("Mark all &read"), this);
    m_saveXml = new QPushButton(tr("Save &XML…"), this);
    m_savePdf = new QPushButton(tr("Save as &PDF…"), this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("purchaseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(PurchaseModel::New, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(PurchaseModel::Seller, 260);
    m_table->setColumnWidth(PurchaseModel::KsefNumber, 330);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_search, 1);
    top->addWidget(m_newOnly);
    top->addWidget(m_sync);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_readAll);
    bottom->addStretch(1);
    bottom->addWidget(m_saveXml);
    bottom->addWidget(m_savePdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_sync, &QPushButton::clicked, this, &PurchaseInbox::synchroniseNow);
    connect(m_readAll, &QPushButton::clicked, this, &PurchaseInbox::markAllRead);
    connect(m_saveXml, &QPushButton::clicked, this, &PurchaseInbox::saveSelectedXml);
    connect(m_savePdf, &QPushButton::clicked, this, &PurchaseInbox::exportSelectedPdf);
    connect(m_search, &QLineEdit::textChanged, this, &PurchaseInbox::refresh);
    connect(m_newOnly, &QCheckBox::toggled, this, &PurchaseInbox::refresh);
    connect(m_table, &QTableView::activated, this, [this] { // Enter or double-click: the PDF, and it is read
        exportSelectedPdf();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PurchaseInbox::updateButtons);
    connect(&m_pdf, &QFutureWatcherBase::finished, this, [this] {
        const auto [bytes, error] = m_pdf.result();
        QString writeError;
        if (!error.isEmpty() || !writeWhole(m_pdfPath, bytes, &writeError)) {
            m_prompts.warn(this, tr("Save as PDF"),
                           tr("The PDF could not be saved: %1").arg(error.isEmpty() ? writeError : error));
        }
        updateButtons();
    });
    updateButtons();
}

PurchaseInbox::~PurchaseInbox()
{
    m_pdf.waitForFinished();
}

void PurchaseInbox::attachSession()
{
    detachSession();
    if (m_session.isOpen()) {
        m_store = &m_session.purchases();
    }
    if (OutboxWorker *worker = m_session.worker()) {
        m_workerConnections << connect(worker, &OutboxWorker::incomingSyncStarted, this, [this] {
            m_sync->setEnabled(false);
            m_status->setText(tr("Asking KSeF for purchase invoices…"));
        });
        m_workerConnections << connect(worker, &OutboxWorker::incomingSynced, this,
                                       [this](int, bool ok, const QString &message) {
                                           refresh();
                                           m_status->setText(message);
                                           m_sync->setEnabled(true);
                                           emit synchronised(ok, message);
                                       });
        m_workerConnections << connect(worker, &OutboxWorker::purchasesRead, this,
                                       [this](const QStringList &numbers, int unread) {
                                           if (numbers.isEmpty()) {
                                               refresh();
                                               return;
                                           }
                                           m_model->markRead(numbers);
                                           m_newCount = unread;
                                           emit newCountChanged(m_newCount);
                                           updateButtons();
                                       });
    }
    refresh();
}

void PurchaseInbox::detachSession()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_workerConnections)) {
        disconnect(connection);
    }
    m_workerConnections.clear();
    m_store = nullptr;
    m_model->setInvoices({});
}

void PurchaseInbox::refresh()
{
    if (!m_store) {
        m_status->setText(tr("No company is open."));
        updateButtons();
        return;
    }
    IncomingStore::Filter filter;
    filter.newOnly = m_newOnly->isChecked();
    filter.text = m_search->text().trimmed();
    const auto invoices = m_store->list(filter);
    if (!invoices) {
        m_status->setText(invoices.error());
        return;
    }
    m_model->setInvoices(*invoices);
    const int count = m_store->count(true).value_or(0);
    if (count != m_newCount) {
        m_newCount = count;
        emit newCountChanged(count);
    }
    if (m_sync->isEnabled()) {
        const auto last = m_store->lastRun(invoiceSubjectKey(InvoiceSubject::Buyer));
        m_status->setText(
            last && last->has_value()
                ? tr("%n new · last synchronised %1", nullptr, count)
                      .arg(QLocale().toString((*last)->startedAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Not synchronised yet: the first synchronisation reads the last 30 days."));
    }
    updateButtons();
}

QString PurchaseInbox::statusText() const
{
    return m_status->text();
}

void PurchaseInbox::synchroniseNow()
{
    if (OutboxWorker *worker = m_session.worker()) {
        m_sync->setEnabled(false);
        QMetaObject::invokeMethod(
            worker, [worker] { worker->syncIncomingNow(QStringLiteral("user")); }, Qt::QueuedConnection);
    }
}

QStringList PurchaseInbox::selectedNumbers() const
{
    QStringList numbers;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const IncomingInvoice *invoice = m_model->invoiceAt(index.row())) {
            numbers.append(invoice->ksefNumber);
        }
    }
    return numbers;
}

void PurchaseInbox::markSelectedRead()
{
    const QStringList numbers = selectedNumbers();
    OutboxWorker *worker = m_session.worker();
    if (m_store && worker && !numbers.isEmpty()) {
        QMetaObject::invokeMethod(
            worker, [worker, numbers] { worker->markPurchasesRead(numbers); }, Qt::QueuedConnection);
    }
}

void PurchaseInbox::markAllRead()
{
    OutboxWorker *worker = m_session.worker();
    if (m_store && worker) {
        QMetaObject::invokeMethod(
            worker, [worker] { worker->markPurchasesRead({}); }, Qt::QueuedConnection);
    }
}

std::optional<IncomingInvoice> PurchaseInbox::selectedWithXml(const QString &title)
{
    const QStringList numbers = selectedNumbers();
    if (!m_store || numbers.size() != 1) {
        return std::nullopt;
    }
    const auto invoice = m_store->find(numbers.first());
    if (!invoice || !invoice->has_value() || (*invoice)->xml.isEmpty()) {
        m_prompts.warn(this, title,
                       invoice && invoice->has_value() ? (*invoice)->problem
                                                       : tr("The invoice is not stored."));
        return std::nullopt;
    }
    return **invoice;
}

void PurchaseInbox::saveSelectedXml()
{
    const auto invoice = selectedWithXml(tr("Save XML"));
    if (!invoice) {
        return;
    }
    const QString path = m_prompts.saveFile(
        this, tr("Save XML"), invoice->ksefNumber + QStringLiteral(".xml"), tr("FA(3) invoices (*.xml)"));
    QString error;
    if (!path.isEmpty() && !writeWhole(path, invoice->xml, &error)) {
        m_prompts.warn(this, tr("Save XML"), tr("The file could not be written: %1").arg(error));
        return;
    }
    markSelectedRead();
}

void PurchaseInbox::exportSelectedPdf()
{
    if (m_pdf.isRunning()) {
        return;
    }
    const auto invoice = selectedWithXml(tr("Save as PDF"));
    if (!invoice) {
        return;
    }
    m_pdfPath = m_prompts.saveFile(this, tr("Save as PDF"), invoice->ksefNumber + QStringLiteral(".pdf"),
                                   tr("PDF documents (*.pdf)"));
    if (m_pdfPath.isEmpty()) {
        return;
    }
    markSelectedRead();
    m_savePdf->setEnabled(false);
    const QByteArray xml = invoice->xml;
    const QString ksefNumber = invoice->ksefNumber;
    const std::optional<KsefEnvironment> environment = m_session.environment();
    m_pdf.setFuture(QtConcurrent::run([xml, ksefNumber, environment]() -> std::pair<QByteArray, QString> {
        const auto printout = InvoicePrintout::forXml(xml, ksefNumber, environment, DocumentLanguage::Polish);
        if (!printout) {
            return {{}, printout.error()};
        }
        const auto pdf = InvoiceDocument::pdf(*printout);
        return pdf ? std::pair{*pdf, QString()} : std::pair{QByteArray(), pdf.error()};
    }));
}

void PurchaseInbox::updateButtons()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_readAll->setEnabled(m_store && m_newCount > 0);
    m_saveXml->setEnabled(m_store && selected == 1);
    m_savePdf->setEnabled(m_store && selected == 1 && !m_pdf.isRunning());
    m_sync->setEnabled(m_sync->isEnabled() && m_session.worker() != nullptr);
}

} // namespace Kurier
