#include "ankipackage.h"

#include "error.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <zip.h>

#include <cstdio>

namespace duizhao {

namespace {

using namespace Qt::Literals::StringLiterals;

// Anki's schema 11, the layout every Anki since 2.1 imports (and upgrades on import).
constexpr const char *Schema = R"sql(
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
    ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
    models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
    usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
    flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
    mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
    ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
    left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
    ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
    type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
)sql";

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject deckJson(qint64 id, const QString &name, qint64 mod)
{
    const QJsonArray today = {0, 0};
    return {{u"id"_s, id},           {u"name"_s, name},
            {u"mod"_s, mod},         {u"usn"_s, -1},
            {u"lrnToday"_s, today},  {u"revToday"_s, today},
            {u"newToday"_s, today},  {u"timeToday"_s, today},
            {u"collapsed"_s, false}, {u"browserCollapsed"_s, false},
            {u"desc"_s, u""_s},      {u"dyn"_s, 0},
            {u"conf"_s, 1},          {u"extendNew"_s, 0},
            {u"extendRev"_s, 0}};
}

QJsonObject optionsJson()
{
    // Anki's defaults for the options group the decks use; the user's own options win once imported.
    return {{u"id"_s, 1},
            {u"name"_s, u"Default"_s},
            {u"mod"_s, 0},
            {u"usn"_s, 0},
            {u"maxTaken"_s, 60},
            {u"autoplay"_s, true},
            {u"timer"_s, 0},
            {u"replayq"_s, true},
            {u"dyn"_s, false},
            {u"new"_s, QJsonObject{{u"bury"_s, false},
                                   {u"delays"_s, QJsonArray{1.0, 10.0}},
                                   {u"initialFactor"_s, 2500},
                                   {u"ints"_s, QJsonArray{1, 4, 0}},
                                   {u"order"_s, 1},
                                   {u"perDay"_s, 20}}},
            {u"rev"_s, QJsonObject{{u"bury"_s, false},
                                   {u"ease4"_s, 1.3},
                                   {u"ivlFct"_s, 1.0},
                                   {u"maxIvl"_s, 36500},
                                   {u"perDay"_s, 200},
                                   {u"hardFactor"_s, 1.2}}},
            {u"lapse"_s, QJsonObject{{u"delays"_s, QJsonArray{10.0}},
                                     {u"leechAction"_s, 1},
                                     {u"leechFails"_s, 8},
                                     {u"minInt"_s, 1},
                                     {u"mult"_s, 0.0}}}};
}

QJsonObject noteTypeJson(const AnkiNoteType &type, qint64 mod, qint64 deckId)
{
    QJsonArray fields;
    for (qsizetype i = 0; i < type.fields.size(); ++i) {
        fields.append(QJsonObject{{u"name"_s, type.fields[i]},
                                  {u"ord"_s, int(i)},
                                  {u"sticky"_s, false},
                                  {u"rtl"_s, false},
                                  {u"font"_s, u"Arial"_s},
                                  {u"size"_s, 20},
                                  {u"media"_s, QJsonArray()}});
    }
    QJsonArray templates;
    QJsonArray required;
    for (qsizetype i = 0; i < type.templates.size(); ++i) {
        const AnkiNoteType::Template &t = type.templates[i];
        templates.append(QJsonObject{{u"name"_s, t.name},
                                     {u"ord"_s, int(i)},
                                     {u"qfmt"_s, t.front},
                                     {u"afmt"_s, t.back},
                                     {u"bqfmt"_s, u""_s},
                                     {u"bafmt"_s, u""_s},
                                     {u"did"_s, QJsonValue::Null},
                                     {u"bfont"_s, u""_s},
                                     {u"bsize"_s, 0}});
        // A card exists when the field its front shows is not empty: field i for template i.
        required.append(QJsonArray{int(i), u"all"_s, QJsonArray{int(i)}});
    }
    return {{u"id"_s, type.id},       {u"name"_s, type.name},  {u"type"_s, 0},
            {u"mod"_s, mod},          {u"usn"_s, -1},          {u"sortf"_s, 0},
            {u"did"_s, deckId},       {u"tmpls"_s, templates}, {u"flds"_s, fields},
            {u"css"_s, type.css},     {u"latexPre"_s, u""_s},  {u"latexPost"_s, u""_s},
            {u"latexsvg"_s, false},   {u"req"_s, required},    {u"tags"_s, QJsonArray()},
            {u"vers"_s, QJsonArray()}};
}

// Ids must be unique in the package; derived ids collide with a chance of about one in 10^12 per
// pair, and a collision is moved along rather than trusted to never happen.
qint64 uniqueId(QSet<qint64> &used, qint64 id)
{
    while (used.contains(id))
        ++id;
    used.insert(id);
    return id;
}

// The zip built in memory, so the caller writes the file in one go (QSaveFile: all or nothing).
class Zip final
{
    Q_DISABLE_COPY_MOVE(Zip)

public:
    Zip()
    {
        zip_error_init(&m_error);
        m_buffer = zip_source_buffer_create(nullptr, 0, 0, &m_error);
        if (m_buffer)
            m_archive = zip_open_from_source(m_buffer, ZIP_TRUNCATE, &m_error);
        if (!m_archive)
            fail(QStringLiteral("cannot start the zip archive"));
        zip_source_keep(m_buffer); // still needed after zip_close, to read the archive back
    }
    ~Zip()
    {
        if (m_archive)
            zip_discard(m_archive);
        if (m_buffer)
            zip_source_free(m_buffer);
        zip_error_fini(&m_error);
    }

