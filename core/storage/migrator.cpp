#include "migrator.h"

#include "database.h"
#include "error.h"
#include "transaction.h"

namespace duizhao {

int Migrator::latestVersion(const QList<Migration> &steps)
{
    return steps.isEmpty() ? 0 : steps.back().version;
}

void Migrator::refuseNewer(Database &db, const QList<Migration> &steps)
{
    const int version = db.userVersion();
    const int latest = latestVersion(steps);
    if (version > latest) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the library was written by a newer version of Duizhao (schema %1; this version "
                                   "reads up to %2). It was left untouched; update Duizhao to open it.")
                        .arg(version)
                        .arg(latest),
                    db.path());
    }
}

int Migrator::migrate(Database &db, const QList<Migration> &steps, const BeforeMigrating &before)
{
    refuseNewer(db, steps);
    const int from = db.userVersion();
    const int latest = latestVersion(steps);
    if (from == latest)
        return from;
    if (before)
        before(from, latest);
    for (const Migration &step : steps) {
        if (step.version <= db.userVersion())
            continue;
        Transaction transaction(db);
        step.apply(db);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version).toUtf8().constData());
        transaction.commit();
    }
    return from;
}

} // namespace duizhao
