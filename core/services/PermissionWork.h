#pragma once

#include "ksef/KsefPermissions.h"

#include <QCoreApplication>

namespace Kurier {

class OutboxServices;

// A grant or revoke carried through (PROTOCOL.md §22), the same from the desktop and from kurier-cli: sent
// with the company's login, followed until KSeF decides, and written to the audit log with who acted. The
// services' client has its credentials (the company's own, or the identity acting under permissions).
class PermissionWork
{
    Q_DECLARE_TR_FUNCTIONS(PermissionWork)

public:
    using Outcome = KsefClient::Result<PermissionOutcome>;

    static Outcome grant(OutboxServices &services, PermissionGrantRequest request);
    static Outcome revoke(OutboxServices &services, const PermissionGrantInfo &held);
    // What revoking `held` means for the people who use it, for the confirmation (in the UI language).
    static QString revokeConsequence(const PermissionGrantInfo &held, const QString &companyNip);
    // "Anna Kowalska (PESEL 44051401359)", "Biuro Rachunkowe Demo (NIP 9876543210)".
    static QString subjectText(const PermissionGrantInfo &held);
};

} // namespace Kurier
