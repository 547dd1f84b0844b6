#include "aligner.h"

#include "align/alignmentfeatures.h"
#include "align/linkscorer.h"
#include "error.h"
#include "import/numbering.h"

#include <QHash>
#include <QPointF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace duizhao {

namespace {

struct Move
{
    int en;
    int zh;
};
constexpr Move Moves[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
constexpr int MoveCount = 5;

constexpr double Infinity = std::numeric_limits<double>::infinity();

// Costs are log-probabilities up to a constant; the posteriors take them as they are.
constexpr double Temperature = 1.0;
// The band's half-width to start with, in paragraphs either side of the line through anchors.
constexpr int InitialHalfWidth = 24;
// The widest band the programme may grow to, in cells (about 45 bytes each).
constexpr qint64 MaxCells = 3'000'000;

struct Segment
{
    int enBegin = 0;
    int enEnd = 0;
    int zhBegin = 0;
    int zhEnd = 0;

    int enSize() const { return enEnd - enBegin; }
    int zhSize() const { return zhEnd - zhBegin; }
};

struct Found
{
    int enFirst = 0;
    int enCount = 0;
    int zhFirst = 0;
    int zhCount = 0;
    double posterior = 0;
};

double logAdd(double a, double b)
{
    if (a == -Infinity)
        return b;
    if (b == -Infinity)
        return a;
    return a > b ? a + std::log1p(std::exp(b - a)) : b + std::log1p(std::exp(a - b));
}

// Rows are English positions 0…N, columns Chinese positions 0…M; row r holds columns lo[r]…hi[r].
class Band final
{
public:
    Band(const QList<QPointF> &line, int rows, int columns, int halfWidth)
        : m_lo(rows + 1)
        , m_hi(rows + 1)
        , m_offset(rows + 2)
    {
        qsizetype segment = 0;
        for (int r = 0; r <= rows; ++r) {
            while (segment + 2 < line.size() && line[segment + 1].x() < r)
                ++segment;
            const QPointF a = line[segment];
            const QPointF b = line[segment + 1];
            const double t = b.x() > a.x() ? std::clamp((r - a.x()) / (b.x() - a.x()), 0.0, 1.0) : 1.0;
            const double centre = a.y() + t * (b.y() - a.y());
            m_lo[r] = std::clamp(int(std::floor(centre)) - halfWidth, 0, columns);
            m_hi[r] = std::clamp(int(std::ceil(centre)) + halfWidth, 0, columns);
        }
        m_lo[0] = 0;
        m_hi[rows] = columns;
        // Both edges only move right, and each row reaches the next.
        for (int r = 1; r <= rows; ++r)
            m_hi[r] = std::max(m_hi[r], m_hi[r - 1]);
        for (int r = rows - 1; r >= 0; --r) {
            m_lo[r] = std::min(m_lo[r], m_lo[r + 1]);
            m_hi[r] = std::max(m_hi[r], std::min(columns, m_lo[r + 1]));
        }
        m_offset[0] = 0;
        for (int r = 0; r <= rows; ++r)
            m_offset[r + 1] = m_offset[r] + (m_hi[r] - m_lo[r] + 1);
        m_columns = columns;
    }

    qint64 cells() const { return m_offset.back(); }
    int lo(int r) const { return m_lo[r]; }
    int hi(int r) const { return m_hi[r]; }
    bool contains(int r, int c) const { return r >= 0 && r < int(m_lo.size()) && c >= m_lo[r] && c <= m_hi[r]; }
    qint64 index(int r, int c) const { return m_offset[r] + (c - m_lo[r]); }
    // The cell lies on an edge that cuts the grid (not on the grid's own border).
    bool onInnerEdge(int r, int c) const { return (c == m_lo[r] && c > 0) || (c == m_hi[r] && c < m_columns); }

private:
    std::vector<int> m_lo;
    std::vector<int> m_hi;
    std::vector<qint64> m_offset;
    int m_columns = 0;
};

// Pairs of paragraphs that share a token nothing else in either document has, as the longest
// chain that runs forward in both languages (a weighted longest increasing subsequence).
QList<QPointF> anchorLine(const AlignmentFeatures &features, const Segment &segment)
{
    auto anchorWeight = [&](int id) {
        const AlignmentFeatures::Token &t = features.token(id);
        if (t.enParagraphs != 1 || t.zhParagraphs != 1)
            return 0.0;
        return t.kind == AlignmentFeatures::TokenKind::Numbering ? 2.0 : t.weight;
    };
    QHash<int, int> enOfToken;
    for (int i = segment.enBegin; i < segment.enEnd; ++i) {
        for (int id : features.en(i).tokens) {
            if (anchorWeight(id) > 0)
                enOfToken.insert(id, i - segment.enBegin);
        }
    }
    QHash<qint64, double> pairs;
    for (int j = segment.zhBegin; j < segment.zhEnd; ++j) {
        for (int id : features.zh(j).tokens) {
            const auto it = enOfToken.constFind(id);
            if (it != enOfToken.constEnd())
                pairs[qint64(*it) << 32 | (j - segment.zhBegin)] += anchorWeight(id);
        }
    }
    struct Candidate
    {
        int en;
        int zh;
        double weight;
    };
    std::vector<Candidate> candidates;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        candidates.push_back({int(it.key() >> 32), int(it.key() & 0xffffffff), it.value()});
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.en != b.en ? a.en < b.en : a.zh > b.zh; });

