#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace duizhao {

class Database;

// One numbered, forward-only schema step. `why` says what the step is for, so the history of
// the schema reads like a changelog.
struct Migration
{
    int version = 0;
    const char *why = "";
    std::function<void(Database &)> apply;
};

// Brings a database to the newest version in `steps`. Each step runs in its own transaction that
// ends with PRAGMA user_version = N, so a failed step leaves the file at the previous version.
// A database newer than the newest step is refused before anything is written.
class Migrator final
{
public:
    using BeforeMigrating = std::function<void(int from, int to)>;

    static int latestVersion(const QList<Migration> &steps);
    // Throws Error(Data) if the file was written by a newer program.
    static void refuseNewer(Database &db, const QList<Migration> &steps);
    // Returns the version the file had. `before` runs once, before the first step, when any runs
    // (the library takes its backup there).
    static int migrate(Database &db, const QList<Migration> &steps, const BeforeMigrating &before = {});
};

} // namespace duizhao
