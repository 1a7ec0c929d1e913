#include "settings/FirstRunDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace Kurier {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Kurier"));
    setObjectName(QStringLiteral("firstRunDialog"));
    auto *title =
        new QLabel(tr("<h2>Welcome to Kurier</h2><p>Kurier sends your invoices to KSeF and keeps, for "
                      "each one, its KSeF number and the official receipt (UPO).</p>"),
                   this);
    title->setWordWrap(true);
    auto *sandbox =
        new QCommandLinkButton(tr("Try it in the sandbox"),
                               tr("A local KSeF emulator, a demo company and a few demo invoices: "
                                  "send them and see their UPOs within a minute. Nothing leaves "
                                  "this computer."),
                               this);
    sandbox->setObjectName(QStringLiteral("trySandbox"));
    sandbox->setDefault(true);
    auto *company =
        new QCommandLinkButton(tr("Set up my company"),
                               tr("Your NIP, the KSeF environment (TEST, DEMO or PRODUCTION) and a "
                                  "KSeF token or certificate."),
                               this);
    company->setObjectName(QStringLiteral("setUpCompany"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(sandbox);
    layout->addWidget(company);
    connect(sandbox, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Sandbox;
        accept();
    });
    connect(company, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::SetUpCompany;
        accept();
    });
    setMinimumWidth(560);
}

} // namespace Kurier
