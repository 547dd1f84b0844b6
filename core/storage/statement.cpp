#include "statement.h"

#include "database.h"
#include "error.h"

#include <sqlite3.h>

#include <cctype>

namespace duizhao {

Statement::Statement(Database &db, std::string_view sql)
    : m_db(db)
{
    const char *tail = nullptr;
    if (sqlite3_prepare_v3(db.handle(), sql.data(), int(sql.size()), 0, &m_stmt, &tail) != SQLITE_OK)
        db.fail(QStringLiteral("preparing \"%1\"").arg(QString::fromUtf8(sql.data(), qsizetype(sql.size()))));
    for (const char *p = tail; p && p < sql.data() + sql.size(); ++p) {
        if (!std::isspace(static_cast<unsigned char>(*p)) && *p != ';') {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            throw Error(Error::Kind::Usage,
                        QStringLiteral("SQL has trailing statements: %1").arg(QString::fromUtf8(p)));
        }
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db.fail(QStringLiteral("binding parameter %1").arg(index));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        m_db.fail(QStringLiteral("binding parameter %1").arg(index));
    return *this;
}

Statement &Statement::bind(int index, QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_db.fail(QStringLiteral("binding parameter %1").arg(index));
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_db.fail(QStringLiteral("binding parameter %1").arg(index));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_db.fail(QStringLiteral("binding parameter %1").arg(index));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString sql = QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(80);
    sqlite3_reset(m_stmt);
    m_db.fail(QStringLiteral("running \"%1\"").arg(sql));
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace duizhao
