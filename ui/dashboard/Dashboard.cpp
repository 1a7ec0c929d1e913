#include "dashboard/Dashboard.h"

#include "ReconcileDocument.h"
#include "common/Prompts.h"
#include "main/DesktopSession.h"
#include "outbox/OfflineIssue.h"
#include "outbox/OutboxStore.h"
#include "reconcile/ReconcileStore.h"
#include "services/OutboxWorker.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kurier {

Dashboard::Dashboard(DesktopSession &session, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
{
    using Scope = OutboxQuery::Filter::Scope;
    auto *cards = new QGridLayout;
    const auto card = [&](const QString &name, const QString &title, int column, Scope scope,
                          InvoiceState state) {
        QToolButton *button = addCard(name, title);
        cards->addWidget(button, 0, column);
        connect(button, &QToolButton::clicked, this, [this, scope, state] { emit showScope(scope, state); });
    };
    card(QStringLiteral("inFlight"), tr("In flight"), 0, Scope::InFlight, InvoiceState::Queued);
    card(QStringLiteral("stuck"), tr("Stuck"), 1, Scope::NeedsAttention, InvoiceState::Queued);
    card(QStringLiteral("missingUpo"), tr("Missing UPO"), 2, Scope::NeedsAttention, InvoiceState::Queued);
    card(QStringLiteral("rejected"), tr("Rejected"), 3, Scope::State, InvoiceState::Rejected);
    card(QStringLiteral("orphans"), tr("Orphans found"), 4, Scope::All, InvoiceState::Queued);
    card(QStringLiteral("offlineDue"), tr("Offline, due"), 5, Scope::Offline, InvoiceState::Queued);
    // The offline invoices KSeF does not have yet, the earliest deadline first.
    m_offlineDue = new QLabel(this);
    m_offlineDue->setObjectName(QStringLiteral("offlineDueList"));
    m_offlineDue->setWordWrap(true);
    m_offlineDue->setTextFormat(Qt::PlainText);

    m_availability = new QLabel(this);
    m_availability->setObjectName(QStringLiteral("ksefAvailability"));
    m_availability->setWordWrap(true);
    connect(&m_session, &DesktopSession::availabilityChanged, this, &Dashboard::showAvailability);
    m_lastRun = new QLabel(this);
    m_lastRun->setObjectName(QStringLiteral("lastReconciliation"));
    m_lastRun->setWordWrap(true);
    m_reconcile = new QPushButton(tr("&Reconcile with KSeF now"), this);
    m_reconcile->setToolTip(
        tr("Compare the outbox with what KSeF has: adopt, queue again, fetch UPOs, report"));
    m_retry = new QPushButton(tr("Re&try"), this);
    m_adopt = new QPushButton(tr("&Adopt"), this);
    m_adopt->setObjectName(QStringLiteral("adopt"));
    m_adopt->setToolTip(tr("Take an invoice KSeF has for this company into Kurier, with its XML and UPO"));
    m_resolve = new QPushButton(tr("&Mark resolved…"), this);
    m_export = new QPushButton(tr("E&xport report (PDF, CSV)…"), this);

    m_problems = new QTableWidget(0, 6, this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHorizontalHeaderLabels({tr("Problem"), tr("Invoice"), tr("KSeF number / session"),
                                           tr("Since"), tr("KSeF's answer"), tr("What to do")});
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setAlternatingRowColors(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_lastRun, 1);
    actions->addWidget(m_reconcile);
    actions->addWidget(m_retry);
    actions->addWidget(m_adopt);
    actions->addWidget(m_resolve);
    actions->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addWidget(m_availability);
    layout->addWidget(m_offlineDue);
    layout->addLayout(actions);
    layout->addWidget(m_problems, 1);

    connect(m_reconcile, &QPushButton::clicked, this, &Dashboard::reconcileNow);
    connect(m_retry, &QPushButton::clicked, this, &Dashboard::retrySelected);
    connect(m_resolve, &QPushButton::clicked, this, &Dashboard::resolveSelected);
    connect(m_adopt, &QPushButton::clicked, this, &Dashboard::adoptSelected);
    connect(m_export, &QPushButton::clicked, this, &Dashboard::exportReport);
    connect(m_problems, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto selected = selectedFindings();
        m_resolve->setEnabled(!selected.isEmpty());
        m_retry->setEnabled(std::any_of(selected.begin(), selected.end(),
                                        [](const ReconcileFinding &f) { return !f.itemKey.isEmpty(); }));
        m_adopt->setEnabled(selected.size() == 1 &&
                            selected.first().kind == ReconcileFinding::Kind::OrphanKsef &&
                            !selected.first().ksefNumber.isEmpty());
    });
    refresh();
}

Dashboard::~Dashboard() = default;

void Dashboard::showAvailability()
{
    const DesktopSession::Availability availability = m_session.availability();
    if (availability.key.isEmpty()) {
        m_availability->setText(tr("KSeF's availability (Latarnia): not checked yet."));
    } else if (availability.key == u"available") {
        m_availability->setText(
            tr("KSeF's availability (Latarnia): available, no announced maintenance or failure."));
    } else {
        m_availability->setText(tr("KSeF's availability (Latarnia): %1").arg(availability.text));
    }
    m_availability->setStyleSheet(
        availability.announced ? QStringLiteral("QLabel { background: #fee2e2; color: #7f1d1d; padding: 6px; "
                                                "border: 1px solid #b91c1c; font-weight: bold; }")
                               : QString());
}

QString Dashboard::availabilityText() const
{
    return m_availability->text();
}

QToolButton *Dashboard::addCard(const QString &name, const QString &title)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("card-") + name);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    button->setMinimumHeight(56);
    button->setProperty("title", title);
    m_cards.insert(name, button);
    return button;
}

