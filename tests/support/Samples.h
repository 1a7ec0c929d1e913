#pragma once

#include "domain/Invoice.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Kurier::Test {

inline const QString kSellerNip = QStringLiteral("5265877635");
inline const QString kBuyerNip = QStringLiteral("1111111111");

// "Today" for tests: invoices are dated a few days before it.
QDateTime testNow();

// A complete invoice of the given kind with one line per rate in `rates`.
Invoice sampleInvoice(InvoiceKind kind, const QList<VatRate> &rates = {VatRate::Rate23},
                      const QString &currency = QStringLiteral("PLN"));

// A valid FA(3) invoice (sampleInvoice with `rates`) of another seller, numbered `number`, issued today: an
// accounting office's folder of many clients' invoices.
QByteArray sellerInvoice(const QString &sellerNip, const QString &sellerName, const QString &number,
                         const QList<VatRate> &rates = {VatRate::Rate23},
                         const QString &buyerNip = kBuyerNip);

// The official KSeF test data shipped unmodified in tests/data/ksef (MIT, see its LICENSE-ksef-docs.txt).
// A missing file or folder ends the test at once with a message naming it (never an empty, passing test).
QString testDataPath(const QString &relative);
QStringList officialUpoSamplePaths();

// The official templates in tests/data/ksef/examples/invoices with their placeholders filled.
QStringList officialTemplateNames();
QByteArray officialTemplate(const QString &fileName, const QString &invoiceNumber = QStringLiteral("T-1"));

// Replaces the first occurrence of `from` with `to` and fails the caller's test through the return value when
// `from` is missing (so a template change cannot silently turn a negative test into a positive one).
bool replaceOnce(QByteArray &xml, QByteArrayView from, QByteArrayView to);

} // namespace Kurier::Test
