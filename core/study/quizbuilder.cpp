#include "quizbuilder.h"

#include "study/studysource.h"

#include <QSet>

#include <algorithm>
#include <random>

namespace duizhao {

namespace {

using namespace Qt::Literals::StringLiterals;

struct Pool
{
    QString text;
    QString group1; // same category first (a term's level, a measure's kind)
    QString group2; // then this (a term's glossary category, a measure's level)
};

bool shortTerm(const QString &text, Lang lang)
{
    if (text.isEmpty())
        return false;
    if (lang == Lang::Zh)
        return text.size() <= 8;
    return text.split(u' ', Qt::SkipEmptyParts).size() <= 4 && text.size() <= 40;
}

// The answer and up to `count - 1` distractors: same first group, then same second group, then any;
// each list in a seeded random order so a quiz repeats for a seed but differs between seeds.
QuizQuestion choice(const Pool &answer, const QList<Pool> &pool, int count, std::mt19937_64 &random)
{
    QuizQuestion q;
    q.kind = QuizKind::Choice;
    QStringList picked = {answer.text};
    for (int round = 0; round < 3 && picked.size() < count; ++round) {
        QList<const Pool *> candidates;
        for (const Pool &p : pool) {
            const bool fits = round == 0 ? p.group1 == answer.group1 : round == 1 ? p.group2 == answer.group2 : true;
            if (fits && !picked.contains(p.text) && !p.text.isEmpty())
                candidates.append(&p);
        }
        std::shuffle(candidates.begin(), candidates.end(), random);
        for (const Pool *p : candidates) {
            if (picked.size() >= count)
                break;
            if (!picked.contains(p->text))
                picked.append(p->text);
        }
    }
    std::shuffle(picked.begin(), picked.end(), random);
    q.choices = picked;
    q.correct = int(picked.indexOf(answer.text));
    q.answer = answer.text;
    return q;
}

} // namespace

QList<QuizQuestion> QuizBuilder::build(const StudySource &source, const QuizOptions &options)
{
    std::mt19937_64 random(options.seed);
    const int choices = std::max(2, options.choices);
    QList<QuizQuestion> all;
    auto wanted = [&](StudyDeck deck, FrameworkLevel level) {
        return (!options.deck || *options.deck == deck) && (!options.level || *options.level == level);
    };

    QList<Pool> termPool;
    QList<FrameworkLevel> termLevels;
    for (const GlossaryTerm &t : source.terms) {
        const FrameworkLevel level = source.levelOf(unitsOf(t.occurrences));
        termLevels.append(level);
        termPool.append({t.termZh, levelCode(level), t.category});
    }
    for (qsizetype i = 0; i < source.terms.size(); ++i) {
        const GlossaryTerm &t = source.terms[i];
        if (!wanted(StudyDeck::Terms, termLevels[i]))
            continue;
        const QList<int> units = unitsOf(t.occurrences).mid(0, 3);
        QuizQuestion q = choice(termPool[i], termPool, choices, random);
        q.category = u"term"_s;
        q.key = u"term:"_s + t.key;
        q.prompt = u"Which is the Chinese for “%1”? · “%1”的中文是？"_s.arg(t.termEn);
        q.units = units;
        q.level = termLevels[i];
        all.append(q);
        for (Lang lang : {Lang::En, Lang::Zh}) {
            const QString &expected = t.term(lang);
            if (!shortTerm(expected, lang))
                continue;
            QuizQuestion typed;
            typed.kind = QuizKind::Typed;
            typed.category = u"term-typed"_s;
            typed.key = u"term:"_s + t.key;
            typed.prompt = lang == Lang::En ? u"Type the English for “%1”. · 请写出“%1”的英文。"_s.arg(t.termZh)
                                            : u"Type the Chinese for “%1”. · 请写出“%1”的中文。"_s.arg(t.termEn);
            typed.answer = expected;
            typed.accepted = QStringList{expected} + (lang == Lang::En ? t.aliasesEn : t.aliasesZh);
            typed.units = units;
            typed.level = termLevels[i];
            all.append(typed);
        }
    }

    QList<Pool> measurePool;
    for (const Measure &m : source.measures)
        measurePool.append({m.nameZh, m.kind, levelCode(m.level)});
    for (qsizetype i = 0; i < source.measures.size(); ++i) {
        const Measure &m = source.measures[i];
        if (!wanted(StudyDeck::Measures, m.level) || m.nameEn.isEmpty() || m.nameZh.isEmpty())
            continue;
        QuizQuestion q = choice(measurePool[i], measurePool, choices, random);
        q.category = u"measure"_s;
        q.key = u"measure:"_s + m.key;
        q.prompt = u"What does the Chinese text call “%1”? · “%1”的中文名称是？"_s.arg(m.nameEn);
        q.units = unitsOf(m.mentions).mid(0, 3);
        q.level = m.level;
        all.append(q);
    }

    QList<Pool> competitions;
    for (const FrameworkNode &n : source.nodes) {
        if (n.kind == u"competition")
            competitions.append({n.labelEn + u" · "_s + n.labelZh, u"competition"_s, u"competition"_s});
    }
    for (const FrameworkNode &n : source.nodes) {
        if ((n.kind != u"initiative" && n.kind != u"feature") || !wanted(StudyDeck::Framework, n.level))
            continue;
        const FrameworkNode *competition = source.competitionOf(n);
        if (!competition || competitions.size() < 2)
            continue;
        QuizQuestion q =
            choice({competition->labelEn + u" · "_s + competition->labelZh, u"competition"_s, u"competition"_s},
                   competitions, choices, random);
        q.category = u"competition"_s;
        q.key = u"node:"_s + n.key;
        q.prompt =
            u"Which competition does “%1” (%2) belong to? · “%2”属于哪一层面的竞争？"_s.arg(n.labelEn, n.labelZh);
        q.units = unitsOf(n.spans);
        q.level = n.level;
        all.append(q);
    }

    // A choice between one option is no question (a paper with a single measure).
    all.removeIf([](const QuizQuestion &q) { return q.kind == QuizKind::Choice && q.choices.size() < 2; });
    std::shuffle(all.begin(), all.end(), random);
    return all.mid(0, std::max(0, options.count));
}

} // namespace duizhao
