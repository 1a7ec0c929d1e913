// The emulator's permissions (PROTOCOL.md §22) over real HTTP: an accounting office and its employee act for
// a client with their own certificates, under the permissions the client gave — and lose them when it
// revokes them.
#include "EmulatorTest.h"
#include "EmulatorTestData.h"
#include "support/EmulatorHarness.h"

#include <QJsonArray>
#include <QTest>

namespace Kurier::Test {

class TestEmulatorPermissions : public EmulatorTest
{
    Q_OBJECT

    static inline const QString kOfficeNip = QStringLiteral("9876543210");
    static inline const QString kOtherNip = QStringLiteral("1111111111");
    static inline const QString kEmployeePesel = QStringLiteral("44051401359");

    // The outcome code of a permission operation once KSeF decided it.
    int decided(const HttpResult &accepted, const QString &access)
    {
        if (accepted.status != 202) {
            qWarning() << accepted.status << accepted.body;
            return -accepted.status;
        }
        // Polled gently: the permission endpoints share the context's budget (10/s, 30/min).
        const QString reference = accepted.json().value(QStringLiteral("referenceNumber")).toString();
        QJsonObject last;
        for (int i = 0; i < 100 && (i == 0 || code(last) == 100); ++i) {
            QTest::qWait(40);
            last = m_ksef->get(QStringLiteral("/permissions/operations/") + reference, access).json();
        }
        return code(last);
    }

    HttpResult grantEntity(const QString &access, const QString &nip, bool write, bool canDelegate = true)
    {
        QJsonArray permissions{QJsonObject{{QStringLiteral("type"), QStringLiteral("InvoiceRead")},
                                           {QStringLiteral("canDelegate"), canDelegate}}};
        if (write) {
            permissions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("InvoiceWrite")},
                                           {QStringLiteral("canDelegate"), canDelegate}});
        }
        return m_ksef->postJson(
            QStringLiteral("/permissions/entities/grants"),
            QJsonObject{{QStringLiteral("subjectIdentifier"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("Nip")},
                                     {QStringLiteral("value"), nip}}},
                        {QStringLiteral("permissions"), permissions},
                        {QStringLiteral("description"), QStringLiteral("Biuro rachunkowe")},
                        {QStringLiteral("subjectDetails"),
                         QJsonObject{{QStringLiteral("fullName"), QStringLiteral("Biuro Rachunkowe Demo")}}}},
            access);
    }

    HttpResult grantPerson(const QString &access, const QString &type, const QString &value,
                           const QStringList &permissions, const QString &path = QStringLiteral("persons"),
                           const QJsonObject &target = {})
    {
        QJsonObject body{
            {QStringLiteral("subjectIdentifier"),
             QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("value"), value}}},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
            {QStringLiteral("description"), QStringLiteral("Pracownik biura")},
            {QStringLiteral("subjectDetails"),
             QJsonObject{{QStringLiteral("subjectDetailsType"), QStringLiteral("PersonByIdentifier")},
                         {QStringLiteral("personById"),
                          QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Anna")},
                                      {QStringLiteral("lastName"), QStringLiteral("Kowalska")}}}}}};
        if (!target.isEmpty()) {
            body.insert(QStringLiteral("targetIdentifier"), target);
        }
        return m_ksef->postJson(QStringLiteral("/permissions/%1/grants").arg(path), body, access);
    }

    QString officeIn(const QString &contextNip, int *code = nullptr)
    {
        return m_ksef->authenticateAs(m_ksef->signedAuthRequest(contextNip, kOfficeNip), code);
    }
    QString employeeIn(const QString &contextNip, int *code = nullptr)
    {
        return m_ksef->authenticateAs(m_ksef->personAuthRequest(contextNip, kEmployeePesel), code);
    }
    QJsonArray list(const QString &path, const QString &access, const QJsonObject &body = {})
    {
        const HttpResult answer =
            m_ksef->postJson(QStringLiteral("/permissions/query/") + path, body, access);
        return answer.json().value(QStringLiteral("permissions")).toArray();
    }

