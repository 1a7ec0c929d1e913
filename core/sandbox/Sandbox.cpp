#include "sandbox/Sandbox.h"

#include "settings/AppSettings.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>

#include <sys/prctl.h>

#include <algorithm>
#include <csignal>

namespace Kurier {

SandboxEmulator::SandboxEmulator(QString program, QString dataDirectory, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_dataDirectory(std::move(dataDirectory))
{
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        if (!m_ready) {
            const int seconds = m_startTimeout.interval() / 1000;
            stop();
            emit failed(tr("The local KSeF emulator did not start within %1 s.").arg(seconds));
        }
    });
    connect(this, &SandboxEmulator::failed, &m_startTimeout, &QTimer::stop);
    connect(this, &SandboxEmulator::ready, &m_startTimeout, &QTimer::stop);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxEmulator::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            emit failed(tr("The local KSeF emulator (%1) cannot be started: %2")
                            .arg(m_program, m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_ready) {
            emit failed(tr("The local KSeF emulator stopped at once (exit code %1): %2")
                            .arg(code)
                            .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
        }
        m_ready = false;
    });
}

SandboxEmulator::~SandboxEmulator()
{
    stop();
}

QString SandboxEmulator::defaultProgram()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/ksef-emulator");
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("ksef-emulator"));
    return onPath.isEmpty() ? beside : onPath;
}

void SandboxEmulator::start(const QString &contextNip, int timeoutMs)
{
    stop();
    m_output.clear();
    m_ready = false;
    QDir().mkpath(m_dataDirectory);
    m_process.setProgram(m_program);
    // The emulator ends with Kurier, even when Kurier is killed (a sandbox never outlives its window).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--demo"),
                            contextNip, QStringLiteral("--data-dir"), m_dataDirectory});
    m_startTimeout.start(timeoutMs);
    m_process.start();
}

bool SandboxEmulator::isRunning() const
{
    return m_ready && m_process.state() == QProcess::Running;
}

void SandboxEmulator::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_ready = true; // an intended stop is not a failure
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished(2'000);
        }
    }
    m_ready = false;
}

void SandboxEmulator::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (m_ready) {
        m_output.clear();
        return;
    }
    const qsizetype end = m_output.indexOf('\n');
    if (end < 0) {
        return;
    }
    const QJsonObject announced = QJsonDocument::fromJson(m_output.left(end)).object();
    m_output.clear();
    m_endpoint.baseUrl = QUrl(announced.value(QStringLiteral("baseUrl")).toString());
    m_endpoint.contextNip = announced.value(QStringLiteral("contextNip")).toString();
    m_endpoint.token = announced.value(QStringLiteral("token")).toString();
    if (!m_endpoint.baseUrl.isValid() || m_endpoint.token.isEmpty()) {
        emit failed(tr("The local KSeF emulator answered something unexpected at start-up."));
        return;
    }
    m_ready = true;
    emit ready(m_endpoint);
}

CompanyProfile SandboxEmulator::demoCompany()
{
    CompanyProfile company;
    company.nip = kDemoNip;
    company.name = QStringLiteral("Piekarnia Demo sp. z o.o.");
    company.address1 = QStringLiteral("ul. Chlebowa 7");
    company.address2 = QStringLiteral("00-950 Warszawa");
    company.bankAccount = QStringLiteral("61109010140000071219812874");
    company.bankName = QStringLiteral("Bank Demo S.A.");
    company.numberingPattern = QStringLiteral("DEMO/{n}/{MM}/{YYYY}");
    company.sandbox = true;
    return company;
}

