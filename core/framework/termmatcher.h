#pragma once

#include <QList>
#include <QString>

namespace duizhao {

struct TermMatch
{
    int owner = 0;   // what the caller registered the pattern for (a measure, a term, an anchor)
    int pattern = 0; // which of the owner's patterns matched, in the order they were added
    int start = 0;   // UTF-16 range in the original text
    int length = 0;

    friend bool operator==(const TermMatch &, const TermMatch &) = default;
};

// Finds names, aliases and anchors in unit texts the way a reader sees them, not byte for byte:
//  - spaces next to Han characters or CJK punctuation do not count, because the source's PDF
//    extraction left them in ("《 无尽前沿法案》", "2022 年", "“ 小院高墙”"); other runs of
//    spaces count as one;
//  - full-width forms count as their ASCII counterparts (（ = ();
//  - names are matched case-insensitively, except acronym-like tokens ("BIS", "CoRe", "G20"),
//    which must match exactly;
//  - a pattern that starts or ends with a Latin letter or digit matches whole words only, so
//    "BIS" is not found inside "BISON" and "ISO" not inside "ISOLATION".
// Ranges are reported in the original text, stray spaces inside a match included.
class TermMatcher final
{
public:
    enum class Mode
    {
        Name,  // the rules above
        Exact, // case-sensitive, no word boundaries: anchors, which are exact substrings
    };

    // Adds a pattern for `owner`; empty patterns and repeats of an owner's pattern are ignored.
    // Returns the pattern's number for that owner (what TermMatch::pattern reports).
    int add(int owner, const QString &pattern, Mode mode = Mode::Name);
    bool isEmpty() const { return m_patterns.isEmpty(); }

    // A text folded once for many matchers (the linker runs several hundred patterns over every
    // unit), with an index of where each pair of characters starts so a pattern is looked up
    // where it can begin instead of scanned for.
    struct Text
    {
        QString folded;
        QString lower;
        QList<int> map; // folded index → original index
        // Chained positions per bucket of the first two characters: head[bucket] is the last
        // position, next[position] the one before it (-1 ends a chain).
        QList<int> headFolded;
        QList<int> headLower;
        QList<int> nextFolded;
        QList<int> nextLower;
    };
    static Text prepare(QStringView text);

    // Every match of every pattern, overlapping ones included, sorted by start.
    QList<TermMatch> find(const Text &text) const;
    QList<TermMatch> find(QStringView text) const { return find(prepare(text)); }

    // Per owner, the longest of overlapping matches ("《2022 年芯片和科学法案》" over
    // "芯片和科学法案"); matches of different owners may overlap. Sorted by start.
    static QList<TermMatch> longestPerOwner(QList<TermMatch> matches);

    // The form texts and patterns are compared in; `map`, when given, receives for every UTF-16
    // unit of the result the index of the original unit it came from.
    static QString fold(QStringView text, QList<int> *map = nullptr);
    static bool isAcronymLike(QStringView pattern);

private:
    struct Pattern
    {
        int owner = 0;
        int number = 0;
        QString folded; // lower-cased unless caseSensitive
        bool caseSensitive = false;
        bool wordStart = false; // must not follow a Latin letter or digit
        bool wordEnd = false;   // must not precede one
    };
    QList<Pattern> m_patterns;
    QList<int> m_patternCount; // per owner
};

} // namespace duizhao
