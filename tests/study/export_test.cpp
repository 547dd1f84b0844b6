// The exports, checked from outside: the .apkg unzipped with Debian's unzip and its collection read
// with SQLite (notes, cards, fields, GUIDs, checksums, note types and decks as Anki reads them); a
// second export keeping the GUIDs with a newer modification time; the plain-text import file's
// headers and columns; CSV; and no partial file after a failure.

#include "error.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "study/ankinotes.h"
#include "study/cardstore.h"
#include "study/studyexport.h"
#include "studyfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

using namespace duizhao;
using namespace duizhao::test;

namespace {

struct Exported
{
    std::unique_ptr<StudyLibrary> lib = bundledStudyLibrary();
    QList<StudyCard> cards;
    qint64 suspendedId = 0;

    Exported()
    {
        CardStore store(*lib->library);
        store.refresh(lib->doc);
        const QList<StudyCard> all = store.cards(lib->doc);
        suspendedId = withKey(all, u"framework:goal:competition-over-values")->id;
        store.setSuspended(suspendedId, true);
        store.review(all.front().id, Rating::Good, utc(2025, 3, 1));
        CardFilter everything;
        everything.includeSuspended = true;
        cards = store.cards(lib->doc, everything);
    }
};

// What unzip finds in a package, and its collection opened read-only.
struct Unpacked
{
    QTemporaryDir dir;
    QStringList entries;
    QByteArray media;
    std::unique_ptr<Database> db;

    explicit Unpacked(const QString &package)
    {
        const ProcessResult listed = runProcess(QStringLiteral("unzip"), {QStringLiteral("-Z1"), package});
        REQUIRE(listed.exitCode == 0);
        entries = QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts);
        const ProcessResult unzipped =
            runProcess(QStringLiteral("unzip"), {QStringLiteral("-o"), package, QStringLiteral("-d"), dir.path()});
        INFO(unzipped.err.toStdString());
        REQUIRE(unzipped.exitCode == 0);
        media = readFile(dir.filePath(QStringLiteral("media")));
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("collection.anki2")), Database::Access::ReadOnly);
    }

    QJsonObject colJson(const char *column) const
    {
        Statement s(*db, QStringLiteral("SELECT %1 FROM col").arg(QString::fromLatin1(column)).toStdString());
        REQUIRE(s.step());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(s.text(0).toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.object();
    }
    int count(const char *sql) const
    {
        Statement s(*db, sql);
        REQUIRE(s.step());
        return s.integer(0);
    }
};

struct NoteRow
{
    qint64 id, mid, mod, csum;
    QString tags, sfld;
    QStringList fields;
};

QHash<QString, NoteRow> notesByGuid(const Unpacked &u)
{
    QHash<QString, NoteRow> notes;
    Statement s(*u.db, "SELECT id, guid, mid, mod, tags, flds, sfld, csum FROM notes");
    while (s.step()) {
        notes.insert(s.text(1), {s.int64(0), s.int64(2), s.int64(3), s.int64(7), s.text(4), s.text(6),
                                 s.text(5).split(QChar(0x1f))});
    }
    return notes;
}

qint64 sha1Prefix(const QString &text)
{
    return qint64(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(8).toULongLong(nullptr, 16));
}

// The exported bundled paper as a package in a folder of its own, unpacked.
struct ExportedPackage
{
    const Exported e;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("paper.apkg"));
    const Unpacked u = (StudyExport::writeAnkiPackage(path, e.cards, e.lib->paper, utc(2025, 3, 2)), Unpacked(path));
};

} // namespace

