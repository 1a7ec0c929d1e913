#include "ReconcileDocument.h"

#include "DocumentStyle.h"
#include "DocumentText.h"

#include <QLocale>

namespace Kurier {
namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString outcomeText(ReconcileReport::Outcome outcome)
{
    switch (outcome) {
    case ReconcileReport::Outcome::Clean:
        return ReconcileDocument::tr("all in order");
    case ReconcileReport::Outcome::Attention:
        return ReconcileDocument::tr("needs a person");
    case ReconcileReport::Outcome::Incomplete:
        return ReconcileDocument::tr("incomplete");
    case ReconcileReport::Outcome::Failed:
        return ReconcileDocument::tr("failed");
    }
    return {};
}

} // namespace

std::expected<std::unique_ptr<PagedDocument>, QString> ReconcileDocument::build(const ReconcileReport &report,
                                                                                const QString &company)
{
    const auto pair = [](const QString &key, const QString &value) {
        return QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>")
            .arg(key.toHtmlEscaped(), DocumentText::html(value));
    };
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(DocumentStyle::css());
    html += QStringLiteral("<p class=\"title\">%1</p><p class=\"number\">%2</p>")
                .arg(tr("Reconciliation with KSeF — report %1").arg(report.id).toHtmlEscaped(),
                     DocumentText::html(company));
    html += QStringLiteral("<table class=\"kv\" cellspacing=\"0\" cellpadding=\"1\">");
    html += pair(tr("Outcome"), outcomeText(report.outcome));
    html += pair(
        tr("Run"),
        QStringLiteral("%1 – %2 (%3)").arg(when(report.startedAt), when(report.finishedAt), report.trigger));
    html += pair(tr("Period compared (stored in KSeF)"),
                 QStringLiteral("%1 – %2").arg(when(report.from), when(report.to)));
    html += pair(tr("Checked"), tr("%1 invoices in flight, %2 sessions, %3 invoices KSeF lists (%4 queries)")
                                    .arg(report.itemsChecked)
                                    .arg(report.sessionsChecked)
                                    .arg(report.invoicesListed)
                                    .arg(report.metadataQueries));
    if (report.outcome == ReconcileReport::Outcome::Incomplete && report.remainingSeconds > 0) {
        html += pair(tr("Left for the next runs"), tr("about %n minute(s) of queries at KSeF's limit",
                                                      nullptr, int((report.remainingSeconds + 59) / 60)));
    }
    if (!report.error.isEmpty()) {
        html += pair(tr("Error"), report.error);
    }
    html += QStringLiteral("</table>");

    QList<ReconcileFinding> findings = report.findings;
    std::stable_sort(
        findings.begin(), findings.end(),
        [](const ReconcileFinding &a, const ReconcileFinding &b) { return a.needsHuman > b.needsHuman; });
    html +=
        QStringLiteral("<p class=\"h\">%1</p>").arg(tr("Findings (%1)").arg(findings.size()).toHtmlEscaped());
    if (findings.isEmpty()) {
        html +=
            QStringLiteral("<p>%1</p>").arg(tr("Nothing to report: Kurier and KSeF agree.").toHtmlEscaped());
    } else {
        html += QStringLiteral(
                    "<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                    "<th width=\"5%\">%1</th><th width=\"17%\">%2</th><th width=\"24%\">%3</th>"
                    "<th width=\"12%\">%4</th><th>%5</th></tr></thead>")
                    .arg(QStringLiteral("!"), tr("What"), tr("Invoice / KSeF number / session"), tr("Since"),
                         tr("KSeF's last answer · what to do"));
        for (const ReconcileFinding &finding : std::as_const(findings)) {
            QStringList subject;
            for (const QString &part : {finding.invoiceNumber, finding.ksefNumber, finding.sessionRef}) {
                if (!part.isEmpty()) {
                    subject << DocumentText::html(part);
                }
            }
            QString person = finding.needsHuman ? QStringLiteral("<b>!</b>") : QString();
            if (finding.resolvedAt.isValid()) {
                person = QStringLiteral("✓");
            }
            QString answer = DocumentText::html(finding.lastAnswer);
            if (!finding.action.isEmpty()) {
                answer += QStringLiteral("<br/><i>%1</i>").arg(DocumentText::html(finding.action));
            }
            if (finding.resolvedAt.isValid()) {
                answer += QStringLiteral("<br/>%1").arg(DocumentText::html(
                    tr("Resolved %1: %2").arg(when(finding.resolvedAt), finding.resolution)));
            }
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(person, DocumentText::html(ReconcileFinding::kindName(finding.kind)),
                             subject.join(QStringLiteral("<br/>")), DocumentText::html(when(finding.since)),
                             answer);
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    auto document = std::make_unique<PagedDocument>(html);
    document->setFooter(tr("Kurier · reconciliation %1").arg(report.id), tr("Page %1 of %2"));
    document->setTitle(tr("Reconciliation %1").arg(report.id));
    return document;
}

std::expected<QByteArray, QString> ReconcileDocument::pdf(const ReconcileReport &report,
                                                          const QString &company)
{
    auto document = build(report, company);
    if (!document) {
        return std::unexpected(document.error());
    }
    return (*document)->pdf();
}

} // namespace Kurier
