#pragma once

#include <QString>

namespace Kurier::DocumentStyle {

// The one style sheet of Kurier's printed documents (QTextDocument's subset of CSS).
QString css();

} // namespace Kurier::DocumentStyle
