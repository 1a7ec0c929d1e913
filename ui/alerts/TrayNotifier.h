#pragma once

#include "audit/AlertCenter.h"

#include <QObject>
#include <QSet>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Kurier {

// The tray: an icon whose badge shows that something needs attention, a menu (open, send all ready,
// pause/resume sending, quit), and a notification for each alert the engine raises — once per alert. Where no
// system tray exists, notifications go through the desktop notification service (D-Bus) when there is one;
// the in-app alert centre shows them either way, so the app works with or without a tray.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Channel
    {
        Tray,
        DesktopService,
        InAppOnly,
    };
    // `allowTray` false forces the fallback (tests, or a user who hides the tray icon).
    explicit TrayNotifier(bool allowTray = true, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool hasTray() const { return m_tray != nullptr; }
    Channel channel() const { return m_channel; }
    QMenu *menu() const { return m_menu; }
    QAction *pauseAction() const { return m_pause; }
    void setAttention(int count); // the badge: how many invoices need attention
    int attention() const { return m_attention; }
    void setPaused(bool paused);

    // Shows the alert unless it was shown already (by id). → true when shown now.
    bool notify(const Alert &alert);
    // A notification that is not an alert (new purchase invoices): always shown.
    void notifyText(const QString &title, const QString &text, bool warning = false);
    int shownCount() const { return static_cast<int>(m_shown.size()); }

signals:
    void openRequested();
    void sendAllRequested();
    void pauseRequested(bool paused);
    void quitRequested();
    void shown(const QString &title, const QString &text, Kurier::TrayNotifier::Channel channel);

private:
    void updateIcon();
    bool notifyDesktopService(const QString &title, const QString &text);

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_pause = nullptr;
    Channel m_channel = Channel::InAppOnly;
    int m_attention = 0;
    QSet<qint64> m_shown;
};

} // namespace Kurier
