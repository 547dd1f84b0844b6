#include "deckbuilder.h"

#include "study/studysource.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace duizhao {

namespace {

using namespace Qt::Literals::StringLiterals;

QString both(const QString &en, const QString &zh)
{
    if (zh.isEmpty())
        return en;
    if (en.isEmpty())
        return zh;
    return en + u" · "_s + zh;
}

QString lines(const QString &en, const QString &zh)
{
    if (zh.isEmpty())
        return en;
    if (en.isEmpty())
        return zh;
    return en + u'\n' + zh;
}

QString directionSuffix(CardDirection direction)
{
    return direction == CardDirection::EnToZh ? u"en-zh"_s : u"zh-en"_s;
}

// Adds the card with its deck and level as tags (so a tag filter also finds them) and its hash.
void add(QList<StudyCard> &cards, StudyCard card, const QStringList &extraTags = {})
{
    std::sort(card.units.begin(), card.units.end());
    card.units.erase(std::unique(card.units.begin(), card.units.end()), card.units.end());
    QStringList tags = {deckCode(card.deck)};
    if (card.level != FrameworkLevel::None)
        tags.append(levelCode(card.level));
    for (const QString &tag : extraTags) {
        if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed(), Qt::CaseInsensitive))
            tags.append(tag.trimmed());
    }
    card.tags = tags;
    card.updateHash();
    cards.append(card);
}

StudyCard card(const StudySource &source, StudyDeck deck, const QString &kind, const QString &key,
               CardDirection direction = CardDirection::None)
{
    StudyCard c;
    c.documentId = source.documentId;
    c.deck = deck;
    c.kind = kind;
    c.direction = direction;
    c.key = direction == CardDirection::None ? key : key + u':' + directionSuffix(direction);
    return c;
}

// Both directions of a bilingual pair.
void addPair(QList<StudyCard> &cards, StudyCard base, const QString &en, const QString &zh,
             const QStringList &extraTags = {})
{
    if (en.trimmed().isEmpty() || zh.trimmed().isEmpty())
        return;
    base.english = en;
    base.chinese = zh;
    for (CardDirection direction : {CardDirection::EnToZh, CardDirection::ZhToEn}) {
        StudyCard c = base;
        c.direction = direction;
        c.key = base.key + u':' + directionSuffix(direction);
        c.prompt = direction == CardDirection::EnToZh ? en : zh;
        c.answer = direction == CardDirection::EnToZh ? zh : en;
        add(cards, c, extraTags);
    }
}

QList<UnitSpan> plainSpans(const QList<UnitSpan> &spans, Lang lang, int unitSeq = 0)
{
    QList<UnitSpan> found;
    for (const UnitSpan &span : spans) {
        if (!span.gloss && span.lang == lang && (unitSeq == 0 || span.unitSeq == unitSeq))
            found.append(span);
    }
    return found;
}

// Where a term is best shown at work: the first body paragraph that uses it in both languages, or
// else the first paragraph using it in both, or else the first using it at all (0: nowhere).
int paragraphFor(const StudySource &source, const GlossaryTerm &term)
{
    QSet<int> english, chinese;
    QList<int> any;
    for (const UnitSpan &span : term.occurrences) {
        if (span.gloss)
            continue;
        (span.lang == Lang::En ? english : chinese).insert(span.unitSeq);
        any.append(span.unitSeq);
    }
    std::sort(any.begin(), any.end());
    int firstBoth = 0;
    for (int seq : any) {
        if (!english.contains(seq) || !chinese.contains(seq))
            continue;
        const Unit *unit = source.unit(seq);
        if (unit && unit->kind == UnitKind::Body)
            return seq;
        if (firstBoth == 0)
            firstBoth = seq;
    }
    if (firstBoth > 0)
        return firstBoth;
    return any.isEmpty() ? 0 : any.front();
}

// The text with every span blanked, from the end so the earlier offsets stay right.
QString blanked(QString text, QList<UnitSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const UnitSpan &a, const UnitSpan &b) { return a.start > b.start; });
    int lastStart = int(text.size()) + 1;
    for (const UnitSpan &span : spans) {
        if (span.start < 0 || span.start + span.length > text.size() || span.start + span.length > lastStart)
            continue; // overlapping or out of range: leave it
        text.replace(span.start, span.length, DeckBuilder::blank());
        lastStart = span.start;
    }
    return text;
}

void addTerms(const StudySource &source, QList<StudyCard> &cards)
{
    for (const GlossaryTerm &term : source.terms) {
        StudyCard base = card(source, StudyDeck::Terms, u"term"_s, u"term:"_s + term.key);
        const int used = paragraphFor(source, term);
        if (used > 0)
            base.units = {used};
        base.level = source.levelOf(unitsOf(term.occurrences));
        base.details = lines(term.definitionEn, term.definitionZh);
        addPair(cards, base, term.termEn, term.termZh, {term.category});
    }
}

