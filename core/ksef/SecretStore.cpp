#include "ksef/SecretStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace Kurier {

namespace {
// QtKeychain's jobs are asynchronous; Kurier's callers are worker threads that wait for the answer.
void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

std::expected<std::optional<QString>, QString> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    run(job);
    if (job.error() == QKeychain::EntryNotFound) {
        return std::optional<QString>();
    }
    if (job.error() != QKeychain::NoError) {
        return std::unexpected(tr("The system keychain could not be read: %1").arg(job.errorString()));
    }
    return std::optional<QString>(job.textData());
}

std::expected<void, QString> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    run(job);
    if (job.error() != QKeychain::NoError) {
        return std::unexpected(
            tr("The secret could not be stored in the system keychain: %1").arg(job.errorString()));
    }
    return {};
}

std::expected<void, QString> KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    run(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return std::unexpected(
            tr("The secret could not be removed from the system keychain: %1").arg(job.errorString()));
    }
    return {};
}

} // namespace Kurier
