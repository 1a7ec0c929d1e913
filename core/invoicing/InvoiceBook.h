#pragma once

#include "domain/Invoice.h"
#include "fa/ValidationIssue.h"
#include "invoicing/InvoiceBookStore.h"
#include "outbox/OutboxItem.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <expected>

namespace Kurier {

class Clock;
class Fa3Validator;
class OutboxStore;

// Invoices the user writes: drafts, the address book of buyers, gap-free numbering, and issuing — which gives
// the invoice the next number of its series and queues it for KSeF in one transaction, so a number is used
// only by an invoice that exists and two windows (or processes) never take the same one.
class InvoiceBook
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceBook)

public:
    InvoiceBook(QSqlDatabase connection, OutboxStore &store, const Fa3Validator &validator,
                const Clock &clock);

    using Contact = InvoiceBookStore::Contact;
    std::expected<void, QString> saveContact(const Contact &contact);
    std::expected<QList<Contact>, QString> contacts() const;

    struct DraftInfo
    {
        qint64 id = 0;
        QString buyer;
        QDateTime updatedAt;
    };
    // Saves a draft (new when id is 0) → its id. Drafts are kept as FA(3) without a number.
    std::expected<qint64, QString> saveDraft(qint64 id, const Invoice &invoice);
    std::expected<Invoice, QString> loadDraft(qint64 id) const;
    std::expected<QList<DraftInfo>, QString> drafts() const;
    std::expected<void, QString> deleteDraft(qint64 id);

    // Numbering patterns: {n} the counter, {nnn…} the counter padded to that many digits, {YYYY} {YY} {MM}
    // {DD} the issue date. The counter starts again each month when the pattern has {MM}, each year when it
    // has a year, never otherwise.
    static QString formatNumber(const QString &pattern, int counter, const QDate &issueDate);
    static std::optional<QString> patternError(const QString &pattern);
    // The number the next invoice would get (a preview: issuing decides).
    std::expected<QString, QString> nextNumber(const QString &sellerNip, const QString &pattern,
                                               const QDate &issueDate) const;

    // The checks import applies (XSD, semantics), on the invoice as it would be written with `number`.
    ValidationIssues check(const Invoice &invoice, const QString &number) const;

    // Numbers, validates, queues (and removes the draft, and remembers the buyer) — all or nothing. `hold`
    // keeps it "ready to send" (an outbox draft) until the user sends it.
    std::expected<OutboxItem, QString> issue(Invoice invoice, const QString &pattern, qint64 draftId,
                                             const QString &environment, const QString &contextNip,
                                             bool hold = false);

    // A correction of an accepted invoice: the original lines as "before", copies of them as "after".
    static std::expected<Invoice, QString> correctionOf(const QByteArray &acceptedXml,
                                                        const QString &ksefNumber, const QDate &today);

private:
    struct Counter
    {
        QString series;
        int last = 0;
    };
    std::expected<Counter, QString> counter(const QString &sellerNip, const QString &pattern,
                                            const QDate &issueDate) const;
    // The first free number after the series' last one: numbers used by imported invoices are skipped.
    std::expected<std::pair<int, QString>, QString> firstFree(const Counter &counter,
                                                              const QString &sellerNip,
                                                              const QString &pattern,
                                                              const QDate &issueDate) const;

    InvoiceBookStore m_book;
    OutboxStore &m_store;
    const Fa3Validator &m_validator;
    const Clock &m_clock;
};

} // namespace Kurier
