#pragma once

#include "util/Clock.h"

#include <QTextStream>

namespace Kurier::Cli {

// What every command gets: where to print, whether the caller wants JSON, and the clock.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
    bool json = false;
    bool progress = false; // stderr is a terminal: show progress for long work
};

enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,    // something asked for did not succeed (e.g. an invalid invoice)
    ExitUsage = 2,     // the command line was wrong
    ExitAttention = 3, // reconcile: it ran, and something needs a person (see the report)
};

// Expands files and folders (recursively, *.xml) into a sorted list of files; missing paths are kept so that
// the command can report them.
QStringList expandInputs(const QStringList &paths);

} // namespace Kurier::Cli
