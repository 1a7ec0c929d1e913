#include "DocumentView.h"

#include "InvoiceDocument.h"
#include "UpoDocument.h"
#include "common/Prompts.h"
#include "ksef/crypto/Crypto.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QShowEvent>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace Kurier {

DocumentView::DocumentView(Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("documentKind"));
    m_kind->addItem(tr("Invoice"), int(Kind::Invoice));
    m_kind->addItem(tr("Official receipt (UPO)"), int(Kind::Upo));
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kind);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("documentLanguage"));
    m_language->addItem(QStringLiteral("Polski"), int(DocumentLanguage::Polish));
    m_language->addItem(QStringLiteral("English"), int(DocumentLanguage::English));
    m_language->setToolTip(tr("The language of the document (not of the program)"));
    m_print = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save as P&DF…"), this);
    m_open = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open in &viewer"), this);
    m_open->setToolTip(tr("Open the PDF in the system's PDF viewer"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("documentStatus"));

    m_print->setToolTip(
        tr("Print (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));

    auto *bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_language);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_print);
    bar->addWidget(m_save);
    bar->addWidget(m_open);

    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentView::render);
    connect(m_language, &QComboBox::currentIndexChanged, this, &DocumentView::render);
    connect(m_print, &QPushButton::clicked, this, &DocumentView::print);
    connect(m_save, &QPushButton::clicked, this, &DocumentView::save);
    connect(m_open, &QPushButton::clicked, this, &DocumentView::openInSystemViewer);
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, &DocumentView::finished);
    connect(m_document, &QPdfDocument::pageCountChanged, this, [this](int pages) {
        if (pages > 0) {
            m_status->setText(tr("%n page(s)", nullptr, pages));
        }
    });
    clear();
}

DocumentView::~DocumentView()
{
    m_watcher.waitForFinished();
}

DocumentView::Kind DocumentView::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

DocumentLanguage DocumentView::language() const
{
    return DocumentLanguage(m_language->currentData().toInt());
}

void DocumentView::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void DocumentView::setLanguage(DocumentLanguage language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

QString DocumentView::statusText() const
{
    return m_status->text();
}

void DocumentView::clear()
{
    m_item.reset();
    m_document->close();
    m_buffer.close();
    m_pdf.clear();
    m_shown.clear();
    m_status->setText(tr("No invoice selected."));
    updateActions();
}

void DocumentView::setItem(const OutboxItem &item)
{
    m_item = item;
    render();
}

void DocumentView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending) {
        render();
    }
}

