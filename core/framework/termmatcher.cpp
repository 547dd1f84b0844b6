#include "termmatcher.h"

#include "text/script.h"

#include <algorithm>

namespace duizhao {

namespace {

// Characters next to which a space is an artefact of the source's PDF extraction.
bool isCjk(char32_t c)
{
    return script::isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

// A letter or digit of an alphabetic script: what a whole-word match must not touch.
bool isWordChar(char32_t c)
{
    return !script::isHan(c) && c < 0x3000 && QChar::isLetterOrNumber(c);
}

char32_t codePointAt(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i + 1].unicode());
    if (QChar::isLowSurrogate(c) && i > 0 && text[i - 1].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 1].unicode(), c);
    return c;
}

QString lowered(const QString &text)
{
    // Per code unit so that indexes stay the same as in the folded text; ASCII without a lookup.
    QString out = text;
    QChar *p = out.data();
    for (qsizetype i = 0, n = out.size(); i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                p[i] = QChar(char16_t(c + 32));
        } else if (!QChar::isSurrogate(c)) {
            p[i] = p[i].toLower();
        }
    }
    return out;
}

} // namespace

QString TermMatcher::fold(QStringView text, QList<int> *map)
{
    // Written against raw buffers: the linker folds every unit of a paper on each import.
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    qsizetype n = 0;
    int *m = nullptr;
    if (map) {
        map->resize(text.size());
        m = map->data();
    }
    char32_t previous = 0; // the last code point kept, before width folding
    qsizetype pendingSpace = -1;
    script::forEachCodePoint(text, [&](char32_t c, qsizetype at) {
        if (script::isSpace(c)) {
            if (pendingSpace < 0)
                pendingSpace = at;
            return;
        }
        if (pendingSpace >= 0) {
            if (n > 0 && !isCjk(previous) && !isCjk(c)) {
                o[n] = QLatin1Char(' ');
                if (m)
                    m[n] = int(pendingSpace);
                ++n;
            }
            pendingSpace = -1;
        }
        previous = c;
        const char32_t folded = script::foldWidth(c);
        if (QChar::requiresSurrogates(folded)) {
            o[n] = QChar(QChar::highSurrogate(folded));
            o[n + 1] = QChar(QChar::lowSurrogate(folded));
            if (m) {
                m[n] = int(at);
                m[n + 1] = int(at + 1);
            }
            n += 2;
        } else {
            o[n] = QChar(char16_t(folded));
            if (m)
                m[n] = int(at);
            ++n;
        }
    });
    out.truncate(n);
    if (map)
        map->resize(n);
    return out;
}

bool TermMatcher::isAcronymLike(QStringView pattern)
{
    int upper = 0;
    int digits = 0;
    for (const QChar ch : pattern) {
        if (script::isSpace(ch.unicode()))
            return false;
        if (ch.isUpper())
            ++upper;
        else if (ch.isDigit())
            ++digits;
    }
    return upper >= 2 || (upper >= 1 && digits >= 1);
}

int TermMatcher::add(int owner, const QString &text, Mode mode)
{
    if (owner >= m_patternCount.size())
        m_patternCount.resize(owner + 1, 0);
    const QString folded = fold(text);
    if (folded.isEmpty())
        return -1;
    Pattern pattern;
    pattern.owner = owner;
    pattern.caseSensitive = mode == Mode::Exact || isAcronymLike(folded);
    pattern.folded = pattern.caseSensitive ? folded : lowered(folded);
    if (mode == Mode::Name) {
        pattern.wordStart = isWordChar(codePointAt(folded, 0));
        pattern.wordEnd = isWordChar(codePointAt(folded, folded.size() - 1));
    }
    for (const Pattern &existing : std::as_const(m_patterns)) {
        if (existing.owner == owner && existing.folded == pattern.folded &&
            existing.caseSensitive == pattern.caseSensitive)
            return existing.number;
    }
    pattern.number = m_patternCount[owner]++;
    m_patterns.append(pattern);
    return pattern.number;
}

namespace {

constexpr int BucketCount = 1024;

int bucketOf(QChar a, QChar b)
{
    return int((a.unicode() * 31u + b.unicode()) & (BucketCount - 1));
}

void buildIndex(const QString &text, QList<int> &head, QList<int> &next)
{
    head.fill(-1, BucketCount);
    next.fill(-1, text.size());
    int *h = head.data();
    int *x = next.data();
    const QChar *t = text.constData();
    for (qsizetype i = 0, n = text.size(); i + 1 < n; ++i) {
        const int bucket = bucketOf(t[i], t[i + 1]);
        x[i] = h[bucket];
        h[bucket] = int(i);
    }
}

} // namespace

TermMatcher::Text TermMatcher::prepare(QStringView text)
{
    Text prepared;
    prepared.folded = fold(text, &prepared.map);
    prepared.lower = lowered(prepared.folded);
    buildIndex(prepared.folded, prepared.headFolded, prepared.nextFolded);
    buildIndex(prepared.lower, prepared.headLower, prepared.nextLower);
    return prepared;
}

QList<TermMatch> TermMatcher::find(const Text &text) const
{
    QList<TermMatch> matches;
    const QString &folded = text.folded;
    if (m_patterns.isEmpty() || folded.isEmpty())
        return matches;
    for (const Pattern &pattern : m_patterns) {
        const QString &haystack = pattern.caseSensitive ? folded : text.lower;
        const qsizetype length = pattern.folded.size();
        auto accept = [&](qsizetype at) {
            if (pattern.wordStart && at > 0 && isWordChar(codePointAt(folded, at - 1)))
                return;
            if (pattern.wordEnd && at + length < folded.size() && isWordChar(codePointAt(folded, at + length)))
                return;
            const int start = text.map[at];
            const int end = text.map[at + length - 1] + 1;
            matches.append({pattern.owner, pattern.number, start, end - start});
        };
        if (length < 2) {
            for (qsizetype at = haystack.indexOf(pattern.folded); at >= 0;
                 at = haystack.indexOf(pattern.folded, at + 1))
                accept(at);
            continue;
        }
        const QList<int> &head = pattern.caseSensitive ? text.headFolded : text.headLower;
        const QList<int> &next = pattern.caseSensitive ? text.nextFolded : text.nextLower;
        const QStringView needle(pattern.folded);
        // Chains run from the last position to the first; accept() order does not matter
        // because the matches are sorted below.
        for (int at = head[bucketOf(needle[0], needle[1])]; at >= 0; at = next[at]) {
            if (at + length <= haystack.size() && QStringView(haystack).mid(at, length) == needle)
                accept(at);
        }
    }
    std::sort(matches.begin(), matches.end(), [](const TermMatch &a, const TermMatch &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    return matches;
}

QList<TermMatch> TermMatcher::longestPerOwner(QList<TermMatch> matches)
{
    std::sort(matches.begin(), matches.end(), [](const TermMatch &a, const TermMatch &b) {
        if (a.owner != b.owner)
            return a.owner < b.owner;
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<TermMatch> kept;
    for (const TermMatch &match : matches) {
        if (!kept.isEmpty() && kept.back().owner == match.owner &&
            match.start < kept.back().start + kept.back().length) {
            // Overlaps the one kept before; keep whichever is longer.
            if (match.length > kept.back().length)
                kept.back() = match;
            continue;
        }
        kept.append(match);
    }
    std::sort(kept.begin(), kept.end(), [](const TermMatch &a, const TermMatch &b) {
        return a.start != b.start ? a.start < b.start : a.owner < b.owner;
    });
    return kept;
}

} // namespace duizhao
