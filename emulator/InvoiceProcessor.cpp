// Asynchronous processing of invoices and sessions (PROTOCOL.md §5.4, §6, §10): 100 → 150 → 200 or a 4xx
// code.
#include "Emulator.h"
#include "domain/Nip.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimeZone>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

namespace Kurier::Emulator {

namespace {
QDate warsawDate(QDateTime moment)
{
    return moment.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Warsaw"))).date();
}

void fail(InvoiceRecord &invoice, int code, const QString &description, const QStringList &details = {})
{
    invoice.statusCode = code;
    invoice.statusDescription = description;
    invoice.statusDetails = details;
}
} // namespace

void Emulator::acceptInvoice(SessionRecord &session, InvoiceRecord invoice)
{
    invoice.sessionReference = session.referenceNumber;
    invoice.ordinalNumber = static_cast<int>(session.invoiceReferences.size()) + 1;
    invoice.invoicingDate = session.batch ? session.created : now();
    session.invoiceReferences.append(invoice.referenceNumber);
    session.updated = now();
    const QString reference = invoice.referenceNumber;
    m_state.unsavedInvoices.insert(reference);
    m_state.invoices.insert(reference, std::move(invoice));
    schedule(m_config.receivedToProcessingMs, [this, reference] { advanceInvoice(reference); });
}

void Emulator::advanceInvoice(const QString &invoiceReference)
{
    auto invoice = m_state.invoices.find(invoiceReference);
    if (invoice == m_state.invoices.end() || invoice->statusCode != 100) {
        return;
    }
    invoice->statusCode = 150;
    invoice->statusDescription = QStringLiteral("Trwa przetwarzanie");
    schedule(m_config.processingToFinalMs, [this, invoiceReference] {
        auto it = m_state.invoices.find(invoiceReference);
        if (it == m_state.invoices.end() || it->statusCode != 150) {
            return;
        }
        if (m_holdAt150) {
            it->held = true; // released by POST /_emulator/release
            return;
        }
        finishInvoice(*it);
        finishSession(it->sessionReference);
    });
}

void Emulator::finishInvoice(InvoiceRecord &invoice)
{
    applyCheck(invoice, invoice.decryptionFailed ? InvoiceCheck() : InvoiceCheck::of(invoice.xml));
}

void Emulator::applyCheck(InvoiceRecord &invoice, const InvoiceCheck &check)
{
    m_state.unsavedInvoices.insert(invoice.referenceNumber);
    invoice.held = false;
    const SessionRecord &session = m_state.sessions[invoice.sessionReference];
    const QDate accepted = warsawDate(invoice.invoicingDate);
    QStringList badNips;
    for (const QString &nip : check.nips) {
        if (!Nip::isValid(nip)) {
            badNips.append(nip);
        }
    }
    invoice.invoiceNumber = check.invoiceNumber;
    invoice.sellerNip = check.sellerNip;
    invoice.buyerNip = check.buyerNip;
    invoice.invoiceKind = check.invoiceKind;
    invoice.issueDate = check.issueDate;
    invoice.sellerName = check.sellerName;
    invoice.buyerName = check.buyerName;
    invoice.currency = check.currency;
    invoice.netGrosze = check.netGrosze;
    invoice.vatGrosze = check.vatGrosze;
    invoice.grossGrosze = check.grossGrosze;
    invoice.hasAttachment = check.hasAttachment;
    const bool forced =
        m_decryptFailureRate > 0 && QRandomGenerator::global()->generateDouble() < m_decryptFailureRate;
    if (invoice.decryptionFailed || (forced && m_invoiceFailureCode == 435)) {
        fail(invoice, 435, QStringLiteral("Błąd odszyfrowania pliku"));
    } else if (forced && m_invoiceFailureCode == 450) {
        fail(invoice, 450, QStringLiteral("Błąd weryfikacji semantyki dokumentu faktury"),
             {QStringLiteral("Odrzucenie wstrzyknięte przez emulator (test korekty technicznej).")});
    } else if (forced && m_invoiceFailureCode == 500) {
        fail(invoice, 500, QStringLiteral("Nieznany błąd (500)"));
    } else if (forced) {
        fail(invoice, 550, QStringLiteral("Operacja została anulowana przez system"),
             {QStringLiteral("Przetwarzanie zostało anulowane z przyczyn systemowych. Spróbuj ponownie.")});
    } else if (check.code != 200) {
        fail(invoice, check.code, check.description, check.details);
    } else if (!check.textProblems.isEmpty() && warsawDate(now()) >= m_config.strictXmlFrom) {
        fail(invoice, 450, QStringLiteral("Błąd weryfikacji semantyki dokumentu faktury"),
             check.textProblems);
    } else if (check.hasAttachment &&
               (!session.batch || !m_state.subjects.value(check.sellerNip).attachmentsAllowed)) {
        fail(invoice, 415, QStringLiteral("Brak możliwości wysyłania faktury z załącznikiem"));
    } else if (check.sellerNip != session.contextNip) {
        fail(invoice, 410, QStringLiteral("Nieprawidłowy zakres uprawnień"),
             {QStringLiteral("Brak uprawnień do wystawiania faktur w imieniu %1.").arg(check.sellerNip)});
    } else if (check.issueDate > accepted) {
        fail(invoice, 450, QStringLiteral("Błąd weryfikacji semantyki dokumentu faktury"),
             {QStringLiteral("Data wystawienia faktury (P_1) jest późniejsza niż data przyjęcia.")});
    } else if (m_config.checkNipChecksums && !badNips.isEmpty()) {
        fail(invoice, 450, QStringLiteral("Błąd weryfikacji semantyki dokumentu faktury"),
             {QStringLiteral("Nieprawidłowa suma kontrolna NIP: %1.")
                  .arg(badNips.join(QStringLiteral(", ")))});
    } else {
        const QString key = check.sellerNip + u'|' + check.invoiceKind + u'|' + check.invoiceNumber;
        if (const auto original = m_state.acceptedByKey.constFind(key);
            original != m_state.acceptedByKey.constEnd()) {
            const InvoiceRecord &first = m_state.invoices[*original];
            fail(invoice, 440, QStringLiteral("Duplikat faktury"),
                 {QStringLiteral(
                      "Duplikat faktury. Faktura o numerze KSeF: %1 została już prawidłowo przesłana do "
                      "systemu w sesji: %2")
                      .arg(first.ksefNumber, first.sessionReference)});
            invoice.extensions =
                QJsonObject{{QStringLiteral("originalSessionReferenceNumber"), first.sessionReference},
                            {QStringLiteral("originalKsefNumber"), first.ksefNumber}};
        } else {
            invoice.statusCode = 200;
            invoice.upoWithheld = m_withholdUpo;
            invoice.statusDescription = QStringLiteral("Sukces");
            invoice.acquisitionDate = now();
            // Strictly increasing, like KSeF's sub-millisecond times: an incremental sync that moves its
            // window to the last record's date (PROTOCOL.md §11.4) always moves forward, even through a 10
            // 000-invoice batch.
            invoice.permanentStorageDate = now().addMSecs(m_config.permanentStorageDelayMs);
            if (!m_state.acceptedOrder.isEmpty()) {
                invoice.permanentStorageDate = std::max(
                    invoice.permanentStorageDate,
                    m_state.invoices[m_state.acceptedOrder.constLast()].permanentStorageDate.addMSecs(1));
            }
            invoice.ksefNumber =
                m_references.ksefNumber(check.sellerNip, warsawDate(invoice.acquisitionDate));
            if (invoice.invoicingMode == u"Online" && check.issueDate < accepted) {
                invoice.invoicingMode = QStringLiteral("Offline"); // automatic offline determination (§12.2)
            }
            invoice.acceptKey = key;
            m_state.acceptedByKey.insert(key, invoice.referenceNumber);
            m_state.invoiceByKsefNumber.insert(invoice.ksefNumber, invoice.referenceNumber);
            m_state.acceptedOrder.append(invoice.referenceNumber);
            m_state.acceptedBySeller[invoice.sellerNip].append(invoice.referenceNumber);
            if (!invoice.buyerNip.isEmpty()) {
                m_state.acceptedByBuyer[invoice.buyerNip].append(invoice.referenceNumber);
            }
            ++m_state.acceptancesPerKey[key];
            ++m_state.stats.invoicesAccepted;
        }
    }
    if (invoice.statusCode != 200) {
        ++m_state.stats.invoicesRejected;
    }
    m_state.sessions[invoice.sessionReference].updated = now();
}

void Emulator::closeSession(SessionRecord &session)
{
    session.statusCode = 170;
    session.statusDescription = QStringLiteral("Sesja interaktywna zamknięta");
    session.closed = now();
    session.updated = now();
    const QString reference = session.referenceNumber;
    schedule(m_config.closeDelayMs, [this, reference] { finishSession(reference); });
}

void Emulator::finishSession(const QString &sessionReference)
{
    auto session = m_state.sessions.find(sessionReference);
    if (session == m_state.sessions.end() || session->statusCode != 170) {
        return;
    }
    int succeeded = 0;
    for (const QString &reference : std::as_const(session->invoiceReferences)) {
        const InvoiceRecord &invoice = m_state.invoices[reference];
        if (invoice.statusCode < 200) {
            return; // still processing: the session finishes with its last invoice
        }
        succeeded += invoice.statusCode == 200 ? 1 : 0;
    }
    if (session->invoiceReferences.isEmpty()) {
        session->statusCode = 440;
        session->statusDescription = QStringLiteral("Sesja anulowana");
    } else if (succeeded == 0) {
        session->statusCode = 445;
        session->statusDescription = QStringLiteral("Błąd weryfikacji, brak poprawnych faktur");
    } else {
        session->statusCode = 200;
        session->statusDescription = QStringLiteral("Sesja interaktywna przetworzona pomyślnie");
        session->upoReference = m_references.reference(QStringLiteral("EU"), now());
    }
    session->updated = now();
}

void Emulator::expireSessions()
{
    const QDateTime current = now();
    m_state.storageLinks.removeIf(
        [&current](const auto &link) { return link.value().expires <= current.addDays(-1); });
    for (auto it = m_state.sessions.begin(); it != m_state.sessions.end(); ++it) {
        if (it->statusCode == 100 && it->validUntil <= current) {
            if (it->batch) {
                it->statusCode = 440; // never closed within 12 h (§7.5)
                it->statusDescription = QStringLiteral("Przekroczono czas wysyłki");
                it->updated = current;
            } else {
                closeSession(*it); // automatic close at validUntil behaves like close (§5.5)
            }
        }
    }
}

QJsonObject Emulator::invoiceStatusJson(InvoiceRecord &invoice)
{
    QJsonObject status{{QStringLiteral("code"), invoice.statusCode},
                       {QStringLiteral("description"), invoice.statusDescription}};
    if (!invoice.statusDetails.isEmpty()) {
        status.insert(QStringLiteral("details"), QJsonArray::fromStringList(invoice.statusDetails));
    }
    if (!invoice.extensions.isEmpty()) {
        status.insert(QStringLiteral("extensions"), invoice.extensions);
    }
    QJsonObject json{{QStringLiteral("ordinalNumber"), invoice.ordinalNumber},
                     {QStringLiteral("referenceNumber"), invoice.referenceNumber},
                     {QStringLiteral("invoiceHash"), invoice.invoiceHash},
                     {QStringLiteral("invoicingDate"), invoice.invoicingDate.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("status"), status}};
    if (!invoice.invoiceNumber.isEmpty()) {
        json.insert(QStringLiteral("invoiceNumber"), invoice.invoiceNumber);
    }
    if (!invoice.fileName.isEmpty()) {
        json.insert(QStringLiteral("invoiceFileName"), invoice.fileName);
    }
    if (invoice.statusCode == 200) {
        json.insert(QStringLiteral("ksefNumber"), invoice.ksefNumber);
        json.insert(QStringLiteral("acquisitionDate"), invoice.acquisitionDate.toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("invoicingMode"), invoice.invoicingMode);
        if (invoice.permanentStorageDate <= now()) {
            json.insert(QStringLiteral("permanentStorageDate"),
                        invoice.permanentStorageDate.toString(Qt::ISODateWithMs));
        }
    }
    if (invoice.statusCode == 200 && !invoice.upoWithheld) {
        const QDateTime expires = now().addSecs(m_config.upoLinkTtlSeconds);
        json.insert(QStringLiteral("upoDownloadUrl"),
                    storageLink(StorageLink{QStringLiteral("invoice-upo"), invoice.sessionReference,
                                            invoice.referenceNumber, expires}));
        json.insert(QStringLiteral("upoDownloadUrlExpirationDate"), expires.toString(Qt::ISODateWithMs));
    }
    return json;
}

} // namespace Kurier::Emulator
