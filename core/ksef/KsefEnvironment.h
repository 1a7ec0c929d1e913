#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Kurier {

// Where KSeF is: one of the official environments (PROTOCOL.md §1) or a custom base URL — the local
// ksef-emulator in sandbox mode and in tests.
struct KsefEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(KsefEnvironment)

public:
    enum class Kind
    {
        Test,
        Demo,
        Production,
        Custom,
    };

    Kind kind = Kind::Test;
    QUrl baseUrl; // the API root including /v2, e.g. https://api-test.ksef.mf.gov.pl/v2

    static KsefEnvironment official(Kind kind);
    static KsefEnvironment custom(const QUrl &baseUrl);
    // "test", "demo", "production" (or "prd"), or an http(s) URL; nothing for anything else.
    static std::optional<KsefEnvironment> fromText(const QString &text);

    // The key of the environment in the rate-limit lanes and in stored items: "test", "demo", "production",
    // or the custom base URL.
    QString key() const;
    QString displayName() const;
    QUrl url(const QString &path) const; // baseUrl + path ("/sessions/online")
    // Where the environment's QR verification links point (PROTOCOL.md §1, §13): qr-test / qr-demo / qr
    // .ksef.mf.gov.pl; a custom environment (the emulator) verifies at its own origin.
    QUrl qrHost() const;
    // Where KSeF's availability service Latarnia answers (PROTOCOL.md §1, §12.5): its test host for TEST and
    // DEMO, its own host for production; a custom environment (the emulator) serves it at /latarnia.
    QUrl latarniaBase() const;
};

} // namespace Kurier
