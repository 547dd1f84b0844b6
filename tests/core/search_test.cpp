// Full-text search in both languages. Chinese queries are checked against a full scan of the
// texts (DESIGN.md: never trust the index to check the index), English ones for case and prefixes,
// and hostile query strings must never raise an SQL error.

#include "bundledpaper.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "search/highlighter.h"
#include "search/searchquery.h"
#include "storage/transaction.h"
#include "support/testsupport.h"

#include <QSet>

#include <tuple>

using namespace duizhao;
using namespace duizhao::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Library library{dir.filePath(QStringLiteral("search.duizhao"))};
    Paper paper;
    qint64 id = 0;
    Fixture()
    {
        paper = PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
        id = library.addPaper(paper).documentId;
    }

    QSet<QString> hits(const QString &query, std::optional<Lang> lang = std::nullopt)
    {
        SearchOptions options;
        options.lang = lang;
        options.limit = 1000;
        QSet<QString> set;
        for (const SearchHit &hit : library.search(SearchQuery::parse(query), options))
            set.insert(QString::number(hit.unitSeq) + langCode(hit.lang));
        return set;
    }

    // Every unit text that contains the query, the slow way.
    QSet<QString> scan(const QString &query, Lang lang)
    {
        QSet<QString> set;
        const QString needle = searchNormalised(query);
        for (const Unit &unit : paper.units) {
            if (searchNormalised(lang == Lang::En ? unit.en : unit.zh).contains(needle))
                set.insert(QString::number(unit.seq) + langCode(lang));
        }
        return set;
    }
};

} // namespace

TEST_CASE("Chinese words of one, two, three and four characters match a full scan", "[search]")
{
    Fixture f;
    for (const QString &query : {u"脱钩"_qs, u"芯片"_qs, u"卡脖子"_qs, u"小院高墙"_qs, u"芯"_qs, u"联盟"_qs,
                                 u"话语权"_qs, u"地位"_qs, u"美国"_qs, u"胆小鬼博弈"_qs, u"新型举国体制"_qs}) {
        INFO(query.toStdString());
        const QSet<QString> expected = f.scan(query, Lang::Zh);
        CHECK_FALSE(expected.isEmpty());
        CHECK(f.hits(query, Lang::Zh) == expected);
    }
}

TEST_CASE("stray spaces inside Chinese words do not break a match", "[search]")
{
    Fixture f;
    // The source writes "地 位" in one unit and "科技政 策" in another.
    const Unit &spaced = unitWithChinese(f.paper, u"体系的地 位");
    CHECK(f.hits(u"地位"_qs).contains(QString::number(spaced.seq) + u"zh"));
    const Unit &policy = unitWithChinese(f.paper, u"美国对华科技政 策");
    CHECK(f.hits(u"科技政策"_qs).contains(QString::number(policy.seq) + u"zh"));
}

TEST_CASE("English is case-insensitive, with prefixes and phrases", "[search]")
{
    Fixture f;
    CHECK(f.hits(u"CHIPS"_qs) == f.hits(u"chips"_qs));
    CHECK(f.hits(u"ＣＨＩＰＳ"_qs) == f.hits(u"chips"_qs)); // full-width forms fold
    const QSet<QString> decoupl = f.hits(u"decoupl*"_qs, Lang::En);
    CHECK(decoupl == f.scan(u"decoupl"_qs, Lang::En));
    CHECK(decoupl.size() > f.hits(u"decoupling"_qs, Lang::En).size() - 1);
    // "small yard" as words and as a phrase.
    CHECK(f.hits(u"\"small yard\""_qs, Lang::En) == f.scan(u"small yard"_qs, Lang::En));
    CHECK(f.hits(u"small yard"_qs, Lang::En).contains(f.hits(u"\"small yard\""_qs, Lang::En)));
}

TEST_CASE("OR, exclusion and language filters", "[search]")
{
    Fixture f;
    const QSet<QString> either = f.hits(u"脱钩 OR 芯片"_qs);
    CHECK(either == f.hits(u"脱钩"_qs).unite(f.hits(u"芯片"_qs)));
    const QSet<QString> withoutFull = f.hits(u"decoupling -full"_qs);
    CHECK_FALSE(withoutFull.isEmpty());
    for (const QString &hit : withoutFull) {
        const Unit &unit = f.paper.units[hit.chopped(2).toInt() - 1];
        CHECK_FALSE(unit.en.contains(u"full", Qt::CaseInsensitive));
    }
    CHECK(f.hits(u"NOT full decoupling"_qs) == withoutFull);
    for (const QString &hit : f.hits(u"chips"_qs, Lang::En))
        CHECK(hit.endsWith(u"en"));
}

