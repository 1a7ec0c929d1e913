#pragma once

#include "domain/Invoice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <expected>

namespace Kurier {

struct CompanyProfile;

// Sandbox mode: the local ksef-emulator as a child process, a demo company and demo invoices, so that Kurier
// can be tried with no credentials. The emulator prints one JSON line when it listens (its base URL, the demo
// context NIP and a KSeF token for it); the child is stopped with this object.
class SandboxEmulator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxEmulator)

public:
    struct Endpoint
    {
        QUrl baseUrl;
        QString contextNip;
        QString token; // the emulator's demo token: not a secret, never stored
    };

    // `program`: the ksef-emulator executable; `dataDirectory`: where it keeps its state between runs.
    SandboxEmulator(QString program, QString dataDirectory, QObject *parent = nullptr);
    ~SandboxEmulator() override;

    static inline const QString kDemoNip = QStringLiteral("5265877635");
    // The emulator installed beside the running program (or on the PATH).
    static QString defaultProgram();

    // Starts the emulator; `ready` comes when it listens, `failed` when it cannot start, stops at once, or
    // does not announce itself within `timeoutMs`. Never blocks: the caller's event loop goes on.
    void start(const QString &contextNip = kDemoNip, int timeoutMs = 15'000);
    bool isRunning() const;
    const Endpoint &endpoint() const { return m_endpoint; }
    void stop();

    static CompanyProfile demoCompany();
    // An accounting office's demo: three more client companies (a florist, a garage, a travel agency).
    static QList<CompanyProfile> demoClients();
    // The sandbox's accounting office (PROTOCOL.md §22): "Biuro Rachunkowe Demo", whose own certificate is
    // the identity Kurier acts as in the sandbox, and its three clients that granted it access in the
    // emulator — two to read and issue invoices, one (a law firm) to read only. Their officeAccess says
    // which.
    static CompanyProfile demoOffice();
    static QList<CompanyProfile> officeClients();
    // The demo company, one of its demo clients, or one of the office's clients.
    static bool isDemoNip(const QString &nip);
    // A client company grants the office its invoice rights in the running emulator (`write`: issuing too),
    // or takes them back (the emulator's control API, as the client's owner would in KSeF).
    std::expected<void, QString> grantOffice(const QString &clientNip, bool write);
    std::expected<void, QString> revokeOffice(const QString &clientNip);
    // A few realistic invoices of `seller` (several rates, a gross-priced one, one in EUR).
    static QList<Invoice> demoInvoices(const QDate &issueDate, const QDateTime &createdAt);
    static QList<Invoice> demoInvoices(const CompanyProfile &seller, const QDate &issueDate,
                                       const QDateTime &createdAt);
    // Makes `nip` a subject of the running emulator (its control API) → its KSeF token, or why not.
    std::expected<QString, QString> addSubject(const QString &nip);

signals:
    void ready(const Kurier::SandboxEmulator::Endpoint &endpoint);
    void failed(const QString &error);

private:
    void readOutput();
    // A call to the emulator's control API → its JSON answer, or why there is none.
    std::expected<QJsonObject, QString> control(const QByteArray &method, const QString &path,
                                                const QJsonObject &body);

    QString m_program;
    QString m_dataDirectory;
    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_output;
    Endpoint m_endpoint;
    bool m_ready = false;
};

} // namespace Kurier
