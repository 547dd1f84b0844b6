#include "backups.h"

#include "database.h"
#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <sqlite3.h>

#include <thread>

namespace duizhao {

namespace {

constexpr char TimeFormat[] = "yyyyMMdd-HHmmss";
constexpr char PartialSuffix[] = ".partial";
constexpr char FingerprintFile[] = "daily-fingerprint";
constexpr int DaySecs = 24 * 60 * 60;
// Consecutive steps a rollback-journal writer may keep the library locked before the copy gives
// up (each waits for the connection's busy timeout first): the next start tries again.
constexpr int MaxBusySteps = 20;

// "library-20261128-153000-daily.duizhao"
std::optional<BackupInfo> parseName(const QFileInfo &file)
{
    const QStringList parts = file.completeBaseName().split(u'-');
    if (parts.size() < 4 || parts[0] != u"library")
        return std::nullopt;
    // The name holds UTC time.
    QDateTime created = QDateTime::fromString(parts[1] + u'-' + parts[2], QString::fromLatin1(TimeFormat));
    if (!created.isValid())
        return std::nullopt;
    created.setTimeSpec(Qt::UTC);
    BackupInfo info;
    info.path = file.absoluteFilePath();
    info.created = created;
    info.reason = parts.mid(3).join(u'-');
    info.bytes = file.size();
    return info;
}

// How to know that nothing changed since the last daily backup. SQLite's own counters do not
// serve: PRAGMA data_version only compares two moments of one connection, and the header's change
// counter is not kept up in WAL mode. A counter bumped by every write transaction would need a
// schema change and would miss writes by older versions and other SQLite tools. The files'
// sizes and modification times change with every committed write, whoever makes it: a write
// appends to the -wal (or rewrites it from the start after a checkpoint, which changes its
// time), and a checkpoint writes the main file. An empty -wal holds nothing, and SQLite creates
// a new one each time the library is opened, so only a non-empty one counts. A checkpoint that
// changed nothing may still touch the main file: then one backup too many is taken, never one
// too few.
QString fingerprint(const QString &libraryPath)
{
    const QFileInfo db(libraryPath);
    QString text = QStringLiteral("db %1 %2").arg(db.size()).arg(db.lastModified().toMSecsSinceEpoch());
    const QFileInfo wal(libraryPath + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        text += QStringLiteral(" wal %1 %2").arg(wal.size()).arg(wal.lastModified().toMSecsSinceEpoch());
    return text;
}

QString fingerprintPath(const QString &libraryPath)
{
    return QDir(Backups::folderFor(libraryPath)).filePath(QString::fromLatin1(FingerprintFile));
}

QString storedFingerprint(const QString &libraryPath)
{
    QFile file(fingerprintPath(libraryPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

void storeFingerprint(const QString &libraryPath, const QString &text)
{
    // Without it the next start takes one backup too many: not worth failing the backup for.
    QSaveFile file(fingerprintPath(libraryPath));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text.toUtf8() + '\n');
        file.commit();
    }
}

// A name in the folder no other backup has, complete or in progress. Two backups in the same
// second get distinct names.
QString freshName(const QString &folder, QDateTime &now, const QString &reason)
{
    QString path;
    for (int attempt = 0; attempt < 100; ++attempt, now = now.addSecs(1)) {
        path = QDir(folder).filePath(
            QStringLiteral("library-%1-%2.duizhao").arg(now.toString(QString::fromLatin1(TimeFormat)), reason));
        if (!QFileInfo::exists(path) && !QFileInfo::exists(path + QLatin1String(PartialSuffix)))
            break;
    }
    return path;
}

bool isWal(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    bool wal = false;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        wal = qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "wal") == 0;
    sqlite3_finalize(stmt);
    return wal;
}

// Copies the library behind `source` into the new file `target`, `pagesPerStep` pages at a time
// (-1: all at once), asking `step` between steps whether to go on. Throws on failure or cancel,
// and then removes `target`.
//
// In WAL mode (every library opened for writing) the copy runs inside one read transaction on
// `source`: it copies one snapshot, whatever the user writes meanwhile, and never restarts —
// readers do not block writers in WAL mode, so the user's saves go on (they wait only for the
// checkpoint, which the -wal absorbs until the copy ends). A library in another journal mode is
// copied step by step without holding a lock between steps: a write by another connection then
// makes SQLite restart the copy from the first page at the next step, as its backup API does.
void copyDatabase(sqlite3 *source, const QString &libraryPath, const QString &target, int pagesPerStep,
                  const Backups::Step &step)
{
    QFile::remove(target);
    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(target.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(dest);
        QFile::remove(target);
        throw Error(Error::Kind::Io, QStringLiteral("cannot write the backup %1").arg(target), libraryPath);
    }
    bool snapshot = false;
    if (sqlite3_get_autocommit(source) && isWal(source)) {
        // BEGIN alone takes no snapshot; the first read does, and it lasts until COMMIT.
        snapshot =
            sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!snapshot && !sqlite3_get_autocommit(source))
            sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    int rc = backup ? SQLITE_OK : sqlite3_errcode(dest);
    bool cancelled = false;
    int busySteps = 0;
    while (backup) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        const bool busy = rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
        if (rc != SQLITE_OK && !(busy && ++busySteps < MaxBusySteps))
            break;
        if (!busy)
            busySteps = 0;
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (step && !step(total - sqlite3_backup_remaining(backup), total)) {
            cancelled = true;
            break;
        }
        if (busy)
            sqlite3_sleep(50);
        else
            std::this_thread::yield(); // the copy is the least urgent work the program has
    }
    QString reason = QString::fromUtf8(backup ? sqlite3_errstr(rc) : sqlite3_errmsg(dest));
    if (backup)
        sqlite3_backup_finish(backup);
    if (snapshot)
        sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
    // The copy is a plain rollback-journal file: one file, easy to move around.
    if (rc == SQLITE_DONE &&
        sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        reason = QString::fromUtf8(sqlite3_errmsg(dest));
        rc = SQLITE_ERROR;
    }
    sqlite3_close(dest);
    if (rc != SQLITE_DONE) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-journal"));
        if (cancelled)
            throw Error(Error::Kind::Cancelled, QStringLiteral("the backup was cancelled"), libraryPath);
        throw Error(Error::Kind::Io, QStringLiteral("the backup failed: %1").arg(reason), libraryPath);
    }
}

BackupInfo copyLibrary(sqlite3 *source, const QString &libraryPath, const QString &reason, int pagesPerStep,
                       const Backups::Step &step)
{
    const QString folder = Backups::folderFor(libraryPath);
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::Io, QStringLiteral("cannot create the backup folder %1").arg(folder), libraryPath);
    QDateTime now = QDateTime::currentDateTimeUtc();
    const QString path = freshName(folder, now, reason);
    const QString partial = path + QLatin1String(PartialSuffix);
    // Taken before the copy's snapshot: a write in between makes the next one differ, which costs
    // at most one backup too many.
    const QString before = fingerprint(libraryPath);
    copyDatabase(source, libraryPath, partial, pagesPerStep, step);
    // Complete: only now does it get a name list() and restore see.
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw Error(Error::Kind::Io, QStringLiteral("cannot name the backup %1").arg(path), libraryPath);
    }
    if (reason == u"daily")
        storeFingerprint(libraryPath, before);
    Backups::prune(libraryPath);
    BackupInfo info;
    info.path = path;
    info.created = now;
    info.reason = reason;
    info.bytes = QFileInfo(path).size();
    return info;
}

} // namespace

