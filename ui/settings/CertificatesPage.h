#pragma once

#include "services/OutboxWorker.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Kurier {

class DesktopSession;
class Prompts;

// Settings → Certificates: the company's KSeF certificates (type, serial, validity, KSeF's status), getting
// new ones (after a login with a request signed elsewhere or a .p12 when the company is still on a KSeF
// token), importing one from KSeF's own application, and revoking. KSeF calls go through the worker; keys go
// only to the keychain (DesktopSession).
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    CertificatesPage(DesktopSession &session, Prompts &prompts, QWidget *parent = nullptr);

    void refresh(); // the keychain's certificates at once, KSeF's statuses when the worker answers
    QTreeWidget *list() const { return m_list; }
    QString statusText() const;
    QString limitsText() const;

    // The steps behind the buttons (public for the tests, which answer the prompts).
    void writeRequest();       // "Write login request…"
    void useSignedRequest();   // "Choose signed file…": checks it, then enrols both types
    void useP12();             // "Use a .p12 file…": then enrols both types
    void getNewCertificates(); // with the company's own signature login (its Authentication certificate)
    void importFiles();
    void revokeSelected();

signals:
    void busyChanged(bool busy);

private:
    // The worker answers later, on the GUI thread: a page closed meanwhile (Settings cancelled at once) must
    // not be called back. Every callback handed to the session goes through this.
    template <typename Callback>
    auto whileOpen(Callback callback)
    {
        return [page = QPointer<CertificatesPage>(this), callback](auto &&...arguments) {
            if (page) {
                callback(std::forward<decltype(arguments)>(arguments)...);
            }
        };
    }

    void enrol(const OutboxWorker::CertificateLogin &login);
    void setBusy(bool busy, const QString &text = {});
    void showRows(const QList<KsefCertificateInfo> *remote, const QString &remoteProblem);

    DesktopSession &m_session;
    Prompts &m_prompts;
    // What the page shows: the token banner, the certificates, the last outcome.
    QLabel *m_banner = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_limits = nullptr;
    // Logging in once with a signature (a company on a token).
    QPushButton *m_writeRequest = nullptr;
    QPushButton *m_useSigned = nullptr;
    QPushButton *m_useP12 = nullptr;
    // Working with the certificates.
    QPushButton *m_getNew = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_refresh = nullptr;

    std::optional<KsefClient::SignatureRequest> m_request; // written, waiting for its signed copy
};

} // namespace Kurier
