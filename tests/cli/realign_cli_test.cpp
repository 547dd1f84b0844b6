// duizhao-cli export-aligned and realign: a stored paper's alignment edited in a text editor and
// given back, with the reader's marks following their words; bad files refused with exit 2 and
// the library unchanged.

#include "cli/clirunner.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace duizhao::test;

namespace {

QJsonObject unitOf(const CliLibrary &lib, int seq)
{
    const CliRun run = lib({QStringLiteral("show"), QString::number(seq), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    return run.json().object();
}

bool ordinary(const QJsonObject &unit)
{
    return unit[u"kind"].toString() == u"body" && !unit[u"en"].toString().isEmpty() &&
           !unit[u"zh"].toString().isEmpty() && unit[u"alignment_notes"].toArray().isEmpty() &&
           !unit[u"en"].toString().contains(u'\n');
}

// Words from the middle of a text that occur once in it.
QString wordsIn(const QString &text, int length)
{
    for (int at = int(text.size()) / 2; at + length <= text.size(); ++at) {
        const QString words = text.mid(at, length);
        if (text.count(words) == 1 && !words.front().isSpace() && !words.back().isSpace())
            return words;
    }
    FAIL("no unique words");
    return {};
}

QJsonArray annotations(const CliLibrary &lib)
{
    const CliRun run = lib({QStringLiteral("annotations"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    return run.json().array();
}

// The units whose English search finds `term` in, in order.
QList<int> unitsFound(const CliLibrary &lib, const QString &term)
{
    const CliRun run = lib({QStringLiteral("search"), term, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--limit"), QStringLiteral("500"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    QList<int> units;
    for (const QJsonValue &hit : run.json().array())
        units.append(hit[u"unit"].toInt());
    std::sort(units.begin(), units.end());
    return units;
}

} // namespace

TEST_CASE("cli: export-aligned, merge two units in the text, realign --from: the mark follows its words",
          "[cli][realign]")
{
    CliLibrary lib;
    int seq = 8;
    QJsonObject first;
    QJsonObject second;
    for (;; ++seq) {
        REQUIRE(seq < 50);
        first = unitOf(lib, seq);
        second = unitOf(lib, seq + 1);
        if (ordinary(first) && ordinary(second))
            break;
    }
    const QString words = wordsIn(second[u"en"].toString(), 24);
    REQUIRE(lib({QStringLiteral("annotate"), QStringLiteral("--unit"), QString::number(seq + 1),
                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--text"), words})
                .exitCode == 0);

    // A word of the second unit, and the units search finds it in.
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{6,}"));
    const QString term = word.match(second[u"en"].toString()).captured();
    REQUIRE_FALSE(term.isEmpty());
    const QList<int> hitsBefore = unitsFound(lib, term);
    REQUIRE(hitsBefore.contains(seq + 1));

    const QString file = lib.dir.filePath(QStringLiteral("aligned.txt"));
    const CliRun exported = lib({QStringLiteral("export-aligned"), QStringLiteral("-o"), file});
    REQUIRE(exported.exitCode == 0);
    const QString text = QString::fromUtf8(readFile(file));
    CHECK(text.startsWith(u"#duizhao: 1\n"));
    // The same text without an edit: nothing moves.
    const CliRun same = lib({QStringLiteral("realign"), QStringLiteral("--from"), file, QStringLiteral("--json")});
    INFO(same.err.toStdString());
    REQUIRE(same.exitCode == 0);
    CHECK(same.json()[u"units_before"].toInt() == same.json()[u"units_after"].toInt());
    CHECK(same.json()[u"annotations_kept"].toInt() == 1);

    // In the editor: the two units become one, two paragraphs a side.
    QStringList lines = text.split(u'\n');
    const qsizetype at = lines.indexOf(first[u"en"].toString());
    REQUIRE(at > 0);
    REQUIRE(lines[at + 2] == first[u"zh"].toString());
    REQUIRE(lines[at + 4] == second[u"en"].toString());
    REQUIRE(lines[at + 6] == second[u"zh"].toString());
    const QStringList merged{first[u"en"].toString(), QStringLiteral("¶"), second[u"en"].toString(), QString(),
                             first[u"zh"].toString(), QStringLiteral("¶"), second[u"zh"].toString()};
    lines.remove(at, 7);
    for (qsizetype k = 0; k < merged.size(); ++k)
        lines.insert(at + k, merged[k]);
    writeFile(file, lines.join(u'\n').toUtf8());

    const CliRun run = lib({QStringLiteral("realign"), QString::number(1), QStringLiteral("--from"), file});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.text().contains(u"1 moved with their words"));
    const QJsonArray marks = annotations(lib);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].toObject()[u"unit"].toInt() == seq);
    CHECK(marks[0].toObject()[u"quote"].toString() == words);
    const QJsonObject joined = unitOf(lib, seq);
    CHECK(joined[u"en"].toString() == first[u"en"].toString() + u"\n\n" + second[u"en"].toString());
    // Search finds the second unit's words in the merged unit, and every later unit one up.
    QList<int> expected;
    for (int unit : hitsBefore)
        expected.append(unit > seq ? unit - 1 : unit);
    CHECK(unitsFound(lib, term) == expected);
}

TEST_CASE("cli: realign refuses bad files with exit 2 and leaves the library unchanged", "[cli][realign][badinput]")
{
    CliLibrary lib;
    const QByteArray before = libraryFingerprint(lib.path);
    QTemporaryDir dir;
    struct Case
    {
        QString name;
        QByteArray bytes;
        QString expected;
    };
    const QList<Case> cases = {
        {QStringLiteral("empty.txt"), {}, QStringLiteral("empty")},
        {QStringLiteral("binary.bin"), QByteArray("\0\1\2\3", 4), QStringLiteral("binary data")},
        {QStringLiteral("invalid.txt"), QByteArray("#duizhao: 1\n\nEnglish \xC3\x28 here\n\n中文\n"),
         QStringLiteral("invalid UTF-8")},
        {QStringLiteral("unpaired.txt"), QByteArray("#duizhao: 1\n\nOnly English.\n"), QStringLiteral("partner")},
        {QStringLiteral("other.txt"), readFile(fixture(QStringLiteral("papers/chapters.txt"))),
         QStringLiteral("another paper")},
    };
    for (const Case &c : cases) {
        const QString path = dir.filePath(c.name);
        writeFile(path, c.bytes);
        const CliRun run = lib({QStringLiteral("realign"), QStringLiteral("--from"), path});
        INFO(c.name.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(path));
        CHECK(run.err.contains(c.expected));
    }
    CHECK(lib({QStringLiteral("realign"), QStringLiteral("--from"), dir.filePath(QStringLiteral("missing.txt"))})
              .exitCode == 2);
    CHECK(lib({QStringLiteral("realign"), QStringLiteral("7")}).exitCode == 1);
    CHECK(libraryFingerprint(lib.path) == before);
}

TEST_CASE("cli: realign without a file aligns the stored paragraphs anew and keeps every mark", "[cli][realign]")
{
    CliLibrary lib;
    REQUIRE(lib({QStringLiteral("annotate"), QStringLiteral("--unit"), QStringLiteral("12"), QStringLiteral("--lang"),
                 QStringLiteral("zh"), QStringLiteral("--text"), QStringLiteral("小院高墙” 政策")})
                .exitCode == 0);
    const QJsonArray before = annotations(lib);
    const CliRun run = lib({QStringLiteral("realign"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.json()[u"annotations_orphaned"].toArray().isEmpty());
    const QJsonArray after = annotations(lib);
    REQUIRE(after.size() == 1);
    CHECK(after[0].toObject()[u"quote"] == before[0].toObject()[u"quote"]);
}
