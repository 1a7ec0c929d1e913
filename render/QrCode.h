#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <expected>

class QPainter;

namespace Kurier {

// A QR code (ISO/IEC 18004) made by libqrencode, as a matrix of modules. Painted as vector squares, so it
// stays sharp in a PDF at any zoom and on any printer.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    static constexpr int kQuietZone = 4; // modules of white around the symbol, as the standard requires

    // Byte mode, error correction level M; fails only when the text is too long for any QR version.
    static std::expected<QrCode, QString> encode(const QString &text);

    int width() const { return m_width; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules.at(y * m_width + x); }
    QString text() const { return m_text; }

    // The symbol with its quiet zone scaled into `target` (a square is used; it is centred).
    void paint(QPainter &painter, const QRectF &target) const;
    QImage image(int pixelsPerModule) const;

private:
    QString m_text;
    int m_width = 0;
    QList<bool> m_modules;
};

} // namespace Kurier