QList<CompanyProfile> SandboxEmulator::demoClients()
{
    struct Demo
    {
        const char *nip;
        const char *name;
        const char *street;
        const char *city;
        const char *pattern;
    };
    const Demo demos[] = {
        {"7771234567", "Kwiaciarnia Demo s.c.", "ul. Różana 5", "31-001 Kraków", "KW/{n}/{MM}/{YYYY}"},
        {"9510001233", "Warsztat Samochodowy Demo", "ul. Portowa 21", "80-002 Gdańsk", "WS/{n}/{YYYY}"},
        {"6340009871", "Biuro Podróży Demo sp. z o.o.", "ul. Mariacka 9", "40-001 Katowice",
         "BP/{n}/{MM}/{YYYY}"},
    };
    QList<CompanyProfile> clients;
    for (const Demo &demo : demos) {
        CompanyProfile company = demoCompany();
        company.nip = QString::fromLatin1(demo.nip);
        company.name = QString::fromUtf8(demo.name);
        company.address1 = QString::fromUtf8(demo.street);
        company.address2 = QString::fromUtf8(demo.city);
        company.numberingPattern = QString::fromLatin1(demo.pattern);
        clients.append(company);
    }
    return clients;
}

bool SandboxEmulator::isDemoNip(const QString &nip)
{
    if (nip == kDemoNip) {
        return true;
    }
    const QList<CompanyProfile> clients = demoClients() + officeClients();
    return std::any_of(clients.begin(), clients.end(), [&](const CompanyProfile &c) { return c.nip == nip; });
}

std::expected<QJsonObject, QString> SandboxEmulator::control(const QByteArray &method, const QString &path,
                                                             const QJsonObject &body)
{
    if (!isRunning()) {
        return std::unexpected(tr("The local KSeF emulator is not running."));
    }
    QUrl url = m_endpoint.baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const QString error = reply->errorString();
    const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    reply->abort();
    reply->deleteLater();
    if (!ok) {
        return std::unexpected(error);
    }
    return answer;
}

std::expected<QString, QString> SandboxEmulator::addSubject(const QString &nip)
{
    const auto answer =
        control("POST", QStringLiteral("/_emulator/subjects"), {{QStringLiteral("nip"), nip}});
    const QString token = answer ? answer->value(QStringLiteral("token")).toString() : QString();
    if (token.isEmpty()) {
        return std::unexpected(tr("The local KSeF emulator did not add the demo company %1: %2")
                                   .arg(nip, answer ? tr("no token") : answer.error()));
    }
    return token;
}

CompanyProfile SandboxEmulator::demoOffice()
{
    CompanyProfile office = demoCompany();
    office.nip = QStringLiteral("9876543210");
    office.name = QStringLiteral("Biuro Rachunkowe Demo");
    office.address1 = QStringLiteral("ul. Księgowa 1");
    office.address2 = QStringLiteral("00-950 Warszawa");
    return office;
}

QList<CompanyProfile> SandboxEmulator::officeClients()
{
    struct Demo
    {
        const char *nip;
        const char *name;
        const char *city;
        const char *access;
    };
    const Demo demos[] = {
        {"5831112224", "Hurtownia Demo sp. z o.o.", "80-001 Gdańsk", "read-write"},
        {"6762223339", "Apteka Demo", "30-001 Kraków", "read-write"},
        {"1134445554", "Kancelaria Prawna Demo", "00-001 Warszawa", "read"},
    };
    QList<CompanyProfile> clients;
    for (const Demo &demo : demos) {
        CompanyProfile company = demoCompany();
        company.nip = QString::fromLatin1(demo.nip);
        company.name = QString::fromUtf8(demo.name);
        company.address2 = QString::fromUtf8(demo.city);
        company.numberingPattern = QStringLiteral("FV/{n}/{MM}/{YYYY}");
        company.officeAccess = QString::fromLatin1(demo.access);
        clients.append(company);
    }
    return clients;
}

std::expected<void, QString> SandboxEmulator::grantOffice(const QString &clientNip, bool write)
{
    const auto answer = control("POST", QStringLiteral("/_emulator/permissions/office"),
                                {{QStringLiteral("clientNip"), clientNip},
                                 {QStringLiteral("officeNip"), demoOffice().nip},
                                 {QStringLiteral("officeName"), demoOffice().name},
                                 {QStringLiteral("write"), write}});
    if (!answer) {
        return std::unexpected(answer.error());
    }
    return {};
}

std::expected<void, QString> SandboxEmulator::revokeOffice(const QString &clientNip)
{
    const auto answer =
        control("DELETE", QStringLiteral("/_emulator/permissions/office"),
                {{QStringLiteral("clientNip"), clientNip}, {QStringLiteral("officeNip"), demoOffice().nip}});
    if (!answer) {
        return std::unexpected(answer.error());
    }
    return {};
}

