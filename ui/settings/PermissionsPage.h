#pragma once

#include "settings/PermissionsBackend.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace Kurier {

class Prompts;

// Settings → Permissions (PROTOCOL.md §22): who holds what in KSeF for this company — persons, offices, and
// the people an office passed its rights on to — granting reading and issuing invoices (and for persons
// Introspection and the credentials rights) to a person by PESEL, NIP or certificate fingerprint or to an
// office by NIP, and revoking after a confirmation that names the consequence. Each operation is followed
// until KSeF decides, its outcome said in plain words.
class PermissionsPage : public QWidget
{
    Q_OBJECT

public:
    PermissionsPage(PermissionsBackend &backend, Prompts &prompts, QString companyNip,
                    QWidget *parent = nullptr);

    void refresh();
    void grant();          // the form's "Grant"
    void revokeSelected(); // "Revoke…"
    // The form, for the tests (and keyboard users: every field has a mnemonic).
    QTreeWidget *list() const { return m_list; }
    QString statusText() const;
    QLineEdit *subjectEdit() const { return m_subject; }
    QLineEdit *firstNameEdit() const { return m_firstName; }
    QLineEdit *lastNameEdit() const { return m_lastName; }
    QLineEdit *officeNameEdit() const { return m_officeName; }
    QLineEdit *onwardEdit() const { return m_onward; }
    QRadioButton *toOffice() const { return m_toOffice; }
    QCheckBox *rightBox(const QString &permission) const;

signals:
    void busyChanged(bool busy);

protected:
    void showEvent(QShowEvent *event) override; // KSeF's list is read when the page is first shown

private:
    template <typename Callback>
    auto whileOpen(Callback callback)
    {
        return [page = QPointer<PermissionsPage>(this), callback](auto &&...arguments) {
            if (page) {
                callback(std::forward<decltype(arguments)>(arguments)...);
            }
        };
    }
    void setBusy(bool busy, const QString &text = {});
    void showRows(const QList<PermissionGrantInfo> &grants);
    void updateForm();
    void report(const PermissionsBackend::Outcome &outcome);
    PermissionGrantRequest request() const;

    PermissionsBackend &m_backend;
    Prompts &m_prompts;
    QString m_nip;
    QList<PermissionGrantInfo> m_grants;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_revoke = nullptr;
    QRadioButton *m_toPerson = nullptr;
    QRadioButton *m_toOffice = nullptr;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_officeName = nullptr;
    QLineEdit *m_onward = nullptr; // an office passing a client's rights on: the client's NIP or "all"
    QCheckBox *m_canDelegate = nullptr;
    QList<QCheckBox *> m_rights;
    QPushButton *m_grant = nullptr;
    bool m_read = false;
    QString m_outcome; // the last grant's or revoke's outcome, kept above the refreshed list
};

} // namespace Kurier
