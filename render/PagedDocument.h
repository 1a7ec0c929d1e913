#pragma once

#include "QrCode.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <expected>

class QPagedPaintDevice;

namespace Kurier {

// A printable document built as HTML for QTextDocument (tables with <thead> repeat their header on every
// page, long words wrap anywhere), with QR codes as vector objects, painted over A4 pages of any paged device
// (QPdfWriter, QPrinter) with a footer: what the document is, and "page N of M".
class PagedDocument : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    // `html` may contain markers "{{qr:NAME}}"; setQr() says what each one encodes and how large it is.
    explicit PagedDocument(const QString &html, QObject *parent = nullptr);

    std::expected<void, QString> setQr(const QString &name, const QString &text, qreal sideMm);
    void setFooter(const QString &left, const QString &pageFormat) // pageFormat: "Strona %1 z %2"
    {
        m_footerLeft = left;
        m_pageFormat = pageFormat;
    }
    void setTitle(const QString &title) { m_title = title; }

    // Lays the document out for the device and paints every page. The device's page size should be A4.
    std::expected<int, QString> paint(QPagedPaintDevice &device);
    // The same to a PDF in memory.
    std::expected<QByteArray, QString> pdf();

    QTextDocument &document() { return m_document; }
    // After paint(): the widest line the layout needed against the width it had (overflow shows as > 1).
    qreal widthUsed() const { return m_widthUsed; }

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    void keepTablesTogether(qreal pageHeight);

    QTextDocument m_document;
    QHash<QString, QrCode> m_codes;
    QList<QTextFrame *> m_keepTogether; // tables with a QR code: never split over two pages
    QString m_footerLeft;
    QString m_pageFormat;
    QString m_title;
    qreal m_widthUsed = 0;
};

} // namespace Kurier
