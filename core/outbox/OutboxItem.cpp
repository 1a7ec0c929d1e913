#include "outbox/OutboxItem.h"

namespace Kurier {

QString sendModeKey(SendMode mode)
{
    return mode == SendMode::Batch ? QStringLiteral("batch") : QStringLiteral("online");
}

std::optional<SendMode> sendModeFromKey(QStringView key)
{
    if (key == u"online") {
        return SendMode::Online;
    }
    if (key == u"batch") {
        return SendMode::Batch;
    }
    return std::nullopt;
}

QString errorClassKey(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::Retryable:
        return QStringLiteral("retryable");
    case ErrorClass::NeedsUser:
        return QStringLiteral("needs-user");
    case ErrorClass::StopQueue:
        return QStringLiteral("stop-queue");
    case ErrorClass::RecordOnly:
        return QStringLiteral("record-only");
    }
    return {};
}

std::optional<ErrorClass> errorClassFromKey(QStringView key)
{
    for (const ErrorClass errorClass :
         {ErrorClass::Retryable, ErrorClass::NeedsUser, ErrorClass::StopQueue, ErrorClass::RecordOnly}) {
        if (key == errorClassKey(errorClass)) {
            return errorClass;
        }
    }
    return std::nullopt;
}

} // namespace Kurier
