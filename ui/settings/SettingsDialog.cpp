#include "settings/SettingsDialog.h"

#include "common/Prompts.h"
#include "domain/Nip.h"
#include "invoicing/InvoiceBook.h"
#include "ksef/CredentialVault.h"
#include "ksef/KsefEnvironment.h"
#include "ksef/crypto/SigningIdentity.h"
#include "settings/OfficeServerPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kurier {

SettingsDialog::SettingsDialog(AppSettings settings, SecretStore &secrets, Prompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_prompts(prompts)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs = new QTabWidget(this);

    // Companies.
    auto *companiesPage = new QWidget(this);
    m_companies = new QListWidget(companiesPage);
    m_companies->setAccessibleName(tr("Companies"));
    auto *add = new QPushButton(tr("&Add company"), companiesPage);
    auto *remove = new QPushButton(tr("&Remove"), companiesPage);
    m_nip = new QLineEdit(companiesPage);
    m_name = new QLineEdit(companiesPage);
    m_address1 = new QLineEdit(companiesPage);
    m_address2 = new QLineEdit(companiesPage);
    m_bankAccount = new QLineEdit(companiesPage);
    m_bankName = new QLineEdit(companiesPage);
    m_pattern = new QLineEdit(companiesPage);
    m_pattern->setToolTip(
        tr("{n} counter, {nnn} counter with leading zeros, {YYYY} {YY} {MM} {DD} issue date. "
           "The counter starts again every month when the pattern has {MM}, every year when "
           "it has a year."));
    m_paymentDays = new QSpinBox(companiesPage);
    m_paymentDays->setRange(0, 365);
    m_paymentDays->setSuffix(tr(" days"));
    auto *companyForm = new QFormLayout;
    companyForm->addRow(tr("&NIP:"), m_nip);
    companyForm->addRow(tr("Na&me:"), m_name);
    companyForm->addRow(tr("Address:"), m_address1);
    companyForm->addRow(tr("Postcode, city:"), m_address2);
    companyForm->addRow(tr("&Bank account:"), m_bankAccount);
    companyForm->addRow(tr("Bank:"), m_bankName);
    companyForm->addRow(tr("Numbering &pattern:"), m_pattern);
    companyForm->addRow(tr("Payment &terms:"), m_paymentDays);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_companies, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    listColumn->addLayout(listButtons);
    auto *companiesLayout = new QHBoxLayout(companiesPage);
    companiesLayout->addLayout(listColumn, 1);
    companiesLayout->addLayout(companyForm, 2);
    m_tabs->addTab(companiesPage, tr("&Companies"));

    // KSeF.
    auto *ksefPage = new QWidget(this);
    m_environment = new QComboBox(ksefPage);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->addItem(tr("TEST — for trying, no legal effect"), QStringLiteral("test"));
    m_environment->addItem(tr("DEMO — pre-production, no legal effect"), QStringLiteral("demo"));
    m_environment->addItem(tr("PRODUCTION — legally binding invoices"), QStringLiteral("production"));
    m_authMethod = new QComboBox(ksefPage);
    m_authMethod->addItem(tr("KSeF token"), int(AppSettings::AuthMethod::KsefToken));
    m_authMethod->addItem(tr("Qualified certificate or seal (.p12)"),
                          int(AppSettings::AuthMethod::Certificate));
    m_token = new QLineEdit(ksefPage);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(QStringLiteral("ksefToken"));
    m_token->setPlaceholderText(tr("leave empty to keep the stored one"));
    m_certificate = new QLineEdit(ksefPage);
    m_certificate->setPlaceholderText(tr("path to a .p12 / .pfx file"));
    m_certificatePassword = new QLineEdit(ksefPage);
    m_certificatePassword->setEchoMode(QLineEdit::Password);
    auto *ksefForm = new QFormLayout(ksefPage);
    ksefForm->addRow(tr("&Environment:"), m_environment);
    ksefForm->addRow(tr("&Sign in with:"), m_authMethod);
    ksefForm->addRow(tr("KSeF &token:"), m_token);
    ksefForm->addRow(tr("&Certificate file:"), m_certificate);
    ksefForm->addRow(tr("Certificate &password:"), m_certificatePassword);
    auto *secretNote =
        new QLabel(tr("Tokens and private keys are kept in the system keychain only — never in "
                      "files or logs."),
                   ksefPage);
    secretNote->setWordWrap(true);
    ksefForm->addRow(secretNote);
    // The end of KSeF tokens is a date the Ministry may still move (31.12.2026 by the regulation; 30.11.2027
    // announced): one setting every banner, alert and the Clients view follow.
    m_tokensEndOn = new QDateEdit(ksefPage);
    m_tokensEndOn->setObjectName(QStringLiteral("tokensEndOn"));
    m_tokensEndOn->setCalendarPopup(true);
    m_tokensEndOn->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_tokensEndOn->setToolTip(
        tr("The last day KSeF tokens are assured: 31 December 2026 by the regulation in "
           "force. Change it when the Ministry confirms another date."));
    ksefForm->addRow(tr("KSeF tokens &work until:"), m_tokensEndOn);
    m_tabs->addTab(ksefPage, tr("&KSeF"));

    // Sending and alerts.
    auto *sendingPage = new QWidget(this);
    m_sendAutomatically =
        new QCheckBox(tr("Send invoices to KSeF as soon as they are issued or imported"), sendingPage);
    m_onlineMax = new QSpinBox(sendingPage);
    m_onlineMax->setRange(0, 10'000);
    m_onlineMax->setToolTip(tr("More invoices at once than this are sent in one batch session."));
    m_timeout = new QSpinBox(sendingPage);
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_keepInTray = new QCheckBox(tr("Closing the window keeps sending in the tray"), sendingPage);
    m_stuckAfter = new QSpinBox(sendingPage);
    m_stuckAfter->setRange(1, 10'080);
    m_stuckAfter->setSuffix(tr(" min"));
    m_missingUpoAfter = new QSpinBox(sendingPage);
    m_missingUpoAfter->setRange(1, 10'080);
    m_missingUpoAfter->setSuffix(tr(" min"));
    m_language = new QComboBox(sendingPage);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Polski"), QStringLiteral("pl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto *sendingForm = new QFormLayout(sendingPage);
    sendingForm->addRow(m_sendAutomatically);
    sendingForm->addRow(tr("Batch above (invoices):"), m_onlineMax);
    sendingForm->addRow(tr("Request timeout:"), m_timeout);
    sendingForm->addRow(m_keepInTray);
    sendingForm->addRow(tr("Alert when stuck for:"), m_stuckAfter);
    sendingForm->addRow(tr("Alert when the UPO is missing for:"), m_missingUpoAfter);
    m_offlineWarning = new QSpinBox(sendingPage);
    m_offlineWarning->setRange(0, 168);
    m_offlineWarning->setSuffix(tr(" h before"));
    m_offlineWarning->setSpecialValueText(tr("at 8:00 on the due day"));
    m_offlineWarning->setObjectName(QStringLiteral("offlineWarning"));
    sendingForm->addRow(tr("Warn about an offline invoice's deadline:"), m_offlineWarning);
    sendingForm->addRow(tr("&Language (after a restart):"), m_language);
    m_tabs->addTab(sendingPage, tr("Sending and &alerts"));

    // Office server (team mode), for the company selected on the first tab.
    m_officeServer = new OfficeServerPage(m_secrets, m_prompts, this);
    m_tabs->addTab(m_officeServer, tr("&Office server"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::validateAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const CompanyProfile &company : std::as_const(m_settings.companies)) {
        m_companies->addItem(QStringLiteral("%1 (%2)").arg(company.name, company.nip));
    }
    connect(m_companies, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCompany();
        showCompany(row);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        storeCompany();
        m_settings.companies.append(CompanyProfile());
        m_companies->addItem(tr("New company"));
        m_companies->setCurrentRow(m_companies->count() - 1);
        m_nip->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_companies->currentRow();
        if (row < 0) {
            return;
        }
        m_shownCompany = -1;
        m_settings.companies.removeAt(row);
        delete m_companies->takeItem(row);
    });
    int current = 0;
    for (qsizetype i = 0; i < m_settings.companies.size(); ++i) {
        if (m_settings.companies[i].nip == m_settings.currentNip) {
            current = static_cast<int>(i);
        }
    }
    m_companies->setCurrentRow(m_settings.companies.isEmpty() ? -1 : current);
    showCompany(m_companies->currentRow());

    m_environment->setCurrentIndex(std::max(0, m_environment->findData(m_settings.environment)));
    m_authMethod->setCurrentIndex(std::max(0, m_authMethod->findData(int(m_settings.authMethod))));
    m_sendAutomatically->setChecked(m_settings.sendAutomatically);
    m_onlineMax->setValue(m_settings.onlineMax);
    m_timeout->setValue(m_settings.requestTimeoutSeconds);
    m_keepInTray->setChecked(m_settings.keepSendingInTray);
    m_stuckAfter->setValue(m_settings.stuckAfterMinutes);
    m_missingUpoAfter->setValue(m_settings.missingUpoAfterMinutes);
    m_tokensEndOn->setDate(m_settings.tokensEndOn);
    m_offlineWarning->setValue(m_settings.offlineWarningHours);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language)));
    resize(760, 480);
}

