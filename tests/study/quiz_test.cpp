// Quizzes: distractors from the same category, typed answers compared as a teacher would, a session's
// result with its misses and their paragraphs — and a quiz never touching a card's schedule.

#include "error.h"
#include "framework/measurestore.h"
#include "study/answermatcher.h"
#include "study/cardstore.h"
#include "study/quizsession.h"
#include "studyfixtures.h"

#include <QSet>

using namespace duizhao;
using namespace duizhao::test;

namespace {

QList<QuizQuestion> everything(const StudySource &source, quint64 seed = 1)
{
    QuizOptions options;
    options.count = 100000;
    options.seed = seed;
    return QuizBuilder::build(source, options);
}

} // namespace

TEST_CASE("quiz: typed answers ignore width, case, spaces and punctuation", "[study][quiz]")
{
    CHECK(AnswerMatcher::matches(u"ＣＨＩＰＳ and Science Act", {u"CHIPS and Science Act"_qs}));
    CHECK(AnswerMatcher::matches(u"  Small-Yard, High Fence ", {u"small yard, high fence"_qs}));
    CHECK(AnswerMatcher::matches(u"小院 高墙", {u"“小院高墙”"_qs}));
    CHECK(AnswerMatcher::matches(u"芯片与科学法案", {u"《芯片与科学法案》"_qs}));
    CHECK(AnswerMatcher::matches(u"技术权力。", {u"技术权力"_qs}));
    CHECK(AnswerMatcher::matches(u"decoupling", {u"hard decoupling"_qs, u"Decoupling"_qs}));
    CHECK_FALSE(AnswerMatcher::matches(u"small yards high fence", {u"small yard, high fence"_qs}));
    CHECK_FALSE(AnswerMatcher::matches(u"技术", {u"技术权力"_qs}));
    CHECK_FALSE(AnswerMatcher::matches(u"", {u""_qs}));
    CHECK_FALSE(AnswerMatcher::matches(u"“ ”", {u"“”"_qs}));
}

TEST_CASE("quiz: a term's distractors are terms of the same framework level", "[study][quiz]")
{
    const auto lib = bundledStudyLibrary();
    const StudySource source = StudySource::load(*lib->library, lib->doc);
    QHash<QString, FrameworkLevel> levelOfChinese;
    QHash<FrameworkLevel, int> termsAtLevel;
    for (const GlossaryTerm &t : source.terms) {
        const FrameworkLevel level = source.levelOf(unitsOf(t.occurrences));
        levelOfChinese.insert(t.termZh, level);
        ++termsAtLevel[level];
    }
    int checked = 0;
    for (const QuizQuestion &q : everything(source)) {
        if (q.category != u"term")
            continue;
        INFO(q.prompt.toStdString());
        REQUIRE(q.choices.size() == 4);
        CHECK(QSet<QString>(q.choices.begin(), q.choices.end()).size() == 4);
        REQUIRE(q.correct >= 0);
        CHECK(q.choices[q.correct] == q.answer);
        if (termsAtLevel.value(q.level) >= 4) {
            for (const QString &choice : q.choices)
                CHECK(levelOfChinese.value(choice) == q.level);
            ++checked;
        }
        CHECK_FALSE(q.units.isEmpty());
    }
    CHECK(checked > 20);
}

TEST_CASE("quiz: a measure's distractors are measures of the same kind; competitions among competitions",
          "[study][quiz]")
{
    const auto lib = bundledStudyLibrary();
    const StudySource source = StudySource::load(*lib->library, lib->doc);
    QHash<QString, QString> kindOfChinese;
    QHash<QString, int> measuresOfKind;
    for (const Measure &m : source.measures) {
        kindOfChinese.insert(m.nameZh, m.kind);
        ++measuresOfKind[m.kind];
    }
    QHash<QString, QString> kindOfKey;
    for (const Measure &m : source.measures)
        kindOfKey.insert(u"measure:" + m.key, m.kind);
    int measures = 0, competitions = 0;
    for (const QuizQuestion &q : everything(source, 7)) {
        INFO(q.prompt.toStdString());
        if (q.category == u"measure") {
            ++measures;
            const QString kind = kindOfKey.value(q.key);
            if (measuresOfKind.value(kind) >= 4) {
                for (const QString &choice : q.choices)
                    CHECK(kindOfChinese.value(choice) == kind);
            }
        } else if (q.category == u"competition") {
            ++competitions;
            CHECK(q.choices.size() == 3);
            for (const QString &choice : q.choices)
                CHECK(choice.startsWith(u"Competition over "));
            CHECK(q.choices[q.correct] == q.answer);
        }
    }
    CHECK(measures == source.measures.size());
    int placed = 0;
    for (const FrameworkNode &n : source.nodes)
        placed += n.kind == u"initiative" || n.kind == u"feature" ? 1 : 0;
    CHECK(placed == 21); // 14 initiatives and 7 features in framework.json
    CHECK(competitions == placed);
}