void addSentences(const StudySource &source, QList<StudyCard> &cards)
{
    for (const GlossaryTerm &term : source.terms) {
        const int seq = paragraphFor(source, term);
        const Unit *unit = source.unit(seq);
        if (!unit)
            continue;
        const QList<UnitSpan> en = plainSpans(term.occurrences, Lang::En, seq);
        const QList<UnitSpan> zh = plainSpans(term.occurrences, Lang::Zh, seq);
        if (en.isEmpty() || zh.isEmpty())
            continue;
        for (Lang lang : {Lang::En, Lang::Zh}) {
            const bool english = lang == Lang::En;
            StudyCard c =
                card(source, StudyDeck::Sentences, u"sentence"_s, u"sentence:"_s + term.key + u':' + langCode(lang));
            const QList<UnitSpan> &spans = english ? en : zh;
            const QString &text = english ? unit->en : unit->zh;
            c.prompt = blanked(text, spans);
            c.hint = english ? unit->zh : unit->en;
            // Every occurrence is blanked (one left standing would give the answer away); the answer
            // lists the forms the paragraph uses, in order ("R&D … production" for a two-part term).
            QList<UnitSpan> ordered = spans;
            std::sort(ordered.begin(), ordered.end(),
                      [](const UnitSpan &a, const UnitSpan &b) { return a.start < b.start; });
            QStringList forms;
            for (const UnitSpan &span : ordered) {
                const QString form = text.mid(span.start, span.length);
                if (!forms.contains(form, Qt::CaseInsensitive))
                    forms.append(form);
            }
            c.answer = forms.join(u" / "_s);
            // The paragraph pair is the prompt and the hint already (and the unit, on the answer side).
            c.details = both(term.termEn, term.termZh);
            c.units = {seq};
            c.level = source.unitLevel(seq);
            add(cards, c, {term.category});
        }
    }
}

QString humanKind(const QString &kind)
{
    QString text = kind;
    text.replace(u'-', u' ');
    return text;
}

void addMeasures(const StudySource &source, QList<StudyCard> &cards)
{
    for (const Measure &m : source.measures) {
        StudyCard facts = card(source, StudyDeck::Measures, u"measure-facts"_s, u"measure:"_s + m.key + u":facts"_s);
        QString name = both(m.nameEn, m.nameZh);
        if (!m.acronym.isEmpty() && !name.contains(m.acronym))
            name += u" ("_s + m.acronym + u')';
        facts.prompt = name + u"\nWho, when, what kind, which level? · 由谁、何时、何种类型、属于哪个层面？"_s;
        const QString who =
            m.actorEn.isEmpty() && m.actorZh.isEmpty() ? u"not named · 未注明"_s : both(m.actorEn, m.actorZh);
        const QString when = m.date.isEmpty() ? u"not dated · 未注明"_s : m.date;
        QStringList answer = {u"Who · 主体: "_s + who, u"When · 时间: "_s + when,
                              u"Kind · 类型: "_s + humanKind(m.kind)};
        if (m.level != FrameworkLevel::None)
            answer.append(u"Level · 层面: "_s + both(levelName(m.level, Lang::En), levelName(m.level, Lang::Zh)));
        facts.answer = answer.join(u'\n');
        facts.english = m.nameEn;
        facts.chinese = m.nameZh;
        facts.details = lines(m.noteEn, m.noteZh);
        facts.units = unitsOf(m.mentions);
        facts.level = m.level;
        add(cards, facts, {m.kind});

        StudyCard names = card(source, StudyDeck::Measures, u"measure-name"_s, u"measure:"_s + m.key);
        names.units = facts.units;
        names.level = m.level;
        names.details = facts.answer;
        addPair(cards, names, m.nameEn, m.nameZh, {m.kind});
    }
}

QString lowerFirst(const QString &label)
{
    // "Institutional power" inside a sentence; an acronym or a name ("U.S.", "WTO") stays as it is.
    if (label.size() >= 2 && label[0].isUpper() && label[1].isLower())
        return label[0].toLower() + label.mid(1);
    return label;
}

// What a card about a framework node shows with its answer, and where it links to.
void aboutNode(StudyCard &c, const FrameworkNode &node)
{
    c.english = node.labelEn;
    c.chinese = node.labelZh;
    c.details = lines(node.summaryEn, node.summaryZh);
    c.units = unitsOf(node.spans);
    c.level = node.level;
}

