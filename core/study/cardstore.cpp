#include "cardstore.h"

#include "error.h"
#include "framework/storedrows.h"
#include "library/library.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "study/deckbuilder.h"
#include "study/studysource.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace duizhao {

namespace {

// %1 is the card's text (prompt, hint, answer, english, chinese, details), or NULLs when only the
// schedules are wanted (the queue, the statistics).
constexpr const char *CardColumns =
    "SELECT c.id, c.document_id, c.deck, c.kind, c.key, c.direction, c.content_hash, c.tags, c.level, "
    "c.created_at, c.updated_at, c.suspended, m.phase, m.step, m.stability, m.difficulty, m.due, m.last_review, "
    "m.reps, m.lapses, %1 FROM study_cards c LEFT JOIN study_memory m ON m.card_id = c.id ";

// Times are stored as UTC ISO 8601 to the second, the form every other table uses: text that sorts
// in time order.
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// Reads what timeText() wrote ("2025-03-01T09:00:00Z") without QDateTime's general ISO parser, which
// costs more than the rest of loading a card; anything else goes to that parser.
QDateTime timeFrom(const QByteArray &text)
{
    const char *t = text.constData();
    auto digits = [&](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            value = value * 10 + (t[i] - '0');
        }
        return value;
    };
    if (text.size() == 20 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[16] == ':' &&
        t[19] == 'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(QString::fromUtf8(text), Qt::ISODate);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

QStringList stringsFrom(const QByteArray &json)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
        list.append(value.toString());
    return list;
}

QDateTime toSecond(const QDateTime &time)
{
    QDateTime utc = time.toUTC();
    return utc.addMSecs(-utc.time().msec());
}

QString directionCode(CardDirection direction)
{
    switch (direction) {
    case CardDirection::EnToZh:
        return QStringLiteral("en-zh");
    case CardDirection::ZhToEn:
        return QStringLiteral("zh-en");
    case CardDirection::None:
        break;
    }
    return QStringLiteral("");
}

CardDirection directionFrom(QStringView code)
{
    if (code == u"en-zh")
        return CardDirection::EnToZh;
    if (code == u"zh-en")
        return CardDirection::ZhToEn;
    return CardDirection::None;
}

// Columns 20-25 are the card's text, or NULL when only schedules were asked for.
StudyCard cardFrom(const Statement &row)
{
    StudyCard card;
    card.id = row.int64(0);
    card.documentId = row.int64(1);
    card.deck = deckFromCode(row.text(2)).value_or(StudyDeck::Terms);
    card.kind = row.text(3);
    card.key = row.text(4);
    card.direction = directionFrom(row.text(5));
    card.contentHash = row.blob(6);
    card.tags = stringsFrom(row.blob(7));
    card.level = levelFromCode(row.text(8)).value_or(FrameworkLevel::None);
    card.created = timeFrom(row.blob(9));
    card.updated = timeFrom(row.blob(10));
    card.suspension = suspensionFromCode(row.text(11));
    if (!row.isNull(12)) {
        CardSchedule &s = card.schedule;
        s.phase = phaseFromCode(row.text(12)).value_or(CardPhase::Learning);
        s.step = row.integer(13);
        s.memory = MemoryState{row.real(14), row.real(15)};
        s.due = timeFrom(row.blob(16));
        s.lastReview = timeFrom(row.blob(17));
        s.reps = row.integer(18);
        s.lapses = row.integer(19);
    }
    if (!row.isNull(20)) {
        card.prompt = row.text(20);
        card.hint = row.text(21);
        card.answer = row.text(22);
        card.english = row.text(23);
        card.chinese = row.text(24);
        card.details = row.text(25);
    }
    return card;
}

ReviewRecord reviewFrom(const Statement &row)
{
    ReviewRecord r;
    r.id = row.int64(0);
    r.cardId = row.int64(1);
    r.at = timeFrom(row.blob(2));
    r.rating = Rating(std::clamp(row.integer(3), 1, 4));
    r.elapsedDays = row.integer(4);
    r.before.phase = phaseFromCode(row.text(5)).value_or(CardPhase::New);
    if (!row.isNull(6))
        r.before.memory = MemoryState{row.real(6), row.real(7)};
    if (!row.isNull(8))
        r.before.due = timeFrom(row.blob(8));
    r.after.phase = phaseFromCode(row.text(9)).value_or(CardPhase::Review);
    r.after.memory = MemoryState{row.real(10), row.real(11)};
    r.after.due = timeFrom(row.blob(12));
    r.after.lastReview = r.at;
    return r;
}

constexpr const char *ReviewColumns =
    "SELECT r.id, r.card_id, r.reviewed_at, r.rating, r.elapsed_days, r.phase_before, r.stability_before, "
    "r.difficulty_before, r.due_before, r.phase_after, r.stability_after, r.difficulty_after, r.due_after "
    "FROM study_reviews r ";

} // namespace

