#pragma once

#include <QWidget>

#include <expected>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Kurier {

class Prompts;
class SecretStore;

// Settings → Office server: whether the company shown is kept on the office's PostgreSQL server (team mode)
// and where — host, port, database, user, TLS — with its password in the system keychain only. "Test the
// connection" opens it as Kurier would and says what this user may do there.
class OfficeServerPage : public QWidget
{
    Q_OBJECT

public:
    OfficeServerPage(SecretStore &secrets, Prompts &prompts, QWidget *parent = nullptr);

    // The server address of the company shown (empty: a file on this machine).
    void setLocation(const QString &location);
    QString location() const;
    // Why the address cannot be used; empty when it can (or the company stays in a file).
    QString problem() const;
    // Keeps a password typed here in the keychain, for the address shown. → an error for people
    std::expected<void, QString> savePassword();
    void testConnection();

private:
    void updateEnabled();

    SecretStore &m_secrets;
    Prompts &m_prompts;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace Kurier
