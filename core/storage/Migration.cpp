#include "storage/Migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Kurier {

QStringList Migration::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int depth = 0;
    const QStringList lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u"--")) {
            continue;
        }
        current += rawLine + u'\n';
        const QString upper = line.toUpper();
        if (upper.endsWith(u"BEGIN")) {
            ++depth;
        } else if (depth > 0 && (upper == u"END;" || upper == u"END")) {
            --depth;
        }
        if (depth == 0 && line.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

QList<Migration> Migration::bundled()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/kurier/sql"));
    const QStringList entries = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = fileName.match(entry);
        QFile file(dir.filePath(entry));
        if (!match.hasMatch() || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        migrations.append(Migration{match.captured(1).toInt(), match.captured(2),
                                    splitStatements(QString::fromUtf8(file.readAll()))});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

} // namespace Kurier
