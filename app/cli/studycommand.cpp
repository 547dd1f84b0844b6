#include "studycommand.h"

#include "error.h"
#include "study/cardstore.h"
#include "study/studyexport.h"
#include "study/studystatistics.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace duizhao::cli {

namespace {

using namespace Qt::Literals::StringLiterals;

QString option(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QString::fromLatin1(name));
}

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QString::fromLatin1(name));
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue rounded(double value, int places = 4)
{
    const double scale = std::pow(10.0, places);
    return std::round(value * scale) / scale;
}

QJsonArray unitsJson(const QList<int> &units)
{
    QJsonArray array;
    for (int seq : units)
        array.append(seq);
    return array;
}

QJsonObject scheduleJson(const CardSchedule &s)
{
    return {{u"phase"_s, phaseCode(s.phase)},
            {u"due"_s, timeJson(s.due)},
            {u"stability"_s, s.memory ? rounded(s.memory->stability) : QJsonValue()},
            {u"difficulty"_s, s.memory ? rounded(s.memory->difficulty) : QJsonValue()}};
}

QJsonObject cardJson(const StudyCard &c)
{
    QJsonObject o = scheduleJson(c.schedule);
    o.insert(u"id"_s, c.id);
    o.insert(u"deck"_s, deckCode(c.deck));
    o.insert(u"kind"_s, c.kind);
    o.insert(u"key"_s, c.key);
    o.insert(u"prompt"_s, c.prompt);
    o.insert(u"hint"_s, c.hint);
    o.insert(u"answer"_s, c.answer);
    o.insert(u"english"_s, c.english);
    o.insert(u"chinese"_s, c.chinese);
    o.insert(u"details"_s, c.details);
    o.insert(u"units"_s, unitsJson(c.units));
    o.insert(u"tags"_s, QJsonArray::fromStringList(c.tags));
    o.insert(u"level"_s, levelCode(c.level));
    o.insert(u"suspended"_s,
             suspensionCode(c.suspension).isEmpty() ? QJsonValue(false) : QJsonValue(suspensionCode(c.suspension)));
    o.insert(u"reps"_s, c.schedule.reps);
    o.insert(u"lapses"_s, c.schedule.lapses);
    // Its content changed since it was last answered (a reworded definition, an edited note).
    o.insert(u"changed"_s, c.schedule.lastReview.isValid() && c.updated > c.schedule.lastReview);
    return o;
}

QJsonObject deckJson(const DeckSummary &d)
{
    return {{u"deck"_s, deckCode(d.deck)},
            {u"name_en"_s, deckName(d.deck, Lang::En)},
            {u"name_zh"_s, deckName(d.deck, Lang::Zh)},
            {u"total"_s, d.total},
            {u"new"_s, d.fresh},
            {u"learning"_s, d.learning},
            {u"young"_s, d.young},
            {u"mature"_s, d.mature},
            {u"due"_s, d.due},
            {u"suspended"_s, d.suspended}};
}

// One line of a card: the question flattened and shortened, then the answer.
QString line(const QString &text, int width)
{
    QString flat = text.simplified();
    if (flat.size() > width)
        flat = flat.left(width - 1) + u'…';
    return flat;
}

QDateTime timeOption(const QCommandLineParser &parser)
{
    if (!isSet(parser, "at"))
        return QDateTime::currentDateTimeUtc();
    const QString text = option(parser, "at");
    // With no zone, the time is local, as a user reading a clock means it.
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        throw Error(Error::Kind::Usage,
                    Command::tr("--at must be an ISO 8601 time such as 2025-03-01T09:30:00Z, not \"%1\"").arg(text));
    }
    return at.toUTC();
}

// The value of a --name option that must be one of the codes `code` gives `values`.
template<typename T>
std::optional<T> codeOption(const QCommandLineParser &parser, const char *name, const QList<T> &values,
                            QString (*code)(T))
{
    if (!isSet(parser, name))
        return std::nullopt;
    const QString given = option(parser, name);
    QStringList codes;
    for (T value : values) {
        if (code(value) == given)
            return value;
        codes.append(code(value));
    }
    throw Error(
        Error::Kind::Usage,
        Command::tr("--%1 must be one of %2, not \"%3\"").arg(QString::fromLatin1(name), codes.join(u'|'), given));
}

