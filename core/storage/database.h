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
        ReadOnly
    };

    // Opens (and for ReadWrite creates) the file. ":memory:" gives a private in-memory database.
    // Sets foreign_keys=ON and a busy timeout; journal mode is the caller's choice (see Library),
    // because switching to WAL writes to the file and a file we refuse must stay untouched.
    explicit Database(const QString &path, Access access = Access::ReadWrite);
    ~Database();

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const;

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
};

} // namespace duizhao
