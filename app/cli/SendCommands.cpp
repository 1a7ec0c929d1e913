// kurier-cli send and run: the outbox engine, headless.
#include "OutboxCli.h"
#include "calendar/PolishCalendar.h"
#include "services/AvailabilityWatch.h"
#include "services/PassScheduler.h"
#include "util/EventLoopWait.h"
#include "util/TimeBreakdown.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <csignal>

namespace Kurier::Cli {

namespace {
volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Kurier::Cli", text);
}

// Waits without blocking the event loop, in short slices so that SIGTERM/SIGINT end it promptly.
void wait(qint64 ms)
{
    for (qint64 left = ms; left > 0 && !g_stopRequested; left -= 100) {
        waitInEventLoop(std::chrono::milliseconds(std::min<qint64>(left, 100)));
    }
}

QString progressLine(const QHash<InvoiceState, int> &counts)
{
    int total = 0;
    for (const int n : counts) {
        total += n;
    }
    int inFlight = 0;
    for (const InvoiceState state : kInFlightStates) {
        inFlight += counts.value(state);
    }
    return tr("confirmed %1 of %2 · in KSeF %3 · queued %4 · rejected %5")
        .arg(counts.value(InvoiceState::Confirmed))
        .arg(total)
        .arg(inFlight)
        .arg(counts.value(InvoiceState::Queued))
        .arg(counts.value(InvoiceState::Rejected));
}
} // namespace