TEST_CASE("anki: the package holds collection.anki2 in schema 11 and an empty media map", "[study][export][anki]")
{
    const ExportedPackage package;
    const Exported &e = package.e;
    const Unpacked &u = package.u;
    CHECK(u.entries == QStringList{u"collection.anki2"_qs, u"media"_qs});
    CHECK(u.media == "{}");
    Statement col(*u.db, "SELECT ver, crt, mod FROM col");
    REQUIRE(col.step());
    CHECK(col.integer(0) == 11);
    CHECK(col.int64(2) == utc(2025, 3, 2).toMSecsSinceEpoch());
    for (const char *table : {"notes", "cards", "revlog", "graves"}) {
        Statement s(*u.db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        s.bind(1, QString::fromLatin1(table));
        REQUIRE(s.step());
        CHECK(s.integer(0) == 1);
    }
    CHECK(u.count("SELECT count(*) FROM revlog") == 0);

    // Note types as Anki reads them: fields and templates in order, with their ordinals.
    const QJsonObject models = u.colJson("models");
    REQUIRE(models.size() == 2);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &m : models)
        byName.insert(m[u"name"].toString(), m.toObject());
    const QJsonObject bilingual = byName.value(u"Duizhao Bilingual 对照"_qs);
    const QJsonObject question = byName.value(u"Duizhao Question 对照"_qs);
    REQUIRE_FALSE(bilingual.isEmpty());
    REQUIRE_FALSE(question.isEmpty());
    QStringList fieldNames;
    for (const QJsonValue &f : bilingual[u"flds"].toArray())
        fieldNames.append(f[u"name"].toString());
    CHECK(fieldNames == QStringList{u"English"_qs, u"Chinese"_qs, u"Definition"_qs, u"Source"_qs});
    fieldNames.clear();
    for (const QJsonValue &f : question[u"flds"].toArray())
        fieldNames.append(f[u"name"].toString());
    CHECK(fieldNames == QStringList{u"Question"_qs, u"Answer"_qs, u"English"_qs, u"Chinese"_qs, u"Source"_qs});
    CHECK(bilingual[u"tmpls"].toArray().size() == 2);
    CHECK(bilingual[u"tmpls"].toArray()[1][u"ord"].toInt() == 1);
    CHECK(bilingual[u"tmpls"].toArray()[1][u"qfmt"].toString().contains(u"{{Chinese}}"));
    for (const QJsonObject &m : {bilingual, question}) {
        CHECK(models.contains(QString::number(m[u"id"].toInteger())));
        for (const char *key : {"type", "mod", "usn", "sortf", "did", "css", "req"})
            CHECK(m.contains(QLatin1String(key)));
    }

    // Decks: the paper under Duizhao, a subdeck per deck the cards use.
    QSet<QString> deckNames;
    for (const QJsonValue &d : u.colJson("decks"))
        deckNames.insert(d[u"name"].toString());
    const QString paperDeck = u"Duizhao::" + e.lib->paper.meta.titleEn;
    const QStringList expectedDecks = {u"Default"_qs,
                                       u"Duizhao"_qs,
                                       paperDeck,
                                       paperDeck + u"::Key terms",
                                       paperDeck + u"::Measures",
                                       paperDeck + u"::Framework",
                                       paperDeck + u"::Table 1",
                                       paperDeck + u"::Key sentences"};
    for (const QString &name : expectedDecks)
        CHECK(deckNames.contains(name));
    CHECK(u.colJson("dconf").contains(u"1"));
    CHECK(u.colJson("conf")[u"nextPos"].toInt() == u.count("SELECT max(due) FROM cards") + 1);
}

