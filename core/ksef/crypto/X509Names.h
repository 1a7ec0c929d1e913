#pragma once

#include "ksef/crypto/Certificate.h"

struct X509_name_st;

namespace Kurier::X509Names {

// Distinguished names between Kurier's Subject lists and OpenSSL (for certificates and CSRs).
std::expected<void, QString> add(X509_name_st *name, const Certificate::Subject &subject);
Certificate::Subject read(const X509_name_st *name);

} // namespace Kurier::X509Names
