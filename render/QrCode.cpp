#include "QrCode.h"

#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

#include <memory>

namespace Kurier {

std::expected<QrCode, QString> QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) {
        return std::unexpected(
            tr("The text (%n character(s)) does not fit in a QR code.", nullptr, int(text.size())));
    }
    QrCode result;
    result.m_text = text;
    result.m_width = code->width;
    result.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < result.m_modules.size(); ++i) {
        result.m_modules[i] = (code->data[i] & 1) != 0;
    }
    return result;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    const int modules = m_width + 2 * kQuietZone;
    const qreal side = qMin(target.width(), target.height());
    const qreal module = side / modules;
    const QPointF origin(target.x() + (target.width() - side) / 2 + kQuietZone * module,
                         target.y() + (target.height() - side) / 2 + kQuietZone * module);
    painter.save();
    painter.fillRect(QRectF(origin.x() - kQuietZone * module, origin.y() - kQuietZone * module, side, side),
                     Qt::white);
    // One path of all dark squares: one fill, no hairline seams between neighbouring modules.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (isDark(x, y)) {
                path.addRect(QRectF(origin.x() + x * module, origin.y() + y * module, module, module));
            }
        }
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.drawPath(path);
    painter.restore();
}

QImage QrCode::image(int pixelsPerModule) const
{
    const int side = (m_width + 2 * kQuietZone) * pixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, side, side));
    return image;
}

} // namespace Kurier
