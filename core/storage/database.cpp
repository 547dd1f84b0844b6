#include "database.h"

#include "error.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace duizhao {

namespace {
constexpr int BusyTimeoutMs = 5000;
}

Database::Database(const QString &path, Access access)
    : m_path(path)
{
    const int flags = (access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
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

void Database::fail(const QString &doing) const
{
    const int code = sqlite3_extended_errcode(m_db);
    const int primary = code & 0xff;
    Error::Kind kind = Error::Kind::Io;
    QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
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
