#include "settings/OfficeServerPage.h"

#include "backup/OfficeServer.h"
#include "common/Prompts.h"
#include "ksef/SecretStore.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Kurier {

OfficeServerPage::OfficeServerPage(SecretStore &secrets, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("officeServerPage"));
    m_enabled =
        new QCheckBox(tr("Keep this company on the office ser&ver (several desktops share it)"), this);
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("e.g. biuro-serwer.local"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("one database per company, e.g. kurier_5265877635"));
    m_user = new QLineEdit(this);
    m_tls = new QComboBox(this);
    m_tls->addItem(tr("Required, certificate verified (verify-full)"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Required (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("When the server offers it (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Off — only inside a trusted network (disable)"), QStringLiteral("disable"));
    m_tls->setCurrentIndex(1);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to keep the stored one"));
    auto *test = new QPushButton(tr("&Test the connection"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const std::pair<QWidget *, const char *> names[] = {
        {m_enabled, "officeEnabled"},   {m_host, "officeHost"},    {m_port, "officePort"},
        {m_database, "officeDatabase"}, {m_user, "officeUser"},    {m_tls, "officeTls"},
        {m_password, "officePassword"}, {m_result, "officeResult"}};
    for (const auto &[widget, name] : names) {
        widget->setObjectName(QLatin1StringView(name));
    }
    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("T&LS:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(test);
    form->addRow(m_result);
    auto *note =
        new QLabel(tr("The password is kept in the system keychain only. Who may send and who may only "
                      "view is the server's roles kurier_sender and kurier_viewer "
                      "(kurier-cli server grant)."),
                   this);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_enabled, &QCheckBox::toggled, this, &OfficeServerPage::updateEnabled);
    connect(test, &QPushButton::clicked, this, &OfficeServerPage::testConnection);
    updateEnabled();
}

void OfficeServerPage::updateEnabled()
{
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_tls, m_password}) {
        field->setEnabled(m_enabled->isChecked());
    }
}

void OfficeServerPage::setLocation(const QString &location)
{
    const auto address = ServerAddress::parse(location);
    m_enabled->setChecked(address.has_value());
    const ServerAddress shown = address.value_or(ServerAddress());
    m_host->setText(shown.host);
    m_port->setValue(shown.port);
    m_database->setText(shown.database);
    m_user->setText(shown.user);
    if (address) {
        m_tls->setCurrentIndex(std::max(0, m_tls->findData(shown.sslMode)));
    }
    m_password->clear();
    m_result->clear();
    updateEnabled();
}

QString OfficeServerPage::location() const
{
    if (!m_enabled->isChecked()) {
        return {};
    }
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_tls->currentData().toString();
    return address.toLocation();
}

QString OfficeServerPage::problem() const
{
    if (!m_enabled->isChecked()) {
        return {};
    }
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
        m_user->text().trimmed().isEmpty()) {
        return tr("The office server needs a host, a database and a user.");
    }
    if (!ServerAddress::parse(location())) {
        return tr("%1 is not a valid office server address.").arg(location());
    }
    return {};
}

std::expected<void, QString> OfficeServerPage::savePassword()
{
    if (!m_enabled->isChecked() || m_password->text().isEmpty()) {
        return {};
    }
    return m_secrets.write(AppSettings::officeServerSecretKey(location()), m_password->text());
}

void OfficeServerPage::testConnection()
{
    if (const QString why = problem(); !why.isEmpty() || !m_enabled->isChecked()) {
        m_result->setText(why.isEmpty() ? tr("The company is kept in a file on this machine.") : why);
        return;
    }
    QString password = m_password->text();
    if (password.isEmpty()) {
        if (auto stored = m_secrets.read(AppSettings::officeServerSecretKey(location())); stored && *stored) {
            password = **stored;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Opening also brings an older schema up to date, as the first desktop of an office would.
    auto database = Database::open(location(), password);
    QApplication::restoreOverrideCursor();
    if (!database) {
        m_result->setText(database.error().message());
        return;
    }
    const auto rights = OfficeServer::rightsOf((*database)->connection());
    m_result->setText(tr("Connected: schema %1; %2 %3.")
                          .arg((*database)->schemaVersion())
                          .arg(rights.user, rights.maySend ? tr("may send") : tr("may only view")));
}

} // namespace Kurier
