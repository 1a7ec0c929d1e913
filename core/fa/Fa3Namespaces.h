#pragma once

#include <QLatin1StringView>

namespace Kurier::Fa {

inline constexpr QLatin1StringView kFa3Namespace{"http://crd.gov.pl/wzor/2025/06/25/13775/"};
inline constexpr QLatin1StringView kFa2Namespace{"http://crd.gov.pl/wzor/2023/06/29/12648/"};
inline constexpr QLatin1StringView kEtdNamespace{
    "http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2022/01/05/eD/DefinicjeTypy/"};
inline constexpr QLatin1StringView kXsiNamespace{"http://www.w3.org/2001/XMLSchema-instance"};

// KSeF limits (PROTOCOL.md §10): 1 MB without attachment, 3 MB with; MB = 1 000 000 bytes.
inline constexpr qsizetype kMaxInvoiceSize = 1'000'000;
inline constexpr qsizetype kMaxInvoiceSizeWithAttachment = 3'000'000;

} // namespace Kurier::Fa
