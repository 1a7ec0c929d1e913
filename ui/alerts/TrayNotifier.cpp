#include "alerts/TrayNotifier.h"

#include "common/StateStyle.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace Kurier {

namespace {
QString alertTitle(const Alert &alert)
{
    if (alert.kind == u"rejected") {
        return TrayNotifier::tr("KSeF rejected an invoice");
    }
    if (alert.kind == u"stuck") {
        return TrayNotifier::tr("An invoice is stuck");
    }
    if (alert.kind == u"missing-upo") {
        return TrayNotifier::tr("A UPO is missing");
    }
    if (alert.kind == u"queue-stopped") {
        return TrayNotifier::tr("Sending stopped");
    }
    if (alert.kind == u"rate-limited") {
        return TrayNotifier::tr("KSeF is limiting requests");
    }
    if (alert.kind == u"credentials") {
        return TrayNotifier::tr("KSeF credentials need attention");
    }
    return TrayNotifier::tr("Kurier");
}

QIcon appIcon(int attention)
{
    return StateStyle::paintedIcon([attention](QPainter &painter, qreal s) {
        // An envelope: Kurier carries invoices.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1d, 0x4e, 0xd8));
        painter.drawRoundedRect(QRectF(s * 0.06, s * 0.2, s * 0.88, s * 0.62), s * 0.08, s * 0.08);
        painter.setPen(QPen(Qt::white, std::max(1.0, s * 0.07), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF(
            {QPointF(s * 0.14, s * 0.28), QPointF(s * 0.5, s * 0.56), QPointF(s * 0.86, s * 0.28)}));
        if (attention > 0) {
            painter.setPen(QPen(Qt::white, std::max(1.0, s * 0.05)));
            painter.setBrush(QColor(0xdc, 0x26, 0x26));
            painter.drawEllipse(QRectF(s * 0.5, s * 0.0, s * 0.5, s * 0.5));
        }
    });
}
} // namespace

TrayNotifier::TrayNotifier(bool allowTray, QObject *parent)
    : QObject(parent)
{
    m_menu = new QMenu;
    m_menu->addAction(tr("&Open Kurier"), this, &TrayNotifier::openRequested);
    m_menu->addAction(tr("&Send all ready"), this, &TrayNotifier::sendAllRequested);
    m_pause = m_menu->addAction(tr("&Pause sending"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::triggered, this, &TrayNotifier::pauseRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayNotifier::quitRequested);

    if (allowTray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                emit openRequested();
            }
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::openRequested);
        m_tray->show();
        m_channel = Channel::Tray;
    } else if (allowTray && QDBusConnection::sessionBus().isConnected() &&
               QDBusConnection::sessionBus().interface()->isServiceRegistered(
                   QStringLiteral("org.freedesktop.Notifications"))) {
        m_channel = Channel::DesktopService;
    }
    updateIcon();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

void TrayNotifier::setAttention(int count)
{
    if (count != m_attention) {
        m_attention = count;
        updateIcon();
    }
}

void TrayNotifier::setPaused(bool paused)
{
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("&Resume sending") : tr("&Pause sending"));
}

void TrayNotifier::updateIcon()
{
    if (!m_tray) {
        return;
    }
    m_tray->setIcon(appIcon(m_attention));
    m_tray->setToolTip(m_attention > 0 ? tr("Kurier — %n invoice(s) need attention", nullptr, m_attention)
                                       : tr("Kurier — all is well"));
}

bool TrayNotifier::notify(const Alert &alert)
{
    if (m_shown.contains(alert.id)) {
        return false;
    }
    m_shown.insert(alert.id);
    notifyText(alertTitle(alert), alert.message, alert.kind == u"rejected" || alert.kind == u"queue-stopped");
    return true;
}

void TrayNotifier::notifyText(const QString &title, const QString &text, bool warning)
{
    Channel used = Channel::InAppOnly;
    if (m_tray) {
        m_tray->showMessage(title, text, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        used = Channel::Tray;
    } else if (m_channel == Channel::DesktopService && notifyDesktopService(title, text)) {
        used = Channel::DesktopService;
    }
    emit shown(title, text, used);
}

bool TrayNotifier::notifyDesktopService(const QString &title, const QString &text)
{
    QDBusInterface service(QStringLiteral("org.freedesktop.Notifications"),
                           QStringLiteral("/org/freedesktop/Notifications"),
                           QStringLiteral("org.freedesktop.Notifications"), QDBusConnection::sessionBus());
    const QDBusReply<uint> reply =
        service.call(QStringLiteral("Notify"), QStringLiteral("Kurier"), uint(0), QStringLiteral("mail-send"),
                     title, text, QStringList(), QVariantMap(), int(-1));
    return reply.isValid();
}

} // namespace Kurier
