#include "invoicing/InvoiceBook.h"

#include "fa/Fa3Reader.h"
#include "fa/Fa3Validator.h"
#include "fa/Fa3Writer.h"
#include "outbox/OutboxStore.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace Kurier {

namespace {
const QRegularExpression kToken(QStringLiteral("\\{(n+|YYYY|YY|MM|DD)\\}"));

QString period(const QString &pattern, const QDate &date)
{
    if (pattern.contains(QStringLiteral("{MM}"))) {
        return date.toString(QStringLiteral("yyyy-MM"));
    }
    if (pattern.contains(QStringLiteral("{YYYY}")) || pattern.contains(QStringLiteral("{YY}"))) {
        return date.toString(QStringLiteral("yyyy"));
    }
    return {};
}

} // namespace

InvoiceBook::InvoiceBook(QSqlDatabase connection, OutboxStore &store, const Fa3Validator &validator,
                         const Clock &clock)
    : m_book(std::move(connection), clock)
    , m_store(store)
    , m_validator(validator)
    , m_clock(clock)
{}

std::expected<void, QString> InvoiceBook::saveContact(const Contact &contact)
{
    return withErrorText(m_book.saveContact(contact));
}

std::expected<QList<InvoiceBook::Contact>, QString> InvoiceBook::contacts() const
{
    return withErrorText(m_book.contacts());
}

std::expected<qint64, QString> InvoiceBook::saveDraft(qint64 id, const Invoice &invoice)
{
    Invoice draft = invoice;
    draft.number.clear();
    const auto xml = Fa3Writer::write(draft);
    if (!xml) {
        return std::unexpected(tr("The draft's amounts are too large to be stored."));
    }
    return withErrorText(m_book.saveDraft(id, invoice.seller.nip, *xml));
}

std::expected<Invoice, QString> InvoiceBook::loadDraft(qint64 id) const
{
    const auto xml = m_book.draftXml(id);
    if (!xml) {
        return std::unexpected(xml.error().text());
    }
    if (!xml->has_value()) {
        return std::unexpected(tr("Draft %1 does not exist.").arg(id));
    }
    auto document = Fa3Reader::read(**xml);
    if (!document) {
        return std::unexpected(tr("Draft %1 cannot be read.").arg(id));
    }
    return document->invoice;
}

std::expected<QList<InvoiceBook::DraftInfo>, QString> InvoiceBook::drafts() const
{
    const auto rows = m_book.drafts();
    if (!rows) {
        return std::unexpected(rows.error().text());
    }
    QList<DraftInfo> result;
    for (const InvoiceBookStore::DraftRow &row : *rows) {
        DraftInfo info;
        info.id = row.id;
        if (const auto document = Fa3Reader::read(row.xml)) {
            info.buyer = document->invoice.buyer.name;
        }
        info.updatedAt = row.updatedAt;
        result.append(info);
    }
    return result;
}

std::expected<void, QString> InvoiceBook::deleteDraft(qint64 id)
{
    return withErrorText(m_book.deleteDraft(id));
}

QString InvoiceBook::formatNumber(const QString &pattern, int counter, const QDate &issueDate)
{
    QString result;
    qsizetype last = 0;
    for (auto it = kToken.globalMatch(pattern); it.hasNext();) {
        const auto match = it.next();
        result += pattern.mid(last, match.capturedStart() - last);
        const QString token = match.captured(1);
        if (token.startsWith(u'n')) {
            result += QStringLiteral("%1").arg(counter, static_cast<int>(token.size()), 10, QChar(u'0'));
        } else if (token == u"YYYY") {
            result += issueDate.toString(QStringLiteral("yyyy"));
        } else if (token == u"YY") {
            result += issueDate.toString(QStringLiteral("yy"));
        } else if (token == u"MM") {
            result += issueDate.toString(QStringLiteral("MM"));
        } else {
            result += issueDate.toString(QStringLiteral("dd"));
        }
        last = match.capturedEnd();
    }
    return result + pattern.mid(last);
}

std::optional<QString> InvoiceBook::patternError(const QString &pattern)
{
    if (!kToken.globalMatch(pattern).hasNext() || !pattern.contains(QStringLiteral("{n"))) {
        return tr("The numbering pattern needs the counter {n} (for example FV/{n}/{MM}/{YYYY}).");
    }
    const QString sample = formatNumber(pattern, 1, QDate(2026, 1, 1));
    if (sample.contains(u'{') || sample.contains(u'}')) {
        return tr("The numbering pattern has an unknown field; use {n}, {nnn}, {YYYY}, {YY}, {MM} or {DD}.");
    }
    if (formatNumber(pattern, 99999, QDate(2026, 12, 31)).size() > 256) {
        return tr("The numbering pattern makes numbers longer than KSeF accepts (256 characters).");
    }
    return std::nullopt;
}

std::expected<InvoiceBook::Counter, QString>
InvoiceBook::counter(const QString &sellerNip, const QString &pattern, const QDate &issueDate) const
{
    Counter result;
    result.series = QStringLiteral("%1|%2|%3").arg(sellerNip, pattern, period(pattern, issueDate));
    const auto last = m_book.lastNumber(result.series);
    if (!last) {
        return std::unexpected(last.error().text());
    }
    result.last = *last;
    return result;
}

