#include "frameworklinker.h"

#include "error.h"
#include "framework/termmatcher.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace duizhao {

namespace {

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

// Every unit's text folded once; all matchers run over these.
struct PreparedUnits
{
    QList<int> seqs;
    QList<TermMatcher::Text> en;
    QList<TermMatcher::Text> zh;

    explicit PreparedUnits(const QList<Unit> &units)
    {
        for (const Unit &unit : units) {
            seqs.append(unit.seq);
            en.append(TermMatcher::prepare(unit.en));
            zh.append(TermMatcher::prepare(unit.zh));
        }
    }
};

// An owner of anchors (a node or a relation) and what messages call it.
struct AnchorOwner
{
    QStringList anchors;
    int line = 0;
    QString what;
    QList<UnitSpan> *spans = nullptr;
};

// Resolves every anchor to the one unit it quotes, or throws naming the first that does not.
void resolveAnchors(const QList<AnchorOwner> &owners, const PreparedUnits &units, const QString &file)
{
    TermMatcher matcher;
    QList<std::pair<int, int>> anchorOf; // global anchor number → (owner, anchor)
    for (int o = 0; o < owners.size(); ++o) {
        for (int a = 0; a < owners[o].anchors.size(); ++a) {
            matcher.add(int(anchorOf.size()), owners[o].anchors[a], TermMatcher::Mode::Exact);
            anchorOf.append({o, a});
        }
    }
    QList<QList<UnitSpan>> found(anchorOf.size());
    for (int u = 0; u < units.seqs.size(); ++u) {
        for (const TermMatch &match : matcher.find(units.en[u]))
            found[match.owner].append({units.seqs[u], Lang::En, match.start, match.length, false});
    }
    for (int g = 0; g < anchorOf.size(); ++g) {
        const AnchorOwner &owner = owners[anchorOf[g].first];
        const QString &anchor = owner.anchors[anchorOf[g].second];
        const QList<int> inUnits = unitsOf(found[g]);
        const QString name = QFileInfo(file).fileName() + u": " + owner.what + u": anchor " + quoted(anchor);
        if (inUnits.isEmpty()) {
            throw Error(Error::Kind::Data,
                        name + QStringLiteral(" matches no unit of the paper; an anchor quotes one English paragraph "
                                              "exactly"),
                        file, owner.line);
        }
        if (inUnits.size() > 1) {
            QStringList numbers;
            for (int seq : inUnits)
                numbers.append(QString::number(seq));
            throw Error(Error::Kind::Data,
                        name + QStringLiteral(" matches %1 units (%2); make it longer so that it names one")
                                   .arg(inUnits.size())
                                   .arg(numbers.join(QStringLiteral(", "))),
                        file, owner.line);
        }
        owner.spans->append(found[g]);
    }
    for (const AnchorOwner &owner : owners) {
        std::sort(owner.spans->begin(), owner.spans->end(), [](const UnitSpan &a, const UnitSpan &b) {
            return a.unitSeq != b.unitSeq ? a.unitSeq < b.unitSeq : a.start < b.start;
        });
    }
}

// Which pattern of which owner matched in which language, as one set key.
quint64 patternKey(int owner, int number, Lang lang)
{
    return (quint64(quint32(owner)) << 32) | (quint64(quint32(number)) << 1) | (lang == Lang::Zh ? 1u : 0u);
}

// One owner's patterns in one language, remembered so a pattern that matches nothing can be named.
struct PatternInfo
{
    int owner = 0;
    int number = 0;
    Lang lang = Lang::En;
    QString text;
    QString field; // "name_en", "alias", "acronym", …
};

struct MatchSet
{
    TermMatcher en;
    TermMatcher zh;
    TermMatcher glossInEn; // Chinese terms inside the English text: translator's glosses
    QList<PatternInfo> patterns;

    void add(Lang lang, int owner, const QString &text, const QString &field)
    {
        TermMatcher &matcher = lang == Lang::En ? en : zh;
        const int number = matcher.add(owner, text);
        if (number < 0)
            return;
        for (const PatternInfo &info : std::as_const(patterns)) {
            if (info.owner == owner && info.lang == lang && info.number == number)
                return;
        }
        patterns.append({owner, number, lang, text, field});
    }
};

// Finds every owner's spans over the units and notes which patterns matched anywhere.
QList<QList<UnitSpan>> findAll(const MatchSet &set, const PreparedUnits &units, int owners, QSet<quint64> *matched)
{
    QList<QList<UnitSpan>> spans(owners);
    for (int u = 0; u < units.seqs.size(); ++u) {
        const int seq = units.seqs[u];
        for (Lang lang : {Lang::En, Lang::Zh}) {
            const TermMatcher &matcher = lang == Lang::En ? set.en : set.zh;
            const QList<TermMatch> all = matcher.find(lang == Lang::En ? units.en[u] : units.zh[u]);
            for (const TermMatch &m : all) {
                if (matched)
                    matched->insert(patternKey(m.owner, m.pattern, lang));
            }
            for (const TermMatch &m : TermMatcher::longestPerOwner(all))
                spans[m.owner].append({seq, lang, m.start, m.length, false});
        }
        if (!set.glossInEn.isEmpty()) {
            for (const TermMatch &m : TermMatcher::longestPerOwner(set.glossInEn.find(units.en[u])))
                spans[m.owner].append({seq, Lang::En, m.start, m.length, true});
        }
    }
    for (QList<UnitSpan> &list : spans) {
        std::sort(list.begin(), list.end(), [](const UnitSpan &a, const UnitSpan &b) {
            if (a.unitSeq != b.unitSeq)
                return a.unitSeq < b.unitSeq;
            if (a.lang != b.lang)
                return a.lang < b.lang;
            return a.start < b.start;
        });
    }
    return spans;
}

bool hasHan(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; });
}

} // namespace

