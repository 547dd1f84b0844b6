#pragma once

#include <string_view>

struct fts5_api; // sqlite3.h's, kept out of this header

namespace duizhao {

class Database;

// A tokenizer for SQLite's FTS5 full-text index, given as a plain function so that what splits the
// text (search/tokenizer.h) needs no SQLite; storage keeps the binding, as it keeps every other
// call into SQLite.
//
// `tokenize` calls `emit` once per token with the token (UTF-8), its byte range in `utf8` and
// whether it shares the position of the token before it; `query` is true when FTS5 tokenizes a
// query rather than a document. A non-zero return from `emit` stops tokenizing and is returned.
using Fts5TokenEmitter = int (*)(void *context, bool colocated, std::string_view token, int start, int end);
using Fts5Tokenize = int (*)(std::string_view utf8, bool query, void *context, Fts5TokenEmitter emit);

// Registers `tokenize` under `name` on the connection (for "tokenize = 'name'" in CREATE VIRTUAL
// TABLE ... USING fts5). Every connection that reads or writes such an index needs it. Throws
// duizhao::Error when SQLite has no FTS5.
void registerFts5Tokenizer(Database &db, const char *name, Fts5Tokenize tokenize);

// The connection's FTS5 interface, for registering tokenizers and auxiliary functions. Throws
// duizhao::Error when SQLite has no FTS5.
fts5_api *fts5Api(Database &db);

} // namespace duizhao
