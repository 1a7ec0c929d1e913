#include "settings/AppSettings.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>

namespace Kurier {

namespace {
const QString kCompanies = QStringLiteral("companies");
}

const CompanyProfile *AppSettings::currentCompany() const
{
    for (const CompanyProfile &company : companies) {
        if (company.nip == currentNip) {
            return &company;
        }
    }
    return companies.isEmpty() ? nullptr : &companies.first();
}

CompanyProfile *AppSettings::currentCompany()
{
    return const_cast<CompanyProfile *>(std::as_const(*this).currentCompany());
}

void AppSettings::upsertCompany(const CompanyProfile &company)
{
    for (CompanyProfile &existing : companies) {
        if (existing.nip == company.nip) {
            existing = company;
            return;
        }
    }
    companies.append(company);
    if (currentNip.isEmpty()) {
        currentNip = company.nip;
    }
}

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings s;
    const int count = settings.beginReadArray(kCompanies);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        CompanyProfile company;
        company.nip = settings.value(QStringLiteral("nip")).toString();
        company.name = settings.value(QStringLiteral("name")).toString();
        company.address1 = settings.value(QStringLiteral("address1")).toString();
        company.address2 = settings.value(QStringLiteral("address2")).toString();
        company.bankAccount = settings.value(QStringLiteral("bankAccount")).toString();
        company.bankName = settings.value(QStringLiteral("bankName")).toString();
        company.numberingPattern =
            settings.value(QStringLiteral("numberingPattern"), company.numberingPattern).toString();
        company.paymentDays = settings.value(QStringLiteral("paymentDays"), company.paymentDays).toInt();
        company.officeServer = settings.value(QStringLiteral("officeServer")).toString();
        company.sandbox = settings.value(QStringLiteral("sandbox"), false).toBool();
        company.officeAccess = settings.value(QStringLiteral("officeAccess")).toString();
        if (!company.nip.isEmpty()) {
            s.companies.append(company);
        }
    }
    settings.endArray();
    s.currentNip = settings.value(QStringLiteral("currentNip")).toString();
    s.environment = settings.value(QStringLiteral("ksef/environment"), s.environment).toString();
    s.authMethod = settings.value(QStringLiteral("ksef/auth")).toString() == u"certificate"
                       ? AuthMethod::Certificate
                       : AuthMethod::KsefToken;
    s.sendAutomatically = settings.value(QStringLiteral("sending/automatic"), s.sendAutomatically).toBool();
    s.onlineMax =
        std::clamp(settings.value(QStringLiteral("sending/onlineMax"), s.onlineMax).toInt(), 0, 10'000);
    s.requestTimeoutSeconds = std::clamp(
        settings.value(QStringLiteral("sending/requestTimeout"), s.requestTimeoutSeconds).toInt(), 5, 600);
    s.stuckAfterMinutes = std::clamp(
        settings.value(QStringLiteral("alerts/stuckAfter"), s.stuckAfterMinutes).toInt(), 1, 10'080);
    s.reconcileEveryMinutes = std::clamp(
        settings.value(QStringLiteral("reconcile/everyMinutes"), s.reconcileEveryMinutes).toInt(), 0, 10'080);
    s.incomingEveryMinutes =
        settings.value(QStringLiteral("incoming/everyMinutes"), s.incomingEveryMinutes).toInt();
    s.incomingEveryMinutes = s.incomingEveryMinutes <= 0 ? 0 : std::clamp(s.incomingEveryMinutes, 15, 10'080);
    s.missingUpoAfterMinutes =
        std::clamp(settings.value(QStringLiteral("alerts/missingUpoAfter"), s.missingUpoAfterMinutes).toInt(),
                   1, 10'080);
    s.availabilityEverySeconds = std::clamp(
        settings.value(QStringLiteral("ksef/availabilityEverySeconds"), s.availabilityEverySeconds).toInt(),
        1, 3600);
    const QDate tokensEnd =
        QDate::fromString(settings.value(QStringLiteral("ksef/tokensEndOn")).toString(), Qt::ISODate);
    s.tokensEndOn = tokensEnd.isValid() ? tokensEnd : kTokensEndByRegulation;
    s.offlineWarningHours = std::clamp(
        settings.value(QStringLiteral("alerts/offlineWarningHours"), s.offlineWarningHours).toInt(), 0, 168);
    s.keepSendingInTray =
        settings.value(QStringLiteral("desktop/keepSendingInTray"), s.keepSendingInTray).toBool();
    s.language = settings.value(QStringLiteral("desktop/language")).toString();
    s.firstRunDone = settings.value(QStringLiteral("desktop/firstRunDone"), false).toBool();
    s.sandbox = settings.value(QStringLiteral("desktop/sandbox"), false).toBool();
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    settings.remove(kCompanies);
    settings.beginWriteArray(kCompanies, static_cast<int>(companies.size()));
    for (int i = 0; i < companies.size(); ++i) {
        settings.setArrayIndex(i);
        const CompanyProfile &company = companies[i];
        settings.setValue(QStringLiteral("nip"), company.nip);
        settings.setValue(QStringLiteral("name"), company.name);
        settings.setValue(QStringLiteral("address1"), company.address1);
        settings.setValue(QStringLiteral("address2"), company.address2);
        settings.setValue(QStringLiteral("bankAccount"), company.bankAccount);
        settings.setValue(QStringLiteral("bankName"), company.bankName);
        settings.setValue(QStringLiteral("numberingPattern"), company.numberingPattern);
        settings.setValue(QStringLiteral("paymentDays"), company.paymentDays);
        settings.setValue(QStringLiteral("officeServer"), company.officeServer);
        settings.setValue(QStringLiteral("sandbox"), company.sandbox);
        settings.setValue(QStringLiteral("officeAccess"), company.officeAccess);
    }
    settings.endArray();
    settings.setValue(QStringLiteral("currentNip"), currentNip);
    settings.setValue(QStringLiteral("ksef/environment"), environment);
    settings.setValue(QStringLiteral("ksef/auth"), authMethod == AuthMethod::Certificate
                                                       ? QStringLiteral("certificate")
                                                       : QStringLiteral("token"));
    settings.setValue(QStringLiteral("sending/automatic"), sendAutomatically);
    settings.setValue(QStringLiteral("sending/onlineMax"), onlineMax);
    settings.setValue(QStringLiteral("sending/requestTimeout"), requestTimeoutSeconds);
    settings.setValue(QStringLiteral("alerts/stuckAfter"), stuckAfterMinutes);
    settings.setValue(QStringLiteral("reconcile/everyMinutes"), reconcileEveryMinutes);
    settings.setValue(QStringLiteral("incoming/everyMinutes"), incomingEveryMinutes);
    settings.setValue(QStringLiteral("alerts/missingUpoAfter"), missingUpoAfterMinutes);
    settings.setValue(QStringLiteral("alerts/offlineWarningHours"), offlineWarningHours);
    settings.setValue(QStringLiteral("ksef/tokensEndOn"), tokensEndOn.toString(Qt::ISODate));
    settings.setValue(QStringLiteral("ksef/availabilityEverySeconds"), availabilityEverySeconds);
    settings.setValue(QStringLiteral("desktop/keepSendingInTray"), keepSendingInTray);
    settings.setValue(QStringLiteral("desktop/language"), language);
    settings.setValue(QStringLiteral("desktop/firstRunDone"), firstRunDone);
    settings.setValue(QStringLiteral("desktop/sandbox"), sandbox);
    settings.sync();
}

QString AppSettings::officeServerSecretKey(const QString &location)
{
    return QStringLiteral("office-server|") + location;
}

const CompanyProfile *AppSettings::companyByNip(const QString &nip) const
{
    for (const CompanyProfile &company : companies) {
        if (company.nip == nip) {
            return &company;
        }
    }
    return nullptr;
}

QString AppSettings::companyDatabasePath(const QString &dataDirectory, const QString &nip) const
{
    for (const CompanyProfile &company : companies) {
        if (company.nip == nip && !company.officeServer.isEmpty()) {
            return company.officeServer;
        }
    }
    QString name = environment;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("_"));
    return QDir(dataDirectory).filePath(QStringLiteral("companies/%1-%2.sqlite").arg(name, nip));
}

} // namespace Kurier