TEST_CASE("results are ranked and carry a snippet with the hit marked", "[search]")
{
    Fixture f;
    const QList<SearchHit> hits = f.library.search(SearchQuery::parse(u"卡脖子"), {});
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().lang == Lang::Zh);
    CHECK(hits.front().snippet.marked().contains(u"«卡脖子»"));
    const Unit &unit = f.paper.units[hits.front().unitSeq - 1];
    REQUIRE(hits.front().matches.size() == 1);
    CHECK(unit.zh.mid(hits.front().matches[0].start, hits.front().matches[0].length) == u"卡脖子");

    const QList<SearchHit> ranked = f.library.search(SearchQuery::parse(u"technology"), {});
    REQUIRE(ranked.size() > 5);
    for (qsizetype i = 1; i < ranked.size(); ++i)
        CHECK(ranked[i - 1].score <= ranked[i].score);
    for (const SearchHit &hit : ranked)
        CHECK(hit.snippet.marked().contains(u"«"));
    SearchOptions limited;
    limited.limit = 3;
    CHECK(f.library.search(SearchQuery::parse(u"technology"), limited).size() == 3);
}

TEST_CASE("one paper's results only, in one language, the best few first, ties in reading order", "[search]")
{
    Fixture f;
    // The same paper a second time, as another document: every hit now exists twice.
    Paper again = f.paper;
    again.meta.titleEn += QStringLiteral(" (second copy)");
    again.contentHash = "second-copy";
    const qint64 second = f.library.addPaper(again).documentId;
    REQUIRE(second != f.id);

    SearchOptions all;
    all.limit = 1000;
    const QList<SearchHit> both = f.library.search(SearchQuery::parse(u"technology"), all);
    SearchOptions one = all;
    one.documentId = second;
    const QList<SearchHit> mine = f.library.search(SearchQuery::parse(u"technology"), one);
    REQUIRE_FALSE(mine.isEmpty());
    CHECK(both.size() == 2 * mine.size());
    for (const SearchHit &hit : mine)
        CHECK(hit.documentId == second);
    // Equal scores (the two copies) keep the order of the library: first document, unit, language.
    for (qsizetype i = 1; i < both.size(); ++i) {
        const SearchHit &a = both[i - 1];
        const SearchHit &b = both[i];
        CHECK(a.score <= b.score);
        if (a.score == b.score)
            CHECK(std::tuple(a.documentId, a.unitSeq, int(a.lang)) < std::tuple(b.documentId, b.unitSeq, int(b.lang)));
    }

    SearchOptions chinese = one;
    chinese.lang = Lang::Zh;
    const QList<SearchHit> zh = f.library.search(SearchQuery::parse(u"技术 OR technology"), chinese);
    REQUIRE_FALSE(zh.isEmpty());
    for (const SearchHit &hit : zh) {
        CHECK(hit.lang == Lang::Zh);
        CHECK(hit.documentId == second);
        CHECK(f.paper.units[hit.unitSeq - 1].zh.contains(u"技术"));
    }
    // A limit keeps the best: the first three of the full ranking.
    SearchOptions three = one;
    three.limit = 3;
    const QList<SearchHit> top = f.library.search(SearchQuery::parse(u"technology"), three);
    REQUIRE(top.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(std::pair(top[i].unitSeq, top[i].lang) == std::pair(mine[i].unitSeq, mine[i].lang));
}

TEST_CASE("whatever a user types is a valid query", "[search]")
{
    Fixture f;
    const QStringList hostile = {
        u"\""_qs,
        u"\"\""_qs,
        u"\"unbalanced"_qs,
        u"("_qs,
        u")"_qs,
        u"()"_qs,
        u"AND"_qs,
        u"OR"_qs,
        u"NOT"_qs,
        u"a OR"_qs,
        u"OR b"_qs,
        u"NOT NOT"_qs,
        u"*"_qs,
        u"-"_qs,
        u"-*"_qs,
        u"**"_qs,
        u"NEAR(a b)"_qs,
        u"en:chips"_qs,
        u"{en zh}: x"_qs,
        u"^start"_qs,
        u"'; DROP TABLE units; --"_qs,
        u"\\"_qs,
        u"%"_qs,
        u"_"_qs,
        u"脱钩 OR"_qs,
        u"。，、"_qs,
        u"🙂"_qs,
        u"“ 小院高墙”"_qs,
        u"[话语权 (voice, influence)]"_qs,
        u"\u0000x"_qs,
        QString(10000, u'a'),
        QString(2000, u'"'),
        u"a* b* c* d*"_qs,
        u"-chips"_qs,
        u"+chips"_qs,
        u"chips:*"_qs,
        QString(QChar(0xD800)),
        u"u.s."_qs,
        u"U.S.-China"_qs,
    };
    for (const QString &query : hostile) {
        INFO(query.left(40).toStdString());
        CHECK_NOTHROW(f.library.search(SearchQuery::parse(query), {}));
    }
    CHECK(f.hits(u"“ 小院高墙”"_qs) == f.hits(u"小院高墙"_qs));
    CHECK(f.hits(u"[话语权 (voice, influence)]"_qs).size() == 1);
    CHECK(f.hits(u"-chips"_qs).isEmpty()); // nothing to include
    CHECK(f.hits(u"U.S.-China"_qs, Lang::En) == f.hits(u"\"u s china\""_qs, Lang::En));
}

TEST_CASE("the query builder quotes every term", "[search]")
{
    CHECK(SearchQuery::parse(u"").isEmpty());
    CHECK(SearchQuery::parse(u"  \" ( ) * - ").isEmpty());
    CHECK(SearchQuery::parse(u"small yard").toMatchExpression() == u"\"small\" AND \"yard\"");
    CHECK(SearchQuery::parse(u"\"small yard\"").toMatchExpression() == u"\"small yard\"");
    CHECK(SearchQuery::parse(u"decoupl*").toMatchExpression() == u"\"decoupl\" *");
    CHECK(SearchQuery::parse(u"a OR b c -d").toMatchExpression() == u"((\"a\" OR \"b\") AND \"c\") NOT \"d\"");
    CHECK(SearchQuery::parse(u"NEAR(x y)").toMatchExpression() == u"\"near x\" AND \"y\"");
}

TEST_CASE("the highlighter marks what the index finds", "[search]")
{
    const Highlighter chips(SearchQuery::parse(u"芯片"));
    const QString text = QStringLiteral("缓解“ 芯片荒” 问题, 芯 片");
    const QList<TextRange> ranges = chips.matches(text);
    REQUIRE(ranges.size() == 2);
    CHECK(text.mid(ranges[0].start, ranges[0].length) == u"芯片");
    CHECK(text.mid(ranges[1].start, ranges[1].length) == u"芯 片");
    const Highlighter prefix(SearchQuery::parse(u"decoupl*"));
    const QString english = QStringLiteral("“Decoupling” and decoupled, not couple");
    const QList<TextRange> words = prefix.matches(english);
    REQUIRE(words.size() == 2);
    CHECK(english.mid(words[0].start, words[0].length) == u"Decoupling");
    CHECK(english.mid(words[1].start, words[1].length) == u"decoupled");
    const Snippet snippet = Highlighter::snippet(english, words, 10);
    CHECK(snippet.marked().contains(u"«Decoupling»"));
}

TEST_CASE("a paper searched alone ranks the same in a library of many, and hits stream in batches", "[search]")
{
    Fixture f;
    SearchOptions alone;
    alone.documentId = f.id;
    alone.limit = 1000;
    const SearchQuery query = SearchQuery::parse(u"technology power");
    const QList<SearchHit> before = f.library.search(query, alone);
    REQUIRE(before.size() > 3);
    // More copies of the paper than one ranking window holds hits.
    Transaction transaction(f.library.database());
    for (int i = 0; i < 40; ++i) {
        Paper copy = f.paper;
        copy.contentHash = "copy-" + QByteArray::number(i);
        f.library.addPaper(copy);
    }
    transaction.commit();
    const QList<SearchHit> after = f.library.search(query, alone);
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        CHECK(std::pair(after[i].unitSeq, after[i].lang) == std::pair(before[i].unitSeq, before[i].lang));
        CHECK(after[i].score == Approx(before[i].score));
    }

    // Library-wide, the best hit of the paper first, in each copy, in library order.
    SearchOptions wide;
    wide.limit = 5;
    const QList<SearchHit> first = f.library.search(query, wide);
    REQUIRE(first.size() == 5);
    for (qsizetype i = 0; i < first.size(); ++i) {
        CHECK(std::pair(first[i].unitSeq, first[i].lang) == std::pair(before[0].unitSeq, before[0].lang));
        if (i > 0)
            CHECK(first[i - 1].documentId < first[i].documentId);
    }

    // Streaming: batches of the asked size in the order of the whole list; stopping after the
    // first ends the search there.
    SearchOptions many;
    many.limit = 120;
    const QList<SearchHit> whole = f.library.search(query, many);
    QList<SearchHit> streamed;
    int batches = 0;
    CHECK(f.library.search(query, many, 50, [&](QList<SearchHit> batch) {
        CHECK(batch.size() <= 50);
        ++batches;
        streamed += batch;
        return true;
    }));
    CHECK(batches == 3);
    REQUIRE(streamed.size() == whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        CHECK(std::tuple(streamed[i].documentId, streamed[i].unitSeq) ==
              std::tuple(whole[i].documentId, whole[i].unitSeq));
    batches = 0;
    CHECK_FALSE(f.library.search(query, many, 50, [&](QList<SearchHit>) { return ++batches < 1; }));
    CHECK(batches == 1);
}
