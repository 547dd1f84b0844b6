#include "highlighter.h"

#include "text/script.h"
#include "tokenizer.h"

#include <algorithm>
#include <vector>

namespace duizhao {

namespace {

struct Token
{
    QByteArray text;
    int start; // byte offsets
    int end;
};

struct TokenList
{
    std::vector<std::vector<Token>> positions;
};

int collect(void *context, bool colocated, std::string_view token, int start, int end)
{
    auto *list = static_cast<TokenList *>(context);
    if (!colocated || list->positions.empty())
        list->positions.emplace_back();
    list->positions.back().push_back({QByteArray(token.data(), qsizetype(token.size())), start, end});
    return 0;
}

struct QueryTokens
{
    QList<QByteArray> tokens;
};

int collectQuery(void *context, bool, std::string_view token, int, int)
{
    static_cast<QueryTokens *>(context)->tokens.append(QByteArray(token.data(), qsizetype(token.size())));
    return 0;
}

} // namespace

QString Snippet::marked(QStringView open, QStringView close) const
{
    QString out;
    int pos = 0;
    for (const TextRange &mark : marks) {
        out += QStringView(text).mid(pos, mark.start - pos);
        out += open;
        out += QStringView(text).mid(mark.start, mark.length);
        out += close;
        pos = mark.end();
    }
    out += QStringView(text).mid(pos);
    return out;
}

Highlighter::Highlighter(const SearchQuery &query)
{
    for (const SearchTerm &term : query.positiveTerms()) {
        const QByteArray utf8 = term.text.toUtf8();
        QueryTokens tokens;
        search::tokenize(std::string_view(utf8.constData(), std::size_t(utf8.size())), search::TokenizeMode::Query,
                         &tokens, collectQuery);
        if (!tokens.tokens.isEmpty())
            m_phrases.append({tokens.tokens, term.prefix});
    }
}

QList<TextRange> Highlighter::matches(QStringView text) const
{
    if (m_phrases.isEmpty() || text.isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    TokenList list;
    search::tokenize(std::string_view(utf8.constData(), std::size_t(utf8.size())), search::TokenizeMode::Document,
                     &list, collect);

    // Byte offset -> UTF-16 index.
    std::vector<int> utf16At(std::size_t(utf8.size()) + 1, 0);
    {
        int u = 0;
        for (qsizetype b = 0; b < utf8.size();) {
            const auto c = static_cast<unsigned char>(utf8[b]);
            const int length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            for (int k = 0; k < length && b + k <= utf8.size(); ++k)
                utf16At[std::size_t(b + k)] = u;
            u += length == 4 ? 2 : 1;
            b += length;
        }
        utf16At[std::size_t(utf8.size())] = u;
    }

    QList<TextRange> ranges;
    const auto &positions = list.positions;
    for (const Phrase &phrase : m_phrases) {
        const std::size_t m = std::size_t(phrase.tokens.size());
        for (std::size_t p = 0; p + m <= positions.size(); ++p) {
            int start = -1;
            int end = -1;
            bool ok = true;
            for (std::size_t k = 0; k < m && ok; ++k) {
                const QByteArray &wanted = phrase.tokens[qsizetype(k)];
                const bool prefix = phrase.prefix && k + 1 == m;
                ok = false;
                for (const Token &token : positions[p + k]) {
                    if (prefix ? token.text.startsWith(wanted) : token.text == wanted) {
                        if (k == 0)
                            start = token.start;
                        end = std::max(end, token.end);
                        ok = true;
                        break;
                    }
                }
            }
            if (ok)
                ranges.append({utf16At[std::size_t(start)], utf16At[std::size_t(end)] - utf16At[std::size_t(start)]});
        }
    }

    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange &r : ranges) {
        if (!merged.isEmpty() && r.start <= merged.back().end())
            merged.back().length = std::max(merged.back().end(), r.end()) - merged.back().start;
        else
            merged.append(r);
    }
    return merged;
}

Snippet Highlighter::snippet(QStringView text, const QList<TextRange> &matches, int context)
{
    Snippet snippet;
    if (text.isEmpty())
        return snippet;
    const bool chinese = script::isMostlyChinese(text);
    // Chinese carries about three times the meaning per character.
    const int reach = chinese ? std::max(10, context / 2) : context;
    const int anchor = matches.isEmpty() ? 0 : matches.front().start;
    const int anchorEnd = matches.isEmpty() ? 0 : matches.front().end();
    qsizetype begin = std::max(0, anchor - reach);
    qsizetype end = std::min<qsizetype>(text.size(), anchorEnd + reach * 2);
    if (!chinese) {
        // Cut at spaces so words stay whole.
        if (begin > 0) {
            const qsizetype space = text.indexOf(u' ', begin);
            if (space >= 0 && space < anchor)
                begin = space + 1;
        }
        if (end < text.size()) {
            const qsizetype space = text.lastIndexOf(u' ', end);
            if (space > anchorEnd)
                end = space;
        }
    }
    const QString prefix = begin > 0 ? QStringLiteral("…") : QString();
    // Line breaks and other spaces become plain spaces one for one, so offsets carry over.
    QString window = text.mid(begin, end - begin).toString();
    for (QChar &ch : window) {
        if (script::isSpace(ch.unicode()))
            ch = u' ';
    }
    snippet.text = prefix + window + (end < text.size() ? QStringLiteral("…") : QString());
    for (const TextRange &m : matches) {
        if (m.start >= begin && m.end() <= end)
            snippet.marks.append({int(m.start - begin + prefix.size()), m.length});
    }
    return snippet;
}

} // namespace duizhao
