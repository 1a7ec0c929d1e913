#pragma once

#include "ksef/KsefClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Kurier {

// Whom a permission names (PROTOCOL.md §22): a person by PESEL or NIP, an entity by NIP, or anyone by the
// fingerprint of a certificate.
struct PermissionSubject
{
    enum class Type
    {
        Nip,
        Pesel,
        Fingerprint,
    };
    Type type = Type::Nip;
    QString value;

    // "5265877635", "44051401359", 64 hex digits: the type is read from the text; nothing when it is none.
    static std::optional<PermissionSubject> parse(const QString &text);
    QString typeKey() const; // KSeF's word: Nip, Pesel, Fingerprint
};

// One permission KSeF lists (one row per permission, as KSeF keeps them).
struct PermissionGrantInfo
{
    enum class Kind
    {
        Person,   // granted directly to a person
        Entity,   // granted to a company (an accounting office)
        Indirect, // passed on by an office to its people
    };
    QString id;
    Kind kind = Kind::Person;
    QString subjectType; // Nip, Pesel, Fingerprint
    QString subjectValue;
    QString subjectName; // "Anna Kowalska", "Biuro Rachunkowe Demo"
    QString permission;  // InvoiceWrite, InvoiceRead, Introspection, CredentialsRead, CredentialsManage, …
    bool canDelegate = false;
    QString contextNip; // whose context it is held in (entities/grants, personal grants)
    QString targetNip;  // Indirect: the client; empty with allPartners
    bool allPartners = false;
    QString grantedBy;     // the author's identifier
    bool passedOn = false; // listed by passedOn(): what the current context (an office) gave its people
    QString description;
    QDateTime since;
};

// What a person asks to grant: to a person (by PESEL, NIP or fingerprint, with the name KSeF records), to an
// office (`entityName` set: an entity by NIP, read/write only, `canDelegate` so it can pass them on to its
// people), or — as an office — passing its rights in a client on to one of its people (`onward`).
struct PermissionGrantRequest
{
    PermissionSubject subject;
    QStringList permissions; // KSeF's words: InvoiceRead, InvoiceWrite, Introspection, …
    QString firstName;
    QString lastName;
    QString entityName;
    bool canDelegate = true;
    bool onward = false;
    QString clientNip; // onward: the client, empty for every client
    QString description;

    // Why it cannot be sent as it is (in the UI language); empty when it can.
    QString problem() const;
};

// How KSeF decided a grant or revoke (GET /permissions/operations/{ref}).
struct PermissionOutcome
{
    enum class Phase
    {
        Pending,
        Done,
        Refused, // 400–550: `code` says why
    };
    Phase phase = Phase::Pending;
    int code = 100;
    QString description;
    QStringList details;
    // What it means for a person, in the UI language (the codes of §22).
    QString text() const;
};

// KSeF's permissions API over the client's transport and login: grant, revoke, follow the operation, list.
// The caller is logged in the context the permissions are about (the company's for an owner, the office's
// for what the office passes on).
class KsefPermissions
{
    Q_DECLARE_TR_FUNCTIONS(KsefPermissions)

public:
    template <typename T>
    using Result = KsefClient::Result<T>;

    explicit KsefPermissions(KsefClient &client)
        : m_client(client)
    {}

    // Each → the operation's reference number (follow it with outcome()).
    Result<QString> grantToPerson(const PermissionSubject &person, const QStringList &permissions,
                                  const QString &firstName, const QString &lastName,
                                  const QString &description);
    Result<QString> grantToEntity(const QString &nip, const QString &fullName, const QStringList &permissions,
                                  bool canDelegate, const QString &description);
    // An office passes its delegable rights in `clientNip` (empty: every client) to one of its people.
    Result<QString> grantIndirect(const PermissionSubject &person, const QString &clientNip,
                                  const QStringList &permissions, const QString &firstName,
                                  const QString &lastName, const QString &description);
    Result<QString> revoke(const QString &permissionId);
    // The request, to the endpoint its kind needs → the operation's reference number.
    Result<QString> grant(const PermissionGrantRequest &request);

    Result<PermissionOutcome> outcome(const QString &reference);
    // Polls until KSeF decides (or `timeout` passes: Pending).
    Result<PermissionOutcome> waitForOutcome(const QString &reference,
                                             std::chrono::milliseconds timeout = std::chrono::seconds(60));

    // Who holds what in the current context: persons, entities, and an office's people working here.
    Result<QList<PermissionGrantInfo>> holders();
    // What the current context (an office) passed on to its people.
    Result<QList<PermissionGrantInfo>> passedOn();
    // The clients that gave the current context's entity (the office) access, with the rights each gave.
    Result<QList<PermissionGrantInfo>> clientsGrants(const QString &clientNip = {});
    // The logged-in subject's own permissions in the current context.
    Result<QList<PermissionGrantInfo>> mine();

private:
    Result<QString> post(const QString &path, const QJsonObject &body); // → the operation's reference
    Result<QList<PermissionGrantInfo>> query(const QString &path, const QJsonObject &body,
                                             PermissionGrantInfo::Kind defaultKind);
    KsefClient &m_client;
};

} // namespace Kurier
