// duizhao-cli study end to end: decks, cards and the due queue (text and JSON, filtered), a review
// printing the new due time, stability and difficulty, statistics, settings, the three exports, and
// every refusal — an unknown card, a rating that is not one of the four, a time before the card's last
// review — exiting 1 with a clear message and the library exactly as it was.

#include "cli/clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace duizhao::test;

namespace {

// duizhao-cli study on the library, in UTC: a study day starts at 4 a.m. local time, and the tests'
// times must fall in the days they mean whatever zone the machine is in.
CliRun study(const CliLibrary &lib, QStringList args)
{
    args.prepend(u"study"_qs);
    args.prepend(lib.path);
    args.prepend(u"--db"_qs);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_qs, u"UTC"_qs);
    return runCli(args, env);
}

QJsonObject cardWithKey(const QJsonArray &cards, const QString &key)
{
    for (const QJsonValue &c : cards) {
        if (c[u"key"].toString() == key)
            return c.toObject();
    }
    FAIL("no card " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("cli: study decks, cards and due, as text and JSON", "[cli][study]")
{
    CliLibrary lib;
    const CliRun decks = study(lib, {u"decks"_qs, u"--json"_qs});
    REQUIRE(decks.exitCode == 0);
    QStringList names;
    int total = 0;
    for (const QJsonValue &d : decks.json().array()) {
        names.append(d[u"deck"].toString());
        total += d[u"total"].toInt();
        CHECK(d[u"new"].toInt() == d[u"total"].toInt()); // nothing answered yet
    }
    CHECK(names == QStringList{u"terms"_qs, u"measures"_qs, u"framework"_qs, u"table1"_qs, u"sentences"_qs});

    const CliRun cards = study(lib, {u"cards"_qs, u"--json"_qs});
    REQUIRE(cards.exitCode == 0);
    const QJsonArray all = cards.json().array();
    CHECK(all.size() == total);
    const QJsonObject term = cardWithKey(all, u"term:technology-power:en-zh"_qs);
    CHECK(term[u"prompt"].toString() == u"technology power");
    CHECK(term[u"answer"].toString() == u"技术权力");
    CHECK(term[u"phase"].toString() == u"new");
    CHECK(term[u"due"].isNull());
    CHECK_FALSE(term[u"units"].toArray().isEmpty());

    const CliRun table = study(lib, {u"cards"_qs, u"--deck"_qs, u"table1"_qs, u"--json"_qs});
    CHECK(table.json().array().size() == 9);
    const CliRun values = study(lib, {u"cards"_qs, u"--level"_qs, u"values"_qs, u"--json"_qs});
    for (const QJsonValue &c : values.json().array())
        CHECK(c[u"level"].toString() == u"values");
    const CliRun text = study(lib, {u"cards"_qs, u"--deck"_qs, u"terms"_qs});
    CHECK(text.exitCode == 0);
    CHECK(text.text().contains(u"technology power  →  技术权力"));

    const CliRun due = study(lib, {u"due"_qs, u"--json"_qs});
    REQUIRE(due.exitCode == 0);
    CHECK(due.json()[u"new"].toInt() == 20); // the default new cards per day
    CHECK(due.json()[u"cards"].toArray().size() == 20);
    const CliRun dueText = study(lib, {u"due"_qs});
    CHECK(dueText.text().startsWith(u"Due now: 0 learning, 0 to review, 20 new."));
}

TEST_CASE("cli: study review prints the new due date, stability and difficulty", "[cli][study]")
{
    CliLibrary lib;
    const QJsonObject term =
        cardWithKey(study(lib, {u"cards"_qs, u"--json"_qs}).json().array(), u"term:technology-power:en-zh"_qs);
    const QString id = QString::number(term[u"id"].toInteger());
    const CliRun first = study(
        lib, {u"review"_qs, u"--card"_qs, id, u"--rating"_qs, u"good"_qs, u"--at"_qs, u"2025-03-01T09:00:00Z"_qs});
    REQUIRE(first.exitCode == 0);
    CHECK(first.text().contains(u"learning, due 2025-03-01"));
    CHECK(first.text().contains(u"(in 10 minutes)"));
    CHECK(first.text().contains(u"Stability 2.31 days, difficulty 2.12.")); // FSRS-6's first Good

    const CliRun second = study(lib, {u"review"_qs, u"--card"_qs, id, u"--rating"_qs, u"good"_qs, u"--at"_qs,
                                      u"2025-03-01T09:10:00Z"_qs, u"--json"_qs});
    REQUIRE(second.exitCode == 0);
    const QJsonObject r = second.json().object();
    CHECK(r[u"card"].toInteger() == id.toLongLong());
    CHECK(r[u"phase"].toString() == u"review");
    CHECK(r[u"before"][u"phase"].toString() == u"learning");
    CHECK(r[u"reviewed_at"].toString() == u"2025-03-01T09:10:00Z");
    CHECK(r[u"due"].toString() == u"2025-03-03T09:10:00Z"); // a stability of 2.3 days, 2 days at 90%
    CHECK(r[u"stability"].toDouble() == Catch::Detail::Approx(2.3065).margin(1e-4));
    CHECK(r[u"elapsed_days"].toInt() == 0);

    // The card's listing shows it, and the queue counts it as answered today.
    const QJsonObject after =
        cardWithKey(study(lib, {u"cards"_qs, u"--json"_qs}).json().array(), u"term:technology-power:en-zh"_qs);
    CHECK(after[u"phase"].toString() == u"review");
    CHECK(after[u"reps"].toInt() == 2);
    const CliRun stats = study(lib, {u"stats"_qs, u"--at"_qs, u"2025-03-01T10:00:00Z"_qs, u"--json"_qs});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.json()[u"young"].toInt() == 1);
    CHECK(stats.json()[u"reviewed_today"].toInt() == 2);
    CHECK(stats.json()[u"new_today"].toInt() == 19);
    CHECK(stats.json()[u"retention"].isNull());
    CHECK(stats.json()[u"mastery"].toArray().size() >= 5);
    const CliRun statsText = study(lib, {u"stats"_qs, u"--at"_qs, u"2025-03-01T10:00:00Z"_qs});
    CHECK(statsText.text().contains(u"Today: 0 due, 19 new, 2 answered"));
}

TEST_CASE("cli: a refused review exits 1 with a clear message and changes nothing", "[cli][study][errors]")
{
    CliLibrary lib;
    const QString id = QString::number(study(lib, {u"cards"_qs, u"--json"_qs}).json().array()[0][u"id"].toInteger());
    REQUIRE(
        study(lib, {u"review"_qs, u"--card"_qs, id, u"--rating"_qs, u"easy"_qs, u"--at"_qs, u"2025-03-01T09:00:00Z"_qs})
            .exitCode == 0);
    const QByteArray before = libraryFingerprint(lib.path);
    const struct
    {
        QStringList args;
        const char16_t *message;
    } refused[] = {
        {{u"--card"_qs, u"999999"_qs, u"--rating"_qs, u"good"_qs}, u"there is no card 999999"},
        {{u"--card"_qs, id, u"--rating"_qs, u"perfect"_qs}, u"--rating must be again, hard, good or easy"},
        {{u"--card"_qs, id, u"--rating"_qs, u"3"_qs}, u"--rating must be again, hard, good or easy"},
        {{u"--card"_qs, id, u"--rating"_qs, u"good"_qs, u"--at"_qs, u"2025-03-01T08:59:59Z"_qs},
         u"cannot come before it"},
        {{u"--card"_qs, id, u"--rating"_qs, u"good"_qs, u"--at"_qs, u"tomorrow"_qs}, u"--at must be an ISO 8601 time"},
        {{u"--card"_qs, u"abc"_qs, u"--rating"_qs, u"good"_qs}, u"--card needs a card ID"},
        {{u"--rating"_qs, u"good"_qs}, u"study review needs --card ID and --rating"},
    };
    for (const auto &r : refused) {
        const CliRun run = study(lib, QStringList{u"review"_qs} + r.args);
        INFO(r.args.join(u' ').toStdString() << " → " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QString::fromUtf16(r.message)));
        CHECK(run.out.isEmpty());
    }
    CHECK(libraryFingerprint(lib.path) == before);
}