void Dashboard::setCard(const QString &name, const QString &value, bool warn)
{
    QToolButton *button = m_cards.value(name);
    button->setText(QStringLiteral("%1\n%2").arg(value, button->property("title").toString()));
    QFont font = button->font();
    font.setBold(warn);
    button->setFont(font);
    button->setStyleSheet(warn ? QStringLiteral("QToolButton { color: #b3261e; }") : QString());
}

QString Dashboard::cardText(const QString &name) const
{
    return m_cards.contains(name) ? m_cards.value(name)->text() : QString();
}

void Dashboard::attachSession()
{
    detachSession();
    if (!m_session.isOpen()) {
        refresh();
        return;
    }
    m_reports = &m_session.reconcileReports();
    if (OutboxWorker *worker = m_session.worker()) {
        m_workerConnections << connect(worker, &OutboxWorker::reconcileStarted, this, [this] {
            m_reconciling = true;
            m_reconcile->setEnabled(false);
            m_lastRun->setText(tr("Reconciling with KSeF…"));
        });
        m_workerConnections << connect(worker, &OutboxWorker::adopted, this,
                                       [this](bool ok, const QString &message) {
                                           refresh();
                                           if (!ok) {
                                               m_prompts.warn(this, tr("Adopt"), message);
                                           }
                                           emit adoptFinished(ok, message);
                                       });
        m_workerConnections << connect(worker, &OutboxWorker::reconciled, this,
                                       [this](qint64, bool needsAttention, const QString &summary) {
                                           m_reconciling = false;
                                           refresh();
                                           emit reconcileFinished(needsAttention, summary);
                                       });
        m_workerConnections << connect(worker, &OutboxWorker::findingsResolved, this,
                                       [this](int, const QString &error) {
                                           refresh();
                                           if (!error.isEmpty()) {
                                               m_prompts.warn(this, tr("Mark resolved"), error);
                                           }
                                       });
    }
    refresh();
}

