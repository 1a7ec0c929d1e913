#include "fa/XmlTextRules.h"

namespace Kurier {

namespace {

// One UTF-8 sequence at `i`: its code point and length; length 0 when the bytes are not UTF-8 (overlong
// forms, surrogates and values past U+10FFFF included).
std::pair<char32_t, int> decode(const QByteArray &bytes, qsizetype i)
{
    const auto byte = [&](qsizetype at) {
        return static_cast<unsigned char>(bytes.at(at));
    };
    const unsigned char first = byte(i);
    if (first < 0x80) {
        return {first, 1};
    }
    int length = 0;
    char32_t value = 0;
    if ((first & 0xE0) == 0xC0) {
        length = 2;
        value = first & 0x1F;
    } else if ((first & 0xF0) == 0xE0) {
        length = 3;
        value = first & 0x0F;
    } else if ((first & 0xF8) == 0xF0) {
        length = 4;
        value = first & 0x07;
    } else {
        return {0, 0};
    }
    if (i + length > bytes.size()) {
        return {0, 0};
    }
    for (int k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            return {0, 0};
        }
        value = (value << 6) | (byte(i + k) & 0x3F);
    }
    static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < kSmallest[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return {0, 0};
    }
    return {value, length};
}

QString codePointText(char32_t value)
{
    return u"U+" + QStringLiteral("%1").arg(static_cast<uint>(value), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool XmlTextRules::isDiscouraged(char32_t value)
{
    return (value >= 0x7F && value <= 0x84) || (value >= 0x86 && value <= 0x9F) ||
           (value >= 0xFDD0 && value <= 0xFDEF) || (value & 0xFFFE) == 0xFFFE;
}

ValidationIssues XmlTextRules::check(const QByteArray &xml)
{
    ValidationIssues issues;
    const auto refuse = [&](IssueCode code, qint64 line, const QString &message) {
        issues.append(ValidationIssue{ValidationIssue::Severity::Error, code, line, QString(), message});
    };
    qint64 line = 1;
    bool inComment = false;
    bool inCdata = false;
    for (qsizetype i = 0; i < xml.size();) {
        const auto [value, length] = decode(xml, i);
        if (length == 0) {
            refuse(
                IssueCode::WrongEncoding, line,
                tr("byte 0x%1 is not UTF-8 (the file is in another encoding, or damaged); KSeF accepts only "
                   "UTF-8.")
                    .arg(static_cast<unsigned char>(xml.at(i)), 2, 16, QLatin1Char('0')));
            return issues; // the rest cannot be read reliably
        }
        if (value == u'\n') {
            ++line;
        } else if (isDiscouraged(value)) {
            refuse(IssueCode::DiscouragedCharacter, line,
                   tr("the character %1 is one XML discourages (a control or non-character code point); KSeF "
                      "announced it will refuse it. Remove it or replace it with ordinary text.")
                       .arg(codePointText(value)));
        }
        // Markup starts only at '<' and ends comments and CDATA only at '-' and ']': other bytes are text.
        const char c = xml.at(i);
        const QByteArrayView rest =
            c == '<' || c == '-' || c == ']' ? QByteArrayView(xml).sliced(i) : QByteArrayView();
        if (inComment) {
            inComment = !(c == '-' && rest.startsWith("-->"));
        } else if (inCdata) {
            inCdata = !(c == ']' && rest.startsWith("]]>"));
        } else if (c == '<' && rest.startsWith("<!--")) {
            inComment = true;
        } else if (c == '<' && rest.startsWith("<![CDATA[")) {
            inCdata = true;
        } else if (c == '<' && rest.startsWith("<?")) {
            const qsizetype start = xml.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a BOM is refused on its own
            const bool declaration = i == start && (rest.startsWith("<?xml ") || rest.startsWith("<?xml?") ||
                                                    rest.startsWith("<?xml\t") ||
                                                    rest.startsWith("<?xml\r") || rest.startsWith("<?xml\n"));
            if (!declaration) {
                const qsizetype end = rest.indexOf("?>");
                const QString instruction =
                    QString::fromUtf8(rest.first(std::min<qsizetype>(end < 0 ? 40 : end + 2, rest.size())));
                refuse(IssueCode::ProcessingInstruction, line,
                       tr("the processing instruction %1 is not allowed: an invoice may have only the XML "
                          "declaration (KSeF announced it will refuse others). Remove it.")
                           .arg(instruction));
            }
        }
        i += length;
    }
    return issues;
}

} // namespace Kurier
