// ClientsView: the purchase invoices of every client — on request (the Purchase invoices button) and by
// themselves, a few clients at a time: every few minutes the clients whose turn it is (not fetched for the
// settings' interval, longest waiting first, a tick's share of all) fetch theirs, each within its own KSeF
// limits, and what arrived for all of them is one notification.
#include "clients/ClientsView.h"
#include "common/Prompts.h"
#include "main/DesktopSession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Kurier {

namespace {
constexpr std::chrono::minutes kPurchasesTick{5};
} // namespace

void ClientsView::startPurchasesTimer()
{
    m_purchasesTimer = new QTimer(this);
    m_purchasesTimer->setObjectName(QStringLiteral("clientsPurchasesTimer"));
    m_purchasesTimer->setInterval(kPurchasesTick);
    connect(m_purchasesTimer, &QTimer::timeout, this, &ClientsView::fetchDuePurchases);
    connect(&m_readingForPurchases, &QFutureWatcher<QList<ClientSummary>>::finished, this, [this] {
        if (m_busy) {
            return; // a person started something meanwhile: the next tick
        }
        const int every = m_session.settings().incomingEveryMinutes;
        const QList<ClientEntry> due =
            ClientWork::purchasesDue(m_readingForPurchases.result(), QDateTime::currentDateTimeUtc(),
                                     std::chrono::minutes(every), kPurchasesTick);
        if (due.isEmpty()) {
            return;
        }
        ClientWork::Options options = m_session.clientWorkOptions(due);
        options.task = ClientWork::Task::Purchases;
        options.purchasesEvery = std::chrono::minutes(every);
        options.announcePurchases = true;
        startWork(
            due, options,
            tr("Fetching the purchase invoices of %n client(s)…", nullptr, static_cast<int>(due.size())),
            true);
    });
    m_purchasesTimer->start();
}

void ClientsView::fetchPurchases()
{
    if (m_busy) {
        return;
    }
    const QList<ClientEntry> clients = targets();
    if (clients.isEmpty()) {
        return;
    }
    ClientWork::Options options = m_session.clientWorkOptions(clients);
    options.task = ClientWork::Task::Purchases;
    options.forcePurchases = true;
    options.announcePurchases = true;
    startWork(
        clients, options,
        tr("Fetching the purchase invoices of %n client(s)…", nullptr, static_cast<int>(clients.size())),
        false);
}

void ClientsView::fetchDuePurchases()
{
    if (m_busy || m_readingForPurchases.isRunning() || m_session.settings().incomingEveryMinutes <= 0) {
        return;
    }
    QList<ClientEntry> clients = m_session.clientEntries();
    const QString open = m_session.settings().currentNip;
    clients.removeIf([&open](const ClientEntry &client) { return client.nip == open; }); // its window's own
    if (clients.isEmpty()) {
        return;
    }
    // What each client's database says of its last fetch, read off the GUI thread (no KSeF, no keychain).
    ClientOverview::Options options;
    options.password = m_session.officeServerPasswords();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_readingForPurchases.setFuture(QtConcurrent::run(
        [clients, now, options] { return ClientOverview::readAll(clients, now, options); }));
}

} // namespace Kurier