CardStore::CardStore(Library &library)
    : m_library(library)
    , m_db(library.database())
{}

SyncResult CardStore::refresh(qint64 documentId, const QDateTime &now)
{
    return sync(documentId, DeckBuilder::build(StudySource::load(m_library, documentId)), now);
}

void CardStore::writeUnits(const StudyCard &card, qint64 id)
{
    Statement units(m_db, "INSERT INTO study_card_units (card_id, document_id, unit_seq) VALUES (?1, ?2, ?3)");
    for (int seq : card.units) {
        units.bind(1, id).bind(2, card.documentId).bind(3, seq);
        units.run();
        units.reset();
    }
}

SyncResult CardStore::sync(qint64 documentId, const QList<StudyCard> &built, const QDateTime &now)
{
    struct Known
    {
        qint64 id;
        QByteArray hash;
        Suspension suspension;
    };
    QHash<QString, Known> known;
    {
        Statement s(m_db, "SELECT id, key, content_hash, suspended FROM study_cards WHERE document_id = ?1");
        s.bind(1, documentId);
        while (s.step())
            known.insert(s.text(1), {s.int64(0), s.text(2).toLatin1(), suspensionFromCode(s.text(3))});
    }

    SyncResult result;
    QList<const StudyCard *> added;
    QList<QPair<const StudyCard *, Known>> changed;
    QList<qint64> returned;
    QSet<QString> builtKeys;
    for (const StudyCard &card : built) {
        builtKeys.insert(card.key);
        const auto it = known.constFind(card.key);
        if (it == known.cend()) {
            added.append(&card);
            continue;
        }
        if (it->suspension == Suspension::Gone)
            returned.append(it->id);
        if (it->hash != card.contentHash)
            changed.append({&card, *it});
        else
            ++result.unchanged;
    }
    QList<qint64> gone;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!builtKeys.contains(it.key()) && it->suspension != Suspension::Gone)
            gone.append(it->id);
    }
    result.added = int(added.size());
    result.changed = int(changed.size());
    result.returned = int(returned.size());
    result.gone = int(gone.size());
    if (!result.wrote() || m_library.isReadOnly())
        return result;

    const QString stamp = timeText(now);
    Transaction transaction(m_db);
    // Parameters 2-13 are the card's content, the same in both statements.
    auto bindContent = [](Statement &s, const StudyCard &card) {
        s.bind(2, deckCode(card.deck))
            .bind(3, card.kind)
            .bind(4, directionCode(card.direction))
            .bind(5, QString::fromLatin1(card.contentHash));
        int index = 6;
        for (const QString *text :
             {&card.prompt, &card.hint, &card.answer, &card.english, &card.chinese, &card.details})
            s.bind(index++, text->isNull() ? QStringLiteral("") : *text); // NOT NULL columns: never bind a null
        s.bind(12, storedrows::toJson(card.tags)).bind(13, levelCode(card.level));
    };
    Statement insert(m_db, "INSERT INTO study_cards (document_id, deck, kind, direction, content_hash, prompt, hint, "
                           "answer, english, chinese, details, tags, level, key, created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)");
    for (const StudyCard *card : added) {
        insert.bind(1, documentId);
        bindContent(insert, *card);
        insert.bind(14, card->key).bind(15, stamp);
        insert.run();
        insert.reset();
        writeUnits(*card, m_db.lastInsertRowId());
    }
    Statement update(m_db, "UPDATE study_cards SET deck = ?2, kind = ?3, direction = ?4, content_hash = ?5, "
                           "prompt = ?6, hint = ?7, answer = ?8, english = ?9, chinese = ?10, details = ?11, "
                           "tags = ?12, level = ?13, updated_at = ?14 WHERE id = ?1");
    Statement clearUnits(m_db, "DELETE FROM study_card_units WHERE card_id = ?1");
    for (const auto &[card, was] : changed) {
        update.bind(1, was.id);
        bindContent(update, *card);
        update.bind(14, stamp);
        update.run();
        update.reset();
        clearUnits.bind(1, was.id);
        clearUnits.run();
        clearUnits.reset();
        writeUnits(*card, was.id);
    }
    Statement suspend(m_db, "UPDATE study_cards SET suspended = ?2 WHERE id = ?1");
    for (qint64 id : returned) {
        suspend.bind(1, id).bind(2, suspensionCode(Suspension::None));
        suspend.run();
        suspend.reset();
    }
    for (qint64 id : gone) {
        suspend.bind(1, id).bind(2, suspensionCode(Suspension::Gone));
        suspend.run();
        suspend.reset();
    }
    transaction.commit();
    return result;
}