int runSend(const QStringList &arguments, CliContext &context, bool keepRunning)
{
    QCommandLineParser parser;
    OutboxCli::addOptions(parser);
    parser.addOption({QStringLiteral("poll-interval"),
                      tr("Milliseconds between passes while KSeF works (default 500)."), tr("ms"),
                      QStringLiteral("500")});
    parser.addOption(
        {QStringLiteral("wait-retries"),
         tr("send: wait for retries due within this many seconds before giving up (default 60)."),
         tr("seconds"), QStringLiteral("60")});
    parser.addOption(
        {QStringLiteral("now"), tr("Retry at once the invoices that wait for a later attempt.")});
    parser.addOption(
        {QStringLiteral("latarnia-every"),
         tr("Ask KSeF's availability service (Latarnia) every this many seconds (default 180; 0: "
            "never): announced windows and the deadlines of offline invoices issued in them."),
         tr("seconds"), QStringLiteral("180")});
    parser.addOption({QStringLiteral("timings"),
                      tr("At the end, print where the time went, by phase (with --json: in the JSON).")});
    parser.addOptions(OfficeSetup::options());
    parser.addOption(
        {QStringLiteral("keep-drafts"),
         tr("send --all-companies: send the queues as they are; invoices held as drafts stay held "
            "(what the daily timer does).")});
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    const std::chrono::milliseconds poll(std::max(10, parser.value(QStringLiteral("poll-interval")).toInt()));
    if (parser.isSet(QStringLiteral("all-companies"))) {
        if (keepRunning) {
            context.err << tr("run keeps one company going; use send --all-companies (the timer repeats it).")
                        << Qt::endl;
            return ExitUsage;
        }
        context.json = context.json || parser.isSet(QStringLiteral("json"));
        ClientWork::Options options;
        options.task = ClientWork::Task::SendReady;
        options.keepDrafts = parser.isSet(QStringLiteral("keep-drafts"));
        options.passes.busy = poll;
        options.passes.idle = std::max(poll, std::chrono::milliseconds(2000));
        options.passes.retryHorizon =
            std::chrono::seconds(parser.value(QStringLiteral("wait-retries")).toLongLong());
        if (parser.isSet(QStringLiteral("online-max"))) {
            options.engine.onlineMax = std::max(0, parser.value(QStringLiteral("online-max")).toInt());
        }
        if (parser.isSet(QStringLiteral("request-timeout"))) {
            options.requestTimeout = std::chrono::milliseconds(
                std::max(100, parser.value(QStringLiteral("request-timeout")).toInt()));
        }
        return workAllCompanies(parser, options, context);
    }
    std::optional<TimeBreakdown> timings;
    if (parser.isSet(QStringLiteral("timings"))) {
        timings.emplace();
    }
    TimeBreakdown *breakdown = timings ? &*timings : nullptr;
    std::optional<TimeBreakdown::Scope> whole(std::in_place, breakdown, QLatin1StringView("cli.other"));
    std::optional<TimeBreakdown::Scope> opening(std::in_place, breakdown, QLatin1StringView("cli.open"));
    auto opened = OutboxCli::open(parser, context, true);
    if (!opened) {
        context.err << opened.error() << Qt::endl;
        return ExitFailed;
    }
    OutboxServices &services = **opened;
    if (const auto credentials = OutboxCli::loadCredentials(services); !credentials) {
        context.err << credentials.error() << Qt::endl;
        return ExitFailed;
    }
    OutboxCli::warnIfOnToken(services, context);
    if (parser.isSet(QStringLiteral("now"))) {
        (void)services.store->retryNow();
    }
    opening.reset();
    services.transport->setBreakdown(breakdown);
    services.store->setBreakdown(breakdown);
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    PassScheduler::Options schedule;
    schedule.mode = keepRunning ? PassScheduler::Mode::KeepRunning : PassScheduler::Mode::UntilDone;
    schedule.busy = poll;
    schedule.idle = std::max(poll, std::chrono::milliseconds(2000));
    schedule.retryHorizon = std::chrono::seconds(parser.value(QStringLiteral("wait-retries")).toLongLong());
    // `run` on an office server rides out the server's restarts; on a file a failing database ends it.
    schedule.outlastStoreFailures = services.database->engine() == SqlEngine::Postgres;
    // Latarnia between passes, as the desktop's worker: changes audited, one alert per announced window, and
    // the deadlines of offline invoices once a window ends.
    const int latarniaEvery = parser.value(QStringLiteral("latarnia-every")).toInt();
    Latarnia latarnia(*services.transport, services.environment.latarniaBase());
    AvailabilityWatch::Options watchOptions;
    watchOptions.every = std::chrono::seconds(std::max(1, latarniaEvery));
    AvailabilityWatch watch(latarnia, *services.audit, *services.alerts, context.clock, watchOptions);
    const auto watchLatarnia = [&] {
        const TimeBreakdown::Scope measured(breakdown, QLatin1StringView("latarnia"));
        if (latarniaEvery > 0 && watch.isDue()) {
            (void)watch.poll();
            (void)watch.applyEndedWindow(*services.store);
        }
    };
    watchLatarnia(); // before anything is sent: a window that ended while Kurier was not running
    QString lastLine;
    const auto showProgress = [&] {
        watchLatarnia();
        const TimeBreakdown::Scope measured(breakdown, QLatin1StringView("cli.progress"));
        const QString line = progressLine(services.store->counts().value_or(QHash<InvoiceState, int>()));
        if (context.progress && line != lastLine) {
            context.err << '\r' << line << Qt::flush;
            lastLine = line;
        }
    };
    const PassScheduler::Decision end = PassScheduler(schedule).run(
        *services.engine, *services.store, context.clock, [] { return g_stopRequested != 0; },
        [breakdown](std::chrono::milliseconds ms) {
            const TimeBreakdown::Scope measured(breakdown, QLatin1StringView("wait"));
            wait(ms.count());
        },
        showProgress,
        [&](const PassScheduler::Decision &waiting) {
            // Said while it waits, so that a person sees why nothing moves (not only in a verbose log).
            context.err << (context.progress ? QStringLiteral("\n") : QString())
                        << tr("KSeF does not answer (%1). Nothing was sent; trying again at %2.")
                               .arg(waiting.reason, PolishCalendar::wallClockText(waiting.ksefPausedUntil))
                        << Qt::endl;
            lastLine.clear();
        });
    int exit = ExitOk;
    if (end.outcome == PassScheduler::Outcome::GaveUp && end.ksefPausedUntil.isValid()) {
        // KSeF did not answer and the next try is later than --wait-retries: end, saying so; the queue is as
        // it was (no attempt counted), and goes with the next send or run.
        context.err
            << (context.progress ? QStringLiteral("\n") : QString())
            << tr("KSeF does not answer (%1). Nothing was sent: the invoices stay in the queue and go "
                  "with the next `kurier-cli send` (or `run`, which keeps trying; the next try would "
                  "be at %2).")
                   .arg(end.reason, PolishCalendar::wallClockText(end.ksefPausedUntil))
            << Qt::endl;
        exit = ExitFailed;
    } else if (end.outcome == PassScheduler::Outcome::Failed) {
        context.err << tr("The queue cannot be processed: %1").arg(end.reason) << Qt::endl;
        exit = ExitFailed;
    } else if (end.outcome == PassScheduler::Outcome::Stopped) {
        context.err << (context.progress ? QStringLiteral("\n") : QString()) << end.reason << Qt::endl;
    }
    services.engine->closeOnlineSession();
    const auto counts = services.store->counts().value_or(QHash<InvoiceState, int>());
    whole.reset();
    if (context.progress) {
        context.err << '\r' << progressLine(counts) << Qt::endl;
    }
    int open = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.key() != InvoiceState::Confirmed && it.key() != InvoiceState::Cancelled) {
            open += it.value();
        }
    }
    if (context.json) {
        QJsonObject countJson;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            countJson.insert(invoiceStateKey(it.key()), it.value());
        }
        QJsonObject json{{QStringLiteral("counts"), countJson}};
        if (timings) {
            json.insert(QStringLiteral("timings"), timings->toJson());
        }
        context.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (!context.progress) {
        context.err << progressLine(counts) << Qt::endl;
    }
    if (timings && !context.json) {
        context.err << tr("Where the time went:") << '\n' << timings->toText() << Qt::flush;
    }
    return exit == ExitOk && open == 0 ? ExitOk : ExitFailed;
}

} // namespace Kurier::Cli
