#include "office/ClientRouting.h"

#include "fa/Fa3Reader.h"
#include "fa/Fa3Validator.h"
#include "outbox/InvoiceImport.h"
#include "services/OutboxServices.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <map>

namespace Kurier {
namespace {

struct Seller
{
    QString nip;
    QString name;
    QString problem;
};

Seller sellerOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, {}, ClientRouting::tr("The file cannot be read: %1").arg(file.errorString())};
    }
    const auto document = Fa3Reader::read(file.readAll());
    if (!document) {
        return {{}, {}, document.error().message()};
    }
    const Party &seller = document->invoice.seller;
    if (seller.nip.isEmpty()) {
        return {{}, {}, ClientRouting::tr("The invoice names no seller NIP (Podmiot1).")};
    }
    return {seller.nip, seller.name, {}};
}

} // namespace

ClientRouting::Plan ClientRouting::route(const QStringList &files, const QSet<QString> &clientNips,
                                         int threads)
{
    QList<Seller> sellers(files.size());
    {
        QThreadPool pool;
        pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
        constexpr qsizetype kChunk =
            64; // a task per 64 files: small invoices parse in well under a millisecond
        for (qsizetype start = 0; start < files.size(); start += kChunk) {
            pool.start([&, start] {
                for (qsizetype i = start; i < std::min(files.size(), start + kChunk); ++i) {
                    sellers[i] = sellerOf(files[i]);
                }
            });
        }
        pool.waitForDone();
    }
    Plan plan;
    plan.files = static_cast<int>(files.size());
    std::map<QString, Unknown> unknown;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Seller &seller = sellers[i];
        if (!seller.problem.isEmpty()) {
            plan.unreadable.append({files[i], seller.problem});
        } else if (clientNips.contains(seller.nip)) {
            plan.byClient[seller.nip].append(files[i]);
        } else {
            Unknown &entry = unknown[seller.nip];
            entry.nip = seller.nip;
            if (entry.name.isEmpty()) {
                entry.name = seller.name;
            }
            entry.files.append(files[i]);
        }
    }
    for (auto &[nip, entry] : unknown) {
        plan.unknown.append(std::move(entry));
    }
    return plan;
}

QList<ClientRouting::Imported> ClientRouting::importPlan(const Plan &plan, const QList<ClientEntry> &clients,
                                                         const ImportOptions &options, const Clock &clock)
{
    QList<Imported> imported;
    const Fa3Validator validator(clock);
    int done = 0;
    const int total = static_cast<int>(std::count_if(
        clients.begin(), clients.end(), [&](const ClientEntry &c) { return plan.byClient.contains(c.nip); }));
    for (const ClientEntry &client : clients) {
        const QStringList files = plan.byClient.value(client.nip);
        if (files.isEmpty()) {
            continue;
        }
        Imported result;
        result.client = client;
        if (!ServerAddress::isServer(client.location)) {
            QDir().mkpath(QFileInfo(client.location).absolutePath());
        }
        const KsefEnvironment environment =
            KsefEnvironment::fromText(client.environment).value_or(options.environment);
        auto services =
            OutboxServices::open(client.location, environment, client.nip, clock, OutboxEngine::Options(),
                                 options.password ? options.password(client.location) : QString());
        if (!services) {
            result.failure = services.error();
        } else {
            InvoiceImport import(*(*services)->store, validator, (*services)->environment.key(), client.nip);
            import.setHold(options.hold);
            for (const InvoiceImport::Result &file : import.importFiles(files)) {
                switch (file.outcome) {
                case InvoiceImport::Outcome::Added:
                case InvoiceImport::Outcome::Replaced:
                    ++result.added;
                    break;
                case InvoiceImport::Outcome::AlreadyThere:
                    ++result.alreadyThere;
                    break;
                case InvoiceImport::Outcome::Invalid:
                case InvoiceImport::Outcome::Refused:
                    result.refused.append(QStringLiteral("%1: %2").arg(file.path, file.message));
                    break;
                }
            }
        }
        imported.append(result);
        if (options.progress) {
            options.progress(++done, total);
        }
    }
    return imported;
}

} // namespace Kurier
