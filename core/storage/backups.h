#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime created; // UTC
    QString reason;    // "before-migration", "daily", "before-restore"
};

// Automatic copies of a library file, taken with SQLite's online backup API (a consistent copy
// even while another program writes), kept beside it in "<library>.backups/". Taken before every
// schema migration and at most once a day; the newest few are kept.
class Backups final
{
public:
    static constexpr int Keep = 10;

    static QString folderFor(const QString &libraryPath);
    static BackupInfo create(Database &db, const QString &reason);
    static QList<BackupInfo> list(const QString &libraryPath); // newest first
    static std::optional<BackupInfo> latest(const QString &libraryPath);
    // Takes the daily backup if the newest one is older than a day.
    static std::optional<BackupInfo> createDailyIfDue(Database &db);
    // Puts a backup in place of the library; the file it replaces is kept as "<library>.damaged-<time>".
    // The library must not be open.
    static QString restore(const QString &libraryPath, const QString &backupPath);
    static void prune(const QString &libraryPath, int keep = Keep);
};

} // namespace duizhao
