#include "DocumentStyle.h"

namespace Kurier::DocumentStyle {

QString css()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: 8pt; color: #1a1a1a; }"
        "p { margin-top: 0px; margin-bottom: 2px; }"
        "p.title { font-size: 15pt; font-weight: bold; color: #1d3f6e; margin-bottom: 2px; }"
        "p.number { font-size: 11pt; font-weight: bold; margin-bottom: 6px; }"
        "p.h { font-size: 9pt; font-weight: bold; color: #1d3f6e; margin-top: 9px; margin-bottom: 3px; }"
        "p.total { font-size: 10pt; font-weight: bold; margin-top: 6px; }"
        "p.small, td.small { font-size: 6.5pt; color: #444444; }"
        "table.grid { border-collapse: collapse; border-color: #9aa5b4; border-style: solid; border-width: "
        "1px; }"
        "table.grid th { background-color: #e8edf3; font-weight: bold; border: 1px solid #9aa5b4; }"
        "table.grid td { border: 1px solid #9aa5b4; }"
        "table.parties td { background-color: #f5f7fa; }"
        "td.key { color: #555555; padding-right: 10px; }"
        "td.kod2 { border: 1px dashed #9aa5b4; color: #555555; font-size: 7pt; }"
        "pre { font-family: 'DejaVu Sans Mono'; font-size: 6pt; white-space: pre-wrap; }");
}

} // namespace Kurier::DocumentStyle