std::expected<std::pair<int, QString>, QString> InvoiceBook::firstFree(const Counter &counter,
                                                                       const QString &sellerNip,
                                                                       const QString &pattern,
                                                                       const QDate &issueDate) const
{
    for (int next = counter.last + 1;; ++next) {
        const QString number = formatNumber(pattern, next, issueDate);
        const auto taken = m_store.hasInvoiceNumber(sellerNip, number);
        if (!taken) {
            return std::unexpected(taken.error().text());
        }
        if (!*taken) {
            return std::pair{next, number};
        }
    }
}

std::expected<QString, QString> InvoiceBook::nextNumber(const QString &sellerNip, const QString &pattern,
                                                        const QDate &issueDate) const
{
    if (const auto error = patternError(pattern)) {
        return std::unexpected(*error);
    }
    const auto current = counter(sellerNip, pattern, issueDate);
    if (!current) {
        return std::unexpected(current.error());
    }
    const auto free = firstFree(*current, sellerNip, pattern, issueDate);
    if (!free) {
        return std::unexpected(free.error());
    }
    return free->second;
}

ValidationIssues InvoiceBook::check(const Invoice &invoice, const QString &number) const
{
    Invoice numbered = invoice;
    numbered.number = number;
    const auto xml = Fa3Writer::write(numbered);
    if (!xml) {
        ValidationIssue issue;
        issue.code = IssueCode::GrossTotalMismatch;
        issue.message = invoice.lines.isEmpty() && invoice.advanceReceived.grosze() != 0
                            ? tr("An advance invoice needs the lines of the order.")
                            : tr("The amounts are too large.");
        return {issue};
    }
    return m_validator.validate(*xml).issues;
}

std::expected<OutboxItem, QString> InvoiceBook::issue(Invoice invoice, const QString &pattern, qint64 draftId,
                                                      const QString &environment, const QString &contextNip,
                                                      bool hold)
{
    Transaction transaction(m_book.connection());
    if (!transaction.isOpen()) {
        return std::unexpected(tr("The invoice book cannot be written: %1").arg(transaction.error()));
    }
    if (const auto error = patternError(pattern)) {
        return std::unexpected(*error);
    }
    auto current = counter(invoice.seller.nip, pattern, invoice.issueDate);
    if (!current) {
        return std::unexpected(current.error());
    }
    const auto free = firstFree(*current, invoice.seller.nip, pattern, invoice.issueDate);
    if (!free) {
        return std::unexpected(free.error());
    }
    invoice.number = free->second;
    invoice.createdAt = m_clock.now();
    const auto xml = Fa3Writer::write(invoice);
    if (!xml) {
        return std::unexpected(tr("The amounts are too large."));
    }
    const ValidationReport report = m_validator.validate(*xml);
    if (!report.isValid()) {
        QStringList texts;
        for (const ValidationIssue &issue : report.issues) {
            if (issue.isError()) {
                texts << issue.text();
            }
        }
        return std::unexpected(tr("The invoice is not valid: %1").arg(texts.join(QStringLiteral("; "))));
    }
    const OutboxStore::NewInvoice entry =
        OutboxStore::NewInvoice::of(*report.document, tr("issued in Kurier"), hold);
    auto queued = m_store.enqueue(entry, environment, contextNip);
    if (!queued) {
        return std::unexpected(queued.error().text());
    }
    if (const auto numbered = m_book.setLastNumber(current->series, free->first); !numbered) {
        return std::unexpected(numbered.error().text());
    }
    if (draftId > 0) {
        if (auto deleted = deleteDraft(draftId); !deleted) {
            return std::unexpected(deleted.error());
        }
    }
    if (invoice.buyer.idKind == PartyId::Nip && !invoice.buyer.nip.isEmpty()) {
        Contact contact{invoice.buyer.nip,    invoice.buyer.name, {}, {},
                        QStringLiteral("PL"), invoice.buyer.email};
        if (invoice.buyer.address) {
            contact.address1 = invoice.buyer.address->line1;
            contact.address2 = invoice.buyer.address->line2;
            contact.country = invoice.buyer.address->countryCode;
        }
        if (auto saved = saveContact(contact); !saved) {
            return std::unexpected(saved.error());
        }
    }
    if (!transaction.commit()) {
        return std::unexpected(tr("The invoice book cannot be written: %1").arg(transaction.error()));
    }
    return queued->second;
}

std::expected<Invoice, QString> InvoiceBook::correctionOf(const QByteArray &acceptedXml,
                                                          const QString &ksefNumber, const QDate &today)
{
    auto document = Fa3Reader::read(acceptedXml);
    if (!document) {
        return std::unexpected(tr("The original invoice cannot be read."));
    }
    const Invoice &original = document->invoice;
    if (isCorrection(original.kind)) {
        return std::unexpected(tr("Correct the original invoice, not a correction of it."));
    }
    Invoice correction = original;
    correction.kind = isAdvance(original.kind)      ? InvoiceKind::AdvanceCorrection
                      : isSettlement(original.kind) ? InvoiceKind::SettlementCorrection
                                                    : InvoiceKind::Correction;
    correction.number.clear();
    correction.issueDate = today;
    correction.createdAt = {};
    correction.correction = {};
    correction.correction.corrected.append(CorrectedInvoice{original.issueDate, original.number, ksefNumber});
    correction.lines.clear();
    for (InvoiceLine line : original.lines) {
        line.statedValue.reset();
        line.before = true;
        correction.lines.append(line);
    }
    for (InvoiceLine line : original.lines) {
        line.statedValue.reset();
        line.before = false;
        correction.lines.append(line);
    }
    return correction;
}

} // namespace Kurier
