#pragma once

#include <string_view>

namespace duizhao::search {

// The tokenizer behind full-text search, shared by SQLite's FTS5 index and by the highlighter so
// that what is found and what is marked are the same thing.
//  - Latin and other alphabetic words: lower-cased, full-width forms folded ("ＣＨＩＰＳ" = "chips").
//  - Han text: overlapping bigrams with each character as a unigram at the same position, so a
//    query of any length matches: one character by its unigram, two or more as a phrase of bigrams.
//    Spaces between Han characters (PDF extraction left "地 位") do not split a run.
// In query mode Han runs become bigrams only (a single character stays a unigram), which makes a
// Chinese word a phrase of consecutive positions.
enum class TokenizeMode
{
    Document,
    Query
};

// Called once per token with the token text (UTF-8), its byte range in the input, and whether it
// shares the position of the token before it. A non-zero return stops tokenizing and is returned.
using TokenCallback = int (*)(void *context, bool colocated, std::string_view token, int start, int end);

int tokenize(std::string_view utf8, TokenizeMode mode, void *context, TokenCallback callback);

// For SQLite's FTS5 index (storage/fts5tokenizer.h): tokenize() with query mode as a flag.
int tokenizeForIndex(std::string_view utf8, bool query, void *context, TokenCallback callback);

} // namespace duizhao::search
