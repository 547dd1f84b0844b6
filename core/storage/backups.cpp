#include "backups.h"

#include "database.h"
#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace duizhao {

namespace {

constexpr char TimeFormat[] = "yyyyMMdd-HHmmss";

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
    return info;
}

} // namespace

QString Backups::folderFor(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteFilePath() + QStringLiteral(".backups");
}

BackupInfo Backups::create(Database &db, const QString &reason)
{
    const QString folder = folderFor(db.path());
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::Io, QStringLiteral("cannot create the backup folder %1").arg(folder), db.path());
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString path;
    // Two backups in the same second get distinct names.
    for (int attempt = 0; attempt < 100; ++attempt, now = now.addSecs(1)) {
        path = QDir(folder).filePath(
            QStringLiteral("library-%1-%2.duizhao").arg(now.toString(QString::fromLatin1(TimeFormat)), reason));
        if (!QFileInfo::exists(path))
            break;
    }
    const QString temporary = path + QStringLiteral(".part");
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(temporary.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(target);
        throw Error(Error::Kind::Io, QStringLiteral("cannot write the backup %1").arg(temporary), db.path());
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", db.handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
    if (backup)
        sqlite3_backup_finish(backup);
    const QString reasonText = QString::fromUtf8(sqlite3_errmsg(target));
    // The copy is a plain rollback-journal file: one file, easy to move around.
    if (rc == SQLITE_DONE)
        rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK ? SQLITE_DONE
                                                                                                          : rc;
    sqlite3_close(target);
    if (rc != SQLITE_DONE || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        throw Error(Error::Kind::Io, QStringLiteral("the backup failed: %1").arg(reasonText), db.path());
    }
    prune(db.path());
    BackupInfo info;
    info.path = path;
    info.created = now;
    info.reason = reason;
    return info;
}

QList<BackupInfo> Backups::list(const QString &libraryPath)
{
    QList<BackupInfo> backups;
    const QDir folder(folderFor(libraryPath));
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

std::optional<BackupInfo> Backups::createDailyIfDue(Database &db)
{
    const std::optional<BackupInfo> newest = latest(db.path());
    if (newest && newest->created.secsTo(QDateTime::currentDateTimeUtc()) < 24 * 60 * 60)
        return std::nullopt;
    return create(db, QStringLiteral("daily"));
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

void Backups::prune(const QString &libraryPath, int keep)
{
    const QList<BackupInfo> backups = list(libraryPath);
    for (qsizetype i = keep; i < backups.size(); ++i)
        QFile::remove(backups[i].path);
}

} // namespace duizhao