QString Backups::folderFor(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteFilePath() + QStringLiteral(".backups");
}

BackupInfo Backups::create(Database &db, const QString &reason)
{
    return copyLibrary(db.handle(), db.path(), reason, -1, {});
}

BackupInfo Backups::create(const QString &libraryPath, const QString &reason, const Step &step, int pagesPerStep)
{
    Database db(libraryPath, Database::Access::ReadOnly); // this thread's own connection
    return copyLibrary(db.handle(), libraryPath, reason, pagesPerStep, step);
}

QList<BackupInfo> Backups::list(const QString &libraryPath)
{
    QList<BackupInfo> backups;
    const QDir folder(folderFor(libraryPath));
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-StalePartialSecs);
    const QString partials = QStringLiteral("library-*.duizhao") + QLatin1String(PartialSuffix);
    for (const QFileInfo &file : folder.entryInfoList({partials}, QDir::Files)) {
        // A copy in progress writes to its file every step; one left alone this long was killed.
        if (file.lastModified() < stale)
            QFile::remove(file.absoluteFilePath());
    }
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("library-*.duizhao")}, QDir::Files)) {
        if (const auto info = parseName(file))
            backups.append(*info);
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.created > b.created; });
    return backups;
}

std::optional<BackupInfo> Backups::latest(const QString &libraryPath)
{
    const QList<BackupInfo> backups = list(libraryPath);
    if (backups.isEmpty())
        return std::nullopt;
    return backups.front();
}

