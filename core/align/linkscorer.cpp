#include "linkscorer.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace duizhao {

namespace {

using Tokens = QVarLengthArray<int, 64>;

// How often translators link paragraphs each way (shares of all links). Paragraph-level
// translation is mostly 1–1; merging and splitting happen, omitting a paragraph is rarer.
constexpr double PriorOneToOne = 0.94;
constexpr double PriorMerge = 0.02;  // 2–1 and 1–2 each
constexpr double PriorSingle = 0.01; // 1–0 and 0–1 each

// What sharing a token is not worth: a token one side has and the other document has somewhere,
// but not in this link, speaks against it a little (a wrong pair shares nothing; a right one
// can still have a figure the translator left out).
constexpr double UnsharedShare = 0.3;

double prior(int enCount, int zhCount)
{
    if (enCount == 1 && zhCount == 1)
        return -std::log(PriorOneToOne);
    if (enCount == 0 || zhCount == 0)
        return -std::log(PriorSingle);
    return -std::log(PriorMerge);
}

// Some pairs stray far from the document's ratio (a translator who condenses, a table left out of
// one side): a share of pairs follows a spread this many times wider, so one length outlier does
// not outweigh every other signal.
constexpr double OutlierShare = 0.1;
constexpr double OutlierWidth = 3.0;

// -log of the two-sided tail probability beyond |delta| of a standard normal mixed with a wider
// one for outliers (Gale and Church use the normal alone).
double tailCost(double delta)
{
    const double x = std::abs(delta) / std::numbers::sqrt2;
    const double tail = (1 - OutlierShare) * std::erfc(x) + OutlierShare * std::erfc(x / OutlierWidth);
    if (tail > 1e-300)
        return -std::log(tail);
    const double y = x / OutlierWidth;
    return y * y + std::log(y * std::sqrt(std::numbers::pi)) - std::log(OutlierShare);
}

void unite(Tokens &out, const QList<int> &a, const QList<int> *b)
{
    if (!b) {
        out.append(a.constData(), a.size());
        return;
    }
    out.resize(a.size() + b->size());
    const auto end = std::set_union(a.begin(), a.end(), b->begin(), b->end(), out.begin());
    out.resize(end - out.begin());
}

QString numberingText(const Numbering &n)
{
    return n.text;
}

// The item numbers a side has: run on inside its paragraphs, or starting one of them.
QList<int> itemsOf(const ParagraphFeatures &first, const ParagraphFeatures *second, bool chinese)
{
    QList<int> items;
    for (const ParagraphFeatures *p : {&first, second}) {
        if (!p)
            continue;
        items += p->inlineItems;
        const std::optional<Numbering> &start = chinese && p->enumeration ? p->enumeration : p->numbering;
        if (start && start->kind == NodeKind::Point)
            items.append(start->value);
    }
    return items;
}

} // namespace

LinkScorer::LinkScorer(const AlignmentFeatures &features, LengthModel model)
    : m_features(features)
    , m_model(model)
{}

double LinkScorer::cost(int enFirst, int enCount, int zhFirst, int zhCount) const
{
    return evaluate(enFirst, enCount, zhFirst, zhCount, nullptr);
}

QList<AlignmentSignal> LinkScorer::explain(int enFirst, int enCount, int zhFirst, int zhCount) const
{
    QList<AlignmentSignal> signalList;
    evaluate(enFirst, enCount, zhFirst, zhCount, &signalList);
    return signalList;
}