QString listNoun(const QString &kind)
{
    static const QHash<QString, QString> nouns = {
        {u"power"_s, u"its parts · 组成部分"_s},
        {u"initiative"_s, u"initiatives · 举措"_s},
        {u"feature"_s, u"features · 特征"_s},
        {u"dilemma-point"_s, u"points · 要点"_s},
        {u"countermeasure-point"_s, u"points · 要点"_s},
        {u"competition"_s, u"The levels of competition · 竞争的层面"_s},
        {u"dilemma"_s, u"The U.S. dilemmas · 美国的困境"_s},
        {u"countermeasure"_s, u"China's countermeasures · 中国的对策"_s},
    };
    return nouns.value(kind, kind);
}

// Overlapping cloze over one list of nodes: a card per item, that item blanked, the others shown.
void addCloze(const StudySource &source, QList<StudyCard> &cards, const QString &listKey, const QString &title,
              const QList<const FrameworkNode *> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const FrameworkNode &item = *items[i];
        StudyCard c = card(source, StudyDeck::Framework, u"cloze"_s, u"framework:cloze:"_s + listKey + u':' + item.key);
        QStringList shown = {title};
        for (qsizetype j = 0; j < items.size(); ++j) {
            const QString text = j == i ? DeckBuilder::blank() : both(items[j]->labelEn, items[j]->labelZh);
            shown.append(QString::number(j + 1) + u". "_s + text);
        }
        c.prompt = shown.join(u'\n');
        c.answer = both(item.labelEn, item.labelZh);
        aboutNode(c, item);
        add(cards, c);
    }
}

void addFramework(const StudySource &source, QList<StudyCard> &cards)
{
    for (const FrameworkNode &node : source.nodes) {
        if (node.kind != u"initiative" && node.kind != u"feature")
            continue;
        const FrameworkNode *competition = source.competitionOf(node);
        if (!competition)
            continue;
        StudyCard c = card(source, StudyDeck::Framework, u"competition"_s, u"framework:competition:"_s + node.key);
        const bool initiative = node.kind == u"initiative";
        c.prompt =
            (initiative ? u"Which competition does the initiative “%1” belong to?"_s
                        : u"Which competition shows the feature “%1”?"_s)
                .arg(node.labelEn) +
            u"\n"_s +
            (initiative ? u"“%1”这一举措属于哪一层面的竞争？"_s : u"“%1”是哪一层面竞争的特征？"_s).arg(node.labelZh);
        c.answer = both(competition->labelEn, competition->labelZh);
        aboutNode(c, node);
        add(cards, c);
    }
    for (const FrameworkNode &node : source.nodes) {
        const FrameworkNode *goal = node.goalKey.isEmpty() ? nullptr : source.node(node.goalKey);
        if (node.kind != u"competition" || !goal)
            continue;
        StudyCard c = card(source, StudyDeck::Framework, u"goal"_s, u"framework:goal:"_s + node.key);
        c.prompt = u"Which power does the %1 aim to win?\n%2以争夺哪种权力为目标？"_s.arg(lowerFirst(node.labelEn),
                                                                                          node.labelZh);
        c.answer = both(goal->labelEn, goal->labelZh);
        aboutNode(c, node);
        add(cards, c);
    }
    for (const FrameworkRelation &relation : source.relations) {
        const FrameworkNode *from = source.node(relation.fromKey);
        const FrameworkNode *to = source.node(relation.toKey);
        if (!from || !to)
            continue;
        StudyCard c = card(source, StudyDeck::Framework, u"relation"_s,
                           u"framework:relation:"_s + from->key + u':' + relation.kind + u':' + to->key);
        c.prompt = u"How does %1 relate to %2?\n%3与%4是什么关系？"_s.arg(
            lowerFirst(from->labelEn), lowerFirst(to->labelEn), from->labelZh, to->labelZh);
        const QString english = from->labelEn + u' ' + relation.labelEn + u' ' + lowerFirst(to->labelEn) + u'.';
        QString chinese = relation.labelZh;
        if (chinese.contains(u"……"_s))
            chinese = from->labelZh + chinese.replace(u"……"_s, to->labelZh);
        else
            chinese = from->labelZh + chinese + to->labelZh;
        c.answer = lines(english, chinese + u'。');
        c.english = english;
        c.chinese = chinese;
        c.details = relation.kind;
        c.units = unitsOf(relation.spans);
        c.level = FrameworkLevel::None;
        add(cards, c);
    }

    // The lists: top-level nodes of one kind (the competitions, the dilemmas, the countermeasures), and
    // the children of one node that share a kind (the three powers, a dilemma's points, …).
    QList<QPair<QString, QString>> order; // (parent key, kind) in file order
    QHash<QPair<QString, QString>, QList<const FrameworkNode *>> groups;
    for (const FrameworkNode &node : source.nodes) {
        const QPair<QString, QString> group{node.parentKey, node.kind};
        if (node.parentKey.isEmpty() && node.kind != u"competition" && node.kind != u"dilemma" &&
            node.kind != u"countermeasure")
            continue;
        if (!groups.contains(group))
            order.append(group);
        groups[group].append(&node);
    }
    for (const auto &group : order) {
        const QList<const FrameworkNode *> &items = groups.value(group);
        if (items.size() < 2)
            continue;
        const FrameworkNode *parent = group.first.isEmpty() ? nullptr : source.node(group.first);
        const QString title = parent ? both(parent->labelEn, parent->labelZh) + u" — "_s + listNoun(group.second)
                                     : listNoun(group.second);
        addCloze(source, cards, (group.first.isEmpty() ? u"-"_s : group.first) + u':' + group.second, title, items);
    }
}