TEST_CASE("quiz: the same seed gives the same quiz; options narrow it", "[study][quiz]")
{
    const auto lib = bundledStudyLibrary();
    const StudySource source = StudySource::load(*lib->library, lib->doc);
    QuizOptions options;
    options.count = 12;
    options.seed = 42;
    const QList<QuizQuestion> a = QuizBuilder::build(source, options);
    const QList<QuizQuestion> b = QuizBuilder::build(source, options);
    REQUIRE(a.size() == 12);
    for (int i = 0; i < 12; ++i) {
        CHECK(a[i].prompt == b[i].prompt);
        CHECK(a[i].choices == b[i].choices);
    }
    options.seed = 43;
    const QList<QuizQuestion> c = QuizBuilder::build(source, options);
    int same = 0;
    for (int i = 0; i < 12; ++i)
        same += a[i].prompt == c[i].prompt ? 1 : 0;
    CHECK(same < 12);

    options.count = 1000;
    options.deck = StudyDeck::Measures;
    for (const QuizQuestion &q : QuizBuilder::build(source, options))
        CHECK(q.category == u"measure");
    options.deck.reset();
    options.level = FrameworkLevel::Values;
    const QList<QuizQuestion> values = QuizBuilder::build(source, options);
    CHECK_FALSE(values.isEmpty());
    for (const QuizQuestion &q : values)
        CHECK(q.level == FrameworkLevel::Values);
}

TEST_CASE("quiz: a session scores the answers and lists each miss with its paragraphs", "[study][quiz]")
{
    const auto lib = bundledStudyLibrary();
    const StudySource source = StudySource::load(*lib->library, lib->doc);
    QList<QuizQuestion> questions;
    const QList<QuizQuestion> all = everything(source, 3);
    auto first = [&](const QString &category) {
        return *std::find_if(all.begin(), all.end(), [&](const QuizQuestion &q) { return q.category == category; });
    };
    questions = {first(u"term"_qs), first(u"measure"_qs), first(u"term-typed"_qs), first(u"term-typed"_qs)};
    QuizSession session(questions);
    CHECK(session.size() == 4);
    CHECK(session.answerChoice(questions[0].correct));
    const int wrong = (questions[1].correct + 1) % int(questions[1].choices.size());
    CHECK_FALSE(session.answerChoice(wrong));
    CHECK_FALSE(session.answerText(u"something else"_qs));
    // Typed the way a hurried student would: upper case, full width, stray spaces.
    CHECK(session.answerText(u"  " + questions[3].answer.toUpper() + u" "));
    CHECK(session.finished());
    CHECK_THROWS_AS(session.current(), Error);

    const QuizResult result = session.result();
    CHECK(result.asked == 4);
    CHECK(result.correct == 2);
    REQUIRE(result.misses.size() == 2);
    CHECK(result.misses[0].question.prompt == questions[1].prompt);
    CHECK(result.misses[0].given == questions[1].choices[wrong]);
    CHECK(result.misses[1].given == u"something else");
    for (const QuizMiss &miss : result.misses)
        CHECK_FALSE(miss.question.units.isEmpty());
}

TEST_CASE("quiz: a quiz never changes a card's schedule or the library", "[study][quiz]")
{
    const auto lib = bundledStudyLibrary();
    {
        CardStore store(*lib->library);
        store.refresh(lib->doc);
        store.review(store.cards(lib->doc).front().id, Rating::Good, utc(2025, 3, 1));
    }
    lib->library.reset();
    const QByteArray before = libraryFingerprint(lib->path);
    lib->reopen();
    QuizSession session(everything(StudySource::load(*lib->library, lib->doc)));
    while (!session.finished())
        session.answerText(u"wrong"_qs);
    CHECK(session.result().correct == 0);
    lib->library.reset();
    CHECK(libraryFingerprint(lib->path) == before);
}

TEST_CASE("quiz: a paper without curated data is quizzed on what it has", "[study][quiz]")
{
    const auto lib = plainStudyLibrary();
    const StudySource source = StudySource::load(*lib->library, lib->doc);
    // One accepted measure: a choice among one name is no question, so there are none yet.
    CHECK(everything(source).isEmpty());
    MeasureStore measures(*lib->library);
    for (const MeasureCandidate &c : measures.candidates(lib->doc)) {
        if (c.status == u"proposed")
            measures.accept(c.id);
    }
    const QList<QuizQuestion> questions = everything(StudySource::load(*lib->library, lib->doc));
    CHECK_FALSE(questions.isEmpty());
    for (const QuizQuestion &q : questions)
        CHECK(q.category == u"measure");
}