    // `data` must live until bytes() is called.
    void add(const char *name, const QByteArray &data)
    {
        zip_source_t *source = zip_source_buffer(m_archive, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source)
            fail(QStringLiteral("cannot add %1 to the package").arg(QString::fromLatin1(name)));
        const zip_int64_t index = zip_file_add(m_archive, name, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            fail(QStringLiteral("cannot add %1 to the package").arg(QString::fromLatin1(name)));
        }
        zip_set_file_compression(m_archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 0);
    }

    QByteArray bytes()
    {
        if (zip_close(m_archive) != 0)
            fail(QStringLiteral("cannot finish the zip archive"));
        m_archive = nullptr;
        if (zip_source_open(m_buffer) != 0)
            fail(QStringLiteral("cannot read the zip archive back"));
        zip_source_seek(m_buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(m_buffer);
        zip_source_seek(m_buffer, 0, SEEK_SET);
        QByteArray out(qsizetype(std::max<zip_int64_t>(size, 0)), Qt::Uninitialized);
        const zip_int64_t read = zip_source_read(m_buffer, out.data(), zip_uint64_t(out.size()));
        zip_source_close(m_buffer);
        if (read != size)
            fail(QStringLiteral("cannot read the zip archive back"));
        return out;
    }

private:
    [[noreturn]] void fail(const QString &what)
    {
        zip_error_t *error = m_archive ? zip_get_error(m_archive) : &m_error;
        throw Error(Error::Kind::Io, what + u": "_s + QString::fromUtf8(zip_error_strerror(error)));
    }

    zip_error_t m_error;
    zip_source_t *m_buffer = nullptr;
    zip_t *m_archive = nullptr;
};

} // namespace

QByteArray AnkiPackage::build(const QList<AnkiNote> &notes, const Paper &paper, const QDateTime &exportedAt,
                              const Progress &progress)
{
    const qint64 mod = exportedAt.toSecsSinceEpoch();
    const qint64 modMs = exportedAt.toMSecsSinceEpoch();
    auto report = [&](int done) {
        if (progress && !progress(done, int(notes.size())))
            throw Error(Error::Kind::Cancelled, QStringLiteral("Anki export cancelled"));
    };
    report(0);

    // Decks: Duizhao, the paper under it, a subdeck per Duizhao deck the notes use.
    QJsonObject decks{{u"1"_s, deckJson(1, u"Default"_s, mod)}};
    QHash<StudyDeck, qint64> deckIds;
    const QString paperDeck = AnkiNotes::paperDeck(paper);
    for (const QString &name : {u"Duizhao"_s, paperDeck}) {
        const qint64 id = AnkiNotes::stableId(u"deck:"_s + name);
        decks.insert(QString::number(id), deckJson(id, name, mod));
    }
    for (const AnkiNote &note : notes) {
        if (deckIds.contains(note.deck))
            continue;
        const QString name = AnkiNotes::deckName(paper, note.deck);
        const qint64 id = AnkiNotes::stableId(u"deck:"_s + name);
        deckIds.insert(note.deck, id);
        decks.insert(QString::number(id), deckJson(id, name, mod));
    }
    const qint64 firstDeck = notes.isEmpty() ? 1 : deckIds.value(notes.front().deck);
    QJsonObject models;
    for (const AnkiNoteType *type : {&AnkiNotes::bilingualType(), &AnkiNotes::questionType()})
        models.insert(QString::number(type->id), noteTypeJson(*type, mod, firstDeck));
    // New cards are due in export order, by position; Anki's next position comes after the last.
    int cardCount = 0;
    for (const AnkiNote &note : notes)
        cardCount += int(note.templates.size());
    const QJsonObject conf{{u"activeDecks"_s, QJsonArray{1}},
                           {u"curDeck"_s, 1},
                           {u"newSpread"_s, 0},
                           {u"collapseTime"_s, 1200},
                           {u"timeLim"_s, 0},
                           {u"estTimes"_s, true},
                           {u"dueCounts"_s, true},
                           {u"curModel"_s, QJsonValue::Null},
                           {u"nextPos"_s, cardCount + 1},
                           {u"sortType"_s, u"noteFld"_s},
                           {u"sortBackwards"_s, false},
                           {u"addToCur"_s, true}};

    QTemporaryDir folder;
    if (!folder.isValid())
        throw Error(Error::Kind::Io, QStringLiteral("cannot make a temporary folder for the Anki collection"));
    const QString collectionPath = folder.filePath(u"collection.anki2"_s);
    {
        Database db(collectionPath);
        db.exec(Schema);
        Transaction transaction(db);
        Statement col(db, "INSERT INTO col VALUES (1, ?1, ?2, ?2, 11, 0, 0, 0, ?3, ?4, ?5, ?6, '{}')");
        col.bind(1, QDateTime(exportedAt.date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
            .bind(2, modMs)
            .bind(3, json(conf))
            .bind(4, json(models))
            .bind(5, json(decks))
            .bind(6, json(QJsonObject{{u"1"_s, optionsJson()}}));
        col.run();

        Statement insertNote(db, "INSERT INTO notes VALUES (?1, ?2, ?3, ?4, -1, ?5, ?6, ?7, ?8, 0, '')");
        Statement insertCard(
            db, "INSERT INTO cards VALUES (?1, ?2, ?3, ?4, ?5, -1, 0, ?6, ?7, 0, 0, 0, 0, 0, 0, 0, 0, '')");
        QSet<qint64> usedNotes, usedCards;
        int position = 0;
        for (qsizetype i = 0; i < notes.size(); ++i) {
            const AnkiNote &note = notes[i];
            const qint64 noteId = uniqueId(usedNotes, AnkiNotes::stableId(u"note:"_s + note.guid));
            const QString tags = note.tags.isEmpty() ? u""_s : u' ' + note.tags.join(u' ') + u' ';
            insertNote.bind(1, noteId)
                .bind(2, note.guid)
                .bind(3, AnkiNotes::noteType(note.type).id)
                .bind(4, mod)
                .bind(5, tags)
                .bind(6, note.fields.join(QChar(0x1f)))
                .bind(7, AnkiNotes::stripHtml(note.fields.value(0)))
                .bind(8, AnkiNotes::checksum(note.fields.value(0)));
            insertNote.run();
            insertNote.reset();
            for (qsizetype c = 0; c < note.templates.size(); ++c) {
                const int ord = note.templates[c];
                const qint64 cardId =
                    uniqueId(usedCards, AnkiNotes::stableId(u"card:"_s + note.guid + u':' + QString::number(ord)));
                // New cards (type 0), due in export order; suspended ones in queue -1.
                insertCard.bind(1, cardId)
                    .bind(2, noteId)
                    .bind(3, deckIds.value(note.deck))
                    .bind(4, ord)
                    .bind(5, mod)
                    .bind(6, note.suspended.value(c) ? -1 : 0)
                    .bind(7, ++position);
                insertCard.run();
                insertCard.reset();
            }
            report(int(i) + 1);
        }
        transaction.commit();
    }
    QFile file(collectionPath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io,
                    QStringLiteral("cannot read the Anki collection back: %1").arg(file.errorString()));
    const QByteArray collection = file.readAll();
    const QByteArray media = QByteArrayLiteral("{}");
    Zip zip;
    zip.add("collection.anki2", collection);
    zip.add("media", media);
    return zip.bytes();
}

} // namespace duizhao