QList<Invoice> SandboxEmulator::demoInvoices(const QDate &issueDate, const QDateTime &createdAt)
{
    return demoInvoices(demoCompany(), issueDate, createdAt);
}

QList<Invoice> SandboxEmulator::demoInvoices(const CompanyProfile &company, const QDate &issueDate,
                                             const QDateTime &createdAt)
{
    struct Buyer
    {
        const char *nip;
        const char *name;
        const char *street;
        const char *city;
    };
    const Buyer buyers[] = {
        {"7010002139", "Kawiarnia Pod Lipą s.c.", "ul. Lipowa 3", "30-001 Kraków"},
        {"9512374961", "Hotel Nad Wisłą sp. z o.o.", "Bulwar Nadwiślański 12", "80-001 Gdańsk"},
        {"1132853869", "Sklep Spożywczy Jan Nowak", "ul. Polna 18", "60-001 Poznań"},
        {"5213870271", "Restauracja Smaki Świata S.A.", "ul. Marszałkowska 101", "00-001 Warszawa"},
    };
    struct Item
    {
        const char *name;
        const char *unit;
        const char *quantity;
        const char *price;
        VatRate rate;
    };
    const QList<QList<Item>> orders = {
        {{"Chleb żytni na zakwasie", "szt.", "40", "8.50", VatRate::Rate5},
         {"Bułka kajzerka", "szt.", "200", "0.90", VatRate::Rate5}},
        {{"Rogaliki maślane", "szt.", "120", "2.40", VatRate::Rate8},
         {"Dostawa", "usł.", "1", "45.00", VatRate::Rate23}},
        {{"Tort okolicznościowy", "szt.", "1", "180.00", VatRate::Rate8}},
        {{"Pieczywo — abonament miesięczny", "mies.", "1", "2400.00", VatRate::Rate5},
         {"Szkolenie z wypieku", "godz.", "3", "150.00", VatRate::Rate23},
         {"Wynajem pieca (zw)", "dzień", "2", "300.00", VatRate::Exempt}},
        {{"Sernik wiedeński", "kg", "4.5", "42.00", VatRate::Rate8}},
    };
    QList<Invoice> invoices;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const Buyer &buyer = buyers[i % std::size(buyers)];
        Invoice invoice;
        invoice.issueDate = issueDate;
        invoice.saleDate = issueDate;
        invoice.issuePlace = company.address2.section(u' ', 1).trimmed();
        invoice.createdAt = createdAt;
        invoice.seller.nip = company.nip;
        invoice.seller.name = company.name;
        invoice.seller.address = Address{QStringLiteral("PL"), company.address1, company.address2};
        invoice.buyer.nip = QString::fromLatin1(buyer.nip);
        invoice.buyer.name = QString::fromUtf8(buyer.name);
        invoice.buyer.address =
            Address{QStringLiteral("PL"), QString::fromUtf8(buyer.street), QString::fromUtf8(buyer.city)};
        invoice.priceMode = i == 2 ? PriceMode::Gross : PriceMode::Net;
        for (const Item &item : orders[i]) {
            InvoiceLine line;
            line.name = QString::fromUtf8(item.name);
            line.unit = QString::fromUtf8(item.unit);
            line.quantity =
                Quantity::parse(QString::fromLatin1(item.quantity)).value_or(Quantity::fromInteger(1));
            line.unitPrice = UnitPrice::parse(QString::fromLatin1(item.price)).value_or(UnitPrice());
            line.rate = item.rate;
            invoice.lines.append(line);
        }
        if (orders[i].size() == 3) {
            invoice.annotations.exemptionBasis = QStringLiteral("art. 43 ust. 1 pkt 10a ustawy o VAT");
        }
        invoice.payment.dueDate = issueDate.addDays(company.paymentDays);
        invoice.payment.method = PaymentMethod::Transfer;
        invoice.payment.bankAccount = company.bankAccount;
        invoice.payment.bankName = company.bankName;
        invoices.append(invoice);
    }
    return invoices;
}

} // namespace Kurier
