#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace Kurier {

// A company Kurier issues and sends invoices for (one KSeF context).
struct CompanyProfile
{
    QString nip;
    QString name;
    QString address1;
    QString address2;
    QString bankAccount;
    QString bankName;
    QString numberingPattern = QStringLiteral("FV/{n}/{MM}/{YYYY}");
    int paymentDays = 14;
    // Team mode: the office server that keeps this company (postgresql://USER@HOST:PORT/DATABASE?sslmode=…);
    // empty: a SQLite file on this machine. Its password is in the keychain (officeServerSecretKey).
    QString officeServer;
    // A company of the sandbox (the demo company, its demo clients, clients added there): its data stays in
    // the sandbox's folder and it talks to the local emulator only.
    bool sandbox = false;
    // Reached through an accounting office's KSeF permissions (PROTOCOL.md §22) — the identity this computer
    // acts as, no credentials of the company's own — and what the company granted when KSeF was last asked:
    // "read-write" or "read" (then nothing is sent for it). Empty: the company's own credentials.
    QString officeAccess;
    bool throughOffice() const { return !officeAccess.isEmpty(); }
    bool officeMayWrite() const { return officeAccess == u"read-write"; }
    bool operator==(const CompanyProfile &) const = default;
};

// The desktop application's settings, typed: every key is read and written here and nowhere else. Secrets are
// not settings — they live in the system keychain (CredentialVault).
struct AppSettings
{
    enum class AuthMethod
    {
        KsefToken,
        Certificate,
    };

    QList<CompanyProfile> companies;
    QString currentNip;
    QString environment = QStringLiteral("test"); // test | demo | production | a base URL
    AuthMethod authMethod = AuthMethod::KsefToken;
    // Sending rules.
    bool sendAutomatically = true; // send queued invoices as soon as they are ready (otherwise on request)
    int onlineMax = 20;            // more invoices at once than this go in a batch session
    int requestTimeoutSeconds = 30;
    // Alert thresholds.
    int stuckAfterMinutes = 30;
    int reconcileEveryMinutes = 240; // the desktop's reconciliation while open (0: only on request)
    int incomingEveryMinutes = 15;   // purchase invoices while open (at least 15; 0: only on request)
    int missingUpoAfterMinutes = 120;
    int availabilityEverySeconds = 180; // how often Latarnia is asked while the window is open
    int offlineWarningHours = 0; // warn this long before an offline invoice is due; 0: 08:00 on its due day
    // The last day KSeF tokens are assured (ksef/tokensEndOn): the regulation's 31 December 2026 until the
    // Ministry confirms another (the API team spoke of 30 November 2027, PROTOCOL.md §23). Every banner,
    // alert and the Clients view's "credentials end" follow this one value.
    static inline const QDate kTokensEndByRegulation{2026, 12, 31};
    QDate tokensEndOn = kTokensEndByRegulation;
    // Desktop behaviour.
    bool keepSendingInTray = true; // closing the window keeps sending from the tray
    QString language;              // "" (system), "pl", "en"
    bool firstRunDone = false;
    bool sandbox = false; // the company is the sandbox's demo company (local emulator)

    const CompanyProfile *currentCompany() const;
    CompanyProfile *currentCompany();
    const CompanyProfile *companyByNip(const QString &nip) const; // null when it is not a company here
    void upsertCompany(const CompanyProfile &company); // by NIP; becomes the current one when it is the first

    // The database of a company in the settings' environment: `companies/<environment>-<NIP>.sqlite` under
    // the data folder — one per company and environment, so that companies never share an outbox. The desktop
    // and `kurier-cli reconcile --desktop` both find them here.
    // A company kept on an office server is found at its server address instead.
    QString companyDatabasePath(const QString &dataDirectory, const QString &nip) const;
    // The keychain entry holding the password of an office server address.
    static QString officeServerSecretKey(const QString &location);

    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const AppSettings &) const = default;
};

} // namespace Kurier
