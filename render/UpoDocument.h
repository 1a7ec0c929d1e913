#pragma once

#include "AmountInWords.h"
#include "PagedDocument.h"
#include "ksef/Upo.h"

#include <QCoreApplication>

#include <expected>
#include <memory>

namespace Kurier {

// An official receipt (UPO) for people: who received what and when (the legal time of receipt is the
// KSeF number's assignment), the session, the authentication, every invoice it confirms with its hash, and
// the receipt's own XML — its SHA-256 and the full text as an appendix, since the XML is the legal document.
// With `focus` (a KSeF number) a page of a session's UPO, which confirms up to 10 000 invoices, shows that
// invoice's entry only and says how many the page confirms; its XML is then named by its SHA-256 (the file,
// kept in Kurier, is exported as it is) instead of printed in full.
class UpoDocument
{
    Q_DECLARE_TR_FUNCTIONS(UpoDocument)

public:
    static std::expected<std::unique_ptr<PagedDocument>, QString>
    build(const Upo &upo, DocumentLanguage language, const QString &focus = {});
    static std::expected<QByteArray, QString> pdf(const Upo &upo, DocumentLanguage language,
                                                  const QString &focus = {});
};

} // namespace Kurier
