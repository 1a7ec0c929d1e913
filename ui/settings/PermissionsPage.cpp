#include "PermissionsPage.h"

#include "common/Prompts.h"
#include "services/PermissionWork.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kurier {

namespace {

// The rights a person can be given here, in KSeF's words, with what they mean to people.
struct Right
{
    const char *key;
    const char *label;
    bool forOffices;
};
constexpr Right kRights[] = {
    {"InvoiceRead", QT_TRANSLATE_NOOP("Kurier::PermissionsPage", "&Read invoices"), true},
    {"InvoiceWrite", QT_TRANSLATE_NOOP("Kurier::PermissionsPage", "&Issue and send invoices"), true},
    {"Introspection",
     QT_TRANSLATE_NOOP("Kurier::PermissionsPage", "Follow o&thers' sessions (Introspection)"), false},
    {"CredentialsRead", QT_TRANSLATE_NOOP("Kurier::PermissionsPage", "See permissio&ns"), false},
    {"CredentialsManage", QT_TRANSLATE_NOOP("Kurier::PermissionsPage", "Manage permission&s"), false},
};

QString permissionText(const QString &key)
{
    for (const Right &right : kRights) {
        if (key == QLatin1String(right.key)) {
            return PermissionsPage::tr(right.label).remove(u'&');
        }
    }
    return key;
}

QString howText(const PermissionGrantInfo &g)
{
    switch (g.kind) {
    case PermissionGrantInfo::Kind::Person:
        return PermissionsPage::tr("person, directly");
    case PermissionGrantInfo::Kind::Entity:
        return g.canDelegate ? PermissionsPage::tr("office, may pass it on") : PermissionsPage::tr("office");
    case PermissionGrantInfo::Kind::Indirect:
        if (g.passedOn) {
            // Listed in the office's own context: what it passed on, for which client.
            return g.allPartners ? PermissionsPage::tr("passed on, every client")
                                 : PermissionsPage::tr("passed on, client %1").arg(g.targetNip);
        }
        return PermissionsPage::tr("through office %1").arg(g.grantedBy);
    }
    return {};
}

enum Column
{
    WhoColumn,
    IdColumn,
    RightColumn,
    HowColumn,
    SinceColumn,
};
} // namespace

PermissionsPage::PermissionsPage(PermissionsBackend &backend, Prompts &prompts, QString companyNip,
                                 QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_prompts(prompts)
    , m_nip(std::move(companyNip))
{
    auto *intro = new QLabel(tr("Who may act for NIP %1 in KSeF with their own certificate: employees, your "
                                "accounting office and the "
                                "people it passes the rights on to. Nobody needs your token or key.")
                                 .arg(m_nip),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("permissions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Who"), tr("Identifier"), tr("May"), tr("How"), tr("Since")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("permissionsStatus"));
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_revoke = new QPushButton(tr("Re&voke…"), this);
    m_revoke->setEnabled(false);

    auto *form = new QGroupBox(tr("Grant"), this);
    m_toPerson = new QRadioButton(tr("To a &person (employee, bookkeeper)"), form);
    m_toOffice = new QRadioButton(tr("To an accounting &office (by its NIP)"), form);
    m_toPerson->setChecked(true);
    m_subject = new QLineEdit(form);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setPlaceholderText(tr("PESEL, NIP or certificate fingerprint (SHA-256)"));
    m_firstName = new QLineEdit(form);
    m_lastName = new QLineEdit(form);
    m_officeName = new QLineEdit(form);
    m_officeName->setPlaceholderText(tr("Biuro Rachunkowe …"));
    m_onward = new QLineEdit(form);
    m_onward->setObjectName(QStringLiteral("onward"));
    m_onward->setPlaceholderText(tr("empty: in this company · as an office: a client's NIP, or \"all\""));
    m_onward->setToolTip(
        tr("An office passes on to its people the rights its clients gave it with the right to "
           "pass them on: name the client, or \"all\" for every client"));
    m_canDelegate = new QCheckBox(tr("The office m&ay pass these rights on to its people"), form);
    m_canDelegate->setChecked(true);
    auto *rights = new QVBoxLayout;
    for (const Right &right : kRights) {
        auto *box = new QCheckBox(tr(right.label), form);
        box->setObjectName(QLatin1String(right.key));
        box->setProperty("forOffices", right.forOffices);
        m_rights.append(box);
        rights->addWidget(box);
    }
    m_grant = new QPushButton(tr("&Grant"), form);
    auto *fields = new QFormLayout(form);
    fields->addRow(m_toPerson);
    fields->addRow(m_toOffice);
    fields->addRow(tr("I&dentifier:"), m_subject);
    fields->addRow(tr("First na&me:"), m_firstName);
    fields->addRow(tr("&Last name:"), m_lastName);
    fields->addRow(tr("Office's full nam&e:"), m_officeName);
    fields->addRow(tr("Pass on for clien&t:"), m_onward);
    fields->addRow(tr("Rights:"), rights);
    fields->addRow(m_canDelegate);
    fields->addRow(m_grant);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(form);

    connect(m_refresh, &QPushButton::clicked, this, &PermissionsPage::refresh);
    connect(m_revoke, &QPushButton::clicked, this, &PermissionsPage::revokeSelected);
    connect(m_grant, &QPushButton::clicked, this, &PermissionsPage::grant);
    connect(m_toPerson, &QRadioButton::toggled, this, &PermissionsPage::updateForm);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_revoke->setEnabled(!m_list->selectedItems().isEmpty() && m_grant->isEnabled()); });
    updateForm();
    m_status->setText(tr("KSeF's list is read when this page is shown."));
}

void PermissionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_read) {
        m_read = true;
        refresh();
    }
}

QCheckBox *PermissionsPage::rightBox(const QString &permission) const
{
    for (QCheckBox *box : m_rights) {
        if (box->objectName() == permission) {
            return box;
        }
    }
    return nullptr;
}

QString PermissionsPage::statusText() const
{
    return m_status->text();
}

void PermissionsPage::updateForm()
{
    const bool office = m_toOffice->isChecked();
    m_firstName->setEnabled(!office);
    m_lastName->setEnabled(!office);
    m_officeName->setEnabled(office);
    m_onward->setEnabled(!office);
    m_canDelegate->setEnabled(office);
    for (QCheckBox *box : m_rights) {
        const bool allowed = !office || box->property("forOffices").toBool();
        box->setEnabled(allowed);
        if (!allowed) {
            box->setChecked(false);
        }
    }
}

void PermissionsPage::setBusy(bool busy, const QString &text)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_refresh), static_cast<QWidget *>(m_grant)}) {
        widget->setEnabled(!busy);
    }
    m_revoke->setEnabled(!busy && !m_list->selectedItems().isEmpty());
    if (!text.isEmpty()) {
        m_status->setText(text);
    }
    emit busyChanged(busy);
}

void PermissionsPage::refresh()
{
    m_read = true;
    setBusy(true, m_outcome.isEmpty() ? tr("Reading the permissions from KSeF…") : QString());
    m_backend.permissionHolders(whileOpen([this](const PermissionsBackend::Holders &holders) {
        setBusy(false);
        if (!holders) {
            m_status->setText(tr("KSeF's list could not be read: %1").arg(holders.error().message()));
            return;
        }
        showRows(*holders);
        const QString count = holders->isEmpty()
                                  ? tr("Nobody but the company itself acts for it in KSeF.")
                                  : tr("%n permission(s) held in KSeF.", nullptr, int(holders->size()));
        m_status->setText(std::exchange(m_outcome, QString()).isEmpty() ? count
                                                                        : m_status->text() + u' ' + count);
    }));
}

void PermissionsPage::showRows(const QList<PermissionGrantInfo> &grants)
{
    m_grants = grants;
    m_list->clear();
    for (qsizetype i = 0; i < grants.size(); ++i) {
        const PermissionGrantInfo &g = grants[i];
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(WhoColumn, g.subjectName.isEmpty() ? tr("(no name)") : g.subjectName);
        row->setText(IdColumn, QStringLiteral("%1 %2").arg(g.subjectType.toUpper(), g.subjectValue));
        row->setText(RightColumn, permissionText(g.permission));
        row->setText(HowColumn, howText(g));
        row->setText(SinceColumn, g.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
        row->setData(WhoColumn, Qt::UserRole, int(i));
    }
}

PermissionGrantRequest PermissionsPage::request() const
{
    PermissionGrantRequest request;
    request.subject = PermissionSubject::parse(m_subject->text()).value_or(PermissionSubject{});
    for (QCheckBox *box : m_rights) {
        if (box->isChecked()) {
            request.permissions.append(box->objectName());
        }
    }
    if (m_toOffice->isChecked()) {
        request.entityName = m_officeName->text().trimmed();
        request.canDelegate = m_canDelegate->isChecked();
    } else {
        request.firstName = m_firstName->text().trimmed();
        request.lastName = m_lastName->text().trimmed();
        const QString client = m_onward->text().trimmed();
        request.onward = !client.isEmpty();
        const bool all = client.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0 ||
                         client.compare(tr("all"), Qt::CaseInsensitive) == 0;
        request.clientNip = all ? QString() : client;
    }
    return request;
}

void PermissionsPage::report(const PermissionsBackend::Outcome &outcome)
{
    setBusy(false);
    if (!outcome) {
        m_status->setText(outcome.error().message());
        return;
    }
    m_outcome =
        outcome->details.isEmpty() ? outcome->text() : outcome->text() + u' ' + outcome->details.join(u' ');
    m_status->setText(m_outcome);
    if (outcome->phase == PermissionOutcome::Phase::Done) {
        refresh(); // the list as KSeF has it now; the outcome stays in front of the count
    }
}

void PermissionsPage::grant()
{
    const PermissionGrantRequest wanted = request();
    if (const QString problem = wanted.problem(); !problem.isEmpty()) {
        m_status->setText(problem); // nothing sent; the form keeps what was typed
        return;
    }
    setBusy(true, tr("Sent to KSeF; waiting for its decision…"));
    m_backend.grantPermission(
        wanted, whileOpen([this](const PermissionsBackend::Outcome &outcome) { report(outcome); }));
}

void PermissionsPage::revokeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.size() != 1) {
        m_status->setText(tr("Choose one permission to revoke."));
        return;
    }
    const PermissionGrantInfo held = m_grants.value(selected.first()->data(WhoColumn, Qt::UserRole).toInt());
    if (!m_prompts.confirm(this, tr("Revoke the permission?"), PermissionWork::revokeConsequence(held, m_nip),
                           tr("Revoke"))) {
        return;
    }
    setBusy(true, tr("Sent to KSeF; waiting for its decision…"));
    m_backend.revokePermission(
        held, whileOpen([this](const PermissionsBackend::Outcome &outcome) { report(outcome); }));
}

} // namespace Kurier