void SettingsDialog::showCompany(int row)
{
    m_shownCompany = row;
    const CompanyProfile company =
        row >= 0 && row < m_settings.companies.size() ? m_settings.companies[row] : CompanyProfile();
    m_nip->setText(company.nip);
    m_name->setText(company.name);
    m_address1->setText(company.address1);
    m_address2->setText(company.address2);
    m_bankAccount->setText(company.bankAccount);
    m_bankName->setText(company.bankName);
    m_pattern->setText(company.numberingPattern);
    m_paymentDays->setValue(company.paymentDays);
    m_officeServer->setLocation(company.officeServer);
}

void SettingsDialog::storeCompany()
{
    if (m_shownCompany < 0 || m_shownCompany >= m_settings.companies.size()) {
        return;
    }
    CompanyProfile &company = m_settings.companies[m_shownCompany];
    company.nip = m_nip->text().trimmed();
    company.name = m_name->text().trimmed();
    company.address1 = m_address1->text().trimmed();
    company.address2 = m_address2->text().trimmed();
    company.bankAccount = m_bankAccount->text().remove(u' ');
    company.bankName = m_bankName->text().trimmed();
    company.numberingPattern = m_pattern->text().trimmed();
    company.paymentDays = m_paymentDays->value();
    company.officeServer = m_officeServer->location();
    if (QListWidgetItem *item = m_companies->item(m_shownCompany)) {
        item->setText(QStringLiteral("%1 (%2)").arg(company.name, company.nip));
    }
}