void addTable1(const StudySource &source, QList<StudyCard> &cards)
{
    struct Column
    {
        const char16_t *code;
        const char16_t *name;
        const Table1Cell Table1Row::*cell;
    };
    const Column columns[] = {{u"initiatives", u"Initiatives · 举措", &Table1Row::initiatives},
                              {u"features", u"Features · 特征", &Table1Row::features},
                              {u"measures", u"Representative measures · 代表性措施", &Table1Row::measures}};
    for (const Table1Row &row : source.table1) {
        for (const Column &column : columns) {
            const Table1Cell &cell = row.*column.cell;
            if (cell.items.isEmpty())
                continue;
            StudyCard c = card(source, StudyDeck::Table1, u"table1"_s,
                               u"table1:"_s + levelCode(row.level) + u':' + QString::fromUtf16(column.code));
            c.prompt = u"Table 1 · 表1\nRow · 行: %1\nColumn · 列: %2\n%3"_s.arg(
                both(row.labelEn, row.labelZh), QString::fromUtf16(column.name), DeckBuilder::blank());
            QStringList others;
            for (const Column &other : columns) {
                const Table1Cell &shown = row.*other.cell;
                if (&other != &column && !shown.items.isEmpty())
                    others.append(QString::fromUtf16(other.name) + u": "_s + shown.text(Lang::En, u"; "));
            }
            c.hint = others.join(u'\n');
            c.english = cell.text(Lang::En, u"; ");
            c.chinese = cell.text(Lang::Zh, u"；");
            c.answer = lines(c.english, c.chinese);
            c.units = cell.units();
            c.level = row.level;
            add(cards, c);
        }
    }
}

void addHeadings(const StudySource &source, QList<StudyCard> &cards)
{
    for (const TreeNode &node : source.paper.nodes) {
        if (!isHeadingKind(node.kind))
            continue;
        StudyCard base = card(source, StudyDeck::Headings, u"heading"_s, u"heading:"_s + QString::number(node.unitSeq));
        base.units = {node.unitSeq};
        base.level = source.unitLevel(node.unitSeq);
        addPair(cards, base, QString(node.numberEn + u' ' + node.labelEn).trimmed(),
                QString(node.numberZh + node.labelZh).trimmed());
    }
}

void addMine(const StudySource &source, QList<StudyCard> &cards)
{
    for (const Annotation &a : source.annotations) {
        if (a.isUnitScope() || a.note.trimmed().isEmpty() || a.quote.trimmed().isEmpty())
            continue;
        StudyCard c = card(source, StudyDeck::Mine, u"mine"_s, u"mine:"_s + a.uuid);
        c.prompt = a.quote;
        c.answer = a.note.trimmed();
        c.units = {a.unitSeq};
        c.level = source.unitLevel(a.unitSeq);
        add(cards, c, a.tags);
    }
}

} // namespace

QString DeckBuilder::blank()
{
    return u"[…]"_s;
}

QList<StudyCard> DeckBuilder::build(const StudySource &source)
{
    QList<StudyCard> cards;
    addTerms(source, cards);
    addMeasures(source, cards);
    addFramework(source, cards);
    addTable1(source, cards);
    addSentences(source, cards);
    // Papers with curated data have their structure in the framework deck; the others learn theirs
    // from the headings.
    if (!source.curated)
        addHeadings(source, cards);
    addMine(source, cards);
    // Keys are unique by construction; should data ever repeat one (two glossary entries with one
    // key), the first card wins rather than the library refusing the whole set.
    QSet<QString> seen;
    cards.removeIf([&](const StudyCard &c) {
        if (seen.contains(c.key))
            return true;
        seen.insert(c.key);
        return false;
    });
    return cards;
}

} // namespace duizhao
