#include "CertificatesPage.h"

#include "calendar/PolishCalendar.h"
#include "common/Prompts.h"
#include "ksef/crypto/SigningIdentity.h"
#include "main/DesktopSession.h"
#include "util/Clock.h"

#include <QFile>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kurier {

namespace {
QString typeText(KsefCertificateType type)
{
    return type == KsefCertificateType::Offline ? CertificatesPage::tr("Offline (KOD II)")
                                                : CertificatesPage::tr("Authentication (login)");
}

QString statusText(KsefCertificateStatus status)
{
    switch (status) {
    case KsefCertificateStatus::Active:
        return CertificatesPage::tr("active");
    case KsefCertificateStatus::Blocked:
        return CertificatesPage::tr("blocked");
    case KsefCertificateStatus::Revoked:
        return CertificatesPage::tr("revoked");
    case KsefCertificateStatus::Expired:
        return CertificatesPage::tr("expired");
    case KsefCertificateStatus::Unknown:
        break;
    }
    return CertificatesPage::tr("unknown");
}

QString day(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

enum Column
{
    TypeColumn,
    SerialColumn,
    FromColumn,
    ToColumn,
    StatusColumn,
    WhereColumn,
};
} // namespace

CertificatesPage::CertificatesPage(DesktopSession &session, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("tokenBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0b600; padding: 8px; }"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("certificates"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Type"), tr("Serial number"), tr("Valid from"), tr("Valid until"),
                             tr("Status in KSeF"), tr("Key")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_limits = new QLabel(this);
    m_limits->setObjectName(QStringLiteral("certificateLimits"));
    m_limits->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("certificateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_writeRequest = new QPushButton(tr("&Write login request…"), this);
    m_useSigned = new QPushButton(tr("Choose &signed file…"), this);
    m_useP12 = new QPushButton(tr("Use a .&p12 file…"), this);
    m_getNew = new QPushButton(tr("&Get new certificates"), this);
    m_import = new QPushButton(tr("&Import…"), this);
    m_revoke = new QPushButton(tr("Re&voke…"), this);
    m_refresh = new QPushButton(tr("Re&fresh from KSeF"), this);
    m_useSigned->setEnabled(false);

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_writeRequest, 0, 0);
    buttons->addWidget(m_useSigned, 0, 1);
    buttons->addWidget(m_useP12, 0, 2);
    buttons->addWidget(m_getNew, 1, 0);
    buttons->addWidget(m_import, 1, 1);
    buttons->addWidget(m_revoke, 1, 2);
    buttons->addWidget(m_refresh, 1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_limits);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_writeRequest, &QPushButton::clicked, this, &CertificatesPage::writeRequest);
    connect(m_useSigned, &QPushButton::clicked, this, &CertificatesPage::useSignedRequest);
    connect(m_useP12, &QPushButton::clicked, this, &CertificatesPage::useP12);
    connect(m_getNew, &QPushButton::clicked, this, &CertificatesPage::getNewCertificates);
    connect(m_import, &QPushButton::clicked, this, &CertificatesPage::importFiles);
    connect(m_revoke, &QPushButton::clicked, this, &CertificatesPage::revokeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &CertificatesPage::refresh);
    refresh();
}

QString CertificatesPage::statusText() const
{
    return m_status->text();
}

QString CertificatesPage::limitsText() const
{
    return m_limits->text();
}

void CertificatesPage::setBusy(bool busy, const QString &text)
{
    for (QPushButton *button : {m_writeRequest, m_useP12, m_getNew, m_import, m_revoke, m_refresh}) {
        button->setEnabled(!busy);
    }
    m_useSigned->setEnabled(!busy && m_request.has_value());
    if (!text.isEmpty()) {
        m_status->setText(text);
    }
    emit busyChanged(busy);
}

void CertificatesPage::refresh()
{
    const bool onToken = m_session.usesToken();
    m_banner->setText(
        tr("This company logs in to KSeF with a KSeF token. Tokens are only assured until "
           "%1. Get KSeF certificates below: the Authentication certificate logs in, "
           "the Offline certificate signs KOD II on offline invoices. First log in once with your "
           "signature: write the login request, sign it with the trusted profile or your "
           "signature software, and choose the signed file — or use a .p12 file.")
            .arg(PolishCalendar::dateText(m_session.settings().tokensEndOn)));
    m_banner->setVisible(onToken);
    m_getNew->setEnabled(!onToken);
    m_getNew->setToolTip(onToken ? tr("First log in once with your signature (the buttons above).")
                                 : QString());
    showRows(nullptr, QString());
    if (!m_session.hasCredentials()) {
        return;
    }
    m_session.queryCertificates(
        whileOpen([this](const KsefClient::Result<QList<KsefCertificateInfo>> &remote) {
            showRows(remote ? &*remote : nullptr, remote ? QString() : remote.error().message());
        }));
    // KSeF's limits, shown before anyone asks for a certificate.
    m_session.certificateLimits(whileOpen([this](const KsefClient::Result<CertificateLimits> &limits) {
        if (!limits) {
            return;
        }
        m_limits->setText(
            limits->canRequest
                ? tr("Certificates this company may still get from KSeF: %1 (requests left: %2).")
                      .arg(limits->certificatesRemaining)
                      .arg(limits->enrollmentsRemaining)
                : tr("KSeF does not accept more certificate requests from this company now (%1 of %2 "
                     "certificates in use): revoke one it no longer uses first.")
                      .arg(limits->certificateLimit - limits->certificatesRemaining)
                      .arg(limits->certificateLimit));
    }));
}

void CertificatesPage::showRows(const QList<KsefCertificateInfo> *remote, const QString &remoteProblem)
{
    m_list->clear();
    QSet<QString> local;
    for (const KsefCertificate &certificate : m_session.storedCertificates()) {
        auto *row = new QTreeWidgetItem(m_list, {typeText(certificate.type), certificate.serial(),
                                                 day(certificate.certificate.notBefore()),
                                                 day(certificate.certificate.notAfter()),
                                                 tr("not checked yet"), tr("in the keychain")});
        local.insert(certificate.serial());
        for (const KsefCertificateInfo &info : remote ? *remote : QList<KsefCertificateInfo>()) {
            if (info.serial == certificate.serial()) {
                row->setText(StatusColumn, ::Kurier::statusText(info.status));
            }
        }
    }
    for (const KsefCertificateInfo &info : remote ? *remote : QList<KsefCertificateInfo>()) {
        if (!local.contains(info.serial)) {
            new QTreeWidgetItem(m_list,
                                {typeText(info.type), info.serial, day(info.validFrom), day(info.validTo),
                                 ::Kurier::statusText(info.status), tr("not on this computer")});
        }
    }
    if (!remoteProblem.isEmpty()) {
        m_status->setText(tr("KSeF's list could not be read: %1").arg(remoteProblem));
    }
}

void CertificatesPage::writeRequest()
{
    const QString path = m_prompts.saveFile(
        this, tr("Write login request"), QStringLiteral("logowanie-ksef.xml"), tr("XML documents (*.xml)"));
    if (path.isEmpty()) {
        return;
    }
    setBusy(true, tr("Asking KSeF for a login challenge…"));
    m_session.prepareSignatureRequest(
        whileOpen([this, path](const KsefClient::Result<KsefClient::SignatureRequest> &request) {
            if (!request) {
                setBusy(false, request.error().message());
                return;
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(request->xml) != request->xml.size()) {
                setBusy(false, tr("Cannot write %1: %2").arg(path, file.errorString()));
                return;
            }
            m_request = *request;
            setBusy(
                false,
                tr("The login request is in %1. Sign it (XAdES, enveloped) with the trusted profile or your "
                   "signature software before %2, then choose the signed file.")
                    .arg(path, request->validUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
        }));
}

void CertificatesPage::useSignedRequest()
{
    if (!m_request) {
        return;
    }
    const QStringList files =
        m_prompts.openFiles(this, tr("Choose the signed login request"), tr("XML documents (*.xml)"));
    if (files.isEmpty()) {
        return;
    }
    const QByteArray signedXml = readAll(files.first());
    if (const auto problem =
            KsefClient::signedRequestProblem(signedXml, *m_request, m_session.clock().now())) {
        m_prompts.warn(this, tr("Signed login request"), *problem);
        return;
    }
    OutboxWorker::CertificateLogin login;
    login.signedRequest = signedXml;
    login.request = *std::exchange(m_request, std::nullopt); // a challenge logs in once
    enrol(login);
}

void CertificatesPage::useP12()
{
    const QStringList files =
        m_prompts.openFiles(this, tr("Choose your qualified certificate"), tr("PKCS#12 files (*.p12 *.pfx)"));
    if (files.isEmpty()) {
        return;
    }
    const QString password =
        m_prompts.askSecret(this, tr("Certificate password"), tr("Password of %1:").arg(files.first()));
    const auto identity = SigningIdentity::fromPkcs12(readAll(files.first()), password);
    if (!identity) {
        m_prompts.warn(this, tr("Certificate"), identity.error());
        return;
    }
    OutboxWorker::CertificateLogin login;
    KsefCredentials credentials;
    credentials.method = KsefCredentials::Method::Certificate;
    credentials.contextNip =
        m_session.settings().currentCompany() ? m_session.settings().currentCompany()->nip : QString();
    credentials.privateKey = identity->key;
    credentials.certificate = identity->certificate;
    login.credentials = credentials;
    enrol(login);
}

void CertificatesPage::getNewCertificates()
{
    enrol({});
}

void CertificatesPage::enrol(const OutboxWorker::CertificateLogin &login)
{
    setBusy(true, tr("Getting the Authentication and Offline certificates from KSeF (keys are made on this "
                     "computer)…"));
    m_session.enrolCertificates(
        {KsefCertificateType::Authentication, KsefCertificateType::Offline}, AsymmetricKey::Algorithm::Ec,
        login, whileOpen([this](const std::expected<QStringList, QString> &issued) {
            setBusy(false, issued ? tr("KSeF issued certificates %1; their keys are in the "
                                       "system keychain. Kurier logs in with the "
                                       "Authentication certificate from now on.")
                                        .arg(issued->join(QStringLiteral(", ")))
                                  : tr("No certificate was issued: %1").arg(issued.error()));
            refresh();
        }));
}

void CertificatesPage::importFiles()
{
    const QStringList files =
        m_prompts.openFiles(this, tr("Choose the certificate and its key file, or one .p12"),
                            tr("KSeF certificates (*.crt *.cer *.pem *.key *.p12 *.pfx);;All files (*)"));
    if (files.isEmpty()) {
        return;
    }
    std::expected<KsefCertificate, QString> certificate = std::unexpected(QString());
    if (files.size() == 1) {
        const QString password =
            m_prompts.askSecret(this, tr("Certificate password"), tr("Password of %1:").arg(files.first()));
        certificate = KsefCertificate::fromPkcs12(readAll(files.first()), password, m_session.clock().now());
    } else if (files.size() == 2) {
        QByteArray first = readAll(files.at(0));
        QByteArray second = readAll(files.at(1));
        if (first.contains("PRIVATE KEY")) {
            std::swap(first, second);
        }
        QByteArray password;
        if (second.contains("ENCRYPTED")) {
            password =
                m_prompts.askSecret(this, tr("Key password"), tr("Password of the private key:")).toUtf8();
        }
        certificate = KsefCertificate::fromFiles(first, second, password, m_session.clock().now());
    } else {
        certificate = std::unexpected(tr("Choose two files (the certificate and its key) or one .p12."));
    }
    if (!certificate) {
        m_prompts.warn(this, tr("Import certificate"), certificate.error());
        return;
    }
    if (const auto imported = m_session.importCertificate(*certificate); !imported) {
        m_prompts.warn(this, tr("Import certificate"), imported.error());
        return;
    }
    m_status->setText(tr("The %1 certificate %2 is imported; its key is in the system keychain.")
                          .arg(typeText(certificate->type), certificate->serial()));
    refresh();
}

void CertificatesPage::revokeSelected()
{
    const QTreeWidgetItem *row = m_list->currentItem();
    if (!row) {
        m_prompts.warn(this, tr("Revoke certificate"), tr("Select the certificate to revoke."));
        return;
    }
    const QString serial = row->text(SerialColumn);
    if (!m_prompts.confirm(
            this, tr("Revoke certificate"),
            tr("Revoke certificate %1? This cannot be undone. An Authentication certificate no longer "
               "logs in. For an Offline certificate, the KOD II printed on offline invoices signed "
               "with it no longer verifies for their buyers — revoke it only when its key is lost or "
               "compromised, or when those invoices are in KSeF.")
                .arg(serial),
            tr("Revoke"))) {
        return;
    }
    if (m_session.usesToken()) {
        m_prompts.warn(this, tr("Revoke certificate"),
                       tr("KSeF revokes certificates only after a login with a signature: log in with the "
                          "buttons above first."));
        return;
    }
    setBusy(true, tr("Revoking %1…").arg(serial));
    m_session.revokeCertificate(
        serial, {}, whileOpen([this, serial](const std::expected<void, QString> &revoked) {
            setBusy(false, revoked ? tr("Certificate %1 is revoked.").arg(serial)
                                   : tr("The certificate was not revoked: %1").arg(revoked.error()));
            refresh();
        }));
}

} // namespace Kurier
