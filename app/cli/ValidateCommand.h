#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kurier::Cli {

// kurier-cli validate FILE|DIR… [--json]: one line per file, exit status 1 if any file is invalid.
class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static int run(const QStringList &arguments, CliContext &context);
    static QString usage();
};

} // namespace Kurier::Cli
