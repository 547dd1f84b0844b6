#include "fts5hits.h"

#include "database.h"
#include "error.h"
#include "fts5tokenizer.h"

#include <sqlite3.h>

#include <cstring>
#include <vector>

namespace duizhao {

namespace {

// The blob: index rows and tokens (two int64), then the row's tokens and the phrase count
// (two int32), then one int32 per phrase.
void hitsFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int, sqlite3_value **)
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rowTokens = 0;
    int instances = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &rowTokens);
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    const int phrases = api->xPhraseCount(fts);
    std::vector<qint32> hits(std::size_t(phrases), 0);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < phrases)
            ++hits[std::size_t(phrase)];
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    QByteArray blob;
    const qint64 totals[2] = {rows, tokens};
    const qint32 sizes[2] = {rowTokens, phrases};
    blob.append(reinterpret_cast<const char *>(totals), sizeof totals);
    blob.append(reinterpret_cast<const char *>(sizes), sizeof sizes);
    blob.append(reinterpret_cast<const char *>(hits.data()), qsizetype(hits.size() * sizeof(qint32)));
    sqlite3_result_blob(result, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

} // namespace

Fts5RowHits Fts5RowHits::fromBlob(const QByteArray &blob)
{
    Fts5RowHits hits;
    qint64 totals[2] = {0, 0};
    qint32 sizes[2] = {0, 0};
    if (blob.size() < qsizetype(sizeof totals + sizeof sizes))
        return hits;
    std::memcpy(totals, blob.constData(), sizeof totals);
    std::memcpy(sizes, blob.constData() + sizeof totals, sizeof sizes);
    hits.indexRows = totals[0];
    hits.indexTokens = totals[1];
    hits.rowTokens = sizes[0];
    const qsizetype phrases = std::min<qsizetype>(sizes[1], (blob.size() - qsizetype(sizeof totals + sizeof sizes)) /
                                                                qsizetype(sizeof(qint32)));
    hits.phraseHits.resize(std::max<qsizetype>(0, phrases));
    for (qsizetype i = 0; i < hits.phraseHits.size(); ++i) {
        qint32 value = 0;
        std::memcpy(&value, blob.constData() + sizeof totals + sizeof sizes + std::size_t(i) * sizeof value,
                    sizeof value);
        hits.phraseHits[i] = value;
    }
    return hits;
}

void registerFts5HitsFunction(Database &db)
{
    fts5_api *api = fts5Api(db);
    if (api->xCreateFunction(api, "duizhao_hits", nullptr, hitsFunction, nullptr) != SQLITE_OK)
        throw Error(Error::Kind::Io, QStringLiteral("cannot register the search ranking function"));
}

} // namespace duizhao
