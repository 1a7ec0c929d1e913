#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Kurier {

// One step of the schema: the statements that take the database from version `version - 1` to `version`.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;

    // Splits an SQL script into statements: a statement ends at a line ending in ';' outside BEGIN … END.
    static QStringList splitStatements(const QString &script);
    // The migrations bundled in the binary (resources/sql/NNNN_name.sql), in order.
    static QList<Migration> bundled();
};

} // namespace Kurier
