#include "database.h"

#include "error.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUrl>

#include <sqlite3.h>

#include <cerrno>

namespace duizhao {

namespace {
constexpr int BusyTimeoutMs = 5000;
}

Database::Database(const QString &path, Access access)
    : m_path(path)
{
    int flags = (access == Access::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY) |
                SQLITE_OPEN_NOMUTEX;
    QByteArray name = path.toUtf8();
    if (access == Access::Snapshot) {
        // immutable=1: no locking and no -shm or -wal, so nothing needs to be written to read.
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        // sqlite3_close_v2 accepts the half-open handle sqlite3_open_v2 leaves behind on failure.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw Error(Error::Kind::Io, QStringLiteral("cannot open the library: %1").arg(reason), path);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    exec("PRAGMA foreign_keys = ON");
}

Database::~Database()
{
    // close_v2 defers the close until every statement is finalized instead of failing with SQLITE_BUSY;
    // Statement objects always finalize in their destructors, so this never leaks.
    sqlite3_close_v2(m_db);
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        if (lastErrorWasDiskFull())
            throw Error(Error::Kind::Io, QStringLiteral("%1 (%2)").arg(diskFullMessage(m_path), reason), m_path);
        throw Error(rc == SQLITE_CORRUPT  ? Error::Kind::Damaged
                    : rc == SQLITE_NOTADB ? Error::Kind::Data
                                          : Error::Kind::Io,
                    reason, m_path);
    }
}

int Database::userVersion()
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK)
        fail(QStringLiteral("reading the schema version"));
    const int rc = sqlite3_step(stmt);
    const int version = rc == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    if (version < 0)
        fail(QStringLiteral("reading the schema version"));
    return version;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

bool Database::lastErrorWasDiskFull() const
{
    const int primary = sqlite3_extended_errcode(m_db) & 0xff;
    const int system = sqlite3_system_errno(m_db);
#ifdef EDQUOT
    const bool full = system == ENOSPC || system == EDQUOT;
#else
    const bool full = system == ENOSPC;
#endif
    if (primary == SQLITE_IOERR)
        return full;
    // SQLite keeps no system error for SQLITE_FULL, which also means the library reached its
    // max_page_count: it is the disk when the disk has (next to) nothing left.
    if (primary == SQLITE_FULL) {
        const QStorageInfo disk(QFileInfo(m_path).absolutePath());
        return full || (disk.isValid() && disk.bytesAvailable() < 256 * 1024);
    }
    return false;
}

QString Database::diskFullMessage(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo disk(folder);
    const QString where = disk.isValid() && !disk.rootPath().isEmpty() ? disk.rootPath() : folder;
    return QStringLiteral("the disk is full: no space left on %1 (where %2 is)")
        .arg(QDir::toNativeSeparators(where), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

void Database::fail(const QString &doing) const
{
    const int code = sqlite3_extended_errcode(m_db);
    const int primary = code & 0xff;
    Error::Kind kind = Error::Kind::Io;
    QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    // A full disk is what the user must hear first, whatever SQLite was doing when it found out
    // (growing the -shm at the first read reports a "disk I/O error").
    if (lastErrorWasDiskFull())
        throw Error(kind, QStringLiteral("%1 (%2: %3)").arg(diskFullMessage(m_path), doing, reason), m_path);
    // A library opened read-only on a full disk: the disk is the news, not the statement.
    if (primary == SQLITE_READONLY && !m_readOnlyReason.isEmpty()) {
        throw Error(kind, QStringLiteral("the library is open read-only because %1 (%2)").arg(m_readOnlyReason, doing),
                    m_path);
    }
    switch (primary) {
    case SQLITE_NOTADB:
        // A file with automatic backups beside it was a library once: its header is damaged.
        if (QFileInfo::exists(m_path + QStringLiteral(".backups"))) {
            kind = Error::Kind::Damaged;
            reason = QStringLiteral("the library file is damaged (%1)").arg(reason);
        } else {
            kind = Error::Kind::Data;
            reason = QStringLiteral("not a Duizhao library (%1)").arg(reason);
        }
        break;
    case SQLITE_CORRUPT:
        kind = Error::Kind::Damaged;
        reason = QStringLiteral("the library file is damaged (%1)").arg(reason);
        break;
    case SQLITE_FULL:
        reason = QStringLiteral("the disk or the library is full (%1)").arg(reason);
        break;
    case SQLITE_READONLY:
        reason = QStringLiteral("the library is read-only (%1)").arg(reason);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        reason = QStringLiteral("another program keeps the library busy (%1)").arg(reason);
        break;
    default:
        break;
    }
    throw Error(kind, QStringLiteral("%1: %2").arg(doing, reason), m_path);
}

} // namespace duizhao