QList<UnitSpan> FrameworkLinker::findMentions(const Measure &measure, const QList<Unit> &units)
{
    MatchSet set;
    set.add(Lang::En, 0, measure.nameEn, QStringLiteral("name_en"));
    set.add(Lang::Zh, 0, measure.nameZh, QStringLiteral("name_zh"));
    for (const QString &alias : measure.aliasesEn)
        set.add(Lang::En, 0, alias, QStringLiteral("aliases_en"));
    for (const QString &alias : measure.aliasesZh)
        set.add(Lang::Zh, 0, alias, QStringLiteral("aliases_zh"));
    set.add(Lang::En, 0, measure.acronym, QStringLiteral("acronym"));
    set.add(Lang::Zh, 0, measure.acronym, QStringLiteral("acronym"));
    return findAll(set, PreparedUnits(units), 1, nullptr).front();
}

LinkedFramework FrameworkLinker::link(FrameworkData data, const Paper &paper)
{
    LinkedFramework linked;
    const PreparedUnits units(paper.units);
    QList<AnchorOwner> owners;
    for (FrameworkNode &node : data.nodes)
        owners.append({node.anchors, node.line, QStringLiteral("node ") + quoted(node.key), &node.spans});
    for (FrameworkRelation &relation : data.relations) {
        owners.append({relation.anchors, relation.line,
                       QStringLiteral("relation %1 → %2").arg(relation.fromKey, relation.toKey), &relation.spans});
    }
    resolveAnchors(owners, units, data.frameworkFile);

    auto warnUnmatched = [&](const MatchSet &set, const QSet<quint64> &matched, const QString &file,
                             const QString &what, auto keyOf, auto lineOf, auto skip) {
        for (const PatternInfo &info : set.patterns) {
            if (matched.contains(patternKey(info.owner, info.number, info.lang)) || skip(info))
                continue;
            linked.warnings.append(
                QStringLiteral("%1:%2: %3: %4 %5 %6 matches no unit's %7 text")
                    .arg(file)
                    .arg(lineOf(info.owner))
                    .arg(QFileInfo(file).fileName(), what + u' ' + quoted(keyOf(info.owner)), info.field,
                         quoted(info.text),
                         info.lang == Lang::En ? QStringLiteral("English") : QStringLiteral("Chinese")));
        }
    };

    {
        MatchSet set;
        for (int i = 0; i < data.measures.size(); ++i) {
            const Measure &m = data.measures[i];
            set.add(Lang::En, i, m.nameEn, QStringLiteral("name_en"));
            set.add(Lang::Zh, i, m.nameZh, QStringLiteral("name_zh"));
            for (const QString &alias : m.aliasesEn)
                set.add(Lang::En, i, alias, QStringLiteral("alias"));
            for (const QString &alias : m.aliasesZh)
                set.add(Lang::Zh, i, alias, QStringLiteral("alias"));
            set.add(Lang::En, i, m.acronym, QStringLiteral("acronym"));
            set.add(Lang::Zh, i, m.acronym, QStringLiteral("acronym"));
        }
        QSet<quint64> matched;
        const QList<QList<UnitSpan>> spans = findAll(set, units, int(data.measures.size()), &matched);
        for (int i = 0; i < data.measures.size(); ++i)
            data.measures[i].mentions = spans[i];
        warnUnmatched(
            set, matched, data.measuresFile, QStringLiteral("measure"), [&](int i) { return data.measures[i].key; },
            [&](int i) { return data.measures[i].line; },
            [&](const PatternInfo &info) {
                const Measure &m = data.measures[info.owner];
                // An acronym need not occur in both languages, and a name the English text
                // lost is expected to be missing.
                if (info.field == u"acronym")
                    return true;
                return info.field == u"name_en" && !m.nameEnInText;
            });
        // The acronym must be somewhere, in either language (it may also be listed as an alias).
        for (int i = 0; i < data.measures.size(); ++i) {
            const Measure &m = data.measures[i];
            if (m.acronym.isEmpty())
                continue;
            bool found = false;
            for (const PatternInfo &info : set.patterns) {
                if (info.owner == i && TermMatcher::fold(info.text) == TermMatcher::fold(m.acronym) &&
                    matched.contains(patternKey(info.owner, info.number, info.lang)))
                    found = true;
            }
            if (!found) {
                linked.warnings.append(
                    QStringLiteral("%1:%2: %3: measure %4: acronym %5 matches no unit")
                        .arg(data.measuresFile)
                        .arg(m.line)
                        .arg(QFileInfo(data.measuresFile).fileName(), quoted(m.key), quoted(m.acronym)));
            }
        }
    }

    {
        MatchSet set;
        for (int i = 0; i < data.terms.size(); ++i) {
            const GlossaryTerm &t = data.terms[i];
            set.add(Lang::En, i, t.termEn, QStringLiteral("term_en"));
            set.add(Lang::Zh, i, t.termZh, QStringLiteral("term_zh"));
            for (const QString &alias : t.aliasesEn)
                set.add(Lang::En, i, alias, QStringLiteral("alias"));
            for (const QString &alias : t.aliasesZh)
                set.add(Lang::Zh, i, alias, QStringLiteral("alias"));
            for (const QString &zh : QStringList{t.termZh} + t.aliasesZh) {
                if (hasHan(zh))
                    set.glossInEn.add(i, zh);
            }
        }
        QSet<quint64> matched;
        const QList<QList<UnitSpan>> spans = findAll(set, units, int(data.terms.size()), &matched);
        for (int i = 0; i < data.terms.size(); ++i)
            data.terms[i].occurrences = spans[i];
        warnUnmatched(
            set, matched, data.glossaryFile, QStringLiteral("term"), [&](int i) { return data.terms[i].key; },
            [&](int i) { return data.terms[i].line; }, [](const PatternInfo &) { return false; });
    }

    linked.unitLevels = unitLevels(paper, data.nodes);
    linked.data = std::move(data);
    return linked;
}