double LinkScorer::evaluate(int enFirst, int enCount, int zhFirst, int zhCount,
                            QList<AlignmentSignal> *explanation) const
{
    auto note = [explanation](const char16_t *name, double cost, const QString &detail) {
        if (explanation && cost != 0)
            explanation->append({QString::fromUtf16(name), -cost, detail});
    };

    double total = prior(enCount, zhCount);
    if (explanation) {
        explanation->append({QStringLiteral("prior"), -total,
                             QStringLiteral("how often translators link paragraphs %1–%2").arg(enCount).arg(zhCount)});
    }
    if (enCount == 0 || zhCount == 0)
        return total;

    const ParagraphFeatures &en = m_features.en(enFirst);
    const ParagraphFeatures &zh = m_features.zh(zhFirst);
    const ParagraphFeatures *en2 = enCount == 2 ? &m_features.en(enFirst + 1) : nullptr;
    const ParagraphFeatures *zh2 = zhCount == 2 ? &m_features.zh(zhFirst + 1) : nullptr;

    // Length: Gale and Church's test of the length difference, with the ratio of this document
    // instead of theirs (1), and a relative spread on top of their per-character noise.
    {
        const double letters = en.letters + (en2 ? en2->letters : 0);
        const int han = zh.han + (zh2 ? zh2->han : 0);
        const int zhLetters = zh.letters + (zh2 ? zh2->letters : 0);
        const double expected = expectedLetters(han, zhLetters);
        const double mean = std::max(1.0, (letters + expected) / 2);
        const double variance = m_model.noise * mean + std::pow(m_model.spread * mean, 2);
        const double delta = (letters - expected) / std::sqrt(variance);
        const double cost = tailCost(delta);
        total += cost;
        // Always said, even when it costs nothing: a perfect length fit is evidence too.
        if (explanation) {
            const double observed = letters > 0 ? (han) / std::max(1.0, letters - zhLetters) : 0;
            explanation->append(
                {QStringLiteral("length"), -cost,
                 QStringLiteral("%1 English letters, %2 Chinese characters: %3 per letter (%4 expected)")
                     .arg(int(letters))
                     .arg(han)
                     .arg(observed, 0, 'f', 2)
                     .arg(m_model.ratio, 0, 'f', 2)});
        }
    }

    // Numbering: the same number in both languages is strong evidence, a different one or a
    // number on one side only speaks against the link. An enumeration's "(1)" is "(一)".
    {
        std::optional<Numbering> e = en.numbering;
        std::optional<Numbering> z = zh.numbering;
        if (e && e->kind == NodeKind::Point && zh.enumeration)
            z = zh.enumeration;
        double cost = 0;
        QString detail;
        if (e && z) {
            if (e->kind == z->kind && e->value == z->value) {
                cost = isHeadingKind(e->kind) || e->kind == NodeKind::Article ? -3.0 : -2.0;
                detail = QStringLiteral("%1 = %2").arg(numberingText(*e), numberingText(*z));
            } else if (e->kind == z->kind) {
                // Items and articles are numbered by rule and seldom wrongly; a heading's number
                // may be a slip of the source (the bundled paper's "2." beside "1.").
                cost = e->kind == NodeKind::Point || e->kind == NodeKind::Article ? 3.0 : 1.5;
                detail = QStringLiteral("%1 ≠ %2").arg(numberingText(*e), numberingText(*z));
            } else {
                cost = 2.5;
                detail = QStringLiteral("%1 ≠ %2").arg(numberingText(*e), numberingText(*z));
            }
        } else if (e || z) {
            const Numbering &one = e ? *e : *z;
            cost = isHeadingKind(one.kind) || one.kind == NodeKind::Article ? 2.0 : 1.0;
            detail = e ? QStringLiteral("%1 in the English only").arg(numberingText(one))
                       : QStringLiteral("%1 in the Chinese only").arg(numberingText(one));
        }
        // A numbered paragraph starts a link: translators do not fold it into the one before,
        // though an enumeration's item may run on from the sentence that introduces it.
        const std::optional<Numbering> &second = en2 && en2->numbering ? en2->numbering
                                                 : zh2                 ? zh2->numbering
                                                                       : std::nullopt;
        if (second) {
            cost += second->kind == NodeKind::Point ? 0.5 : 1.5;
            detail += QStringLiteral("%1a numbered paragraph joined to the one before")
                          .arg(detail.isEmpty() ? QString() : QStringLiteral("; "));
        }
        total += cost;
        note(u"numbering", cost, detail);
    }

    // Enumeration items one side runs on inside a paragraph should be items on the other side.
    {
        const QList<int> enItems = itemsOf(en, en2, false);
        const QList<int> zhItems = itemsOf(zh, zh2, true);
        const bool runOn = !en.inlineItems.isEmpty() || !zh.inlineItems.isEmpty() ||
                           (en2 && !en2->inlineItems.isEmpty()) || (zh2 && !zh2->inlineItems.isEmpty());
        if (runOn) {
            int shared = 0;
            int alone = 0;
            for (int item : enItems)
                (zhItems.contains(item) ? shared : alone) += 1;
            for (int item : zhItems)
                alone += enItems.contains(item) ? 0 : 1;
            const double cost = 1.0 * std::min(alone, 2) - 1.0 * std::min(shared, 2);
            total += cost;
            note(u"items", cost,
                 QStringLiteral("%1 enumeration items on both sides, %2 on one").arg(shared).arg(alone));
        }
    }

    // Headings pair with headings; a heading is not merged with a paragraph.
    {
        double cost = 0;
        QString detail;
        if (en2 || zh2) {
            const bool anyHeading = en.heading || zh.heading || (en2 && en2->heading) || (zh2 && zh2->heading);
            if (anyHeading) {
                cost = 1.5;
                detail = QStringLiteral("a heading merged with another paragraph");
            }
        } else if (en.heading != zh.heading) {
            cost = 1.5;
            detail = en.heading ? QStringLiteral("an English heading beside a Chinese paragraph")
                                : QStringLiteral("an English paragraph beside a Chinese heading");
        }
        total += cost;
        note(u"heading", cost, detail);
    }

    // A translator's or editor's note on one side only is the translator's own, or dropped.
    {
        const bool enAside = en.aside || (en2 && en2->aside);
        const bool zhAside = zh.aside || (zh2 && zh2->aside);
        double cost = 0;
        if (enAside != zhAside)
            cost = 4.0;
        else if (enAside && zhAside)
            cost = -2.0;
        total += cost;
        note(u"aside", cost,
             enAside && zhAside ? QStringLiteral("notes on both sides")
                                : (enAside ? QStringLiteral("a note in the English only")
                                           : QStringLiteral("a note in the Chinese only")));
    }

    // Page numbers and running heads left in by a PDF reader pair with nothing.
    {
        const bool furniture = en.furniture || zh.furniture || (en2 && en2->furniture) || (zh2 && zh2->furniture);
        const double cost = furniture ? 5.0 : 0.0;
        total += cost;
        note(u"page", cost, QStringLiteral("a page number or running head"));
    }

    // Tokens both sides share, and rare ones only one side has.
    {
        Tokens enTokens;
        Tokens zhTokens;
        unite(enTokens, en.tokens, en2 ? &en2->tokens : nullptr);
        unite(zhTokens, zh.tokens, zh2 ? &zh2->tokens : nullptr);
        double shared = 0;
        double unshared = 0;
        QStringList sharedText;
        QStringList unsharedText;
        auto a = enTokens.cbegin();
        auto b = zhTokens.cbegin();
        while (a != enTokens.cend() || b != zhTokens.cend()) {
            if (b == zhTokens.cend() || (a != enTokens.cend() && *a < *b)) {
                const AlignmentFeatures::Token &t = m_features.token(*a);
                if (t.zhParagraphs > 0 && t.weight > 0 && t.kind != AlignmentFeatures::TokenKind::Gloss) {
                    unshared += UnsharedShare * t.weight;
                    if (explanation)
                        unsharedText.append(t.text);
                }
                ++a;
            } else if (a == enTokens.cend() || *b < *a) {
                const AlignmentFeatures::Token &t = m_features.token(*b);
                // A Chinese word the English keeps once in a gloss is not missing from the others.
                if (t.enParagraphs > 0 && t.weight > 0 && t.kind != AlignmentFeatures::TokenKind::Gloss) {
                    unshared += UnsharedShare * t.weight;
                    if (explanation)
                        unsharedText.append(t.text);
                }
                ++b;
            } else {
                const AlignmentFeatures::Token &t = m_features.token(*a);
                shared += t.weight;
                if (explanation && t.weight > 0)
                    sharedText.append(t.text);
                ++a;
                ++b;
            }
        }
        total += unshared - shared;
        note(u"shared", -shared, sharedText.join(QStringLiteral(", ")));
        note(u"unshared", unshared, unsharedText.join(QStringLiteral(", ")));
    }
    return total;
}

} // namespace duizhao