private slots:
    void init() { QVERIFY(startFresh()); }

    void anOfficeActsForItsClientUnderTheClientsGrant()
    {
        int status = 0;
        QVERIFY(officeIn(kSellerNip, &status).isEmpty());
        QCOMPARE(status, 415); // no permission yet: "Brak przypisanych uprawnień"

        const HttpResult accepted = grantEntity(m_access, kOfficeNip, true);
        QCOMPARE(accepted.status, 202);
        const QString reference = accepted.json().value(QStringLiteral("referenceNumber")).toString();
        QVERIFY(reference.contains(u"-EG-"));
        QCOMPARE(code(m_ksef->get(QStringLiteral("/permissions/operations/") + reference, m_access).json()),
                 100);
        QCOMPARE(decided(accepted, m_access), 200);

        const QString office = officeIn(kSellerNip, &status);
        QVERIFY2(!office.isEmpty(), qPrintable(QString::number(status)));
        const EmulatorHarness::Session session = m_ksef->openSession(office);
        QVERIFY(!session.reference.isEmpty());
        const QJsonObject invoice = m_ksef->waitForInvoice(
            session.reference,
            m_ksef->sendInvoiceRef(session, office, emulatorInvoice(QStringLiteral("FV/P/1"))), office, 5000);
        QCOMPARE(code(invoice), 200);
        // An invoice of a seller the context may not invoice for: 410.
        QByteArray foreign = emulatorInvoice(QStringLiteral("FV/P/2"));
        foreign.replace(kSellerNip.toLatin1(), kOtherNip.toLatin1());
        const QJsonObject refused = m_ksef->waitForInvoice(
            session.reference, m_ksef->sendInvoiceRef(session, office, foreign), office, 5000);
        QCOMPARE(code(refused), 410);

        // The office, in its own context, lists the clients that gave it access.
        const QString own = officeIn(kOfficeNip);
        QVERIFY(!own.isEmpty());
        const QJsonArray clients = list(QStringLiteral("entities/grants"), own);
        QCOMPARE(clients.size(), 2);
        for (const QJsonValue &client : clients) {
            QCOMPARE(client[QStringLiteral("contextIdentifier")][QStringLiteral("value")].toString(),
                     kSellerNip);
            QVERIFY(client[QStringLiteral("canDelegate")].toBool());
        }
        // The owner sees the office among who holds what in its context.
        const QJsonArray holders =
            list(QStringLiteral("persons/grants"), m_access,
                 {{QStringLiteral("queryType"), QStringLiteral("PermissionsInCurrentContext")}});
        QCOMPARE(holders.size(), 2);
        QCOMPARE(holders[0][QStringLiteral("subjectEntityDetails")][QStringLiteral("fullName")].toString(),
                 QStringLiteral("Biuro Rachunkowe Demo"));
        // The office's own view of its rights in the client's context.
        QCOMPARE(list(QStringLiteral("personal/grants"), office).size(), 2);
    }

    void aReadOnlyGrantRefusesWritingWithTheMissingPermission()
    {
        QCOMPARE(decided(grantEntity(m_access, kOfficeNip, false), m_access), 200);
        const QString office = officeIn(kSellerNip);
        QVERIFY(!office.isEmpty());
        const EmulatorHarness::Session session = m_ksef->openSession(office);
        QVERIFY(session.reference.isEmpty());
        QCOMPARE(session.opened.status, 403);
        const QJsonObject problem = session.opened.json();
        QCOMPARE(problem[QStringLiteral("reasonCode")].toString(), QStringLiteral("missing-permissions"));
        QCOMPARE(problem[QStringLiteral("security")][QStringLiteral("requiredAnyOfPermissions")].toArray(),
                 QJsonArray{QStringLiteral("InvoiceWrite")});
        QCOMPARE(problem[QStringLiteral("security")][QStringLiteral("presentPermissions")].toArray(),
                 QJsonArray{QStringLiteral("InvoiceRead")});
        // Reading is allowed.
        const HttpResult metadata = m_ksef->postJson(
            QStringLiteral("/invoices/query/metadata"),
            QJsonObject{{QStringLiteral("subjectType"), QStringLiteral("Subject1")},
                        {QStringLiteral("dateRange"),
                         QJsonObject{{QStringLiteral("dateType"), QStringLiteral("Invoicing")},
                                     {QStringLiteral("from"),
                                      QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)}}}},
            office);
        QCOMPARE(metadata.status, 200);
    }

    void anEmployeeWorksThroughTheOfficeAndLosesAccessWhenTheClientRevokesIt()
    {
        int status = 0;
        QVERIFY(employeeIn(kSellerNip, &status).isEmpty());
        QCOMPARE(status, 415);
        QCOMPARE(decided(grantEntity(m_access, kOfficeNip, true), m_access), 200);
        const QString officeOwn = officeIn(kOfficeNip);
        QVERIFY(!officeOwn.isEmpty());
        // Passed on to the employee for this client.
        const QJsonObject target{{QStringLiteral("type"), QStringLiteral("Nip")},
                                 {QStringLiteral("value"), kSellerNip}};
        QCOMPARE(decided(grantPerson(officeOwn, QStringLiteral("Pesel"), kEmployeePesel,
                                     {QStringLiteral("InvoiceWrite"), QStringLiteral("InvoiceRead")},
                                     QStringLiteral("indirect"), target),
                         officeOwn),
                 200);
        const QString employee = employeeIn(kSellerNip, &status);
        QVERIFY2(!employee.isEmpty(), qPrintable(QString::number(status)));
        const EmulatorHarness::Session own = m_ksef->openSession(employee);
        QVERIFY(!own.reference.isEmpty());

        // Another subject's session: reading it needs Introspection.
        const QString office = officeIn(kSellerNip);
        const EmulatorHarness::Session officeSession = m_ksef->openSession(office);
        const HttpResult foreign =
            m_ksef->get(QStringLiteral("/sessions/") + officeSession.reference, employee);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.json()[QStringLiteral("reasonCode")].toString(),
                 QStringLiteral("insufficient-resource-access"));
        QCOMPARE(m_ksef->get(QStringLiteral("/sessions/") + own.reference, employee).status, 200);
        QCOMPARE(m_ksef->get(QStringLiteral("/sessions/") + officeSession.reference, m_access).status, 200);
        QCOMPARE(decided(grantPerson(m_access, QStringLiteral("Pesel"), kEmployeePesel,
                                     {QStringLiteral("Introspection")}),
                         m_access),
                 200);
        QCOMPARE(m_ksef->get(QStringLiteral("/sessions/") + officeSession.reference, employee).status, 200);

        // The client lists the employee among those holding rights in its context.
        const QJsonArray holders =
            list(QStringLiteral("persons/grants"), m_access,
                 {{QStringLiteral("queryType"), QStringLiteral("PermissionsInCurrentContext")}});
        QCOMPARE(holders.size(), 5); // office ×2, employee through the office ×2, employee's Introspection

        // The client revokes the office: the employee's access goes with it (cascade).
        const QJsonArray clients = list(QStringLiteral("entities/grants"), officeOwn);
        for (const QJsonValue &grant : clients) {
            const HttpResult revoked = m_ksef->request(
                "DELETE",
                QStringLiteral("/permissions/common/grants/") + grant[QStringLiteral("id")].toString(), {},
                {{"Authorization", "Bearer " + m_access.toUtf8()}});
            QCOMPARE(decided(revoked, m_access), 200);
        }
        const EmulatorHarness::Session refused = m_ksef->openSession(employee);
        QCOMPARE(refused.opened.status, 403);
        QVERIFY(!employeeIn(kSellerNip).isEmpty()); // Introspection alone still logs in
        QTest::qWait(1100); // a new second of the owner's budget for the permission endpoints (10/s)
        QCOMPARE(
            decided(m_ksef->request(
                        "DELETE",
                        QStringLiteral("/permissions/common/grants/") +
                            list(QStringLiteral("persons/grants"), m_access,
                                 {{QStringLiteral("queryType"),
                                   QStringLiteral("PermissionsInCurrentContext")}})[0][QStringLiteral("id")]
                                .toString(),
                        {}, {{"Authorization", "Bearer " + m_access.toUtf8()}}),
                    m_access),
            200);
        QVERIFY(employeeIn(kSellerNip, &status).isEmpty());
        QCOMPARE(status, 415);
        QVERIFY(officeIn(kSellerNip, &status).isEmpty());
        QCOMPARE(status, 415);
    }

    void grantsAreCheckedBeforeAndWhenTheyAreDecided()
    {
        // Only a holder of CredentialsManage grants.
        QCOMPARE(decided(grantEntity(m_access, kOfficeNip, true, false), m_access), 200);
        const QString office = officeIn(kSellerNip);
        const HttpResult refused =
            grantPerson(office, QStringLiteral("Pesel"), kEmployeePesel, {QStringLiteral("InvoiceRead")});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json()[QStringLiteral("reasonCode")].toString(),
                 QStringLiteral("missing-permissions"));
        // Malformed identifiers and permissions: 400 before anything is queued.
        QCOMPARE(grantPerson(m_access, QStringLiteral("Pesel"), QStringLiteral("44051401358"),
                             {QStringLiteral("InvoiceRead")})
                     .exceptionCode(),
                 21405);
        QCOMPARE(grantPerson(m_access, QStringLiteral("Pesel"), kEmployeePesel, {QStringLiteral("Owner")})
                     .exceptionCode(),
                 21405);
        // Without canDelegate the office cannot pass the right on: the operation ends with 420.
        const QString officeOwn = officeIn(kOfficeNip);
        const QJsonObject target{{QStringLiteral("type"), QStringLiteral("Nip")},
                                 {QStringLiteral("value"), kSellerNip}};
        QCOMPARE(decided(grantPerson(officeOwn, QStringLiteral("Pesel"), kEmployeePesel,
                                     {QStringLiteral("InvoiceWrite")}, QStringLiteral("indirect"), target),
                         officeOwn),
                 420);
        QVERIFY(employeeIn(kSellerNip).isEmpty());
        // Granting the context's owner a right: 440.
        QCOMPARE(
            decided(grantPerson(m_access, QStringLiteral("Nip"), kSellerNip, {QStringLiteral("InvoiceRead")}),
                    m_access),
            440);
        // An unknown operation, an unknown grant.
        QCOMPARE(m_ksef
                     ->get(QStringLiteral("/permissions/operations/20250626-EG-333C814000-C529F710D8-D2"),
                           m_access)
                     .exceptionCode(),
                 21405);
        QCOMPARE(
            m_ksef
                ->request("DELETE",
                          QStringLiteral("/permissions/common/grants/00000000-0000-0000-0000-000000000000"),
                          {}, {{"Authorization", "Bearer " + m_access.toUtf8()}})
                .exceptionCode(),
            21405);
    }

    void testDataGrantsAPersonByFingerprint()
    {
        QString fingerprint;
        const QByteArray first = m_ksef->personAuthRequest(kSellerNip, kEmployeePesel, &fingerprint);
        const QJsonObject context{{QStringLiteral("type"), QStringLiteral("Nip")},
                                  {QStringLiteral("value"), kSellerNip}};
        const QJsonObject person{{QStringLiteral("type"), QStringLiteral("Fingerprint")},
                                 {QStringLiteral("value"), fingerprint.toLower()}};
        QCOMPARE(m_ksef
                     ->postJson(QStringLiteral("/testdata/permissions"),
                                {{QStringLiteral("contextIdentifier"), context},
                                 {QStringLiteral("authorizedIdentifier"), person},
                                 {QStringLiteral("permissions"),
                                  QJsonArray{QJsonObject{
                                      {QStringLiteral("permissionType"), QStringLiteral("InvoiceRead")},
                                      {QStringLiteral("description"), QStringLiteral("Odczyt faktur")}}}}})
                     .status,
                 200);
        int status = 0;
        const QString reader = m_ksef->authenticateAs(first, &status);
        QVERIFY2(!reader.isEmpty(), qPrintable(QString::number(status)));
        const QJsonArray mine = list(QStringLiteral("personal/grants"), reader);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0][QStringLiteral("permissionScope")].toString(), QStringLiteral("InvoiceRead"));
        // Another certificate of the same person is another fingerprint: it holds nothing by it (but by PESEL
        // it would, had one been given).
        QVERIFY(employeeIn(kSellerNip).isEmpty());
        QCOMPARE(m_ksef
                     ->postJson(QStringLiteral("/testdata/permissions/revoke"),
                                {{QStringLiteral("contextIdentifier"), context},
                                 {QStringLiteral("authorizedIdentifier"), person}})
                     .status,
                 200);
        QCOMPARE(m_ksef->postJson(QStringLiteral("/permissions/query/personal/grants"), {}, reader).status,
                 200);
        const EmulatorHarness::Session none = m_ksef->openSession(reader);
        QCOMPARE(none.opened.status, 403);
    }
};

} // namespace Kurier::Test

QTEST_GUILESS_MAIN(Kurier::Test::TestEmulatorPermissions)
#include "tst_emulator_permissions.moc"