CardFilter filterOption(const QCommandLineParser &parser)
{
    CardFilter filter;
    filter.deck = codeOption(parser, "deck", allDecks(), &deckCode);
    filter.level =
        codeOption(parser, "level", frameworkLevels() + QList<FrameworkLevel>{FrameworkLevel::None}, &levelCode);
    filter.tag = option(parser, "tag");
    return filter;
}

qint64 positiveId(const QCommandLineParser &parser, const char *name)
{
    bool ok = false;
    const qint64 id = option(parser, name).toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(Error::Kind::Usage, Command::tr("--%1 needs a card ID (see: duizhao-cli study cards), not \"%2\"")
                                            .arg(QString::fromLatin1(name), option(parser, name)));
    return id;
}

// Regenerates the paper's cards, unless the library is read-only (then what is stored is shown).
void refresh(CardStore &store, qint64 doc)
{
    if (!store.library().isReadOnly())
        store.refresh(doc);
}

void printCards(CommandContext &context, const QList<StudyCard> &cards)
{
    for (const StudyCard &c : cards) {
        const QString due = c.schedule.due.isValid() ? c.schedule.due.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                                                     : Command::tr("new");
        context.out() << QStringLiteral("%1  %2  %3  %4  %5  →  %6")
                             .arg(QString::number(c.id).rightJustified(5), deckCode(c.deck).leftJustified(9),
                                  phaseCode(c.schedule.phase).leftJustified(10), due.leftJustified(16),
                                  line(c.prompt, 60), line(c.answer, 40))
                      << Qt::endl;
    }
}

int decks(CommandContext &context, CardStore &store, qint64 doc, const QDateTime &now)
{
    const StudyProgress progress = StudyStatistics::compute(store, doc, now);
    if (context.json()) {
        QJsonArray array;
        for (const DeckSummary &d : progress.decks)
            array.append(deckJson(d));
        context.printJson(array);
        return 0;
    }
    context.out() << Command::tr("deck        cards    new  learning  young  mature  due today  suspended") << Qt::endl;
    for (const DeckSummary &d : progress.decks) {
        context.out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9")
                             .arg(deckCode(d.deck).leftJustified(10))
                             .arg(d.total, 6)
                             .arg(d.fresh, 6)
                             .arg(d.learning, 9)
                             .arg(d.young, 6)
                             .arg(d.mature, 7)
                             .arg(d.due, 10)
                             .arg(d.suspended, 10)
                             .arg(deckName(d.deck, Lang::En) + u" · "_s + deckName(d.deck, Lang::Zh))
                      << Qt::endl;
    }
    return 0;
}

int review(CommandContext &context, const QCommandLineParser &parser)
{
    // Everything the user typed is checked before the library is opened: a refusal writes nothing.
    if (!isSet(parser, "card") || !isSet(parser, "rating"))
        throw Error(Error::Kind::Usage, Command::tr("study review needs --card ID and --rating again|hard|good|easy"));
    const qint64 cardId = positiveId(parser, "card");
    const std::optional<Rating> rating = ratingFromCode(option(parser, "rating"));
    if (!rating) {
        throw Error(
            Error::Kind::Usage,
            Command::tr("--rating must be again, hard, good or easy, not \"%1\"").arg(option(parser, "rating")));
    }
    const QDateTime at = timeOption(parser);
    CardStore store(context.library());
    const ReviewRecord r = store.review(cardId, *rating, at);
    const double days = r.at.secsTo(r.after.due) / 86400.0;
    if (context.json()) {
        QJsonObject o = scheduleJson(r.after);
        o.insert(u"card"_s, cardId);
        o.insert(u"rating"_s, ratingCode(r.rating));
        o.insert(u"reviewed_at"_s, timeJson(r.at));
        o.insert(u"elapsed_days"_s, r.elapsedDays);
        o.insert(u"interval_days"_s, rounded(days, 3));
        o.insert(u"before"_s, scheduleJson(r.before));
        context.printJson(o);
        return 0;
    }
    const QString in = days >= 1 ? Command::tr("%1 days").arg(std::lround(days))
                                 : Command::tr("%1 minutes").arg(std::lround(days * 1440));
    context.out() << Command::tr("Card %1 answered %2: %3, due %4 (in %5).")
                         .arg(QString::number(cardId), ratingCode(r.rating), phaseCode(r.after.phase),
                              r.after.due.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), in)
                  << Qt::endl
                  << Command::tr("Stability %1 days, difficulty %2.")
                         .arg(r.after.memory->stability, 0, 'f', 2)
                         .arg(r.after.memory->difficulty, 0, 'f', 2)
                  << Qt::endl;
    return 0;
}

