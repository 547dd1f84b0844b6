#pragma once

#include <QtGlobal>

namespace duizhao {

class Database;

// Scope guard for a write: begins in the constructor, rolls back in the destructor unless
// commit() ran. Outside a transaction it issues BEGIN IMMEDIATE (take the write lock now, so a
// busy library fails at the start and not halfway); inside one it nests with a SAVEPOINT.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();

    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace duizhao