BackupUsage Backups::usage(const QString &libraryPath)
{
    BackupUsage usage;
    usage.folder = folderFor(libraryPath);
    for (const BackupInfo &backup : list(libraryPath)) {
        ++usage.count;
        usage.bytes += backup.bytes;
    }
    return usage;
}

Backups::Due Backups::dailyDue(const QString &libraryPath)
{
    const QList<BackupInfo> backups = list(libraryPath);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!backups.isEmpty() && backups.front().created.secsTo(now) < DaySecs)
        return Due::No;
    const bool anyDaily =
        std::any_of(backups.begin(), backups.end(), [](const BackupInfo &b) { return b.reason == u"daily"; });
    if (anyDaily && storedFingerprint(libraryPath) == fingerprint(libraryPath))
        return Due::Unchanged;
    return Due::Yes;
}

std::optional<BackupInfo> Backups::createDailyIfDue(const QString &libraryPath, const Step &step)
{
    if (dailyDue(libraryPath) != Due::Yes)
        return std::nullopt;
    return create(libraryPath, QStringLiteral("daily"), step);
}

QString Backups::restore(const QString &libraryPath, const QString &backupPath)
{
    if (!QFileInfo::exists(backupPath))
        throw Error(Error::Kind::Usage, QStringLiteral("there is no backup %1").arg(backupPath), libraryPath);
    QString keptAs;
    if (QFileInfo::exists(libraryPath)) {
        keptAs = libraryPath + QStringLiteral(".damaged-") +
                 QDateTime::currentDateTimeUtc().toString(QString::fromLatin1(TimeFormat));
        if (!QFile::rename(libraryPath, keptAs))
            throw Error(Error::Kind::Io, QStringLiteral("cannot move the damaged library aside"), libraryPath);
        // The WAL and shared-memory files belong to the damaged file, not to the backup.
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(libraryPath + QLatin1String(suffix), keptAs + QLatin1String(suffix));
    }
    if (!QFile::copy(backupPath, libraryPath)) {
        if (!keptAs.isEmpty())
            QFile::rename(keptAs, libraryPath);
        throw Error(Error::Kind::Io, QStringLiteral("cannot copy the backup into place"), libraryPath);
    }
    QFile(libraryPath)
        .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    return keptAs;
}

void Backups::prune(const QString &libraryPath)
{
    QHash<QString, int> kept; // per reason
    for (const BackupInfo &backup : list(libraryPath)) {
        const int keep = backup.reason == u"daily" ? KeepDaily : KeepOther;
        if (++kept[backup.reason] > keep)
            QFile::remove(backup.path);
    }
}

} // namespace duizhao
