#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

struct sqlite3_stmt;

namespace duizhao {

class Database;

// Owns one prepared statement. Binds by 1-based index, reads columns by 0-based index
// (SQLite's own convention), finalizes in its destructor. A statement string with more
// than one statement in it is refused: the rest would be silently ignored otherwise.
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(Database &db, std::string_view sql);
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const QString &value) { return bind(index, QStringView(value)); }
    Statement &bind(int index, const char *) = delete; // say QStringLiteral or QByteArray
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    // true: a row is ready; false: the statement is done. Errors throw.
    bool step();
    // step() for statements that return no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace duizhao
