#include "detail/XmlHighlighter.h"

namespace Kurier {

XmlHighlighter::XmlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    QTextCharFormat element;
    element.setForeground(QColor(0x1d, 0x4e, 0xd8));
    element.setFontWeight(QFont::DemiBold);
    QTextCharFormat attribute;
    attribute.setForeground(QColor(0x9a, 0x34, 0x12));
    QTextCharFormat value;
    value.setForeground(QColor(0x15, 0x80, 0x3d));
    QTextCharFormat comment;
    comment.setForeground(QColor(0x6b, 0x72, 0x80));
    comment.setFontItalic(true);
    m_rules = {
        {QRegularExpression(QStringLiteral("</?([A-Za-z_][\\w.:-]*)")), element, 0},
        {QRegularExpression(QStringLiteral("/?>")), element, 0},
        {QRegularExpression(QStringLiteral("\\s([A-Za-z_][\\w.:-]*)\\s*=")), attribute, 1},
        {QRegularExpression(QStringLiteral("\"[^\"]*\"")), value, 0},
        {QRegularExpression(QStringLiteral("<!--.*-->")), comment, 0},
    };
}

void XmlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            setFormat(static_cast<int>(match.capturedStart(rule.group)),
                      static_cast<int>(match.capturedLength(rule.group)), rule.format);
        }
    }
}

} // namespace Kurier
