#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>

namespace Kurier {

// ZIP archives in memory (libzip): KSeF batch packages and invoice exports.
class ZipArchive
{
public:
    struct Entry
    {
        QString name;
        QByteArray data;
    };

    static std::expected<QByteArray, QString> create(const QList<Entry> &entries);
    // How many entries (directories included) the archive lists, read from its central directory without
    // unpacking anything; an error when it is not a readable ZIP.
    static std::expected<qint64, QString> entryCount(const QByteArray &archive);
    // Refuses archives with more than `maxEntries` files or more than `maxTotalBytes` uncompressed.
    static std::expected<QList<Entry>, QString> extract(const QByteArray &archive, qint64 maxEntries,
                                                        qint64 maxTotalBytes);
};

} // namespace Kurier
