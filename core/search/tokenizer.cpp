#include "tokenizer.h"

#include "text/script.h"

#include <QChar>
#include <QString>

#include <string>
#include <vector>

namespace duizhao::search {

namespace {

struct Decoded
{
    char32_t cp;
    int length;
};

// Input comes from SQLite or from QString::toUtf8, both valid UTF-8; a stray byte is skipped.
Decoded decode(const unsigned char *s, int n, int i)
{
    const unsigned char c = s[i];
    if (c < 0x80)
        return {c, 1};
    int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (length == 1 || i + length > n)
        return {0xFFFD, 1};
    char32_t cp = c & (0xFF >> (length + 1));
    for (int k = 1; k < length; ++k)
        cp = (cp << 6) | (s[i + k] & 0x3F);
    return {cp, length};
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

bool isWordChar(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return !script::isHan(cp) && QChar::isLetterOrNumber(cp);
}

char32_t lower(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return QChar::toLower(cp);
}

struct HanChar
{
    char32_t cp;
    int start;
    int end;
};

} // namespace

int tokenize(std::string_view utf8, TokenizeMode mode, void *context, TokenCallback callback)
{
    const auto *s = reinterpret_cast<const unsigned char *>(utf8.data());
    const int n = int(utf8.size());
    std::string token;
    std::vector<HanChar> run;
    int i = 0;
    while (i < n) {
        const Decoded d = decode(s, n, i);
        const char32_t cp = script::foldWidth(d.cp);
        if (isWordChar(cp)) {
            const int start = i;
            token.clear();
            while (i < n) {
                const Decoded w = decode(s, n, i);
                const char32_t wc = script::foldWidth(w.cp);
                if (!isWordChar(wc))
                    break;
                appendUtf8(token, lower(wc));
                i += w.length;
            }
            if (const int rc = callback(context, false, token, start, i))
                return rc;
            continue;
        }
        if (!script::isHan(cp)) {
            i += d.length;
            continue;
        }

        // A run of Han characters, continuing across spaces that separate two Han characters.
        run.clear();
        int j = i;
        while (j < n) {
            const Decoded h = decode(s, n, j);
            if (script::isHan(h.cp)) {
                run.push_back({h.cp, j, j + h.length});
                j += h.length;
                continue;
            }
            if (!script::isSpace(h.cp))
                break;
            int k = j;
            while (k < n) {
                const Decoded sp = decode(s, n, k);
                if (!script::isSpace(sp.cp))
                    break;
                k += sp.length;
            }
            if (k < n && script::isHan(decode(s, n, k).cp)) {
                j = k;
                continue;
            }
            break;
        }
        i = run.back().end;

        const auto size = run.size();
        for (std::size_t k = 0; k < size; ++k) {
            const HanChar &c = run[k];
            const bool hasNext = k + 1 < size;
            if (mode == TokenizeMode::Query) {
                if (size == 1 || hasNext) {
                    token.clear();
                    appendUtf8(token, c.cp);
                    if (hasNext)
                        appendUtf8(token, run[k + 1].cp);
                    if (const int rc = callback(context, false, token, c.start, hasNext ? run[k + 1].end : c.end))
                        return rc;
                }
                continue;
            }
            // Document: the bigram first, so that highlighting (which follows the first token at a
            // position) marks a matched phrase of bigrams to its last character; the unigram after it.
            if (hasNext) {
                token.clear();
                appendUtf8(token, c.cp);
                appendUtf8(token, run[k + 1].cp);
                if (const int rc = callback(context, false, token, c.start, run[k + 1].end))
                    return rc;
            }
            token.clear();
            appendUtf8(token, c.cp);
            if (const int rc = callback(context, hasNext, token, c.start, c.end))
                return rc;
        }
    }
    return 0;
}

int tokenizeForIndex(std::string_view utf8, bool query, void *context, TokenCallback callback)
{
    return tokenize(utf8, query ? TokenizeMode::Query : TokenizeMode::Document, context, callback);
}

} // namespace duizhao::search
