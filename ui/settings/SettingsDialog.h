#pragma once

#include "settings/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QDateEdit;
class QSpinBox;
class QTabWidget;

namespace Kurier {

class OfficeServerPage;
class Prompts;
class SecretStore;

// Settings: companies (several NIPs, one current), the KSeF environment and authentication (a KSeF token or a
// certificate, stored in the system keychain only), sending rules, alert thresholds, and the language. Edits
// a copy of AppSettings; the caller saves result() when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings settings, SecretStore &secrets, Prompts &prompts, QWidget *parent = nullptr);

    AppSettings result() const;
    QTabWidget *tabs() const { return m_tabs; }
    OfficeServerPage *officeServerPage() const { return m_officeServer; }
    bool validateAndAccept();

private:
    void showCompany(int row);
    void storeCompany();
    bool saveCredentials();

    AppSettings m_settings;
    SecretStore &m_secrets;
    Prompts &m_prompts;
    int m_shownCompany = -1;

    QTabWidget *m_tabs = nullptr;
    QListWidget *m_companies = nullptr;
    QLineEdit *m_nip = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address1 = nullptr;
    QLineEdit *m_address2 = nullptr;
    QLineEdit *m_bankAccount = nullptr;
    QLineEdit *m_bankName = nullptr;
    QLineEdit *m_pattern = nullptr;
    QSpinBox *m_paymentDays = nullptr;
    QComboBox *m_environment = nullptr;
    QComboBox *m_authMethod = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_certificatePassword = nullptr;
    QCheckBox *m_sendAutomatically = nullptr;
    QSpinBox *m_onlineMax = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_keepInTray = nullptr;
    QSpinBox *m_stuckAfter = nullptr;
    QSpinBox *m_missingUpoAfter = nullptr;
    QDateEdit *m_tokensEndOn = nullptr;
    QSpinBox *m_offlineWarning = nullptr;
    QComboBox *m_language = nullptr;
    OfficeServerPage *m_officeServer = nullptr;
};

} // namespace Kurier