QHash<int, FrameworkLevel> FrameworkLinker::unitLevels(const Paper &paper, const QList<FrameworkNode> &nodes)
{
    // What the anchors in each unit say. A unit whose anchors disagree is "mixed".
    QHash<int, QSet<FrameworkLevel>> anchored;
    for (const FrameworkNode &node : nodes) {
        if (node.level == FrameworkLevel::None)
            continue;
        for (const UnitSpan &span : node.spans)
            anchored[span.unitSeq].insert(node.level);
    }
    auto direct = [&](int seq) -> std::optional<FrameworkLevel> {
        const auto it = anchored.constFind(seq);
        if (it == anchored.cend())
            return std::nullopt;
        return it->size() == 1 ? *it->begin() : FrameworkLevel::None;
    };

    // The tree nodes above each unit, nearest first.
    auto chainOf = [&](const Unit &unit) {
        QList<int> chain;
        int n = unit.node >= 0 ? unit.node : unit.section;
        for (; n >= 0; n = paper.nodes[n].parent)
            chain.append(n);
        if (unit.node >= 0 && unit.section >= 0 && !chain.contains(unit.section)) {
            for (int s = unit.section; s >= 0; s = paper.nodes[s].parent) {
                if (!chain.contains(s))
                    chain.append(s);
            }
        }
        return chain;
    };

    // A tree node's level: the one level all anchored units under it agree on.
    QHash<int, QSet<FrameworkLevel>> below;
    for (const Unit &unit : paper.units) {
        // A unit whose anchors span several levels is an overview ("Table 1 summarizes…"); it
        // says nothing about the section it happens to stand in.
        const std::optional<FrameworkLevel> level = direct(unit.seq);
        if (!level || *level == FrameworkLevel::None)
            continue;
        for (int n : chainOf(unit))
            below[n].insert(*level);
    }
    auto treeLevel = [&](int n) -> std::optional<FrameworkLevel> {
        const auto it = below.constFind(n);
        if (it == below.cend() || it->size() != 1)
            return std::nullopt;
        return *it->begin();
    };

    QHash<int, FrameworkLevel> levels;
    for (const Unit &unit : paper.units) {
        FrameworkLevel level = FrameworkLevel::None;
        if (const std::optional<FrameworkLevel> own = direct(unit.seq)) {
            level = *own;
        } else {
            for (int n : chainOf(unit)) {
                if (const std::optional<FrameworkLevel> inherited = treeLevel(n)) {
                    level = *inherited;
                    break;
                }
                if (below.contains(n))
                    break; // the nearest section with anchors disagrees with itself: no level
            }
        }
        // A heading speaks for its whole section.
        if (unit.kind == UnitKind::Heading && unit.node >= 0) {
            const std::optional<FrameworkLevel> section = treeLevel(unit.node);
            level = section.value_or(below.contains(unit.node) ? FrameworkLevel::None : level);
        }
        levels.insert(unit.seq, level);
    }
    return levels;
}

} // namespace duizhao