    // Fenwick tree over Chinese positions: the best chain ending before a column.
    const int columns = segment.zhSize();
    std::vector<std::pair<double, int>> tree(columns + 1, {0.0, -1});
    std::vector<double> score(candidates.size());
    std::vector<int> previous(candidates.size(), -1);
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        std::pair<double, int> best{0.0, -1};
        for (int p = candidates[k].zh; p > 0; p -= p & -p)
            best = std::max(best, tree[p]);
        score[k] = best.first + candidates[k].weight;
        previous[k] = best.second;
        for (int p = candidates[k].zh + 1; p <= columns; p += p & -p)
            tree[p] = std::max(tree[p], {score[k], int(k)});
    }
    QList<QPointF> line;
    line.append(QPointF(0, 0));
    if (!candidates.empty()) {
        int k = int(std::max_element(score.begin(), score.end()) - score.begin());
        QList<QPointF> chain;
        for (; k >= 0; k = previous[k])
            chain.prepend(QPointF(candidates[k].en + 0.5, candidates[k].zh + 0.5));
        line += chain;
    }
    line.append(QPointF(segment.enSize(), segment.zhSize()));
    return line;
}

class Cancellation final
{
public:
    Cancellation(const Progress &progress, qint64 total)
        : m_progress(progress)
        , m_total(std::max<qint64>(1, total))
    {}
    void advance(qint64 steps)
    {
        m_done = std::min(m_total, m_done + steps);
        if (m_progress && !m_progress(int(m_done * 1000 / m_total), 1000))
            throw Error(Error::Kind::Cancelled, QStringLiteral("the alignment was cancelled"));
    }

private:
    const Progress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

struct Solution
{
    QList<Found> links;
    bool touchedEdge = false;
};

// Viterbi for the best path, forward–backward for each link's posterior, over one band.
Solution solve(const LinkScorer &scorer, const Segment &segment, const Band &band, Cancellation &cancellation)
{
    const int rows = segment.enSize();
    const int columns = segment.zhSize();
    const qint64 cells = band.cells();
    std::vector<float> costs(std::size_t(cells) * MoveCount, std::numeric_limits<float>::infinity());
    std::vector<double> best(cells, Infinity);
    std::vector<signed char> back(cells, -1);
    std::vector<double> alpha(cells, -Infinity);
    std::vector<double> beta(cells, -Infinity);

    best[band.index(0, 0)] = 0;
    alpha[band.index(0, 0)] = 0;
    for (int r = 0; r <= rows; ++r) {
        for (int c = band.lo(r); c <= band.hi(r); ++c) {
            const qint64 cell = band.index(r, c);
            for (int k = 0; k < MoveCount; ++k) {
                const int pr = r - Moves[k].en;
                const int pc = c - Moves[k].zh;
                if (!band.contains(pr, pc))
                    continue;
                const qint64 from = band.index(pr, pc);
                if (best[from] == Infinity)
                    continue;
                const float cost =
                    float(scorer.cost(segment.enBegin + pr, Moves[k].en, segment.zhBegin + pc, Moves[k].zh));
                costs[std::size_t(cell) * MoveCount + k] = cost;
                if (best[from] + cost < best[cell]) {
                    best[cell] = best[from] + cost;
                    back[cell] = char(k);
                }
                alpha[cell] = logAdd(alpha[cell], alpha[from] - cost / Temperature);
            }
        }
        if (r % 64 == 63)
            cancellation.advance(64);
    }
    cancellation.advance(rows % 64);

    const qint64 end = band.index(rows, columns);
    beta[end] = 0;
    for (int r = rows; r >= 0; --r) {
        for (int c = band.hi(r); c >= band.lo(r); --c) {
            const qint64 cell = band.index(r, c);
            for (int k = 0; k < MoveCount; ++k) {
                const int nr = r + Moves[k].en;
                const int nc = c + Moves[k].zh;
                if (nr > rows || nc > columns || !band.contains(nr, nc))
                    continue;
                const qint64 to = band.index(nr, nc);
                const float cost = costs[std::size_t(to) * MoveCount + k];
                if (std::isinf(cost) || beta[to] == -Infinity)
                    continue;
                beta[cell] = logAdd(beta[cell], beta[to] - cost / Temperature);
            }
        }
    }

    Solution solution;
    const double total = alpha[end];
    int r = rows;
    int c = columns;
    while (r > 0 || c > 0) {
        const qint64 cell = band.index(r, c);
        const int k = back[cell];
        const int pr = r - Moves[k].en;
        const int pc = c - Moves[k].zh;
        const double cost = costs[std::size_t(cell) * MoveCount + k];
        Found link;
        link.enFirst = segment.enBegin + pr;
        link.enCount = Moves[k].en;
        link.zhFirst = segment.zhBegin + pc;
        link.zhCount = Moves[k].zh;
        link.posterior =
            std::clamp(std::exp(alpha[band.index(pr, pc)] - cost / Temperature + beta[cell] - total), 0.0, 1.0);
        solution.links.prepend(link);
        if ((r != rows || c != columns) && band.onInnerEdge(r, c))
            solution.touchedEdge = true;
        r = pr;
        c = pc;
    }
    return solution;
}

// Aligns one stretch between pins: a band around the anchors' line, widened while the best
// path runs along its edge.
QList<Found> alignSegment(const LinkScorer &scorer, const AlignmentFeatures &features, const Segment &segment,
                          Cancellation &cancellation)
{
    const QList<QPointF> line = anchorLine(features, segment);
    const int widest = std::max(segment.enSize(), segment.zhSize()) + 2;
    for (int halfWidth = InitialHalfWidth;; halfWidth *= 2) {
        halfWidth = std::min(halfWidth, widest);
        const Band band(line, segment.enSize(), segment.zhSize(), halfWidth);
        Solution solution = solve(scorer, segment, band, cancellation);
        const bool canWiden = halfWidth < widest && qint64(segment.enSize() + 1) * (4 * halfWidth + 1) <= MaxCells;
        if (!solution.touchedEdge || !canWiden)
            return solution.links;
    }
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// First guess: the ratio of the documents' totals, with a generous spread.
LinkScorer::LengthModel initialModel(const AlignmentFeatures &features)
{
    double letters = 0;
    double han = 0;
    double zhLetters = 0;
    for (int i = 0; i < features.count(Lang::En); ++i)
        letters += features.en(i).letters;
    for (int j = 0; j < features.count(Lang::Zh); ++j) {
        han += features.zh(j).han;
        zhLetters += features.zh(j).letters;
    }
    LinkScorer::LengthModel model;
    if (han > 0 && letters - zhLetters > 0)
        model.ratio = std::clamp(han / (letters - zhLetters), 0.05, 2.0);
    model.spread = 0.25;
    return model;
}

// Second guess: the median ratio of the 1–1 links the first pass is sure of, and their spread.
LinkScorer::LengthModel refinedModel(const AlignmentFeatures &features, const QList<Found> &links,
                                     LinkScorer::LengthModel model)
{
    std::vector<double> ratios;
    for (const Found &link : links) {
        if (link.enCount != 1 || link.zhCount != 1 || link.posterior < 0.9)
            continue;
        const ParagraphFeatures &en = features.en(link.enFirst);
        const ParagraphFeatures &zh = features.zh(link.zhFirst);
        const double latin = en.letters - zh.letters;
        if (en.letters >= 30 && latin > 0 && zh.han > 0)
            ratios.push_back(zh.han / latin);
    }
    if (ratios.size() < 3)
        return model;
    model.ratio = std::clamp(median(ratios), 0.05, 2.0);
    std::vector<double> deviations;
    for (const Found &link : links) {
        if (link.enCount != 1 || link.zhCount != 1 || link.posterior < 0.9)
            continue;
        const ParagraphFeatures &en = features.en(link.enFirst);
        const ParagraphFeatures &zh = features.zh(link.zhFirst);
        const double expected = zh.han / model.ratio + zh.letters;
        const double mean = (en.letters + expected) / 2;
        if (mean >= 150)
            deviations.push_back(std::abs(en.letters - expected) / mean);
    }
    if (deviations.size() >= 5)
        model.spread = std::clamp(1.4826 * median(deviations), 0.06, 0.3);
    return model;
}

void checkPins(const QList<AlignmentLink> &pins, int enSize, int zhSize)
{
    int en = 0;
    int zh = 0;
    for (const AlignmentLink &pin : pins) {
        if (pin.enCount < 0 || pin.zhCount < 0 || pin.enCount + pin.zhCount == 0 || pin.enFirst < en ||
            pin.zhFirst < zh || pin.enFirst + pin.enCount > enSize || pin.zhFirst + pin.zhCount > zhSize) {
            throw Error(Error::Kind::Usage,
                        QStringLiteral("pinned links must be in order, must not overlap and must name paragraphs "
                                       "that exist (English %1+%2, Chinese %3+%4)")
                            .arg(pin.enFirst)
                            .arg(pin.enCount)
                            .arg(pin.zhFirst)
                            .arg(pin.zhCount));
        }
        en = pin.enFirst + pin.enCount;
        zh = pin.zhFirst + pin.zhCount;
    }
}

QString countWord(int count)
{
    switch (count) {
    case 1:
        return QStringLiteral("One");
    case 2:
        return QStringLiteral("Two");
    case 3:
        return QStringLiteral("Three");
    default:
        return QString::number(count);
    }
}

} // namespace

Alignment Aligner::align(const QList<SourceParagraph> &en, const QList<SourceParagraph> &zh,
                         const AlignOptions &options)
{
    return align(en, zh, options, {});
}

Alignment Aligner::align(const QList<SourceParagraph> &en, const QList<SourceParagraph> &zh,
                         const AlignOptions &options, const QList<AlignmentLink> &pins)
{
    checkPins(pins, int(en.size()), int(zh.size()));
    const AlignmentFeatures features(en, zh, options.lexicon);

    QList<Segment> segments;
    {
        Segment next;
        for (const AlignmentLink &pin : pins) {
            next.enEnd = pin.enFirst;
            next.zhEnd = pin.zhFirst;
            segments.append(next);
            next.enBegin = pin.enFirst + pin.enCount;
            next.zhBegin = pin.zhFirst + pin.zhCount;
        }
        next.enEnd = int(en.size());
        next.zhEnd = int(zh.size());
        segments.append(next);
    }
    qint64 rows = 0;
    for (const Segment &segment : std::as_const(segments))
        rows += segment.enSize() + 1;
    Cancellation cancellation(options.progress, 2 * rows);

    // Two passes: the first with the totals' ratio finds the links to learn the ratio from.
    LinkScorer::LengthModel model = initialModel(features);
    QList<QList<Found>> found(segments.size());
    for (int pass = 0; pass < 2; ++pass) {
        const LinkScorer scorer(features, model);
        QList<Found> all;
        for (qsizetype s = 0; s < segments.size(); ++s) {
            found[s] = alignSegment(scorer, features, segments[s], cancellation);
            all += found[s];
        }
        if (pass == 0)
            model = refinedModel(features, all, model);
    }

    const LinkScorer scorer(features, model);
    Alignment alignment;
    alignment.ratio = model.ratio;
    alignment.spread = model.spread;
    for (qsizetype s = 0; s < segments.size(); ++s) {
        for (const Found &f : std::as_const(found[s])) {
            AlignmentLink link;
            link.enFirst = f.enFirst;
            link.enCount = f.enCount;
            link.zhFirst = f.zhFirst;
            link.zhCount = f.zhCount;
            link.confidence = f.posterior;
            link.sure = f.posterior >= options.sureThreshold;
            link.evidence = scorer.explain(f.enFirst, f.enCount, f.zhFirst, f.zhCount);
            alignment.links.append(link);
        }
        if (s < pins.size()) {
            AlignmentLink link = pins[s];
            link.pinned = true;
            link.sure = true;
            link.confidence = 1;
            link.evidence = {{QStringLiteral("pinned"), 0, QStringLiteral("fixed by hand")}};
            alignment.links.append(link);
        }
    }
    alignment.notes = notesFor(alignment.links, en, zh);
    return alignment;
}

QList<AlignmentNote> Aligner::notesFor(const QList<AlignmentLink> &links, const QList<SourceParagraph> &en,
                                       const QList<SourceParagraph> &zh)
{
    QList<AlignmentNote> notes;
    for (qsizetype k = 0; k < links.size(); ++k) {
        const AlignmentLink &link = links[k];
        if (link.isOneToOne() && link.sure)
            continue;
        AlignmentNote note;
        note.unitSeq = int(k) + 1;
        QStringList en_;
        QStringList zh_;
        for (int i = 0; i < link.enCount; ++i)
            en_.append(en[link.enFirst + i].text);
        for (int j = 0; j < link.zhCount; ++j)
            zh_.append(zh[link.zhFirst + j].text);
        note.detailEn = en_.isEmpty() ? QString() : firstSentence(en_.front(), Lang::En, 80);
        note.detailZh = zh_.isEmpty() ? QString() : firstSentence(zh_.front(), Lang::Zh, 40);
        const QString confidence = link.pinned ? QStringLiteral("pinned by hand")
                                               : QStringLiteral("confidence %1").arg(link.confidence, 0, 'f', 2);
        if (link.enCount == 0 || link.zhCount == 0) {
            note.kind = QStringLiteral("unpaired");
            note.message =
                link.zhCount == 0
                    ? QStringLiteral("%1 English paragraph%2 with no Chinese counterpart (%3).")
                          .arg(countWord(link.enCount), link.enCount > 1 ? QStringLiteral("s") : QString(), confidence)
                    : QStringLiteral("%1 Chinese paragraph%2 with no English counterpart (%3).")
                          .arg(countWord(link.zhCount), link.zhCount > 1 ? QStringLiteral("s") : QString(), confidence);
        } else {
            note.kind = QStringLiteral("link");
            if (link.isOneToOne()) {
                note.message = QStringLiteral("An unsure link (%1): check that these paragraphs translate each other.")
                                   .arg(confidence);
            } else {
                note.message = QStringLiteral("%1 English paragraph%2 beside %3 Chinese paragraph%4 (%5).")
                                   .arg(countWord(link.enCount), link.enCount > 1 ? QStringLiteral("s") : QString(),
                                        countWord(link.zhCount).toLower(),
                                        link.zhCount > 1 ? QStringLiteral("s") : QString(), confidence);
            }
        }
        notes.append(note);
    }
    return notes;
}

} // namespace duizhao