TEST_CASE("cli: study settings are shown, changed and checked", "[cli][study]")
{
    CliLibrary lib;
    const CliRun shown = study(lib, {u"settings"_qs, u"--json"_qs});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json()[u"desired_retention"].toDouble() == 0.9);
    CHECK(shown.json()[u"new_per_day"].toInt() == 20);
    const CliRun changed =
        study(lib, {u"settings"_qs, u"--retention"_qs, u"0.85"_qs, u"--new-per-day"_qs, u"5"_qs, u"--json"_qs});
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.json()[u"desired_retention"].toDouble() == 0.85);
    CHECK(study(lib, {u"due"_qs, u"--json"_qs}).json()[u"new"].toInt() == 5);
    const QByteArray before = libraryFingerprint(lib.path);
    const CliRun bad = study(lib, {u"settings"_qs, u"--retention"_qs, u"1.2"_qs});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(u"desired retention must be from 0.7 to 0.99"));
    CHECK(study(lib, {u"settings"_qs, u"--daily-limit"_qs, u"lots"_qs}).exitCode == 1);
    CHECK(libraryFingerprint(lib.path) == before);
}

TEST_CASE("cli: study export writes the Anki package, Anki text and CSV", "[cli][study][export]")
{
    CliLibrary lib;
    const QString apkg = lib.dir.filePath(u"cards.apkg"_qs);
    const CliRun anki = study(lib, {u"export"_qs, u"--anki"_qs, apkg, u"--json"_qs});
    REQUIRE(anki.exitCode == 0);
    const int cards = anki.json()[u"cards"].toInt();
    CHECK(cards > 500);
    const ProcessResult listed = runProcess(u"unzip"_qs, {u"-Z1"_qs, apkg});
    CHECK(QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts) ==
          QStringList{u"collection.anki2"_qs, u"media"_qs});

    const QString txt = lib.dir.filePath(u"cards.txt"_qs);
    REQUIRE(study(lib, {u"export"_qs, u"--anki-text"_qs, txt}).exitCode == 0);
    const QStringList lines = QString::fromUtf8(readFile(txt)).split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.front() == u"#separator:tab");
    CHECK(lines.size() == cards + 7);

    const QString csv = lib.dir.filePath(u"terms.csv"_qs);
    REQUIRE(study(lib, {u"export"_qs, u"--csv"_qs, csv, u"--deck"_qs, u"terms"_qs}).exitCode == 0);
    const QString text = QString::fromUtf8(readFile(csv));
    CHECK(text.count(u"\r\n") == 144 + 1); // 72 terms both ways, and the header

    const CliRun two = study(lib, {u"export"_qs, u"--anki"_qs, apkg, u"--csv"_qs, csv});
    CHECK(two.exitCode == 1);
    const CliRun nowhere = study(lib, {u"export"_qs, u"--anki"_qs, lib.dir.filePath(u"no/such/dir/x.apkg"_qs)});
    CHECK(nowhere.exitCode == 2);
    CHECK(nowhere.err.contains(u"folder does not exist"));
}

TEST_CASE("cli: study on a paper without curated data, and bad options", "[cli][study]")
{
    CliLibrary lib({fixture(u"papers/measures.txt"_qs)});
    const CliRun decks = study(lib, {u"decks"_qs, u"--json"_qs});
    REQUIRE(decks.exitCode == 0);
    QStringList names;
    for (const QJsonValue &d : decks.json().array())
        names.append(d[u"deck"].toString());
    CHECK(names == QStringList{u"headings"_qs});
    const CliRun headings = study(lib, {u"cards"_qs});
    CHECK(headings.text().contains(u"I. Measures  →  一、措施"));

    CHECK(study(lib, {}).exitCode == 1);
    CHECK(study(lib, {u"learn"_qs}).exitCode == 1);
    const CliRun badDeck = study(lib, {u"cards"_qs, u"--deck"_qs, u"vocabulary"_qs});
    CHECK(badDeck.exitCode == 1);
    CHECK(badDeck.err.contains(u"--deck must be one of terms|measures|framework|table1|sentences|headings|mine"));
    CHECK(study(lib, {u"cards"_qs, u"--level"_qs, u"economy"_qs}).exitCode == 1);
}
