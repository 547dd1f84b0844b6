#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace duizhao {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime created; // UTC
    QString reason;    // "before-migration", "daily", "manual"
    qint64 bytes = 0;
};

// What the backup folder holds: shown in Preferences and by `duizhao-cli backups`.
struct BackupUsage
{
    QString folder;
    int count = 0;
    qint64 bytes = 0;
};

// Automatic copies of a library file, taken with SQLite's online backup API (a consistent copy
// even while another program writes), kept beside it in "<library>.backups/".
//
// - Before every schema migration, synchronously (it protects against a failed upgrade).
// - At most once a day, and only when the library changed since the last daily one: the program
//   takes it in the background after start-up (app/gui BackupJob), never on the way to the first
//   frame or before a command's work.
//
// A copy is written to "<name>.partial" and renamed into place when complete, so a copy cut short
// by a cancel, an exit or a kill is never listed nor restored. The newest KeepDaily daily copies
// are kept, and the newest KeepOther of every other reason.
class Backups final
{
public:
    static constexpr int KeepDaily = 3;
    static constexpr int KeepOther = 2;
    // Pages copied between two looks at the cancel flag (4 MB with SQLite's 4 KB pages): a cancel
    // takes effect within milliseconds.
    static constexpr int PagesPerStep = 1024;
    // A .partial file not written for this long is left over from a copy that was killed.
    static constexpr int StalePartialSecs = 15 * 60;

    // Called between steps with the pages copied and the pages in all; false cancels the copy,
    // which then throws Error(Cancelled) and leaves no file behind.
    using Step = std::function<bool(qint64 copied, qint64 total)>;

    static QString folderFor(const QString &libraryPath);
    // A copy taken through an open connection to the library, in one go (before a migration).
    static BackupInfo create(Database &db, const QString &reason);
    // A copy taken through a connection of its own, in steps of `pagesPerStep` (any thread).
    static BackupInfo create(const QString &libraryPath, const QString &reason, const Step &step = {},
                             int pagesPerStep = PagesPerStep);
    // Complete backups, newest first. Leftover .partial files from killed copies are removed.
    static QList<BackupInfo> list(const QString &libraryPath);
    static std::optional<BackupInfo> latest(const QString &libraryPath);
    static BackupUsage usage(const QString &libraryPath);

    enum class Due
    {
        No,        // the newest backup is less than a day old
        Unchanged, // a day or more, but the library is the same as at the last daily backup
        Yes
    };
    static Due dailyDue(const QString &libraryPath);
    // Takes the daily backup when dailyDue() says Yes; nullopt otherwise.
    static std::optional<BackupInfo> createDailyIfDue(const QString &libraryPath, const Step &step = {});

    // Puts a backup in place of the library; the file it replaces is kept as "<library>.damaged-<time>".
    // The library must not be open.
    static QString restore(const QString &libraryPath, const QString &backupPath);
    // Keeps the newest KeepDaily daily backups and the newest KeepOther of each other reason.
    static void prune(const QString &libraryPath);
};

} // namespace duizhao
