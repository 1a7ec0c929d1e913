#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Kurier::Emulator {

// Who logged in (PROTOCOL.md §22): the identifiers a signing certificate carries. A KSeF-token login is the
// context's owner and has no identity of its own (empty).
struct SubjectIdentity
{
    QString nip;
    QString pesel;
    QString fingerprint; // SHA-256 of the certificate's DER, upper-case hex

    bool isEmpty() const { return nip.isEmpty() && pesel.isEmpty() && fingerprint.isEmpty(); }
    // Whether a grant's subject identifier ({type, value}) names this identity.
    bool matches(const QString &type, const QString &value) const;
    // The identifier KSeF reports for it: the NIP, else the PESEL, else the fingerprint.
    QJsonObject identifierJson() const;
    QString key() const; // one text per identity, for comparisons
};

// One permission held in a context. Grants with several permissions are stored as one row per permission,
// the way KSeF lists and revokes them.
struct PermissionGrant
{
    enum class Kind
    {
        Person,        // POST /permissions/persons/grants, /testdata/permissions
        Entity,        // POST /permissions/entities/grants
        Indirect,      // POST /permissions/indirect/grants: held in the office's context, aimed at a client
        Authorization, // POST /permissions/authorizations/grants (SelfInvoicing, …)
    };
    QString id; // 36 characters (a UUID)
    Kind kind = Kind::Person;
    QString contextNip;   // who granted it (for Indirect: the office)
    QString subjectType;  // Nip, Pesel, Fingerprint
    QString subjectValue; //
    QString permission;   // InvoiceWrite, …
    bool canDelegate = false;
    QString targetType;  // Indirect: Nip or AllPartners
    QString targetValue; //
    QJsonObject author;  // {type, value}: who granted it (System for test data)
    QString description;
    QJsonObject subjectDetails; // as given: {firstName, lastName} or {fullName}
    QDateTime started;
};

// A grant or revoke request and how KSeF decided it (GET /permissions/operations/{ref}): status 100 until
// `decidesAt`, then `code`. The change itself is made when it is decided.
struct PermissionOperation
{
    QString reference;
    QDateTime created;
    QDateTime decidesAt;
    int code = 200;
    QStringList details;
    QList<PermissionGrant> adds;
    QStringList removes; // grant ids
};

// Every permission the emulator knows, and the rules that decide what a subject may do in a context.
class PermissionRegistry
{
public:
    // Makes every operation decided by `now` take effect.
    void settle(const QDateTime &now);
    void submit(PermissionOperation operation);
    const PermissionOperation *operation(const QString &reference) const;
    static QString codeDescription(int code);

    // Test data (/testdata/permissions): effective at once.
    void add(const PermissionGrant &grant) { m_grants.append(grant); }
    int removeAll(const QString &contextNip, const QString &subjectType, const QString &subjectValue);

    const PermissionGrant *grant(const QString &id) const;
    QList<PermissionGrant> grants(const std::function<bool(const PermissionGrant &)> &wanted) const;

    // What `who` holds in `contextNip` through grants (not as the owner): direct person grants, an entity
    // grant to its NIP, and indirect grants of an office whose own entity grant in that context is delegable
    // and still there (revoking the office cascades to its employees).
    QSet<QString> effective(const QString &contextNip, const SubjectIdentity &who) const;
    // The grants behind effective(): what GET personal grants lists.
    QList<PermissionGrant> personal(const QString &contextNip, const SubjectIdentity &who) const;
    // Whether `officeNip` holds `permission` with canDelegate in `clientNip`.
    bool delegable(const QString &clientNip, const QString &officeNip, const QString &permission) const;

    QJsonObject toJson() const;
    static PermissionRegistry fromJson(const QJsonObject &json);

private:
    QList<PermissionGrant> m_grants;
    QHash<QString, PermissionOperation> m_operations;
    // The operations not decided yet: settle() runs on every request of a subject acting through grants, so
    // it looks at these only, not at every operation ever submitted.
    QStringList m_pending;
};

} // namespace Kurier::Emulator
