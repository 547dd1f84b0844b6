#include "measurestore.h"

#include "error.h"
#include "framework/frameworkdatareader.h"
#include "framework/frameworklinker.h"
#include "framework/storedrows.h"
#include "framework/termmatcher.h"
#include "library/library.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace duizhao {

namespace {

QString figuresJson(const QList<MeasureFigure> &figures)
{
    QJsonArray array;
    for (const MeasureFigure &f : figures)
        array.append(QJsonObject{{QStringLiteral("en"), f.en}, {QStringLiteral("zh"), f.zh}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<MeasureFigure> figuresFromJson(const QString &text)
{
    QList<MeasureFigure> figures;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        figures.append({value[u"en"].toString(), value[u"zh"].toString()});
    return figures;
}

// Both names as they are compared: what makes two finds the same candidate.
QString matchKeyOf(const MeasureCandidate &c)
{
    QString zh = TermMatcher::fold(c.nameZh);
    zh.remove(u'《').remove(u'》');
    return TermMatcher::fold(c.nameEn).toLower() + u'|' + zh + u'|' + c.acronym;
}

QString slug(const QString &text)
{
    QString out;
    for (const QChar ch : text.toLower()) {
        if (ch.isLetterOrNumber() && ch.unicode() < 0x80)
            out += ch;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(60);
}

void checkDate(const QString &date)
{
    if (date.isEmpty())
        return;
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})(-(\d{2})(-(\d{2}))?)?$)"));
    const QRegularExpressionMatch match = pattern.match(date);
    if (!match.hasMatch() ||
        !QDate(match.captured(1).toInt(), match.captured(3).isEmpty() ? 1 : match.captured(3).toInt(),
               match.captured(5).isEmpty() ? 1 : match.captured(5).toInt())
             .isValid())
        throw Error(
            Error::Kind::Usage,
            QStringLiteral("the date \"%1\" must be a year, a month or a day: 2022, 2022-08 or 2022-08-09").arg(date));
}

const char *const MeasureColumns = "m.id, m.key, m.origin, m.name_en, m.name_zh, m.acronym, m.aliases_en, "
                                   "m.aliases_zh, m.kind, m.actor_en, m.actor_zh, m.date, m.level, m.category, "
                                   "m.figures, m.note_en, m.note_zh, m.name_en_in_text";

Measure measureFrom(const Statement &s)
{
    Measure m;
    m.id = s.int64(0);
    m.key = s.text(1);
    m.origin = s.text(2);
    m.nameEn = s.text(3);
    m.nameZh = s.text(4);
    m.acronym = s.text(5);
    m.aliasesEn = storedrows::fromJson(s.text(6));
    m.aliasesZh = storedrows::fromJson(s.text(7));
    m.kind = s.text(8);
    m.actorEn = s.text(9);
    m.actorZh = s.text(10);
    m.date = s.text(11);
    m.level = levelFromCode(s.text(12)).value_or(FrameworkLevel::None);
    m.category = s.text(13);
    m.figures = figuresFromJson(s.text(14));
    m.noteEn = s.text(15);
    m.noteZh = s.text(16);
    m.nameEnInText = s.integer(17) != 0;
    return m;
}

const char *const CandidateColumns = "id, name_en, name_zh, acronym, kind, level, category, actor_en, actor_zh, date, "
                                     "source, status, measure_id";

MeasureCandidate candidateFrom(const Statement &s)
{
    MeasureCandidate c;
    c.id = s.int64(0);
    c.nameEn = s.text(1);
    c.nameZh = s.text(2);
    c.acronym = s.text(3);
    c.kind = s.text(4);
    c.level = levelFromCode(s.text(5)).value_or(FrameworkLevel::None);
    c.category = s.text(6);
    c.actorEn = s.text(7);
    c.actorZh = s.text(8);
    c.date = s.text(9);
    c.source = s.text(10);
    c.status = s.text(11);
    c.measureId = s.isNull(12) ? 0 : s.int64(12);
    return c;
}

UnitSpan spanFrom(const Statement &s, int column)
{
    return {s.integer(column), langFromCode(s.text(column + 1)).value_or(Lang::En), s.integer(column + 2),
            s.integer(column + 3), false};
}

} // namespace

MeasureStore::MeasureStore(Library &library)
    : m_db(library.database())
{}

QList<Measure> MeasureStore::measures(qint64 documentId) const
{
    Statement select(m_db, std::string("SELECT ") + MeasureColumns +
                               " FROM measures m WHERE m.document_id = ?1 ORDER BY m.position");
    select.bind(1, documentId);
    Statement mentions(m_db, "SELECT measure_id, unit_seq, lang, start, length FROM measure_mentions "
                             "WHERE document_id = ?1 ORDER BY measure_id, unit_seq, lang, start");
    mentions.bind(1, documentId);
    return storedrows::withSpans(
        select, measureFrom, mentions, [](const Statement &s) { return spanFrom(s, 1); }, &Measure::mentions);
}

std::optional<Measure> MeasureStore::measure(qint64 measureId) const
{
    Statement select(m_db, std::string("SELECT ") + MeasureColumns + " FROM measures m WHERE m.id = ?1");
    select.bind(1, measureId);
    if (!select.step())
        return std::nullopt;
    Measure m = measureFrom(select);
    Statement mentions(m_db, "SELECT unit_seq, lang, start, length FROM measure_mentions WHERE measure_id = ?1 "
                             "ORDER BY unit_seq, lang, start");
    mentions.bind(1, measureId);
    while (mentions.step())
        m.mentions.append(spanFrom(mentions, 0));
    return m;
}

QList<MeasureMention> MeasureStore::mentionsInUnit(qint64 documentId, int unitSeq) const
{
    QList<MeasureMention> list;
    Statement select(m_db, "SELECT measure_id, unit_seq, lang, start, length FROM measure_mentions "
                           "WHERE document_id = ?1 AND unit_seq = ?2 ORDER BY lang, start");
    select.bind(1, documentId).bind(2, unitSeq);
    while (select.step())
        list.append({select.int64(0), spanFrom(select, 1)});
    return list;
}

void MeasureStore::writeMentions(qint64 measureId, qint64 documentId, const QList<UnitSpan> &mentions)
{
    Statement(m_db, "DELETE FROM measure_mentions WHERE measure_id = ?1").bind(1, measureId).run();
    insertMentions(measureId, documentId, mentions);
}

void MeasureStore::insertMentions(qint64 measureId, qint64 documentId, const QList<UnitSpan> &mentions)
{
    Statement insert(m_db, "INSERT OR IGNORE INTO measure_mentions (measure_id, document_id, unit_seq, lang, start, "
                           "length) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const UnitSpan &span : mentions) {
        insert.bind(1, measureId).bind(2, documentId).bind(3, span.unitSeq).bind(4, langCode(span.lang));
        insert.bind(5, span.start).bind(6, span.length).run();
        insert.reset();
    }
}

QHash<QString, qint64> MeasureStore::replaceCurated(qint64 documentId, const QList<Measure> &measures)
{
    Transaction transaction(m_db);
    Statement(m_db, "DELETE FROM measures WHERE document_id = ?1 AND origin = 'curated'").bind(1, documentId).run();
    // Accepted measures keep their order, after the curated ones.
    {
        QList<qint64> accepted;
        Statement select(m_db, "SELECT id FROM measures WHERE document_id = ?1 ORDER BY position");
        select.bind(1, documentId);
        while (select.step())
            accepted.append(select.int64(0));
        Statement move(m_db, "UPDATE measures SET position = ?2 WHERE id = ?1");
        for (qsizetype k = 0; k < accepted.size(); ++k) {
            move.bind(1, accepted[k]).bind(2, qint64(measures.size() + k)).run();
            move.reset();
        }
    }
    Statement insert(m_db, "INSERT INTO measures (document_id, position, key, origin, name_en, name_zh, acronym, "
                           "aliases_en, aliases_zh, kind, actor_en, actor_zh, date, level, category, figures, "
                           "note_en, note_zh, name_en_in_text) VALUES (?1, ?2, ?3, 'curated', ?4, ?5, ?6, ?7, ?8, "
                           "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    QHash<QString, qint64> ids;
    // One prepared statement for every mention of every measure: new measures have none to delete.
    Statement insertMention(m_db, "INSERT OR IGNORE INTO measure_mentions (measure_id, document_id, unit_seq, lang, "
                                  "start, length) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (int i = 0; i < measures.size(); ++i) {
        const Measure &m = measures[i];
        insert.bind(1, documentId).bind(2, i).bind(3, m.key).bind(4, m.nameEn).bind(5, m.nameZh).bind(6, m.acronym);
        insert.bind(7, storedrows::toJson(m.aliasesEn))
            .bind(8, storedrows::toJson(m.aliasesZh))
            .bind(9, m.kind)
            .bind(10, m.actorEn);
        insert.bind(11, m.actorZh).bind(12, m.date).bind(13, levelCode(m.level)).bind(14, m.category);
        insert.bind(15, figuresJson(m.figures)).bind(16, m.noteEn).bind(17, m.noteZh).bind(18, m.nameEnInText ? 1 : 0);
        insert.run();
        insert.reset();
        const qint64 id = m_db.lastInsertRowId();
        ids.insert(m.key, id);
        for (const UnitSpan &span : m.mentions) {
            insertMention.bind(1, id).bind(2, documentId).bind(3, span.unitSeq).bind(4, langCode(span.lang));
            insertMention.bind(5, span.start).bind(6, span.length).run();
            insertMention.reset();
        }
    }
    transaction.commit();
    return ids;
}

QList<MeasureCandidate> MeasureStore::candidates(qint64 documentId, const QString &status) const
{
    Statement select(m_db, std::string("SELECT ") + CandidateColumns +
                               " FROM measure_candidates WHERE document_id = ?1 AND (?2 = '' OR status = ?2) "
                               "ORDER BY id");
    select.bind(1, documentId).bind(2, status.isNull() ? QStringLiteral("") : status);
    Statement mentions(m_db, "SELECT candidate_id, unit_seq, lang, start, length FROM candidate_mentions "
                             "WHERE document_id = ?1 ORDER BY candidate_id, unit_seq, lang, start");
    mentions.bind(1, documentId);
    return storedrows::withSpans(
        select, candidateFrom, mentions, [](const Statement &s) { return spanFrom(s, 1); },
        &MeasureCandidate::mentions);
}

std::optional<MeasureCandidate> MeasureStore::candidate(qint64 candidateId) const
{
    Statement select(m_db, std::string("SELECT ") + CandidateColumns + " FROM measure_candidates WHERE id = ?1");
    select.bind(1, candidateId);
    if (!select.step())
        return std::nullopt;
    MeasureCandidate c = candidateFrom(select);
    Statement mentions(m_db, "SELECT unit_seq, lang, start, length FROM candidate_mentions WHERE candidate_id = ?1 "
                             "ORDER BY unit_seq, lang, start");
    mentions.bind(1, candidateId);
    while (mentions.step())
        c.mentions.append(spanFrom(mentions, 0));
    return c;
}

MeasureCandidate MeasureStore::requireCandidate(qint64 candidateId) const
{
    const std::optional<MeasureCandidate> c = candidate(candidateId);
    if (!c) {
        throw Error(Error::Kind::Usage,
                    QStringLiteral("there is no measure candidate %1 (see: duizhao-cli measures --candidates)")
                        .arg(candidateId));
    }
    return *c;
}

void MeasureStore::storeCandidates(qint64 documentId, const QList<MeasureCandidate> &found)
{
    Transaction transaction(m_db);
    QHash<QString, qint64> existing;
    {
        Statement select(m_db, "SELECT match_key, id FROM measure_candidates WHERE document_id = ?1");
        select.bind(1, documentId);
        while (select.step())
            existing.insert(select.text(0), select.int64(1));
    }
    Statement insert(m_db, "INSERT INTO measure_candidates (document_id, match_key, name_en, name_zh, acronym, kind, "
                           "level, category, actor_en, actor_zh, date, source) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    Statement clearMentions(m_db, "DELETE FROM candidate_mentions WHERE candidate_id = ?1");
    Statement insertMention(m_db, "INSERT OR IGNORE INTO candidate_mentions (candidate_id, document_id, unit_seq, "
                                  "lang, start, length) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    QSet<QString> seen;
    for (const MeasureCandidate &c : found) {
        const QString key = matchKeyOf(c);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        qint64 id = existing.value(key);
        if (id == 0) {
            insert.bind(1, documentId).bind(2, key).bind(3, c.nameEn).bind(4, c.nameZh).bind(5, c.acronym);
            insert.bind(6, c.kind).bind(7, levelCode(c.level)).bind(8, c.category).bind(9, c.actorEn);
            insert.bind(10, c.actorZh).bind(11, c.date).bind(12, c.source).run();
            insert.reset();
            id = m_db.lastInsertRowId();
        } else {
            clearMentions.bind(1, id).run();
            clearMentions.reset();
        }
        for (const UnitSpan &span : c.mentions) {
            insertMention.bind(1, id).bind(2, documentId).bind(3, span.unitSeq).bind(4, langCode(span.lang));
            insertMention.bind(5, span.start).bind(6, span.length).run();
            insertMention.reset();
        }
    }
    Statement remove(m_db, "DELETE FROM measure_candidates WHERE id = ?1 AND status = 'proposed'");
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (!seen.contains(it.key())) {
            remove.bind(1, it.value()).run();
            remove.reset();
        }
    }
    transaction.commit();
}

QList<Unit> MeasureStore::unitsOf(qint64 documentId) const
{
    QList<Unit> units;
    Statement select(m_db, "SELECT seq, en, zh FROM units WHERE document_id = ?1 ORDER BY seq");
    select.bind(1, documentId);
    while (select.step()) {
        Unit unit;
        unit.seq = select.integer(0);
        unit.en = select.text(1);
        unit.zh = select.text(2);
        units.append(unit);
    }
    return units;
}

qint64 MeasureStore::accept(qint64 candidateId)
{
    const MeasureCandidate c = requireCandidate(candidateId);
    if (c.status == u"accepted" && c.measureId > 0)
        return c.measureId;
    if (c.nameEn.isEmpty() && c.nameZh.isEmpty())
        throw Error(Error::Kind::Usage,
                    QStringLiteral("candidate %1 has no name; give it one with measures edit first").arg(candidateId));
    Statement documentOf(m_db, "SELECT document_id FROM measure_candidates WHERE id = ?1");
    documentOf.bind(1, candidateId).step();
    const qint64 documentId = documentOf.int64(0);

    Transaction transaction(m_db);
    Measure m;
    m.key = QStringLiteral("accepted-%1-%2").arg(candidateId).arg(slug(c.nameEn.isEmpty() ? c.acronym : c.nameEn));
    if (m.key.endsWith(u'-'))
        m.key.chop(1);
    m.origin = QStringLiteral("candidate");
    m.nameEn = c.nameEn;
    m.nameZh = c.nameZh;
    m.acronym = c.acronym;
    m.kind = c.kind;
    m.level = c.level;
    m.category = c.category;
    m.actorEn = c.actorEn;
    m.actorZh = c.actorZh;
    m.date = c.date;
    m.nameEnInText = !c.nameEn.isEmpty();
    m.mentions = FrameworkLinker::findMentions(m, unitsOf(documentId));
    if (m.mentions.isEmpty())
        m.mentions = c.mentions;

    Statement position(m_db, "SELECT coalesce(max(position), -1) + 1 FROM measures WHERE document_id = ?1");
    position.bind(1, documentId).step();
    Statement insert(m_db, "INSERT INTO measures (document_id, position, key, origin, name_en, name_zh, acronym, "
                           "aliases_en, aliases_zh, kind, actor_en, actor_zh, date, level, category, figures, "
                           "note_en, note_zh, name_en_in_text) VALUES (?1, ?2, ?3, 'candidate', ?4, ?5, ?6, '[]', "
                           "'[]', ?7, ?8, ?9, ?10, ?11, ?12, '[]', '', '', ?13)");
    insert.bind(1, documentId).bind(2, position.int64(0)).bind(3, m.key).bind(4, m.nameEn).bind(5, m.nameZh);
    insert.bind(6, m.acronym).bind(7, m.kind).bind(8, m.actorEn).bind(9, m.actorZh).bind(10, m.date);
    insert.bind(11, levelCode(m.level)).bind(12, m.category).bind(13, m.nameEnInText ? 1 : 0).run();
    const qint64 measureId = m_db.lastInsertRowId();
    writeMentions(measureId, documentId, m.mentions);
    Statement update(m_db, "UPDATE measure_candidates SET status = 'accepted', measure_id = ?2 WHERE id = ?1");
    update.bind(1, candidateId).bind(2, measureId).run();
    transaction.commit();
    return measureId;
}

void MeasureStore::reject(qint64 candidateId)
{
    const MeasureCandidate c = requireCandidate(candidateId);
    Transaction transaction(m_db);
    // A rejected candidate is no measure: if it had been accepted, its measure goes.
    if (c.measureId > 0)
        Statement(m_db, "DELETE FROM measures WHERE id = ?1 AND origin = 'candidate'").bind(1, c.measureId).run();
    Statement update(m_db, "UPDATE measure_candidates SET status = 'rejected', measure_id = NULL WHERE id = ?1");
    update.bind(1, candidateId).run();
    transaction.commit();
}

void MeasureStore::edit(qint64 candidateId, const CandidateEdit &edit)
{
    MeasureCandidate c = requireCandidate(candidateId);
    if (edit.kind && !edit.kind->isEmpty() && !FrameworkDataReader::measureKinds().contains(*edit.kind)) {
        throw Error(Error::Kind::Usage, QStringLiteral("the kind \"%1\" must be one of %2")
                                            .arg(*edit.kind, FrameworkDataReader::measureKinds().join(u'|')));
    }
    if (edit.date)
        checkDate(*edit.date);
    c.nameEn = edit.nameEn.value_or(c.nameEn).trimmed();
    c.nameZh = edit.nameZh.value_or(c.nameZh).trimmed();
    c.acronym = edit.acronym.value_or(c.acronym).trimmed();
    c.kind = edit.kind.value_or(c.kind);
    c.level = edit.level.value_or(c.level);
    c.category = edit.category.value_or(c.category);
    c.actorEn = edit.actorEn.value_or(c.actorEn);
    c.actorZh = edit.actorZh.value_or(c.actorZh);
    c.date = edit.date.value_or(c.date);
    if (c.nameEn.isEmpty() && c.nameZh.isEmpty())
        throw Error(Error::Kind::Usage, QStringLiteral("a measure needs a name in at least one language"));

    Transaction transaction(m_db);
    Statement update(m_db, "UPDATE measure_candidates SET name_en = ?2, name_zh = ?3, acronym = ?4, kind = ?5, "
                           "level = ?6, category = ?7, actor_en = ?8, actor_zh = ?9, date = ?10 WHERE id = ?1");
    update.bind(1, candidateId).bind(2, c.nameEn).bind(3, c.nameZh).bind(4, c.acronym).bind(5, c.kind);
    update.bind(6, levelCode(c.level)).bind(7, c.category).bind(8, c.actorEn).bind(9, c.actorZh).bind(10, c.date).run();
    if (c.measureId > 0) {
        std::optional<Measure> m = measure(c.measureId);
        if (m) {
            Statement updateMeasure(m_db, "UPDATE measures SET name_en = ?2, name_zh = ?3, acronym = ?4, kind = ?5, "
                                          "level = ?6, category = ?7, actor_en = ?8, actor_zh = ?9, date = ?10, "
                                          "name_en_in_text = ?11 WHERE id = ?1");
            updateMeasure.bind(1, c.measureId).bind(2, c.nameEn).bind(3, c.nameZh).bind(4, c.acronym).bind(5, c.kind);
            updateMeasure.bind(6, levelCode(c.level)).bind(7, c.category).bind(8, c.actorEn).bind(9, c.actorZh);
            updateMeasure.bind(10, c.date).bind(11, c.nameEn.isEmpty() ? 0 : 1).run();
            m->nameEn = c.nameEn;
            m->nameZh = c.nameZh;
            m->acronym = c.acronym;
            Statement documentOf(m_db, "SELECT document_id FROM measures WHERE id = ?1");
            documentOf.bind(1, c.measureId).step();
            const qint64 documentId = documentOf.int64(0);
            writeMentions(c.measureId, documentId, FrameworkLinker::findMentions(*m, unitsOf(documentId)));
        }
    }
    transaction.commit();
}

} // namespace duizhao
