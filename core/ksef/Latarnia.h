#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Kurier {

class HttpTransport;

// What KSeF's availability service says (PROTOCOL.md §12.5), in Kurier's words. `Unreachable` is Latarnia's
// own failure (it has answered 502/504): never read as a KSeF failure.
enum class Availability
{
    Available,
    Maintenance,
    Failure,
    TotalFailure,
    Unreachable,
};
QString availabilityKey(Availability availability);  // "available", …, "unreachable" (audit, JSON)
QString availabilityName(Availability availability); // for people, translated

// One announcement: a failure starting or ending, or a maintenance window.
struct AvailabilityNotice
{
    enum class Kind
    {
        FailureStart,
        FailureEnd,
        Maintenance,
        Other,
    };
    QString id;
    QString eventId; // the window it belongs to (start and end share it)
    Availability category = Availability::Failure;
    Kind kind = Kind::Other;
    QString title;
    QString text;
    QDateTime start;
    QDateTime end; // invalid while it lasts (or is not announced)
    int version = 0;
    QDateTime published;

    bool operator==(const AvailabilityNotice &) const = default;
};

struct AvailabilityReport
{
    Availability availability = Availability::Unreachable;
    QList<AvailabilityNotice> notices; // every announcement Latarnia lists, oldest first
    QString problem;                   // why it is unreachable (for the log and the tooltip)

    // The window an invoice issued offline now belongs to: the newest notice of the current status' event.
    std::optional<AvailabilityNotice> current() const;
    bool operator==(const AvailabilityReport &) const = default;
};

// The Latarnia client: GET {base}/status and GET {base}/messages through the transport (absolute URLs: not
// rate-limited, no token). Lenient: camelCase or PascalCase keys, unknown values ignored; anything that is
// not a clear answer is Unreachable with the reason.
class Latarnia
{
    Q_DECLARE_TR_FUNCTIONS(Latarnia)

public:
    Latarnia(HttpTransport &transport, QUrl base);

    AvailabilityReport check();

    // The parsers, for tests and for the emulator's own checks.
    static std::optional<Availability> parseStatus(const QByteArray &json,
                                                   QList<AvailabilityNotice> *notices);
    static std::optional<QList<AvailabilityNotice>> parseMessages(const QByteArray &json);

private:
    HttpTransport &m_transport;
    QUrl m_base;
};

} // namespace Kurier
