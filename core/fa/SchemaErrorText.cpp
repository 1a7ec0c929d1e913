#include "fa/SchemaErrorText.h"

#include <QRegularExpression>

#include <libxml/xmlerror.h>

namespace Kurier {

namespace {

QString stripNamespaces(QString text)
{
    static const QRegularExpression ns(QStringLiteral("\\{(?:https?|urn):[^}]*\\}"));
    return text.remove(ns);
}

QString capture(const QString &text, const QRegularExpression &re)
{
    const QRegularExpressionMatch match = re.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString quoted(const QString &value)
{
    return QStringLiteral("„%1”").arg(value.size() > 80 ? value.left(77) + QStringLiteral("...") : value);
}

} // namespace

QString SchemaErrorText::describeType(const QString &typeName)
{
    if (typeName.contains(u"Kwotowy")) {
        return tr("an amount with at most 2 decimal places and a dot as the separator, e.g. 1234.50");
    }
    if (typeName.contains(u"Ilosci")) {
        return tr("a quantity with at most 6 decimal places and a dot as the separator");
    }
    if (typeName.contains(u"DataCzas") || typeName == u"dateTime") {
        return tr("a date and time such as 2026-01-31T10:15:00Z");
    }
    if (typeName.contains(u"Data") || typeName == u"date") {
        return tr("a date in the form YYYY-MM-DD");
    }
    if (typeName.contains(u"NIP")) {
        return tr("a NIP of 10 digits");
    }
    if (typeName.contains(u"Naturalny") || typeName == u"integer") {
        return tr("a whole number");
    }
    return tr("a value of type %1").arg(typeName);
}

ValidationIssue SchemaErrorText::fromLibxml(int code, const QString &rawMessage, qint64 line,
                                            const QString &element)
{
    static const QRegularExpression valueRe(QStringLiteral("[Tt]he value '([^']*)'"));
    static const QRegularExpression atomicRe(QStringLiteral("'([^']*)' is not a valid value"));
    static const QRegularExpression atomicTypeRe(QStringLiteral("atomic type '([^']*)'"));
    static const QRegularExpression expectedRe(QStringLiteral("Expected is (?:one of )?\\( ?(.*?) ?\\)"));
    static const QRegularExpression setRe(QStringLiteral("set \\{(.*)\\}"));
    static const QRegularExpression limitRe(QStringLiteral("(?:maximum|minimum) length of '(\\d+)'"));
    static const QRegularExpression boundRe(
        QStringLiteral("(?:than|to) the (?:minimum|maximum) value '([^']*)'"));
    static const QRegularExpression patternRe(QStringLiteral("pattern '([^']*)'"));

    ValidationIssue issue;
    issue.code = IssueCode::SchemaViolation;
    issue.line = line;
    issue.element = element;
    const QString raw = stripNamespaces(rawMessage).trimmed();
    QString value = capture(raw, valueRe);
    if (value.isEmpty()) {
        value = capture(raw, atomicRe);
    }

    switch (code) {
    case XML_SCHEMAV_ELEMENT_CONTENT:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_4: {
        const QString expected = capture(raw, expectedRe);
        if (raw.contains(u"Missing child element")) {
            issue.message =
                expected.isEmpty()
                    ? tr("a required element is missing inside %1.").arg(element)
                    : tr("a required element is missing inside %1: expected %2.").arg(element, expected);
        } else if (raw.contains(u"not expected") && !expected.isEmpty()) {
            issue.message =
                tr("the element %1 is not allowed at this place; expected %2.").arg(element, expected);
        } else {
            issue.message = tr("the element %1 is not allowed at this place.").arg(element);
        }
        break;
    }
    case XML_SCHEMAV_CVC_ENUMERATION_VALID: {
        QString allowed = capture(raw, setRe);
        allowed.remove(u'\'');
        issue.message = tr("the value %1 is not one of the allowed values (%2).").arg(quoted(value), allowed);
        break;
    }
    case XML_SCHEMAV_CVC_PATTERN_VALID:
        issue.message = tr("the value %1 does not have the required form (the rule is the pattern %2).")
                            .arg(quoted(value), capture(raw, patternRe));
        break;
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1:
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_2:
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_3:
        issue.message =
            tr("the value %1 is not %2.").arg(quoted(value), describeType(capture(raw, atomicTypeRe)));
        break;
    case XML_SCHEMAV_CVC_LENGTH_VALID:
    case XML_SCHEMAV_CVC_MAXLENGTH_VALID:
        issue.message =
            tr("the text is too long: at most %1 characters are allowed.").arg(capture(raw, limitRe));
        break;
    case XML_SCHEMAV_CVC_MINLENGTH_VALID:
        issue.message = tr("the text is too short or empty: at least %1 characters are required.")
                            .arg(capture(raw, limitRe));
        break;
    case XML_SCHEMAV_CVC_MININCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_MINEXCLUSIVE_VALID:
        issue.message =
            tr("the value %1 is below the allowed minimum %2.").arg(quoted(value), capture(raw, boundRe));
        break;
    case XML_SCHEMAV_CVC_MAXINCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_MAXEXCLUSIVE_VALID:
        issue.message =
            tr("the value %1 is above the allowed maximum %2.").arg(quoted(value), capture(raw, boundRe));
        break;
    case XML_SCHEMAV_CVC_TOTALDIGITS_VALID:
    case XML_SCHEMAV_CVC_FRACTIONDIGITS_VALID:
        issue.message = tr("the value %1 has too many digits or decimal places.").arg(quoted(value));
        break;
    case XML_SCHEMAV_CVC_ELT_1:
        issue.message = tr("the document's root element %1 is not an FA(3) invoice.").arg(element);
        break;
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2:
        issue.message = tr("the element %1 has an attribute it may not have.").arg(element);
        break;
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_4:
        issue.message = tr("the element %1 lacks a required attribute.").arg(element);
        break;
    case XML_SCHEMAV_CVC_ELT_5_2_2_2_1:
    case XML_SCHEMAV_CVC_ELT_5_2_2_2_2:
    case XML_SCHEMAV_CVC_AU:
        issue.message = tr("the element %1 must have the fixed value the schema prescribes.").arg(element);
        break;
    default:
        issue.message = tr("breaks a rule of the FA(3) schema: %1").arg(raw);
        break;
    }
    return issue;
}

ValidationIssue SchemaErrorText::notWellFormed(qint64 line, const QString &parserMessage)
{
    ValidationIssue issue;
    issue.code = IssueCode::NotWellFormed;
    issue.line = line;
    issue.message = tr("the file is not well-formed XML (%1).").arg(parserMessage);
    return issue;
}

ValidationIssue SchemaErrorText::doctype(qint64 line)
{
    ValidationIssue issue;
    issue.code = IssueCode::NotWellFormed;
    issue.line = line;
    issue.message = tr("invoices may not declare a DOCTYPE (a document type or entities): remove the "
                       "<!DOCTYPE …> declaration; nothing in it was read.");
    return issue;
}

ValidationIssue SchemaErrorText::schemaUnavailable()
{
    ValidationIssue issue;
    issue.code = IssueCode::SchemaViolation;
    issue.message = tr("a bundled XML schema could not be loaded; the installation is damaged.");
    return issue;
}

} // namespace Kurier
