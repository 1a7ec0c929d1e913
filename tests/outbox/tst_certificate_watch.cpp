// CertificateWatch: which alerts a company's KSeF credentials call for, day by day (30 and 7 days before a
// certificate expires, expired, revoked in KSeF, still on a KSeF token), each once by its dedupe key.
#include "services/CertificateWatch.h"
#include "settings/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Kurier;

class TestCertificateWatch : public QObject
{
    Q_OBJECT

    const QDateTime m_now{QDate(2026, 12, 3), QTime(9, 0), Qt::UTC};

    QStringList keys(const QList<CertificateSummary> &stored, bool usesToken,
                     const QList<KsefCertificateInfo> *remote = nullptr) const
    {
        QStringList result;
        for (const CertificateWatch::Due &due :
             CertificateWatch::due(QStringLiteral("5265877635"), stored, usesToken,
                                   AppSettings::kTokensEndByRegulation, m_now, remote)) {
            // Every alert says what to do; one without a message shows as a key only.
            result.append(due.message.contains(QStringLiteral("5265877635"))
                              ? due.dedupeKey
                              : QStringLiteral("no message: ") + due.dedupeKey);
        }
        return result;
    }

private slots:
    void expiryThresholds_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a year") << 365 << QStringList();
        QTest::newRow("31 days") << 31 << QStringList();
        QTest::newRow("29 days") << 29
                                 << QStringList{QStringLiteral("certificate-expiry:AAAA000000000001:30")};
        QTest::newRow("8 days") << 8 << QStringList{QStringLiteral("certificate-expiry:AAAA000000000001:30")};
        QTest::newRow("6 days") << 6 << QStringList{QStringLiteral("certificate-expiry:AAAA000000000001:7")};
        QTest::newRow("expired") << -1 << QStringList{QStringLiteral("certificate-expired:AAAA000000000001")};
    }
    void expiryThresholds()
    {
        QFETCH(int, daysLeft);
        QFETCH(QStringList, expected);
        const CertificateSummary offline{KsefCertificateType::Offline, QStringLiteral("AAAA000000000001"),
                                         m_now.addDays(daysLeft).addSecs(60)};
        QCOMPARE(keys({offline}, false), expected);
    }

    void tokensEndUnlessAnAuthenticationCertificateIsThere()
    {
        QCOMPARE(keys({}, true), QStringList{QStringLiteral("token-ends:5265877635")});
        const CertificateSummary offline{KsefCertificateType::Offline, QStringLiteral("B"),
                                         m_now.addYears(1)};
        QCOMPARE(keys({offline}, true), QStringList{QStringLiteral("token-ends:5265877635")});
        const CertificateSummary login{KsefCertificateType::Authentication, QStringLiteral("A"),
                                       m_now.addYears(1)};
        QCOMPARE(keys({login, offline}, true), QStringList());
        // An expired Authentication certificate does not count: the company is back on its token.
        const CertificateSummary old{KsefCertificateType::Authentication, QStringLiteral("C"),
                                     m_now.addDays(-1)};
        QCOMPARE(keys({old}, true), (QStringList{QStringLiteral("certificate-expired:C"),
                                                 QStringLiteral("token-ends:5265877635")}));
    }

    // The end of KSeF tokens is a setting (31 December 2026 by default, e.g. 30 November 2027 once the
    // Ministry confirms it): the alert says the date the settings give, and the settings keep it.
    void theEndOfTokensComesFromTheSettings()
    {
        QTemporaryDir dir;
        AppSettings settings;
        QCOMPARE(settings.tokensEndOn, QDate(2026, 12, 31));
        settings.tokensEndOn = QDate(2027, 11, 30);
        {
            QSettings stored(dir.filePath(QStringLiteral("kurier.ini")), QSettings::IniFormat);
            settings.save(stored);
        }
        QSettings stored(dir.filePath(QStringLiteral("kurier.ini")), QSettings::IniFormat);
        const AppSettings loaded = AppSettings::load(stored);
        QCOMPARE(loaded.tokensEndOn, QDate(2027, 11, 30));
        const auto due =
            CertificateWatch::due(QStringLiteral("5265877635"), {}, true, loaded.tokensEndOn, m_now);
        QCOMPARE(due.size(), 1);
        QVERIFY2(due.first().message.contains(QStringLiteral("30 November 2027")),
                 qPrintable(due.first().message));
    }

    void revocationFoundInKsefsList()
    {
        const CertificateSummary offline{KsefCertificateType::Offline, QStringLiteral("B"),
                                         m_now.addYears(1)};
        KsefCertificateInfo listed;
        listed.serial = QStringLiteral("B");
        listed.status = KsefCertificateStatus::Active;
        QList<KsefCertificateInfo> remote{listed};
        QCOMPARE(keys({offline}, false, &remote), QStringList());
        remote.first().status = KsefCertificateStatus::Revoked;
        QCOMPARE(keys({offline}, false, &remote), QStringList{QStringLiteral("certificate-revoked:B")});
    }
};

QTEST_GUILESS_MAIN(TestCertificateWatch)
#include "tst_certificate_watch.moc"
