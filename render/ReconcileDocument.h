#pragma once

#include "PagedDocument.h"
#include "reconcile/ReconcileReport.h"

#include <QCoreApplication>

#include <expected>
#include <memory>

namespace Kurier {

// A reconciliation report for people (and for the bookkeeper's files): the period compared, what was checked,
// the outcome, and every finding with its last answer from KSeF and what to do — those that need a person
// first. In the user's language (it is Kurier's report, not a document sent to anyone).
class ReconcileDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileDocument)

public:
    static std::expected<std::unique_ptr<PagedDocument>, QString> build(const ReconcileReport &report,
                                                                        const QString &company);
    static std::expected<QByteArray, QString> pdf(const ReconcileReport &report, const QString &company);
};

} // namespace Kurier