void DocumentView::render()
{
    if (!m_item) {
        return;
    }
    const bool upo = kind() == Kind::Upo;
    const QString wanted =
        QStringLiteral("%1|%2|%3|%4|%5")
            .arg(m_item->id)
            .arg(m_item->ksefNumber, QString::fromLatin1(Crypto::sha256(m_item->upo).toHex()))
            .arg(int(kind()))
            .arg(int(language()));
    if (wanted == m_shown || (wanted == m_rendering && m_watcher.isRunning())) {
        return;
    }
    // Rendering is for what the user looks at: a hidden pane waits until it is shown.
    if (!isVisible()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    if (upo && m_item->upo.isEmpty()) {
        m_document->close();
        m_pdf.clear();
        m_shown = wanted;
        m_status->setText(tr("KSeF has not issued the UPO for this invoice yet."));
        updateActions();
        emit rendered();
        return;
    }
    m_rendering = wanted;
    m_status->setText(tr("Preparing the document…"));
    const DocumentLanguage documentLanguage = language();
    if (upo) {
        const QByteArray raw = m_item->upo;
        const QString focus = m_item->ksefNumber;
        m_watcher.setFuture(QtConcurrent::run([raw, focus, documentLanguage]() -> Rendered {
            const auto parsed = Upo::parse(raw);
            return parsed ? UpoDocument::pdf(*parsed, documentLanguage, focus)
                          : std::unexpected(parsed.error());
        }));
    } else {
        const OutboxItem item = *m_item;
        m_watcher.setFuture(QtConcurrent::run([item, documentLanguage]() -> Rendered {
            const auto printout = InvoicePrintout::forItem(item, documentLanguage);
            return printout ? InvoiceDocument::pdf(*printout) : std::unexpected(printout.error());
        }));
    }
}

QString DocumentView::signature() const
{
    if (!m_item) {
        return {};
    }
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(m_item->id)
        .arg(m_item->ksefNumber, QString::fromLatin1(Crypto::sha256(m_item->upo).toHex()))
        .arg(int(kind()))
        .arg(int(language()));
}

std::expected<QByteArray, QString> DocumentView::currentBytes() const
{
    if (!m_pdf.isEmpty() && m_shown == signature()) {
        return m_pdf;
    }
    auto document = buildDocument();
    if (!document) {
        return std::unexpected(document.error());
    }
    return (*document)->pdf();
}

void DocumentView::finished()
{
    const Rendered result = m_watcher.result();
    m_shown = m_rendering;
    m_document->close();
    m_buffer.close();
    if (!result) {
        m_pdf.clear();
        m_status->setText(tr("The document cannot be shown: %1").arg(result.error()));
    } else {
        m_pdf = *result;
        m_buffer.setData(m_pdf);
        m_buffer.open(QIODevice::ReadOnly);
        m_document->load(&m_buffer);
    }
    updateActions();
    emit rendered();
    // The user changed the choice while this one was being rendered.
    render();
}

void DocumentView::updateActions()
{
    // Printing and saving do not wait for the preview: they render what is needed themselves.
    const bool ready = m_item && (kind() == Kind::Invoice || !m_item->upo.isEmpty());
    m_print->setEnabled(ready);
    m_save->setEnabled(ready);
    m_open->setEnabled(ready);
    m_kind->setEnabled(m_item.has_value());
    m_language->setEnabled(m_item.has_value());
}

std::expected<std::unique_ptr<PagedDocument>, QString> DocumentView::buildDocument() const
{
    if (!m_item) {
        return std::unexpected(tr("No invoice selected."));
    }
    if (kind() == Kind::Upo) {
        const auto upo = Upo::parse(m_item->upo);
        if (!upo) {
            return std::unexpected(upo.error());
        }
        return UpoDocument::build(*upo, language(), m_item->ksefNumber);
    }
    const auto printout = InvoicePrintout::forItem(*m_item, language());
    if (!printout) {
        return std::unexpected(printout.error());
    }
    return InvoiceDocument::build(*printout);
}

QString DocumentView::suggestedFileName() const
{
    QString name = m_item ? m_item->invoiceNumber : QStringLiteral("document");
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_"));
    return (kind() == Kind::Upo ? QStringLiteral("UPO_") : QString()) + name + QStringLiteral(".pdf");
}

void DocumentView::print()
{
    if (!m_item) {
        return;
    }
    // Printing paints the document again at the printer's resolution (vector text and QR code), on this
    // thread: the printer belongs to it and the user is waiting for the dialog anyway.
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(suggestedFileName());
    if (!m_prompts.choosePrinter(this, printer)) {
        return;
    }
    auto document = buildDocument();
    auto painted = document ? (*document)->paint(printer) : std::unexpected(document.error());
    if (!painted) {
        m_prompts.warn(this, tr("Print"), tr("The document could not be printed: %1").arg(painted.error()));
    }
}

void DocumentView::save()
{
    if (!m_item) {
        return;
    }
    const QString path =
        m_prompts.saveFile(this, tr("Save as PDF"), suggestedFileName(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const auto bytes = currentBytes();
    if (!bytes) {
        m_prompts.warn(this, tr("Save as PDF"), tr("The document cannot be made: %1").arg(bytes.error()));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        m_prompts.warn(this, tr("Save as PDF"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

void DocumentView::openInSystemViewer()
{
    if (!m_item) {
        return;
    }
    const auto bytes = currentBytes();
    if (!bytes) {
        m_prompts.warn(this, tr("Open in viewer"), tr("The document cannot be made: %1").arg(bytes.error()));
        return;
    }
    const QString path = m_openDir.filePath(suggestedFileName());
    QSaveFile file(path);
    if (!m_openDir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() ||
        !file.commit()) {
        m_prompts.warn(this, tr("Open in viewer"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_prompts.warn(this, tr("Open in viewer"),
                       tr("No PDF viewer is set up on this system. The document is saved at %1.").arg(path));
    }
}

} // namespace Kurier
