#pragma once

#include "EmulatorState.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Kurier {
class Database;
}

namespace Kurier::Emulator {

// Keeps the emulator's state in a SQLite file (--data-dir) so that sessions, invoices, KSeF numbers, tokens
// and the signing keys survive a restart. A save (one transaction, when something changed, at most every few
// seconds and when the emulator stops) writes a small snapshot of everything but the invoices, and each
// invoice added or changed since the last save in its own row: its cost follows what changed, not how many
// invoices the emulator holds (a million cost no more than ten thousand). The indexes are rebuilt from the
// invoices when the state is loaded. A crash loses at most the last few seconds, which is enough for a test
// and demo server and keeps the hot path free of storage.
class EmulatorStore
{
public:
    struct Keys
    {
        QByteArray tokenKeyPem;
        QByteArray symmetricKeyPem;
        QByteArray caKeyPem; // the test CA of KSeF certificates
        QByteArray caCertificatePem;
    };

    ~EmulatorStore();
    // Opens (or creates) DIR/ksef-emulator.sqlite; nothing when it cannot be opened (the error is in
    // `error`).
    static std::unique_ptr<EmulatorStore> open(const QString &directory, QString *error);

    std::optional<EmulatorState> loadState() const;
    std::optional<Keys> loadKeys() const;
    bool save(EmulatorState &state, const Keys &keys, qint64 clockShiftMs); // clears what it saved for good
    qint64 loadClockShift() const;

private:
    explicit EmulatorStore(std::unique_ptr<Database> database);
    std::optional<QByteArray> value(const QString &key) const;
    std::unique_ptr<Database> m_database;
};

} // namespace Kurier::Emulator
