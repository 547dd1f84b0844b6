#pragma once

// Documents with a known right alignment, for the aligner's accuracy tests and benchmarks: the
// bundled paper split into its two languages, a law built from a bank of bilingual clauses, and
// either of them with paragraphs merged, split and left out on one side. No Catch2 here, so the
// benchmarks can use it too.

#include "align/alignment.h"
#include "align/sourcedocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao::test {

// One unit of a right alignment: the paragraphs of each side that translate each other.
struct GoldUnit
{
    QStringList en;
    QStringList zh;
    bool heading = false;
};

struct AlignCase
{
    QString name;
    QList<SourceParagraph> en;
    QList<SourceParagraph> zh;
    QList<AlignmentLink> gold; // positions only
};

// A small deterministic generator (SplitMix64), the same on every platform and library.
class Random final
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next();
    int below(int n); // 0 … n-1
    bool chance(double p);

private:
    quint64 m_state;
};

// The bundled paper as a translator's two files would have it: the English title, the
// summary (English only), then the 57 pairs; the Chinese title (from the citation line) first.
// Split by blank lines and script, not by the importer.
QList<GoldUnit> bundledPaperUnits();

// A law with chapters, sections, numbered articles, unnumbered paragraphs and enumerated items,
// composed from tests/fixtures/align/law-bank.json; about `paragraphs` paragraphs per side.
QList<GoldUnit> lawUnits(quint64 seed, int paragraphs = 300);

struct Perturbation
{
    // About this share of the units get a change on one side: two paragraphs merged, one split
    // at a sentence, one left out, a translator's note or a paragraph one side has on its own.
    double share = 0.08;
    // The Chinese as a PDF reader may leave it: running heads and page numbers between
    // paragraphs, and paragraphs broken in mid-sentence at a page end.
    bool pageNoise = false;
};

// What translators (and PDFs) do to a document. The title also loses its partner in half the
// cases. Seeded, so each case is the same every run.
QList<GoldUnit> perturbed(const QList<GoldUnit> &units, quint64 seed, const Perturbation &how = {});

AlignCase makeCase(const QString &name, const QList<GoldUnit> &units);

// "一" … "九千九百九十九万…": how Chinese laws write numbers.
QString chineseNumeral(qint64 value);

struct AlignScore
{
    int gold = 0;      // links in the right alignment
    int links = 0;     // links the aligner made
    int right = 0;     // of those, exactly a link of the right alignment
    int sure = 0;      // links marked sure
    int sureRight = 0; // of those, right

    int wrong() const { return links - right; }
    double accuracy() const { return gold ? double(right) / gold : 1.0; }
    double surePrecision() const { return sure ? double(sureRight) / sure : 1.0; }
    double sureShare() const { return links ? double(sure) / links : 0.0; }
    AlignScore &operator+=(const AlignScore &other);
};

// A link is right when a link of the right alignment has the same paragraphs on both sides; a
// link with one side empty is compared by its other side only.
AlignScore score(const QList<AlignmentLink> &links, const QList<AlignmentLink> &gold);
bool sameLink(const AlignmentLink &a, const AlignmentLink &b);

} // namespace duizhao::test
