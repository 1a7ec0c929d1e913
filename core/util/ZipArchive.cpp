#include "util/ZipArchive.h"

#include <zip.h>

#include <memory>

namespace Kurier {

namespace {
QString zipError(zip_error_t *error)
{
    const QString text = QString::fromUtf8(zip_error_strerror(error));
    zip_error_fini(error);
    return text;
}
} // namespace

std::expected<QByteArray, QString> ZipArchive::create(const QList<Entry> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!target) {
        return std::unexpected(zipError(&error));
    }
    zip_source_keep(target);
    zip_t *archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(target);
        return std::unexpected(zipError(&error));
    }
    for (const Entry &entry : entries) {
        // The data must outlive zip_close: libzip copies it there (freep = 0 keeps ownership with us).
        zip_source_t *source = zip_source_buffer(archive, entry.data.constData(),
                                                 static_cast<zip_uint64_t>(entry.data.size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, entry.name.toUtf8().constData(), source,
                                                        ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                         : -1;
        // Deflate at level 1: for invoices (a few kB of XML each) about three times faster than the default
        // level, for a package a few per cent larger (bench/REPORT.md, the send breakdown).
        if (index < 0 ||
            zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 1) < 0) {
            if (index < 0) {
                zip_source_free(source);
            }
            const QString message = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            zip_source_free(target);
            return std::unexpected(message);
        }
    }
    if (zip_close(archive) < 0) {
        const QString message = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(target);
        return std::unexpected(message);
    }
    QByteArray out;
    zip_stat_t stat;
    if (zip_source_stat(target, &stat) == 0 && zip_source_open(target) == 0) {
        out.resize(static_cast<qsizetype>(stat.size));
        zip_source_read(target, out.data(), stat.size);
        zip_source_close(target);
    }
    zip_source_free(target);
    return out;
}

namespace {
using OpenArchive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

std::expected<OpenArchive, QString> openArchive(const QByteArray &archiveBytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(
        archiveBytes.constData(), static_cast<zip_uint64_t>(archiveBytes.size()), 0, &error);
    if (!source) {
        return std::unexpected(zipError(&error));
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        zip_source_free(source);
        return std::unexpected(zipError(&error));
    }
    return OpenArchive(archive, &zip_discard);
}
} // namespace

std::expected<qint64, QString> ZipArchive::entryCount(const QByteArray &archiveBytes)
{
    auto opened = openArchive(archiveBytes);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    return zip_get_num_entries(opened->get(), 0);
}

std::expected<QList<ZipArchive::Entry>, QString> ZipArchive::extract(const QByteArray &archiveBytes,
                                                                     qint64 maxEntries, qint64 maxTotalBytes)
{
    auto opened = openArchive(archiveBytes);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    zip_t *archive = opened->get();
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count > maxEntries) {
        return std::unexpected(
            QStringLiteral("the archive has %1 files; at most %2 are allowed").arg(count).arg(maxEntries));
    }
    QList<Entry> entries;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0) {
            return std::unexpected(QString::fromUtf8(zip_strerror(archive)));
        }
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith(u'/')) {
            continue; // a directory entry
        }
        total += static_cast<qint64>(stat.size);
        if (total > maxTotalBytes) {
            return std::unexpected(
                QStringLiteral("the archive unpacks to more than %1 bytes").arg(maxTotalBytes));
        }
        zip_file_t *file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (!file) {
            return std::unexpected(QString::fromUtf8(zip_strerror(archive)));
        }
        QByteArray data(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(stat.size)) {
            return std::unexpected(QStringLiteral("the archive entry %1 is damaged").arg(name));
        }
        entries.append(Entry{name, std::move(data)});
    }
    return entries;
}

} // namespace Kurier