TEST_CASE("anki: notes, cards, fields, tags and checksums", "[study][export][anki]")
{
    const ExportedPackage package;
    const Exported &e = package.e;
    const Unpacked &u = package.u;

    // Every Duizhao card is an Anki card; the two directions of a pair share a note.
    int pairCards = 0;
    for (const StudyCard &c : e.cards)
        pairCards += c.direction != CardDirection::None ? 1 : 0;
    CHECK(u.count("SELECT count(*) FROM cards") == e.cards.size());
    CHECK(u.count("SELECT count(*) FROM notes") == e.cards.size() - pairCards / 2);
    CHECK(u.count("SELECT count(DISTINCT guid) FROM notes") == u.count("SELECT count(*) FROM notes"));
    CHECK(u.count("SELECT count(*) FROM cards WHERE nid NOT IN (SELECT id FROM notes)") == 0);
    CHECK(u.count("SELECT count(*) FROM cards WHERE queue = -1") == 1); // the card suspended in Duizhao

    const QHash<QString, NoteRow> notes = notesByGuid(u);
    const QString termGuid = AnkiNotes::guid(e.lib->paper.contentHash, u"term:technology-power"_qs);
    REQUIRE(notes.contains(termGuid));
    const NoteRow &term = notes.value(termGuid);
    REQUIRE(term.fields.size() == 4);
    CHECK(term.fields[0] == u"technology power");
    CHECK(term.fields[1] == u"技术权力");
    CHECK(term.fields[2].contains(u"combination of technological, institutional and interpretative power"));
    CHECK(term.fields[2].contains(u"<br>")); // English and Chinese definitions on two lines
    CHECK(term.fields[3].contains(e.lib->paper.meta.titleEn.toHtmlEscaped()));
    CHECK(term.sfld == u"technology power");
    CHECK(term.csum == sha1Prefix(u"technology power"_qs));
    CHECK(term.mid == AnkiNotes::bilingualType().id);
    CHECK(term.tags.startsWith(u' '));
    CHECK(term.tags.endsWith(u' '));
    CHECK(term.tags.split(u' ', Qt::SkipEmptyParts).contains(u"duizhao::deck::terms"));
    {
        Statement s(*u.db, "SELECT ord FROM cards WHERE nid = ?1 ORDER BY ord");
        s.bind(1, term.id);
        QList<int> ords;
        while (s.step())
            ords.append(s.integer(0));
        CHECK(ords == QList<int>{0, 1});
    }

    // A question note: the prompt and hint on the front field, the answer and details on the next.
    const StudyCard *cell = withKey(e.cards, u"table1:order:features");
    REQUIRE(cell);
    const NoteRow &table = notes.value(AnkiNotes::guid(e.lib->paper.contentHash, cell->key));
    REQUIRE(table.fields.size() == 5);
    CHECK(table.mid == AnkiNotes::questionType().id);
    CHECK(table.fields[0].contains(u"Table 1"));
    CHECK(table.fields[0].contains(u"<div class=\"hint\">"));
    CHECK(table.fields[1].contains(cell->english.toHtmlEscaped()));
    CHECK(table.sfld == AnkiNotes::stripHtml(table.fields[0]));
    CHECK(table.csum == sha1Prefix(table.sfld));
    CHECK(table.tags.contains(u"duizhao::level::order"));
    for (const NoteRow &note : notes)
        CHECK_FALSE(note.fields.join(QString()).contains(u'\n')); // HTML fields: breaks are <br>
}

TEST_CASE("anki: a second export keeps every GUID and note id, with a newer modification time", "[study][export][anki]")
{
    const Exported e;
    QTemporaryDir out;
    const QString first = out.filePath(QStringLiteral("first.apkg"));
    const QString second = out.filePath(QStringLiteral("second.apkg"));
    StudyExport::writeAnkiPackage(first, e.cards, e.lib->paper, utc(2025, 3, 2));
    // Meanwhile a definition changes and the cards are regenerated.
    e.lib->library->database().exec(
        "UPDATE glossary_terms SET definition_en = 'Reworded.' WHERE key = 'technology-power'");
    CardStore store(*e.lib->library);
    store.refresh(e.lib->doc);
    CardFilter everything;
    everything.includeSuspended = true;
    StudyExport::writeAnkiPackage(second, store.cards(e.lib->doc, everything), e.lib->paper, utc(2025, 3, 9));
    const QHash<QString, NoteRow> a = notesByGuid(Unpacked(first));
    const QHash<QString, NoteRow> b = notesByGuid(Unpacked(second));
    CHECK(QSet<QString>(a.keyBegin(), a.keyEnd()) == QSet<QString>(b.keyBegin(), b.keyEnd()));
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        CHECK(b.value(it.key()).id == it->id);
        CHECK(b.value(it.key()).mod > it->mod);
    }
    const QString termGuid = AnkiNotes::guid(e.lib->paper.contentHash, u"term:technology-power"_qs);
    CHECK(b.value(termGuid).fields[2].startsWith(u"Reworded."));
    // GUIDs depend on the paper and the key only: another paper's card of the same key differs.
    CHECK(AnkiNotes::guid("another paper", u"term:technology-power"_qs) != termGuid);
}