int stats(CommandContext &context, CardStore &store, qint64 doc, const QDateTime &now)
{
    const StudyProgress p = StudyStatistics::compute(store, doc, now);
    if (context.json()) {
        QJsonArray mastery;
        for (const LevelMastery &m : p.mastery) {
            mastery.append(QJsonObject{{u"level"_s, levelCode(m.level)},
                                       {u"cards"_s, m.cards},
                                       {u"mature"_s, m.mature},
                                       {u"recall"_s, rounded(m.recall)}});
        }
        QJsonArray weak;
        for (const WeakSpot &w : p.weakSpots) {
            weak.append(QJsonObject{{u"card"_s, w.card.id},
                                    {u"prompt"_s, w.card.prompt},
                                    {u"answer"_s, w.card.answer},
                                    {u"failures"_s, w.failures},
                                    {u"last_failure"_s, timeJson(w.lastFailure)},
                                    {u"units"_s, unitsJson(w.card.units)}});
        }
        QJsonArray decks;
        for (const DeckSummary &d : p.decks)
            decks.append(deckJson(d));
        context.printJson(QJsonObject{{u"at"_s, timeJson(p.at)},
                                      {u"total"_s, p.total},
                                      {u"new"_s, p.fresh},
                                      {u"learning"_s, p.learning},
                                      {u"young"_s, p.young},
                                      {u"mature"_s, p.mature},
                                      {u"suspended"_s, p.suspended},
                                      {u"due_today"_s, p.dueToday},
                                      {u"new_today"_s, p.newToday},
                                      {u"reviewed_today"_s, p.reviewedToday},
                                      {u"retention"_s, p.retention ? rounded(*p.retention) : QJsonValue()},
                                      {u"retention_answers"_s, p.retentionAnswers},
                                      {u"mastery"_s, mastery},
                                      {u"weak_spots"_s, weak},
                                      {u"decks"_s, decks}});
        return 0;
    }
    QTextStream &out = context.out();
    out << Command::tr("Cards: %1 (new %2, learning %3, young %4, mature %5); %6 suspended")
               .arg(p.total)
               .arg(p.fresh)
               .arg(p.learning)
               .arg(p.young)
               .arg(p.mature)
               .arg(p.suspended)
        << Qt::endl;
    out << Command::tr("Today: %1 due, %2 new, %3 answered").arg(p.dueToday).arg(p.newToday).arg(p.reviewedToday)
        << Qt::endl;
    out << (p.retention ? Command::tr("Retention, last 30 days: %1% of %2 answers")
                              .arg(*p.retention * 100, 0, 'f', 1)
                              .arg(p.retentionAnswers)
                        : Command::tr("Retention, last 30 days: no answers to cards past learning yet"))
        << Qt::endl;
    out << Command::tr("Mastery (mean recall today; mature cards):") << Qt::endl;
    for (const LevelMastery &m : p.mastery) {
        const QString name = m.level == FrameworkLevel::None
                                 ? Command::tr("other")
                                 : levelName(m.level, Lang::En) + u" · "_s + levelName(m.level, Lang::Zh);
        out << QStringLiteral("  %1 %2%  %3/%4 %5")
                   .arg(name.leftJustified(28))
                   .arg(m.recall * 100, 5, 'f', 1)
                   .arg(m.mature)
                   .arg(m.cards)
                   .arg(QString(u'█').repeated(int(std::lround(m.recall * 20))))
            << Qt::endl;
    }
    if (!p.weakSpots.isEmpty()) {
        out << Command::tr("Weak spots:") << Qt::endl;
        for (const WeakSpot &w : p.weakSpots) {
            QStringList units;
            for (int seq : w.card.units)
                units.append(QString::number(seq));
            out << Command::tr("  card %1, %2 failures: %3 (paragraph %4)")
                       .arg(w.card.id)
                       .arg(w.failures)
                       .arg(line(w.card.prompt, 60), units.join(u", "_s))
                << Qt::endl;
        }
    }
    return 0;
}

