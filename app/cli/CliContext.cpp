#include "CliContext.h"

#include <QDirIterator>
#include <QFileInfo>

namespace Kurier::Cli {

QStringList expandInputs(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, {QStringLiteral("*.xml"), QStringLiteral("*.XML")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            found.append(it.next());
        }
        found.sort();
        files.append(found);
    }
    return files;
}

} // namespace Kurier::Cli