TEST_CASE("anki text: the headers Anki reads, one line per card with its tags and GUID", "[study][export]")
{
    const Exported e;
    const QString text = QString::fromUtf8(StudyExport::ankiText(e.cards, e.lib->paper));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 7);
    CHECK(lines[0] == u"#separator:tab");
    CHECK(lines[1] == u"#html:true");
    CHECK(lines[2] == u"#notetype:Duizhao Question 对照");
    CHECK(lines[3] == u"#deck:Duizhao::" + e.lib->paper.meta.titleEn);
    CHECK(lines[4] == u"#columns:Question\tAnswer\tEnglish\tChinese\tSource\tTags\tGUID");
    CHECK(lines[5] == u"#tags column:6");
    CHECK(lines[6] == u"#guid column:7");
    const QStringList rows = lines.mid(7);
    CHECK(rows.size() == e.cards.size());
    QSet<QString> guids;
    for (const QString &row : rows) {
        const QStringList columns = row.split(u'\t');
        REQUIRE(columns.size() == 7);
        guids.insert(columns[6]);
        CHECK(columns[5].split(u' ').contains(u"duizhao"));
    }
    CHECK(guids.size() == rows.size());
    // A question card has the same GUID as in the package.
    const StudyCard *cell = withKey(e.cards, u"table1:order:features");
    CHECK(guids.contains(AnkiNotes::guid(e.lib->paper.contentHash, cell->key)));
    // Each direction of a pair is its own line here: the text format holds one note type.
    const QString enZh = AnkiNotes::guid(e.lib->paper.contentHash, u"term:technology-power:en-zh"_qs);
    const auto termRow = std::find_if(rows.begin(), rows.end(), [&](const QString &r) { return r.endsWith(enZh); });
    REQUIRE(termRow != rows.end());
    const QStringList columns = termRow->split(u'\t');
    CHECK(columns[0] == u"technology power");
    CHECK(columns[1].startsWith(u"技术权力<div class=\"def\">")); // the answer, then the definition
}

TEST_CASE("csv: a row per card with its schedule, readable by spreadsheets", "[study][export]")
{
    const Exported e;
    const QByteArray csv = StudyExport::csv(e.cards);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    CHECK(text.startsWith(u"id,deck,kind,key,question,hint,answer,english,chinese,details,units,level,tags,"
                          u"suspended,phase,due,stability,difficulty,reps,lapses\r\n"));
    const StudyCard &reviewed = e.cards.front();
    REQUIRE(reviewed.schedule.memory);
    CHECK(text.contains(QString::number(reviewed.id) + u",terms,term,term:technology-power:en-zh,technology power,,"
                                                       u"技术权力,"));
    CHECK(text.contains(u",learning," + reviewed.schedule.due.toString(Qt::ISODate) + u','));
    // Multi-line fields are quoted, so a spreadsheet keeps them in one cell.
    CHECK(text.contains(u"\"Table 1 · 表1\n"));
}

TEST_CASE("exports: a cancelled, unwritable or full export leaves no file", "[study][export][errors]")
{
    const Exported e;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.apkg"));
    int calls = 0;
    try {
        StudyExport::writeAnkiPackage(path, e.cards, e.lib->paper, utc(2025, 3, 2), [&](int done, int total) {
            ++calls;
            CHECK(total > 100);
            return done < 50; // cancelled midway
        });
        FAIL("not cancelled");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Cancelled);
    }
    CHECK(calls > 50);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.apkg"));
    CHECK_THROWS_AS(StudyExport::writeAnkiPackage(missing, e.cards, e.lib->paper, utc(2025, 3, 2)), Error);
    CHECK_THROWS_AS(StudyExport::writeFile(dir.path(), "x", QStringLiteral("the CSV")), Error);

    // Root writes anywhere on a normal file system: a read-only mount is unwritable even for root.
    TmpfsMount readOnly(QStringLiteral("ro,size=1m"));
    if (readOnly.mounted) {
        for (const QString &name : {u"cards.apkg"_qs, u"cards.txt"_qs}) {
            const QString locked = readOnly.dir.filePath(name);
            try {
                if (name.endsWith(u".apkg"))
                    StudyExport::writeAnkiPackage(locked, e.cards, e.lib->paper, utc(2025, 3, 2));
                else
                    StudyExport::writeFile(locked, StudyExport::ankiText(e.cards, e.lib->paper), u"the Anki text"_qs);
                FAIL("no error");
            } catch (const Error &error) {
                CHECK(error.kind() == Error::Kind::Io);
                CHECK(error.file() == locked);
            }
        }
        CHECK(QDir(readOnly.dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    } else {
        WARN("mount not permitted here: the read-only folder case is not run");
    }

    // A full disk midway: the older file of that name stays as it was.
    TmpfsMount tiny(QStringLiteral("size=32k"));
    if (!tiny.mounted) {
        WARN("mount not permitted here: the full-disk case is not run");
        return;
    }
    const QString full = tiny.dir.filePath(QStringLiteral("paper.apkg"));
    writeFile(full, "an older export");
    try {
        StudyExport::writeAnkiPackage(full, e.cards, e.lib->paper, utc(2025, 3, 2));
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Io);
        CHECK(error.message().contains(u"No file was written"));
    }
    CHECK(readFile(full) == "an older export");
    CHECK(QDir(tiny.dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"paper.apkg"_qs});
}
