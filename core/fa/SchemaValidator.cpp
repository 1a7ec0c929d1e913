#include "fa/SchemaValidator.h"

#include "fa/SchemaErrorText.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>

#include <cstring>

Q_LOGGING_CATEGORY(lcSchema, "kurier.fa.schema")

namespace Kurier {

namespace {

constexpr char kDefinicjeTypy[] =
    "http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2022/01/05/eD/DefinicjeTypy/";

QByteArray bundled(const QString &path)
{
    QFile file(QStringLiteral(":/kurier/schemas/") + path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcSchema) << "bundled schema missing:" << path;
        return {};
    }
    return file.readAll();
}

// Maps the remote addresses the official XSDs import to the copies bundled in the binary.
QString bundledPathFor(const char *url)
{
    const QByteArray address(url);
    const qsizetype slash = address.lastIndexOf('/');
    const QString fileName = QString::fromLatin1(address.mid(slash + 1));
    if (address.startsWith(kDefinicjeTypy) || (slash < 0 && fileName.contains(u"_v10-0E"))) {
        return QStringLiteral("fa/bazowe/") + fileName;
    }
    return {};
}

xmlExternalEntityLoader g_previousLoader = nullptr;

xmlParserInputPtr bundledEntityLoader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    if (url) {
        const QString path = bundledPathFor(url);
        if (!path.isEmpty()) {
            const QByteArray data = bundled(path);
            xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateMem(
                data.constData(), static_cast<int>(data.size()), XML_CHAR_ENCODING_NONE);
            xmlParserInputPtr input = xmlNewIOInputStream(ctxt, buffer, XML_CHAR_ENCODING_NONE);
            if (input) {
                input->filename =
                    reinterpret_cast<const char *>(xmlStrdup(reinterpret_cast<const xmlChar *>(url)));
            }
            return input;
        }
        if (std::strncmp(url, "http", 4) == 0 || std::strncmp(url, "ftp", 3) == 0) {
            qCWarning(lcSchema) << "refused to load a remote resource:" << url;
            return nullptr;
        }
    }
    return g_previousLoader ? g_previousLoader(url, id, ctxt) : nullptr;
}

void installLoaderOnce()
{
    static const bool installed = [] {
        xmlInitParser();
        g_previousLoader = xmlGetExternalEntityLoader();
        xmlSetExternalEntityLoader(bundledEntityLoader);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace

struct SchemaValidator::Compiled
{
    xmlSchemaPtr schema = nullptr;
    ~Compiled()
    {
        if (schema) {
            xmlSchemaFree(schema);
        }
    }
};

std::shared_ptr<const SchemaValidator::Compiled> SchemaValidator::compile(Schema which)
{
    // Compiled once per process and kind; immutable afterwards, so sharing across threads is safe.
    static QMutex mutex;
    static QHash<int, std::shared_ptr<const SchemaValidator::Compiled>> cache;
    const QMutexLocker lock(&mutex);
    const int key = static_cast<int>(which);
    if (auto found = cache.value(key)) {
        return found;
    }
    installLoaderOnce();
    static const QHash<int, QString> files{
        {static_cast<int>(Schema::Fa3), QStringLiteral("fa/schemat_FA(3)_v1-0E.xsd")},
        {static_cast<int>(Schema::Upo43), QStringLiteral("upo/upo-v4-3.xsd")},
        {static_cast<int>(Schema::AuthTokenRequest20), QStringLiteral("auth/schemat_auth_v2-0.xsd")},
        {static_cast<int>(Schema::AuthTokenRequest21), QStringLiteral("auth/schemat_auth_v2-1.xsd")},
    };
    const QByteArray xsd = bundled(files.value(key));
    auto compiled = std::make_shared<SchemaValidator::Compiled>();
    if (xmlSchemaParserCtxtPtr parser =
            xmlSchemaNewMemParserCtxt(xsd.constData(), static_cast<int>(xsd.size()))) {
        compiled->schema = xmlSchemaParse(parser);
        xmlSchemaFreeParserCtxt(parser);
    }
    if (!compiled->schema) {
        qCCritical(lcSchema) << "the bundled schema did not compile";
    }
    cache.insert(key, compiled);
    return compiled;
}

namespace {

struct Collected
{
    ValidationIssues issues;
};

void collectSchemaError(void *userData, xmlErrorPtr error)
{
    if (!error || error->level == XML_ERR_WARNING) {
        return;
    }
    auto *collected = static_cast<Collected *>(userData);
    if (collected->issues.size() >= 100) {
        return; // a broken file can produce thousands; the first hundred say enough
    }
    const auto *node = static_cast<const xmlNode *>(error->node);
    QString element =
        node && node->name ? QString::fromUtf8(reinterpret_cast<const char *>(node->name)) : QString();
    qint64 line = error->line;
    if (line <= 0 && node) {
        line = xmlGetLineNo(node);
    }
    collected->issues.append(
        SchemaErrorText::fromLibxml(error->code, QString::fromUtf8(error->message), line, element));
}

} // namespace

struct SchemaValidator::Context
{
    xmlSchemaValidCtxtPtr context = nullptr;
    ~Context()
    {
        if (context) {
            xmlSchemaFreeValidCtxt(context);
        }
    }
};

SchemaValidator::SchemaValidator(Schema schema)
    : m_compiled(compile(schema))
    , m_context(std::make_unique<Context>())
{
    if (m_compiled && m_compiled->schema) {
        m_context->context = xmlSchemaNewValidCtxt(m_compiled->schema);
    }
}

SchemaValidator::~SchemaValidator() = default;

bool SchemaValidator::isReady() const
{
    return m_compiled && m_compiled->schema && m_context->context;
}

ValidationIssues SchemaValidator::validate(QByteArrayView xml) const
{
    auto document = XmlDocument::parse(xml);
    if (!document) {
        return {SchemaErrorText::notWellFormed(document.error().line, document.error().message)};
    }
    return validate(*document);
}

ValidationIssues SchemaValidator::validate(const XmlDocument &document) const
{
    if (!isReady()) {
        return {SchemaErrorText::schemaUnavailable()};
    }
    Collected collected;
    xmlSchemaValidCtxtPtr validator = m_context->context;
    xmlSchemaSetValidStructuredErrors(validator, collectSchemaError, &collected);
    const int result = xmlSchemaValidateDoc(validator, document.handle());
    xmlSchemaSetValidStructuredErrors(validator, nullptr, nullptr);
    if (result != 0 && collected.issues.isEmpty()) {
        collected.issues.append(SchemaErrorText::fromLibxml(result, QString(), 0, QString()));
    }
    return collected.issues;
}

} // namespace Kurier
