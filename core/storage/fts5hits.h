#pragma once

#include <QByteArray>
#include <QList>

namespace duizhao {

class Database;

// What a ranking function needs to know about one row an FTS5 query matched, read from the index
// alone: how often each of the query's phrases occurs in it, how many tokens it has, and how many
// rows and tokens the whole index holds (bm25's parts, so the caller can weigh the phrases by
// rarity in a scope of its own choosing instead of FTS5's, which counts every row of the library).
struct Fts5RowHits
{
    qint64 indexRows = 0;   // rows in the whole index
    qint64 indexTokens = 0; // tokens in the whole index
    int rowTokens = 0;      // tokens in this row
    QList<int> phraseHits;  // per phrase of the MATCH expression, in its order

    static Fts5RowHits fromBlob(const QByteArray &blob);
};

// Registers the auxiliary function duizhao_hits(table) on the connection: used in a query with
// "table MATCH ?", it returns the row's Fts5RowHits as a blob (Fts5RowHits::fromBlob reads it).
// Throws duizhao::Error when SQLite has no FTS5.
void registerFts5HitsFunction(Database &db);

} // namespace duizhao
