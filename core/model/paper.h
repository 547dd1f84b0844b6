#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Plain value types describing one imported paper. The importer fills them from a text file;
// the Library stores and loads exactly these. Text offsets (start/length) are UTF-16 code-unit
// indexes into the unit's English or Chinese text, the same indexes QString uses.
namespace duizhao {

enum class Lang
{
    En,
    Zh
};
QString langCode(Lang lang); // "en" / "zh"
std::optional<Lang> langFromCode(QStringView code);

enum class UnitKind
{
    Heading,
    Body
};
QString unitKindCode(UnitKind kind);
UnitKind unitKindFromCode(QStringView code);

// How a block is numbered. The order is the nesting rank: a node can only contain nodes of a
// higher rank (a part contains sections, never the other way round).
enum class NodeKind
{
    Chapter,
    Part,
    Section,
    Subsection,
    Point,
    Article
};
QString nodeKindCode(NodeKind kind);
std::optional<NodeKind> nodeKindFromCode(QStringView code);
int nodeRank(NodeKind kind);
bool isHeadingKind(NodeKind kind); // points and articles are numbered body paragraphs

struct Author
{
    QString nameEn;
    QString nameZh;

    friend bool operator==(const Author &, const Author &) = default;
};

struct PaperMeta
{
    QString titleEn;
    QString titleZh;
    QString summaryEn;
    QList<Author> authors;
    int year = 0;
    QString publisher;
    QDate originalDate; // the original (Chinese) publication
    QString url;
    QString citation;   // the closing citation line as written
    QString sourceName; // the file it came from

    friend bool operator==(const PaperMeta &, const PaperMeta &) = default;
};

struct Unit
{
    int seq = 0; // 1-based number of the aligned unit in its paper
    UnitKind kind = UnitKind::Body;
    QString en;
    QString zh;
    int enLine = 0; // source line of the English block (0: none)
    int zhLine = 0;
    int node = -1;    // its own tree node (headings and numbered points), index into Paper::nodes
    int section = -1; // the heading it belongs to, index into Paper::nodes (-1: before any heading)

    friend bool operator==(const Unit &, const Unit &) = default;
};

struct TreeNode
{
    int parent = -1; // index into Paper::nodes, -1 for top level
    int unitSeq = 0;
    NodeKind kind = NodeKind::Part;
    int depth = 0;    // 0 for top level
    QString numberEn; // the numbering as written: "I.", "(i)", "2.", "(1)", "Article 3"
    QString numberZh; // "一、", "(一)", "1.", "其一,", "第三条"
    QString labelEn;  // the heading without its number; for points, their first sentence
    QString labelZh;

    friend bool operator==(const TreeNode &, const TreeNode &) = default;
};

struct CitationOccurrence
{
    int unitSeq = 0;
    Lang lang = Lang::En;
    int start = 0;
    int length = 0;
    QString author;         // as written, whitespace normalised: "Huang Rihan et al.", "黄日涵等"
    QString year;           // "2022", "2019a"
    bool narrative = false; // "Sacks (2019) argues" rather than "(Sacks, 2019)"
    int work = -1;          // index into Paper::works
    int counterpart = -1;   // index into Paper::citations: the same citation in the other language

    friend bool operator==(const CitationOccurrence &, const CitationOccurrence &) = default;
};

struct CitedWork
{
    QString authorEn; // the fullest English form: "Han Kewei" for "Han" and "Han Kewei"
    QString authorZh; // the form the Chinese text uses: "韩可卫"
    QString year;
    QList<int> occurrences; // indexes into Paper::citations, in text order

    friend bool operator==(const CitedWork &, const CitedWork &) = default;
};

struct FootnoteMarker
{
    int unitSeq = 0;
    int start = 0; // the note number's digits in the English text, which is left unchanged
    int length = 0;
    int number = 0;
    QString attachedTo; // "word", "quote", "punctuation", "space", "year"

    friend bool operator==(const FootnoteMarker &, const FootnoteMarker &) = default;
};

struct AlignmentNote
{
    int unitSeq = 0;
    QString kind;     // "numbering", "truncated", "gap", "unpaired", "citation"
    QString message;  // one readable sentence in English
    QString detailEn; // the part of the English it is about
    QString detailZh;

    friend bool operator==(const AlignmentNote &, const AlignmentNote &) = default;
};

struct Paper
{
    PaperMeta meta;
    QList<Unit> units;
    QList<TreeNode> nodes;
    QList<CitationOccurrence> citations;
    QList<CitedWork> works;
    QList<FootnoteMarker> footnotes;
    QList<AlignmentNote> notes;
    QByteArray contentHash; // SHA-256 of the text, BOM and line endings normalised

    friend bool operator==(const Paper &, const Paper &) = default;
};

struct PaperStats
{
    int units = 0;
    int headings = 0;
    int body = 0;
    int points = 0;
    int footnotes = 0;
    int citationsEn = 0;
    int citationsZh = 0;
    int works = 0;
    int alignmentNotes = 0;

    friend bool operator==(const PaperStats &, const PaperStats &) = default;
};

PaperStats statsOf(const Paper &paper);

} // namespace duizhao
