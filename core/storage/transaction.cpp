#include "transaction.h"

#include "database.h"

#include <sqlite3.h>

namespace duizhao {

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(db.inTransaction())
{
    m_db.exec(m_nested ? "SAVEPOINT duizhao_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    // Never throw from a destructor: a failed rollback leaves SQLite to roll back on close.
    if (m_nested) {
        sqlite3_exec(m_db.handle(), "ROLLBACK TO duizhao_nested; RELEASE duizhao_nested", nullptr, nullptr, nullptr);
    } else if (m_db.inTransaction()) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE duizhao_nested" : "COMMIT");
    m_done = true;
}

} // namespace duizhao
