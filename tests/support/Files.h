#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Kurier::Test {

// Whole files in and out, for tests that hand files to Kurier as a user would.
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Kurier::Test
