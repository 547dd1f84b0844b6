#include "fts5tokenizer.h"

#include "database.h"
#include "error.h"

#include <sqlite3.h>

namespace duizhao {

namespace {

// What FTS5 hands each tokenizer instance: the function to call.
struct Registered
{
    Fts5Tokenize tokenize;
};

struct Sink
{
    void *ctx;
    int (*xToken)(void *, int, const char *, int, int, int);
};

int forwardToken(void *context, bool colocated, std::string_view token, int start, int end)
{
    auto *sink = static_cast<Sink *>(context);
    return sink->xToken(sink->ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, token.data(), int(token.size()), start, end);
}

int xCreate(void *registered, const char **, int, Fts5Tokenizer **out)
{
    // Stateless beyond the function: the registration is the instance.
    *out = reinterpret_cast<Fts5Tokenizer *>(registered);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *) {}

int xTokenize(Fts5Tokenizer *instance, void *ctx, int flags, const char *text, int length,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    const auto *registered = reinterpret_cast<const Registered *>(instance);
    Sink sink{ctx, xToken};
    return registered->tokenize(std::string_view(text, std::size_t(length)), (flags & FTS5_TOKENIZE_QUERY) != 0, &sink,
                                forwardToken);
}

void destroy(void *registered)
{
    delete static_cast<Registered *>(registered);
}

} // namespace

fts5_api *fts5Api(Database &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    if (!api)
        throw Error(Error::Kind::Io, QStringLiteral("this SQLite has no FTS5 full-text search"));
    return api;
}

void registerFts5Tokenizer(Database &db, const char *name, Fts5Tokenize tokenize)
{
    fts5_api *api = fts5Api(db);
    fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    // FTS5 owns the registration from here and destroys it with the connection (or on failure).
    if (api->xCreateTokenizer(api, name, new Registered{tokenize}, &tokenizer, destroy) != SQLITE_OK)
        throw Error(Error::Kind::Io, QStringLiteral("cannot register the search tokenizer"));
}

} // namespace duizhao
