#include "PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

namespace Kurier {
namespace {

constexpr int kQrObjectType = QTextFormat::UserObject + 1;
constexpr int kQrTextProperty = QTextFormat::UserProperty + 1;
constexpr int kQrSizeProperty = QTextFormat::UserProperty + 2;

// Page margins in millimetres; the footer sits in the bottom margin.
constexpr qreal kMarginSide = 14;
constexpr qreal kMarginTop = 12;
constexpr qreal kMarginBottom = 16;

qreal mmToDevice(qreal mm, const QPaintDevice &device)
{
    return mm * device.logicalDpiY() / 25.4;
}

} // namespace

PagedDocument::PagedDocument(const QString &html, QObject *parent)
    : QObject(parent)
{
    m_document.setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"), 8);
    // Any letter spacing turns off ligatures: "fi" and "ff" stay two letters in the PDF's text, so that
    // names, NIPs and hashes can be searched and copied exactly.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // above QFixed's 1/64
    m_document.setDefaultFont(font);
    QTextOption option = m_document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document.setDefaultTextOption(option);
    m_document.documentLayout()->registerHandler(kQrObjectType, this);
    m_document.setHtml(html);
}

std::expected<void, QString> PagedDocument::setQr(const QString &name, const QString &text, qreal sideMm)
{
    auto code = QrCode::encode(text);
    if (!code) {
        return std::unexpected(code.error());
    }
    m_codes.insert(text, *code);
    QTextCursor cursor = m_document.find(QStringLiteral("{{qr:%1}}").arg(name));
    if (cursor.isNull()) {
        return std::unexpected(QStringLiteral("no place for the QR code \"%1\" in the document").arg(name));
    }
    QTextCharFormat format;
    format.setObjectType(kQrObjectType);
    format.setProperty(kQrTextProperty, text);
    format.setProperty(kQrSizeProperty, sideMm);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    if (QTextFrame *table = cursor.currentTable(); table && !m_keepTogether.contains(table)) {
        m_keepTogether.append(table);
    }
    return {};
}

QSizeF PagedDocument::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    const qreal dpi = device ? device->logicalDpiY() : 96.0;
    const qreal side = format.doubleProperty(kQrSizeProperty) * dpi / 25.4;
    return {side, side};
}

void PagedDocument::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                               const QTextFormat &format)
{
    const auto it = m_codes.constFind(format.stringProperty(kQrTextProperty));
    if (it != m_codes.constEnd()) {
        it->paint(*painter, rect);
    }
}

void PagedDocument::keepTablesTogether(qreal pageHeight)
{
    for (QTextFrame *table : std::as_const(m_keepTogether)) {
        const QRectF box = m_document.documentLayout()->frameBoundingRect(table);
        const bool split = int(box.top() / pageHeight) != int((box.bottom() - 1) / pageHeight);
        if (split && box.height() < pageHeight) {
            QTextFrameFormat format = table->frameFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFrameFormat(format);
        }
    }
}

std::expected<int, QString> PagedDocument::paint(QPagedPaintDevice &device)
{
    if (device.width() <= 0 || device.height() <= 0) {
        return std::unexpected(QStringLiteral("the page has no size"));
    }
    m_document.documentLayout()->setPaintDevice(&device);
    const qreal side = mmToDevice(kMarginSide, device);
    const qreal top = mmToDevice(kMarginTop, device);
    const qreal bottom = mmToDevice(kMarginBottom, device);
    const QSizeF page(device.width() - 2 * side, device.height() - top - bottom);
    m_document.setPageSize(page);
    keepTablesTogether(page.height());
    const int pages = m_document.pageCount();

    // The width the layout needed (a table wider than the page or an unbroken word would exceed 1; rounding
    // of column widths to whole device pixels can add a pixel).
    m_widthUsed = m_document.idealWidth() / page.width();

    QPainter painter;
    if (!painter.begin(&device)) {
        return std::unexpected(QStringLiteral("cannot paint on the output device"));
    }
    QFont footerFont(QStringLiteral("DejaVu Sans"), 7);
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device.newPage()) {
            return std::unexpected(QStringLiteral("cannot start page %1").arg(index + 1));
        }
        painter.save();
        painter.translate(side, top - index * page.height());
        m_document.drawContents(&painter, QRectF(0, index * page.height(), page.width(), page.height()));
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(side, device.height() - bottom + mmToDevice(4, device), page.width(),
                            mmToDevice(6, device));
        painter.drawLine(QPointF(footer.left(), footer.top() - mmToDevice(1.5, device)),
                         QPointF(footer.right(), footer.top() - mmToDevice(1.5, device)));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, m_footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, m_pageFormat.arg(index + 1).arg(pages));
    }
    painter.end();
    return pages;
}

std::expected<QByteArray, QString> PagedDocument::pdf()
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Kurier"));
        writer.setTitle(m_title);
        if (auto painted = paint(writer); !painted) {
            return std::unexpected(painted.error());
        }
    }
    if (!bytes.startsWith("%PDF")) {
        return std::unexpected(QStringLiteral("the PDF writer produced no document"));
    }
    return bytes;
}

} // namespace Kurier
