// Batch sessions: open with the package description, presigned part uploads, close, asynchronous processing
// of the encrypted, split ZIP package (PROTOCOL.md §7).
#include "Emulator.h"
#include "Errors.h"
#include "ksef/crypto/Crypto.h"
#include "util/ZipArchive.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QtConcurrent>

namespace Kurier::Emulator {

namespace {
constexpr qint64 kMaxPartSize = 100'000'000;
constexpr int kMaxParts = 50;
constexpr qint64 kMaxPackageUnpacked = 5'000'000'000;

void setStatus(SessionRecord &session, int code, const QString &description)
{
    session.statusCode = code;
    session.statusDescription = description;
}
} // namespace

void Emulator::registerBatch()
{
    m_router.add(
        "POST", QStringLiteral("/sessions/batch"), QStringLiteral("batchSession"),
        [this](const HttpRequest &request, const QStringList &) {
            const auto call = authorizedJson(request, QStringLiteral("InvoiceWrite"));
            if (!call) {
                return call.error();
            }
            const QJsonObject form = call->body.value(QStringLiteral("formCode")).toObject();
            if (form.value(QStringLiteral("systemCode")).toString() != u"FA (3)" ||
                form.value(QStringLiteral("schemaVersion")).toString() != u"1-0E") {
                return error(request, 21405, {QStringLiteral("Wskazany kod formularza nie jest wspierany.")});
            }
            const QJsonObject file = call->body.value(QStringLiteral("batchFile")).toObject();
            const QJsonArray parts = file.value(QStringLiteral("fileParts")).toArray();
            if (parts.isEmpty() || file.value(QStringLiteral("fileHash")).toString().size() != 44) {
                return error(request, 21405, {QStringLiteral("Opis paczki jest niekompletny.")});
            }
            if (parts.size() > kMaxParts) {
                return error(request, 21161);
            }
            SessionRecord session;
            for (const QJsonValue &value : parts) {
                const QJsonObject part = value.toObject();
                const qint64 size = part.value(QStringLiteral("fileSize")).toInteger();
                if (size <= 0 || size > kMaxPartSize + 16) {
                    return error(request, 21157);
                }
                session.declaredParts.append({part.value(QStringLiteral("ordinalNumber")).toInt(), size,
                                              part.value(QStringLiteral("fileHash")).toString()});
            }
            const auto key = unwrapKey(request, call->body.value(QStringLiteral("encryption")).toObject());
            if (!key) {
                return key.error();
            }
            session.referenceNumber = m_references.reference(QStringLiteral("SB"), now());
            session.batch = true;
            session.contextNip = call->token.contextNip;
            session.authReference = call->token.authReference;
            session.created = now();
            session.updated = session.created;
            session.validUntil = session.created.addSecs(m_config.sessionTtlSeconds);
            session.uploadDeadline = session.created.addSecs(20 * 60 * static_cast<qint64>(parts.size()));
            session.packageSize = file.value(QStringLiteral("fileSize")).toInteger();
            session.packageHash = file.value(QStringLiteral("fileHash")).toString();
            session.offlineMode = call->body.value(QStringLiteral("offlineMode")).toBool(false);
            session.key = key->key;
            session.iv = key->iv;
            session.keyValid = key->valid;
            setStatus(session, 100, QStringLiteral("Sesja wsadowa rozpoczęta"));
            QJsonArray uploads;
            for (const SessionRecord::Part &part : std::as_const(session.declaredParts)) {
                const QString url = storageLink(StorageLink{QStringLiteral("batch-part"),
                                                            session.referenceNumber,
                                                            {},
                                                            session.uploadDeadline,
                                                            part.ordinalNumber});
                uploads.append(QJsonObject{
                    {QStringLiteral("ordinalNumber"), part.ordinalNumber},
                    {QStringLiteral("method"), QStringLiteral("PUT")},
                    {QStringLiteral("url"), url},
                    {QStringLiteral("headers"),
                     QJsonObject{{QStringLiteral("x-ms-blob-type"), QStringLiteral("BlockBlob")}}}});
            }
            m_state.sessions.insert(session.referenceNumber, session);
            m_state.sessionOrder.append(session.referenceNumber);
            return HttpReply::json(201,
                                   QJsonObject{{QStringLiteral("referenceNumber"), session.referenceNumber},
                                               {QStringLiteral("partUploadRequests"), uploads}});
        });

    // Presigned part upload: no Authorization, no rate limit, refused after the upload window.
    m_router.add("PUT", QStringLiteral("/_storage/{token}"), QString(),
                 [this](const HttpRequest &request, const QStringList &captures) {
                     const auto link = presignedLink(captures.value(0), QStringLiteral("batch-part"));
                     if (!link) {
                         return link.error();
                     }
                     auto session = m_state.sessions.find(link->sessionReference);
                     if (session == m_state.sessions.end() || session->statusCode != 100) {
                         return HttpReply::raw(403, "application/xml",
                                               "<Error><Code>AuthorizationFailure</Code></Error>");
                     }
                     session->uploadedParts.insert(link->part, request.body);
                     session->updated = now();
                     return HttpReply::empty(201);
                 });

    m_router.add(
        "POST", QStringLiteral("/sessions/batch/{ref}/close"), QStringLiteral("batchSessionClose"),
        [this](const HttpRequest &request, const QStringList &captures) {
            const Guard guard = requireAccess(request, QStringLiteral("InvoiceWrite"));
            if (!guard) {
                return guard.error();
            }
            auto session = m_state.sessions.find(captures.value(0));
            if (session == m_state.sessions.end() || !session->batch ||
                session->contextNip != guard->contextNip) {
                return error(request, 21173);
            }
            if (session->statusCode != 100) {
                return error(request, 21180);
            }
            if (session->uploadDeadline <= now()) {
                setStatus(*session, 440, QStringLiteral("Przekroczono czas wysyłki"));
                return error(request, 21208);
            }
            for (const SessionRecord::Part &part : std::as_const(session->declaredParts)) {
                if (!session->uploadedParts.contains(part.ordinalNumber)) {
                    return error(request, 21205,
                                 {QStringLiteral("Nie przesłano części %1.").arg(part.ordinalNumber)});
                }
                if (session->uploadedParts.value(part.ordinalNumber).size() != part.fileSize) {
                    return error(request, 21157,
                                 {QStringLiteral("Rozmiar części %1 różni się od zadeklarowanego.")
                                      .arg(part.ordinalNumber)});
                }
            }
            setStatus(*session, 150, QStringLiteral("Trwa przetwarzanie"));
            session->closed = now();
            session->updated = now();
            const QString reference = session->referenceNumber;
            schedule(m_config.receivedToProcessingMs, [this, reference] { processBatch(reference); });
            return HttpReply::empty(204);
        });
}

void Emulator::processBatch(const QString &sessionReference)
{
    auto session = m_state.sessions.find(sessionReference);
    if (session == m_state.sessions.end()) {
        return;
    }
    QByteArray package;
    for (const SessionRecord::Part &part : std::as_const(session->declaredParts)) {
        const QByteArray encrypted = session->uploadedParts.value(part.ordinalNumber);
        const auto plain = session->keyValid ? Crypto::aesCbcDecrypt(session->key, session->iv, encrypted)
                                             : std::expected<QByteArray, QString>(std::unexpected(QString()));
        if (!plain || Crypto::sha256Base64(encrypted) != part.fileHash) {
            setStatus(*session, session->keyValid ? 435 : 415,
                      session->keyValid ? QStringLiteral("Błąd odszyfrowania części paczki")
                                        : QStringLiteral("Błąd odszyfrowania dostarczonego klucza"));
            return;
        }
        package += *plain;
    }
    session->uploadedParts.clear(); // the parts are no longer needed
    if (package.size() != session->packageSize || Crypto::sha256Base64(package) != session->packageHash) {
        setStatus(*session, 405,
                  QStringLiteral("Błąd weryfikacji poprawności dostarczonych elementów paczki"));
        return;
    }
    // Too many invoices is KSeF's 420 whatever the package's size: counted from the ZIP's directory before
    // anything is unpacked (unpacking first answered 430, "decompression error", for 15 141 invoices).
    const auto listed = ZipArchive::entryCount(package);
    if (listed && *listed > maxInvoicesFor(session->contextNip)) {
        setStatus(*session, 420, QStringLiteral("Przekroczony limit faktur w sesji"));
        return;
    }
    const auto entries =
        ZipArchive::extract(package, maxInvoicesFor(session->contextNip) + 1, kMaxPackageUnpacked);
    if (!entries) {
        setStatus(*session, 430, QStringLiteral("Błąd dekompresji pierwotnego archiwum"));
        return;
    }
    if (entries->size() > maxInvoicesFor(session->contextNip)) {
        setStatus(*session, 420, QStringLiteral("Przekroczony limit faktur w sesji"));
        return;
    }
    QStringList references;
    QList<QByteArray> files;
    for (const ZipArchive::Entry &entry : *entries) {
        InvoiceRecord invoice;
        invoice.referenceNumber = m_references.reference(QStringLiteral("EE"), now());
        invoice.sessionReference = sessionReference;
        invoice.ordinalNumber = static_cast<int>(session->invoiceReferences.size()) + 1;
        invoice.fileName = entry.name.left(128);
        invoice.xml = entry.data;
        invoice.invoiceHash = Crypto::sha256Base64(entry.data);
        invoice.invoicingDate = session->created; // batch: the moment the session was opened
        invoice.invoicingMode = session->offlineMode ? QStringLiteral("Offline") : QStringLiteral("Online");
        invoice.declaredOffline = session->offlineMode;
        invoice.statusCode = 150;
        invoice.statusDescription = QStringLiteral("Trwa przetwarzanie");
        session->invoiceReferences.append(invoice.referenceNumber);
        references.append(invoice.referenceNumber);
        files.append(entry.data);
        m_state.unsavedInvoices.insert(invoice.referenceNumber);
        m_state.invoices.insert(invoice.referenceNumber, std::move(invoice));
    }
    // The file checks (XSD and reading) run on all cores; the rules that need state run here, in order.
    auto *watcher = new QFutureWatcher<InvoiceCheck>(this);
    connect(watcher, &QFutureWatcher<InvoiceCheck>::finished, this,
            [this, watcher, references, sessionReference] {
                const QList<InvoiceCheck> checks = watcher->future().results();
                watcher->deleteLater();
                for (qsizetype i = 0; i < references.size() && i < checks.size(); ++i) {
                    applyCheck(m_state.invoices[references[i]], checks[i]);
                }
                auto it = m_state.sessions.find(sessionReference);
                if (it == m_state.sessions.end()) {
                    return;
                }
                int succeeded = 0;
                for (const QString &reference : references) {
                    succeeded += m_state.invoices[reference].statusCode == 200 ? 1 : 0;
                }
                if (succeeded == 0) {
                    setStatus(*it, 445, QStringLiteral("Błąd weryfikacji, brak poprawnych faktur"));
                } else {
                    setStatus(*it, 200, QStringLiteral("Sesja wsadowa przetworzona pomyślnie"));
                    it->upoReference = m_references.reference(QStringLiteral("EU"), now());
                }
                it->updated = now();
            });
    watcher->setFuture(QtConcurrent::mapped(files, &InvoiceCheck::of));
}

} // namespace Kurier::Emulator
