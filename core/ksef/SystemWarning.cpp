#include "ksef/SystemWarning.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Kurier {

SystemWarning SystemWarning::parse(const QString &header)
{
    SystemWarning warning;
    warning.text = header.trimmed();
    static const QRegularExpression code(QStringLiteral(R"(\b([A-Za-z]{2,8}-\d{3})\b)"));
    if (const auto match = code.match(warning.text); match.hasMatch()) {
        warning.code = match.captured(1).toLower();
    }
    static const QRegularExpression isoDate(QStringLiteral(R"(\b(\d{4}-\d{2}-\d{2})\b)"));
    static const QRegularExpression polishDate(QStringLiteral(R"(\b(\d{1,2}\.\d{1,2}\.\d{4})\b)"));
    if (const auto match = isoDate.match(warning.text); match.hasMatch()) {
        warning.from = QDate::fromString(match.captured(1), Qt::ISODate);
    } else if (const auto polish = polishDate.match(warning.text); polish.hasMatch()) {
        warning.from = QDate::fromString(polish.captured(1), QStringLiteral("d.M.yyyy"));
    }
    return warning;
}

QString SystemWarning::dedupeKey() const
{
    return QStringLiteral("system-warning:") +
           (code.isEmpty()
                ? QString::fromLatin1(
                      QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16))
                : code);
}

QString SystemWarning::message() const
{
    QString what;
    if (code.startsWith(u"xml-")) {
        what =
            tr("invoices with processing instructions, characters XML discourages or an encoding other than "
               "UTF-8");
    } else if (code.startsWith(u"sig-")) {
        what = tr("login signatures (XAdES) outside KSeF's profile");
    } else {
        what = tr("what its message names");
    }
    const QString when = from.isValid() ? tr(" from %1").arg(from.toString(Qt::ISODate)) : QString();
    return tr("KSeF warns that it will refuse %1%2. Its words: %3").arg(what, when, text);
}

} // namespace Kurier