int exportCards(CommandContext &context, const QCommandLineParser &parser, CardStore &store, qint64 doc)
{
    const int formats = int(isSet(parser, "anki")) + int(isSet(parser, "anki-text")) + int(isSet(parser, "csv"));
    if (formats != 1)
        throw Error(Error::Kind::Usage,
                    Command::tr("study export needs one of --anki FILE, --anki-text FILE, --csv FILE"));
    CardFilter filter = filterOption(parser);
    filter.includeSuspended = true; // suspended in Duizhao, suspended in Anki; gone cards are left out
    QList<StudyCard> cards = store.cards(doc, filter);
    cards.removeIf([](const StudyCard &c) { return c.suspension == Suspension::Gone; });
    const Paper paper = store.library().loadPaper(doc);
    QString path, format;
    if (isSet(parser, "anki")) {
        path = option(parser, "anki");
        format = u"apkg"_s;
        StudyExport::writeAnkiPackage(path, cards, paper, QDateTime::currentDateTimeUtc());
    } else if (isSet(parser, "anki-text")) {
        path = option(parser, "anki-text");
        format = u"anki-text"_s;
        StudyExport::writeFile(path, StudyExport::ankiText(cards, paper), Command::tr("the Anki text file"));
    } else {
        path = option(parser, "csv");
        format = u"csv"_s;
        StudyExport::writeFile(path, StudyExport::csv(cards), Command::tr("the CSV file"));
    }
    if (context.json())
        context.printJson(QJsonObject{{u"file"_s, path}, {u"format"_s, format}, {u"cards"_s, int(cards.size())}});
    else
        context.out() << Command::tr("Wrote %1 cards to %2.").arg(cards.size()).arg(path) << Qt::endl;
    return 0;
}

int settings(CommandContext &context, const QCommandLineParser &parser, CardStore &store, qint64 doc)
{
    StudySettings s = store.settings(doc);
    bool changed = false;
    if (isSet(parser, "retention")) {
        bool ok = false;
        s.desiredRetention = option(parser, "retention").toDouble(&ok);
        if (!ok)
            throw Error(Error::Kind::Usage, Command::tr("--retention must be a number from 0.7 to 0.99"));
        changed = true;
    }
    for (const auto &[name, field] :
         {std::pair{"new-per-day", &StudySettings::newPerDay}, std::pair{"daily-limit", &StudySettings::dailyLimit}}) {
        if (!isSet(parser, name))
            continue;
        bool ok = false;
        s.*field = option(parser, name).toInt(&ok);
        if (!ok)
            throw Error(Error::Kind::Usage,
                        Command::tr("--%1 must be a whole number from 0 to 9999").arg(QString::fromLatin1(name)));
        changed = true;
    }
    if (changed)
        store.setSettings(doc, s);
    if (context.json()) {
        context.printJson(QJsonObject{{u"desired_retention"_s, s.desiredRetention},
                                      {u"new_per_day"_s, s.newPerDay},
                                      {u"daily_limit"_s, s.dailyLimit}});
    } else {
        context.out() << Command::tr("Desired retention %1, %2 new cards per day, at most %3 cards a day.")
                             .arg(s.desiredRetention)
                             .arg(s.newPerDay)
                             .arg(s.dailyLimit)
                      << Qt::endl;
    }
    return 0;
}

} // namespace

