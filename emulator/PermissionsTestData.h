#pragma once

#include "HttpTypes.h"

namespace Kurier::Emulator {

class Emulator;

// Permissions set outside KSeF's own API: the test environment's `/testdata/permissions` (and its revoke),
// and the emulator's control routes by which a client company grants an office its invoice rights or takes
// them back — the sandbox's demo office and the tests' "the client revokes the office" (PROTOCOL.md §16,
// §22).
class PermissionsTestData
{
public:
    explicit PermissionsTestData(Emulator &emulator)
        : m_emulator(emulator)
    {}
    void registerRoutes();

private:
    HttpReply grant(const HttpRequest &request);
    HttpReply revoke(const HttpRequest &request);
    HttpReply office(const HttpRequest &request, bool grant);

    Emulator &m_emulator;
};

} // namespace Kurier::Emulator
