#include "fa/XmlDocument.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

namespace Kurier {

void XmlDocument::Free::operator()(_xmlDoc *doc) const
{
    xmlFreeDoc(doc);
}

std::expected<XmlDocument, XmlDocument::ParseError> XmlDocument::parse(QByteArrayView xml)
{
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (!parser) {
        return std::unexpected(ParseError{0, 0, QStringLiteral("out of memory")});
    }
    xmlDocPtr doc = xmlCtxtReadMemory(parser, xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                                      XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOWARNING |
                                          XML_PARSE_NOERROR | XML_PARSE_BIG_LINES);
    if (!doc || !xmlDocGetRootElement(doc)) {
        const xmlError *error = xmlCtxtGetLastError(parser);
        ParseError result{error ? error->line : 0, error ? error->int2 : 0,
                          error && error->message ? QString::fromUtf8(error->message).trimmed()
                                                  : QStringLiteral("no root element")};
        xmlFreeDoc(doc);
        xmlFreeParserCtxt(parser);
        return std::unexpected(result);
    }
    xmlFreeParserCtxt(parser);
    if (doc->intSubset || doc->extSubset) {
        const qsizetype at = QByteArrayView(xml).indexOf("<!DOCTYPE");
        const qint64 line = at < 0 ? 1 : xml.first(at).count('\n') + 1;
        xmlFreeDoc(doc);
        return std::unexpected(ParseError{line, 0, QStringLiteral("DOCTYPE"), true});
    }
    return XmlDocument(doc);
}

QString XmlDocument::rootName() const
{
    const xmlNode *root = xmlDocGetRootElement(m_doc.get());
    return root ? QString::fromUtf8(reinterpret_cast<const char *>(root->name)) : QString();
}

QString XmlDocument::rootNamespace() const
{
    const xmlNode *root = xmlDocGetRootElement(m_doc.get());
    return root && root->ns && root->ns->href
               ? QString::fromUtf8(reinterpret_cast<const char *>(root->ns->href))
               : QString();
}

} // namespace Kurier
