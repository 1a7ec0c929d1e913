#pragma once

#include <QByteArrayView>
#include <QString>

#include <expected>
#include <memory>

struct _xmlDoc; // libxml2's document; only core/fa/*.cpp sees its definition

namespace Kurier {

// A parsed XML document (libxml2), parsed once and shared by schema validation and reading. Untrusted input:
// no network, no DTD loading, no entity expansion — and a document that declares a DOCTYPE is refused as a
// whole (KSeF refuses it too; an invoice never needs one).
class XmlDocument
{
public:
    struct ParseError
    {
        qint64 line = 0;
        qint64 column = 0;
        QString message;      // libxml2's text, or ours for a DOCTYPE
        bool doctype = false; // the document declares a DOCTYPE (a DTD, entities): refused, never read
    };

    static std::expected<XmlDocument, ParseError> parse(QByteArrayView xml);

    XmlDocument(XmlDocument &&) noexcept = default;
    XmlDocument &operator=(XmlDocument &&) noexcept = default;
    ~XmlDocument() = default;

    _xmlDoc *handle() const { return m_doc.get(); }
    QString rootName() const;
    QString rootNamespace() const;

private:
    struct Free
    {
        void operator()(_xmlDoc *doc) const;
    };
    explicit XmlDocument(_xmlDoc *doc)
        : m_doc(doc)
    {}
    std::unique_ptr<_xmlDoc, Free> m_doc;
};

} // namespace Kurier