QString StudyCommand::summary() const
{
    return tr("Study the paper: decks, cards, due cards, reviews (FSRS-6), statistics, exports for Anki.");
}

void StudyCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOptions({
        {u"deck"_s, tr("Only this deck: terms, measures, framework, table1, sentences, headings, mine."), tr("DECK")},
        {u"level"_s, tr("Only cards of this framework level: power, order, values, dilemmas, countermeasures, none."),
         tr("LEVEL")},
        {u"tag"_s, tr("Only cards with this tag."), tr("TAG")},
        {u"card"_s, tr("With review: the card answered."), tr("ID")},
        {u"rating"_s, tr("With review: again, hard, good or easy."), tr("RATING")},
        {u"at"_s, tr("With review, due, stats: the time (ISO 8601; default now)."), tr("ISO-TIME")},
        {u"anki"_s, tr("With export: write an Anki package (.apkg)."), tr("FILE")},
        {u"anki-text"_s, tr("With export: write Anki's plain-text import format."), tr("FILE")},
        {u"csv"_s, tr("With export: write CSV."), tr("FILE")},
        {u"retention"_s, tr("With settings: the desired retention, 0.7 to 0.99 (default 0.9)."), tr("R")},
        {u"new-per-day"_s, tr("With settings: new cards per day (default 20)."), tr("N")},
        {u"daily-limit"_s, tr("With settings: cards answered per day at most (default 200)."), tr("N")},
    });
    parser.addPositionalArgument(u"action"_s, tr("decks, cards, due, review, stats, export or settings."),
                                 tr("decks|cards|due|review|stats|export|settings"));
}

int StudyCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    static const QStringList actions = {u"decks"_s, u"cards"_s,  u"due"_s,     u"review"_s,
                                        u"stats"_s, u"export"_s, u"settings"_s};
    if (args.size() != 1 || !actions.contains(action))
        throw Error(Error::Kind::Usage, tr("study needs one of %1").arg(actions.join(u'|')));
    if (action == u"review")
        return review(context, parser);

    const CardFilter filter = filterOption(parser);
    const QDateTime now = timeOption(parser);
    const qint64 doc = context.documentId(parser);
    CardStore store(context.library());
    if (action == u"settings")
        return settings(context, parser, store, doc);
    refresh(store, doc);
    if (action == u"decks")
        return decks(context, store, doc, now);
    if (action == u"stats")
        return stats(context, store, doc, now);
    if (action == u"export")
        return exportCards(context, parser, store, doc);

    if (action == u"cards") {
        const QList<StudyCard> cards = store.cards(doc, filter);
        if (context.json()) {
            QJsonArray array;
            for (const StudyCard &c : cards)
                array.append(cardJson(c));
            context.printJson(array);
        } else {
            printCards(context, cards);
        }
        return 0;
    }
    const StudyQueue queue = store.queue(doc, now, filter);
    QList<qint64> ids;
    for (const StudyCard &c : queue.cards)
        ids.append(c.id);
    const QList<StudyCard> cards = store.cards(ids);
    if (context.json()) {
        QJsonArray array;
        for (const StudyCard &c : cards)
            array.append(cardJson(c));
        context.printJson(QJsonObject{{u"learning"_s, queue.learning},
                                      {u"review"_s, queue.review},
                                      {u"new"_s, queue.fresh},
                                      {u"cards"_s, array}});
        return 0;
    }
    context.out()
        << tr("Due now: %1 learning, %2 to review, %3 new.").arg(queue.learning).arg(queue.review).arg(queue.fresh)
        << Qt::endl;
    printCards(context, cards);
    return 0;
}

} // namespace duizhao::cli
