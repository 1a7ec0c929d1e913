#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace Kurier {

// Colours XML for reading: element names, attributes, values, comments. The text itself is never changed.
class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit XmlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    QList<Rule> m_rules;
};

} // namespace Kurier
