#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Kurier::Test {

// Where a store or engine test keeps its data. The same test runs on both engines: as itself on a SQLite file
// in `dir`, and as its _pg variant (CTest sets KURIER_TEST_POSTGRES to the address file of the throw-away
// cluster tests/support/postgres-cluster.sh started) on a new, empty database of that cluster — one per (dir,
// name), the same one every time it is asked for again.
QString databaseLocation(const QTemporaryDir &dir, const QString &name = QStringLiteral("kurier.sqlite"));
// True in a _pg variant.
bool onPostgres();
// The cluster's address (its maintenance database); empty outside a _pg variant.
QString postgresClusterUrl();
// A new, empty database on the cluster (a _pg variant only; the test fails at once when it cannot be made).
QString newPostgresDatabase();

} // namespace Kurier::Test