AppSettings SettingsDialog::result() const
{
    return m_settings;
}

bool SettingsDialog::saveCredentials()
{
    const CompanyProfile *company = m_settings.currentCompany();
    if (!company) {
        return true;
    }
    const QString environment = KsefEnvironment::fromText(m_settings.environment)
                                    .value_or(KsefEnvironment::official(KsefEnvironment::Kind::Test))
                                    .key();
    CredentialVault vault(m_secrets);
    if (m_settings.authMethod == AppSettings::AuthMethod::KsefToken && !m_token->text().isEmpty()) {
        if (const auto saved = vault.saveToken(environment, company->nip, m_token->text().trimmed());
            !saved) {
            m_prompts.warn(this, tr("The token was not saved"), saved.error());
            return false;
        }
    }
    if (m_settings.authMethod == AppSettings::AuthMethod::Certificate && !m_certificate->text().isEmpty()) {
        QFile file(m_certificate->text());
        if (!file.open(QIODevice::ReadOnly)) {
            m_prompts.warn(this, tr("The certificate was not saved"),
                           tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        const auto identity = SigningIdentity::fromPkcs12(file.readAll(), m_certificatePassword->text());
        if (!identity) {
            m_prompts.warn(this, tr("The certificate was not saved"), identity.error());
            return false;
        }
        if (const auto saved = vault.saveIdentity(environment, company->nip, *identity); !saved) {
            m_prompts.warn(this, tr("The certificate was not saved"), saved.error());
            return false;
        }
    }
    return true;
}

bool SettingsDialog::validateAndAccept()
{
    storeCompany();
    QStringList problems;
    QStringList seen;
    for (const CompanyProfile &company : std::as_const(m_settings.companies)) {
        if (const auto nip = Nip::parse(company.nip); !nip) {
            problems << tr("Company “%1”: %2").arg(company.name, Nip::errorMessage(nip.error()));
        } else if (seen.contains(company.nip)) {
            problems << tr("NIP %1 is set up twice.").arg(company.nip);
        }
        seen << company.nip;
        if (company.name.isEmpty()) {
            problems << tr("Company %1 needs a name.").arg(company.nip);
        }
        if (const auto error = InvoiceBook::patternError(company.numberingPattern)) {
            problems << tr("Company %1: %2").arg(company.nip, *error);
        }
    }
    if (const QString server = m_officeServer->problem(); !server.isEmpty()) {
        problems << server;
    }
    if (!problems.isEmpty()) {
        m_prompts.warn(this, tr("The settings cannot be saved"), problems.join(u'\n'));
        return false;
    }
    const int row = m_companies->currentRow();
    if (row >= 0 && row < m_settings.companies.size()) {
        m_settings.currentNip = m_settings.companies[row].nip;
    }
    const QString environment = m_environment->currentData().toString();
    if (environment != m_settings.environment) {
        m_settings.sandbox = false;
    }
    m_settings.environment = environment;
    m_settings.authMethod = static_cast<AppSettings::AuthMethod>(m_authMethod->currentData().toInt());
    m_settings.sendAutomatically = m_sendAutomatically->isChecked();
    m_settings.onlineMax = m_onlineMax->value();
    m_settings.requestTimeoutSeconds = m_timeout->value();
    m_settings.keepSendingInTray = m_keepInTray->isChecked();
    m_settings.stuckAfterMinutes = m_stuckAfter->value();
    m_settings.missingUpoAfterMinutes = m_missingUpoAfter->value();
    m_settings.tokensEndOn = m_tokensEndOn->date();
    m_settings.offlineWarningHours = m_offlineWarning->value();
    m_settings.language = m_language->currentData().toString();
    if (!saveCredentials()) {
        return false;
    }
    if (const auto saved = m_officeServer->savePassword(); !saved) {
        m_prompts.warn(this, tr("The office server's password was not saved"), saved.error());
        return false;
    }
    accept();
    return true;
}

} // namespace Kurier
