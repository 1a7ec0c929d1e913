#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Kurier::Test {

// The kurier-cli command lines of the README's ```sh blocks, as a user would copy them: continuation lines
// joined, the trailing comment dropped, optional parts ([…]) included and alternatives (a | b) each a command
// of its own.
struct ReadmeCommand
{
    int line = 0;        // where it starts in the README (1-based)
    QString written;     // the line as written (joined, without its comment)
    QStringList words;   // shell words of one variant, without the program
    QString redirectOut; // "> FILE": standard output goes there
};

namespace ReadmeDetail {

// Shell words: spaces separate, '…' and "…" quote (without escapes, as the README writes them).
inline QStringList shellWords(const QString &text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else {
                word += c;
            }
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord) {
                words.append(word);
                word.clear();
                inWord = false;
            }
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord) {
        words.append(word);
    }
    return words;
}

// Drops a trailing "# comment" (a '#' after a space, outside quotes).
inline QString withoutComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'#' && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i).trimmed();
        }
    }
    return line.trimmed();
}

// "a [b | c] d" → "a b d", "a c d"; "a [b] d" → "a b d"; "cmd --x 1 | --y 2" → "cmd --x 1", "cmd --y 2".
inline QStringList variants(const QString &text)
{
    static const QRegularExpression bracket(QStringLiteral(R"(\[([^\[\]]*)\])"));
    const QRegularExpressionMatch match = bracket.match(text);
    if (match.hasMatch()) {
        const QStringList choices = match.captured(1).split(QStringLiteral(" | "));
        QStringList all;
        for (const QString &choice : choices) {
            QString one = text;
            one.replace(match.capturedStart(), match.capturedLength(), choice.trimmed());
            all += variants(one);
        }
        return all;
    }
    const QStringList parts = text.split(QStringLiteral(" | "));
    if (parts.size() == 1) {
        return {text.simplified()};
    }
    // The command is what comes before the first option of the first alternative.
    const QStringList first = shellWords(parts.first());
    QStringList base;
    for (const QString &word : first) {
        if (word.startsWith(u"--")) {
            break;
        }
        base.append(word);
    }
    QStringList all{parts.first().simplified()};
    for (qsizetype i = 1; i < parts.size(); ++i) {
        all.append(QString(base.join(u' ') + u' ' + parts.at(i)).simplified());
    }
    return all;
}

inline bool isProgram(const QString &word)
{
    return word == u"kurier-cli" || word.endsWith(u"/kurier-cli");
}

} // namespace ReadmeDetail

inline QList<ReadmeCommand> readmeCommands(const QString &path)
{
    using namespace ReadmeDetail;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QList<ReadmeCommand> commands;
    bool inShell = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith(u"```")) {
            inShell = !inShell && trimmed == u"```sh";
            continue;
        }
        if (!inShell) {
            continue;
        }
        const int start = static_cast<int>(i) + 1;
        QString joined = lines.at(i);
        while (joined.trimmed().endsWith(u'\\') && i + 1 < lines.size()) {
            joined = joined.trimmed().chopped(1) + u' ' + lines.at(++i).trimmed();
        }
        const QString command = withoutComment(joined);
        const QStringList words = shellWords(command);
        if (words.isEmpty() || !isProgram(words.first())) {
            continue;
        }
        for (const QString &variant : variants(command)) {
            ReadmeCommand one;
            one.line = start;
            one.written = command;
            QStringList argv = shellWords(variant).mid(1);
            const qsizetype redirect = argv.indexOf(QStringLiteral(">"));
            if (redirect >= 0 && redirect + 1 < argv.size()) {
                one.redirectOut = argv.at(redirect + 1);
                argv = argv.mid(0, redirect);
            }
            one.words = argv;
            commands.append(one);
        }
    }
    return commands;
}

// The commands and subcommands `kurier-cli --help` names: "server init", "server migrate", …, "send".
inline QStringList helpCommands(const QString &help)
{
    static const QRegularExpression subcommands(QStringLiteral(R"(^\[?([a-z][a-z-]*(\|[a-z][a-z-]*)*)\]?$)"));
    QStringList found;
    bool inCommands = false;
    for (const QString &line : help.split(u'\n')) {
        if (line.startsWith(u"Commands:") || line.startsWith(u"Polecenia:")) {
            inCommands = true;
            continue;
        }
        // A command's synopsis is indented by two spaces; its description's continuation lines by more.
        if (!inCommands || !line.startsWith(u"  ") || line.startsWith(u"   ") ||
            line.trimmed().startsWith(u"--") || line.trimmed().startsWith(u"(")) {
            continue;
        }
        const QString synopsis = line.trimmed().split(QRegularExpression(QStringLiteral("\\s{2,}"))).first();
        const QStringList words = synopsis.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty() || !words.first().at(0).isLower()) {
            continue;
        }
        const QStringList names = words.first().split(u'|');
        const QRegularExpressionMatch subs =
            words.size() > 1 ? subcommands.match(words.at(1)) : QRegularExpressionMatch();
        for (const QString &name : names) {
            if (subs.hasMatch() && names.size() == 1) {
                for (const QString &sub : subs.captured(1).split(u'|')) {
                    found.append(name + u' ' + sub);
                }
            } else {
                found.append(name);
            }
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace Kurier::Test
