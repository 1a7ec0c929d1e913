#pragma once

#include "support/EmulatorHarness.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace Kurier::Test {

// The emulator tests' fixture: each test function gets a fresh emulator and an access token of the demo
// seller (call `startFresh()` from the test class's `init()` slot).
class EmulatorTest : public QObject
{
protected:
    static inline const QString kSellerNip = QStringLiteral("5265877635");

    // Starts a fresh emulator and logs the demo seller in; false when the login failed.
    bool startFresh()
    {
        m_ksef = std::make_unique<EmulatorHarness>();
        m_access = m_ksef->authenticate(kSellerNip);
        return !m_access.isEmpty();
    }

    // The `status.code` of a KSeF answer (sessions, invoices, authentication operations).
    static int code(const QJsonObject &body)
    {
        return body.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt();
    }

    std::unique_ptr<EmulatorHarness> m_ksef;
    QString m_access;
};

} // namespace Kurier::Test
