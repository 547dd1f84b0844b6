#pragma once

#include <QString>

struct sqlite3;

namespace duizhao {

// Owns one sqlite3 connection: opened in the constructor, closed in the destructor.
// One connection per thread; statements are separate objects (see Statement) so that a
// connection never hides a half-stepped statement from its caller.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly,
        // Read-only without locks, a -shm or a -wal file: for a disk too full to create them. Only
        // right while nothing else writes the file and its -wal holds nothing (see Library).
        Snapshot
    };

    // Opens (and for ReadWrite creates) the file. ":memory:" gives a private in-memory database.
    // Sets foreign_keys=ON and a busy timeout; journal mode is the caller's choice (see Library),
    // because switching to WAL writes to the file and a file we refuse must stay untouched.
    explicit Database(const QString &path, Access access = Access::ReadWrite);
    ~Database();

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const;
    // Why the library cannot be written, when that is not its permissions: the message a refused
    // write gives ("the disk holding it is full (…)"). Empty otherwise.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnlyReason(const QString &reason) { m_readOnlyReason = reason; }
    // Whether the last error was a full disk (ENOSPC or EDQUOT from the system, or SQLITE_FULL
    // with one of those): the disk, not the library's own size limit.
    bool lastErrorWasDiskFull() const;
    // "the disk is full: no space left on /media/usb (where /media/usb/papers/library.duizhao is)".
    static QString diskFullMessage(const QString &path);

    // Runs SQL that may hold several statements and returns no rows (schema scripts, pragmas).
    void exec(const char *sql);

    int userVersion();
    qint64 lastInsertRowId() const;
    // Rows the last INSERT, UPDATE or DELETE on this connection changed (not counting triggers).
    int changes() const;
    bool inTransaction() const;

    // Throws duizhao::Error describing the connection's last error, prefixed by what was being done.
    [[noreturn]] void fail(const QString &doing) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_readOnlyReason;
};

} // namespace duizhao