QList<StudyCard> CardStore::select(const QString &where, std::optional<qint64> value, Content content) const
{
    const QString columns = QString::fromLatin1(CardColumns)
                                .arg(content == Content::Full
                                         ? QStringLiteral("c.prompt, c.hint, c.answer, c.english, c.chinese, c.details")
                                         : QStringLiteral("NULL, NULL, NULL, NULL, NULL, NULL"));
    Statement rows(m_db, QString(columns + where + QStringLiteral(" ORDER BY c.id")).toStdString());
    if (value)
        rows.bind(1, *value);
    QList<StudyCard> cards;
    QHash<qint64, qsizetype> index;
    while (rows.step()) {
        index.insert(rows.int64(0), cards.size());
        cards.append(cardFrom(rows));
    }
    const QString unitsSql = QStringLiteral("SELECT u.card_id, u.unit_seq FROM study_card_units u JOIN study_cards c "
                                            "ON c.id = u.card_id ") +
                             where + QStringLiteral(" ORDER BY u.card_id, u.unit_seq");
    Statement units(m_db, unitsSql.toStdString());
    if (value)
        units.bind(1, *value);
    while (units.step()) {
        const auto it = index.constFind(units.int64(0));
        if (it != index.cend())
            cards[*it].units.append(units.integer(1));
    }
    return cards;
}

QList<StudyCard> CardStore::cards(qint64 documentId, const CardFilter &filter) const
{
    QList<StudyCard> all = select(QStringLiteral("WHERE c.document_id = ?1"), documentId, Content::Full);
    all.removeIf([&](const StudyCard &card) { return !filter.accepts(card); });
    return all;
}

QList<StudyCard> CardStore::schedules(qint64 documentId, const CardFilter &filter) const
{
    QList<StudyCard> all = select(QStringLiteral("WHERE c.document_id = ?1"), documentId, Content::Schedule);
    all.removeIf([&](const StudyCard &card) { return !filter.accepts(card); });
    return all;
}

QList<StudyCard> CardStore::cards(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList numbers;
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    const QList<StudyCard> found =
        select(QStringLiteral("WHERE c.id IN (%1)").arg(numbers.join(u',')), std::nullopt, Content::Full);
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < found.size(); ++i)
        index.insert(found[i].id, i);
    QList<StudyCard> ordered;
    for (qint64 id : ids) {
        const auto it = index.constFind(id);
        if (it != index.cend())
            ordered.append(found[*it]);
    }
    return ordered;
}

