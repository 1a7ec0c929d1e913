#pragma once

#include "ratelimit/RateLimitTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <expected>
#include <optional>

namespace Kurier {

class Clock;

// Client-side sliding windows (1 s, 60 s, 3600 s) per (environment, context NIP, endpoint group), kept in
// Kurier's SQLite database so that every process on the machine — the desktop app, kurier-cli — draws on one
// budget and a restart does not burst (PROTOCOL.md §14, §20.3). A permit is taken in one BEGIN IMMEDIATE
// transaction: count, decide, record — atomic across processes. A 429's Retry-After blocks the group for all
// of them. Windows are widened by a safety margin so that requests that reach KSeF a little later than they
// left still fit its windows.
//
// The connection belongs to the thread that made it (as every SQLite connection in Kurier).
class SharedRateLimiter
{
    Q_DECLARE_TR_FUNCTIONS(SharedRateLimiter)

public:
    // `connection`: an open database with the rate_* tables (see Database::open). `environment` names the
    // KSeF environment ("test", "demo", "production", or the custom base URL); `contextNip` the context.
    SharedRateLimiter(QSqlDatabase connection, QString environment, QString contextNip, const Clock &clock);

    void setMarginMs(qint64 margin) { m_marginMs = margin; }
    qint64 marginMs() const { return m_marginMs; }

    // Takes a permit for `group` now (the answer is 0), or says in how many ms one can be had.
    std::expected<qint64, QString> tryAcquire(const QString &group);

    // No permits for `group` during `duration` from now (a 429 with Retry-After); the later end wins.
    std::expected<void, QString> block(const QString &group, std::chrono::milliseconds duration);

    // The limits of this (environment, context), e.g. from GET /rate-limits; the production table until set.
    std::expected<void, QString> setLimits(const QMap<QString, WindowLimits> &limits);
    WindowLimits limits(const QString &group) const;

    struct Budget
    {
        WindowLimits limits;
        WindowLimits remaining; // requests still allowed now in each window (0 where there is no limit)
        qint64 blockedForMs = 0;
    };
    // What is left of `group`'s budget now (the UI shows it).
    Budget budget(const QString &group) const;

private:
    QString laneFor(const QString &group) const;
    QString error(const QString &what, const QString &detail) const;

    QSqlDatabase m_db;
    QString m_environment;
    QString m_contextNip;
    const Clock &m_clock;
    qint64 m_marginMs = 250;
};

} // namespace Kurier