void Dashboard::detachSession()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_workerConnections)) {
        disconnect(connection);
    }
    m_workerConnections.clear();
    m_reports = nullptr;
    m_reconciling = false;
}

void Dashboard::refresh()
{
    showAvailability();
    const QLocale locale;
    const bool open = m_session.isOpen() && m_reports;
    const auto overview =
        open ? m_session.query().overview() : std::expected<OutboxQuery::Overview, QString>();
    const OutboxQuery::Overview counts = overview.value_or(OutboxQuery::Overview{});
    setCard(QStringLiteral("inFlight"), locale.toString(counts.inFlight), false);
    setCard(QStringLiteral("stuck"), locale.toString(counts.stuck), counts.stuck > 0);
    setCard(QStringLiteral("missingUpo"), locale.toString(counts.missingUpo), counts.missingUpo > 0);
    setCard(QStringLiteral("rejected"), locale.toString(counts.rejected), counts.rejected > 0);
    setCard(QStringLiteral("offlineDue"), locale.toString(counts.offlineWaiting), counts.offlineOverdue > 0);
    QStringList due;
    for (const OutboxRow &row :
         open ? m_session.query().offlineDue(5).value_or(QList<OutboxRow>()) : QList<OutboxRow>()) {
        due.append(QStringLiteral("%1 — %2").arg(
            row.invoiceNumber, OfflineIssuing::dueText(*row.offlineMode, row.offlineDueAt)));
    }
    m_offlineDue->setText(
        due.isEmpty()
            ? QString()
            : tr("Offline invoices to send, the earliest deadline first:\n%1").arg(due.join(u'\n')));
    m_offlineDue->setVisible(!due.isEmpty());

    const auto latest = open ? m_reports->latest() : std::expected<std::optional<ReconcileReport>, QString>();
    const std::optional<ReconcileReport> last = latest.value_or(std::nullopt);
    const int orphans = last ? last->count(ReconcileFinding::Kind::OrphanKsef) +
                                   last->count(ReconcileFinding::Kind::OrphanLocal) +
                                   last->count(ReconcileFinding::Kind::OrphanSession)
                             : 0;
    setCard(QStringLiteral("orphans"), locale.toString(orphans), false);
    if (!m_reconciling) {
        // The next one: the desktop's own (every few hours while open), else the daily systemd timer.
        const int every = m_session.settings().reconcileEveryMinutes;
        const QString next =
            last && every > 0
                ? tr("Next: %1.")
                      .arg(locale.toString(
                          std::max(last->finishedAt.addSecs(qint64(every) * 60), m_session.clock().now())
                              .toLocalTime(),
                          QLocale::ShortFormat))
                : tr("The daily timer (kurier-reconcile.timer) runs the next one.");
        m_lastRun->setText(
            last ? tr("Last reconciliation: %1 (%2). %3")
                       .arg(locale.toString(last->finishedAt.toLocalTime(), QLocale::ShortFormat),
                            last->needsAttention() ? tr("needs attention") : tr("all in order"), next)
                 : tr("No reconciliation with KSeF yet: run one now, or enable the daily timer."));
    }
    m_reconcile->setEnabled(open && m_session.hasCredentials() && !m_reconciling);
    m_export->setEnabled(last.has_value());

    const auto findings =
        open ? m_reports->openFindings() : std::expected<QList<ReconcileFinding>, QString>();
    m_findings = findings.value_or(QList<ReconcileFinding>());
    m_problems->setRowCount(int(m_findings.size()));
    for (int row = 0; row < m_findings.size(); ++row) {
        const ReconcileFinding &f = m_findings.at(row);
        const QStringList cells{
            ReconcileFinding::kindName(f.kind),
            f.invoiceNumber,
            f.ksefNumber.isEmpty() ? f.sessionRef : f.ksefNumber,
            f.since.isValid() ? locale.toString(f.since.toLocalTime(), QLocale::ShortFormat) : QString(),
            f.lastAnswer,
            f.action};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_problems->setItem(row, column, item);
        }
    }
    m_problems->resizeColumnsToContents();
    m_problems->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_retry->setEnabled(false);
    m_adopt->setEnabled(false);
    m_resolve->setEnabled(false);
}