std::optional<StudyCard> CardStore::card(qint64 cardId) const
{
    const QList<StudyCard> found = select(QStringLiteral("WHERE c.id = ?1"), cardId, Content::Full);
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

StudyCard CardStore::requireCard(qint64 cardId) const
{
    const std::optional<StudyCard> found = card(cardId);
    if (!found) {
        throw Error(Error::Kind::Usage,
                    QStringLiteral("there is no card %1 in the library (see: duizhao-cli study cards)").arg(cardId),
                    m_library.path());
    }
    return *found;
}

StudyQueue CardStore::queue(qint64 documentId, const QDateTime &now, const CardFilter &filter) const
{
    const StudySettings limits = settings(documentId);
    const QDateTime dayStart = studyDayStart(now);
    const QDateTime dayEnd = dayStart.addDays(1);

    // What today's sessions have used of the limits: new cards introduced and cards answered (answers
    // in the same-day steps are not counted: a card being learnt is always finished).
    int newToday = 0;
    int answeredToday = 0;
    {
        Statement s(m_db, "SELECT r.phase_before, count(*) FROM study_reviews r JOIN study_cards c ON c.id = r.card_id "
                          "WHERE c.document_id = ?1 AND r.reviewed_at >= ?2 GROUP BY r.phase_before");
        s.bind(1, documentId).bind(2, timeText(dayStart));
        while (s.step()) {
            if (s.text(0) == u"new") {
                newToday += s.integer(1);
                answeredToday += s.integer(1);
            } else if (s.text(0) == u"review") {
                answeredToday += s.integer(1);
            }
        }
    }

    CardFilter active = filter;
    active.includeSuspended = false;
    QList<StudyCard> learning, reviews, fresh;
    for (StudyCard &card : schedules(documentId, active)) {
        const CardSchedule &s = card.schedule;
        if (s.phase == CardPhase::New)
            fresh.append(std::move(card));
        else if (s.phase == CardPhase::Review && s.due < dayEnd)
            reviews.append(std::move(card));
        else if ((s.phase == CardPhase::Learning || s.phase == CardPhase::Relearning) && s.due <= now)
            learning.append(std::move(card));
    }
    auto byDue = [](const StudyCard &a, const StudyCard &b) {
        return a.schedule.due != b.schedule.due ? a.schedule.due < b.schedule.due : a.id < b.id;
    };
    std::sort(learning.begin(), learning.end(), byDue);
    std::sort(reviews.begin(), reviews.end(), byDue);

    int remaining = std::max(0, limits.dailyLimit - answeredToday);
    reviews = reviews.mid(0, std::min<qsizetype>(reviews.size(), remaining));
    remaining -= int(reviews.size());
    const int newAllowance = std::max(0, std::min(limits.newPerDay - newToday, remaining));
    fresh = fresh.mid(0, std::min<qsizetype>(fresh.size(), newAllowance));

    StudyQueue queue;
    queue.learning = int(learning.size());
    queue.review = int(reviews.size());
    queue.fresh = int(fresh.size());
    queue.cards = learning + reviews + fresh;
    return queue;
}

std::optional<StudyCard> CardStore::next(qint64 documentId, const QDateTime &now, const CardFilter &filter) const
{
    const StudyQueue session = queue(documentId, now, filter);
    if (session.cards.isEmpty())
        return std::nullopt;
    return card(session.cards.front().id);
}

quint64 CardStore::fuzzSeed(qint64 cardId, int reps)
{
    return (quint64(cardId) << 24) ^ quint64(reps + 1) * 0x9E3779B97F4A7C15ull;
}

ReviewRecord CardStore::review(qint64 cardId, Rating rating, const QDateTime &at)
{
    const StudyCard card = requireCard(cardId);
    if (card.suspension != Suspension::None) {
        throw Error(
            Error::Kind::Usage,
            card.suspension == Suspension::Gone
                ? QStringLiteral("card %1 is suspended: what it was made of is no longer in the data").arg(cardId)
                : QStringLiteral("card %1 is suspended").arg(cardId),
            m_library.path());
    }
    const QDateTime when = toSecond(at);
    const CardSchedule &before = card.schedule;
    if (before.lastReview.isValid() && when < before.lastReview) {
        throw Error(Error::Kind::Usage,
                    QStringLiteral("card %1 was last reviewed at %2; a review at %3 cannot come before it")
                        .arg(QString::number(cardId), timeText(before.lastReview), timeText(when)),
                    m_library.path());
    }
    const CardSchedule after = scheduler(card.documentId).review(before, rating, when, fuzzSeed(cardId, before.reps));

    ReviewRecord record;
    record.cardId = cardId;
    record.at = when;
    record.rating = rating;
    record.elapsedDays = before.lastReview.isValid() ? Scheduler::elapsedDays(before.lastReview, when) : 0;
    record.before = before;
    record.after = after;

    Transaction transaction(m_db);
    Statement memory(m_db, "INSERT OR REPLACE INTO study_memory (card_id, phase, step, stability, difficulty, due, "
                           "last_review, reps, lapses) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    memory.bind(1, cardId)
        .bind(2, phaseCode(after.phase))
        .bind(3, after.step)
        .bind(4, after.memory->stability)
        .bind(5, after.memory->difficulty)
        .bind(6, timeText(after.due))
        .bind(7, timeText(after.lastReview))
        .bind(8, after.reps)
        .bind(9, after.lapses);
    memory.run();
    Statement log(m_db, "INSERT INTO study_reviews (card_id, reviewed_at, rating, elapsed_days, phase_before, "
                        "stability_before, difficulty_before, due_before, phase_after, stability_after, "
                        "difficulty_after, due_after) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    log.bind(1, cardId).bind(2, timeText(when)).bind(3, int(rating)).bind(4, record.elapsedDays);
    log.bind(5, phaseCode(before.phase));
    if (before.memory)
        log.bind(6, before.memory->stability).bind(7, before.memory->difficulty);
    else
        log.bindNull(6).bindNull(7);
    if (before.due.isValid())
        log.bind(8, timeText(before.due));
    else
        log.bindNull(8);
    log.bind(9, phaseCode(after.phase))
        .bind(10, after.memory->stability)
        .bind(11, after.memory->difficulty)
        .bind(12, timeText(after.due));
    log.run();
    record.id = m_db.lastInsertRowId();
    transaction.commit();
    return record;
}

QList<ReviewRecord> CardStore::reviews(qint64 cardId) const
{
    Statement s(m_db, std::string(ReviewColumns) + "WHERE r.card_id = ?1 ORDER BY r.reviewed_at, r.id");
    s.bind(1, cardId);
    QList<ReviewRecord> list;
    while (s.step())
        list.append(reviewFrom(s));
    return list;
}

QList<ReviewRecord> CardStore::reviewsSince(qint64 documentId, const QDateTime &from) const
{
    Statement s(m_db, std::string(ReviewColumns) + "JOIN study_cards c ON c.id = r.card_id "
                                                   "WHERE c.document_id = ?1 AND r.reviewed_at >= ?2 "
                                                   "ORDER BY r.reviewed_at, r.id");
    s.bind(1, documentId).bind(2, timeText(from));
    QList<ReviewRecord> list;
    while (s.step())
        list.append(reviewFrom(s));
    return list;
}

void CardStore::setSuspended(qint64 cardId, bool suspended)
{
    const StudyCard card = requireCard(cardId);
    if (card.suspension == Suspension::Gone)
        return; // its data decides: it returns when the data does
    Transaction transaction(m_db);
    Statement s(m_db, "UPDATE study_cards SET suspended = ?2 WHERE id = ?1");
    s.bind(1, cardId).bind(2, suspensionCode(suspended ? Suspension::User : Suspension::None));
    s.run();
    transaction.commit();
}

StudySettings CardStore::settings(qint64 documentId) const
{
    StudySettings settings;
    Statement s(m_db, "SELECT desired_retention, new_per_day, daily_limit FROM study_settings WHERE document_id = ?1");
    s.bind(1, documentId);
    if (s.step()) {
        settings.desiredRetention = s.real(0);
        settings.newPerDay = s.integer(1);
        settings.dailyLimit = s.integer(2);
    }
    return settings;
}

void CardStore::setSettings(qint64 documentId, const StudySettings &settings)
{
    if (!(settings.desiredRetention >= StudySettings::MinRetention &&
          settings.desiredRetention <= StudySettings::MaxRetention)) {
        throw Error(Error::Kind::Usage, QStringLiteral("the desired retention must be from %1 to %2, not %3")
                                            .arg(StudySettings::MinRetention)
                                            .arg(StudySettings::MaxRetention)
                                            .arg(settings.desiredRetention));
    }
    for (const auto &[value, what] :
         {std::pair{settings.newPerDay, "new cards per day"}, std::pair{settings.dailyLimit, "the daily limit"}}) {
        if (value < 0 || value > StudySettings::MaxPerDay)
            throw Error(Error::Kind::Usage, QStringLiteral("%1 must be from 0 to %2, not %3")
                                                .arg(QString::fromLatin1(what))
                                                .arg(StudySettings::MaxPerDay)
                                                .arg(value));
    }
    if (!m_library.document(documentId))
        throw Error(Error::Kind::Usage, QStringLiteral("there is no document %1 in the library").arg(documentId));
    Transaction transaction(m_db);
    Statement s(m_db,
                "INSERT OR REPLACE INTO study_settings (document_id, desired_retention, new_per_day, daily_limit) "
                "VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, documentId).bind(2, settings.desiredRetention).bind(3, settings.newPerDay).bind(4, settings.dailyLimit);
    s.run();
    transaction.commit();
}

Scheduler CardStore::scheduler(qint64 documentId) const
{
    SchedulerOptions options;
    options.desiredRetention = settings(documentId).desiredRetention;
    return Scheduler(options);
}

} // namespace duizhao