QList<ReconcileFinding> Dashboard::selectedFindings() const
{
    QList<ReconcileFinding> selected;
    for (const QModelIndex &index : m_problems->selectionModel()->selectedRows()) {
        if (index.row() < m_findings.size()) {
            selected.append(m_findings.at(index.row()));
        }
    }
    return selected;
}

void Dashboard::reconcileNow()
{
    if (OutboxWorker *worker = m_session.worker(); worker && !m_reconciling) {
        m_reconciling = true;
        m_reconcile->setEnabled(false);
        m_lastRun->setText(tr("Reconciling with KSeF…"));
        QMetaObject::invokeMethod(
            worker, [worker] { worker->reconcileNow(QStringLiteral("user")); }, Qt::QueuedConnection);
    }
}

void Dashboard::adoptSelected()
{
    const QList<ReconcileFinding> selected = selectedFindings();
    OutboxWorker *worker = m_session.worker();
    if (selected.size() != 1 || !worker) {
        return;
    }
    const ReconcileFinding finding = selected.first();
    m_adopt->setEnabled(false);
    m_lastRun->setText(tr("Adopting %1 from KSeF…").arg(finding.ksefNumber));
    QMetaObject::invokeMethod(
        worker, [worker, finding] { worker->adoptNow(finding.id, finding.ksefNumber, finding.since); },
        Qt::QueuedConnection);
}

void Dashboard::retrySelected()
{
    QList<qint64> ids;
    for (const ReconcileFinding &finding : selectedFindings()) {
        if (const auto item = m_session.store().find(finding.itemKey, false); item && item->has_value()) {
            ids << (*item)->id;
        }
    }
    if (!ids.isEmpty()) {
        m_session.retry(ids); // rejected ones back to the queue, waiting ones now (on the worker)
    }
}

void Dashboard::resolveSelected()
{
    const QList<ReconcileFinding> selected = selectedFindings();
    if (selected.isEmpty() || !m_reports) {
        return;
    }
    const QString reason =
        m_prompts.askText(this, tr("Mark resolved"),
                          tr("%n problem(s) will be marked resolved. Why? (kept in the audit log)", nullptr,
                             int(selected.size())));
    if (reason.trimmed().isEmpty()) {
        return;
    }
    QList<qint64> ids;
    for (const ReconcileFinding &finding : selected) {
        ids << finding.id;
    }
    if (OutboxWorker *worker = m_session.worker()) {
        QMetaObject::invokeMethod(
            worker, [worker, ids, reason] { worker->resolveFindings(ids, reason); }, Qt::QueuedConnection);
    }
}

void Dashboard::exportReport()
{
    const auto latest =
        m_reports ? m_reports->latest() : std::expected<std::optional<ReconcileReport>, QString>();
    if (!latest || !latest->has_value()) {
        return;
    }
    const QString path = m_prompts.saveFile(this, tr("Export the reconciliation report"),
                                            QStringLiteral("reconciliation-%1.pdf").arg((*latest)->id),
                                            tr("PDF documents (*.pdf);;CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    // The file's extension chooses: a PDF to read and file away, or CSV for a spreadsheet.
    QByteArray bytes;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        bytes = (*latest)->toCsv();
    } else {
        const CompanyProfile *company = std::as_const(m_session.settings()).currentCompany();
        const auto pdf = ReconcileDocument::pdf(
            **latest, company ? QStringLiteral("%1 (NIP %2)").arg(company->name, company->nip) : QString());
        if (!pdf) {
            m_prompts.warn(this, tr("Export the reconciliation report"), pdf.error());
            return;
        }
        bytes = *pdf;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_prompts.warn(this, tr("Export the reconciliation report"),
                       tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace Kurier
