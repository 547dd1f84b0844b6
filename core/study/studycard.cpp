#include "studycard.h"

#include <QCryptographicHash>

namespace duizhao {

namespace {

struct DeckInfo
{
    StudyDeck deck;
    const char16_t *code;
    const char16_t *nameEn;
    const char16_t *nameZh;
};

constexpr DeckInfo decks[] = {
    {StudyDeck::Terms, u"terms", u"Key terms", u"关键术语"},
    {StudyDeck::Measures, u"measures", u"Measures", u"政策措施"},
    {StudyDeck::Framework, u"framework", u"Framework", u"分析框架"},
    {StudyDeck::Table1, u"table1", u"Table 1", u"表1"},
    {StudyDeck::Sentences, u"sentences", u"Key sentences", u"关键句"},
    {StudyDeck::Headings, u"headings", u"Headings", u"标题"},
    {StudyDeck::Mine, u"mine", u"My cards", u"我的卡片"},
};

const DeckInfo &infoOf(StudyDeck deck)
{
    for (const DeckInfo &info : decks) {
        if (info.deck == deck)
            return info;
    }
    return decks[0];
}

constexpr const char16_t *ratingCodes[] = {u"again", u"hard", u"good", u"easy"};
constexpr const char16_t *phaseCodes[] = {u"new", u"learning", u"review", u"relearning"};

} // namespace

QString ratingCode(Rating rating)
{
    return QString::fromUtf16(ratingCodes[int(rating) - 1]);
}

std::optional<Rating> ratingFromCode(QStringView code)
{
    for (int i = 0; i < 4; ++i) {
        if (code.compare(QStringView(ratingCodes[i]), Qt::CaseInsensitive) == 0)
            return Rating(i + 1);
    }
    return std::nullopt;
}

QList<Rating> allRatings()
{
    return {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy};
}

QString phaseCode(CardPhase phase)
{
    return QString::fromUtf16(phaseCodes[int(phase)]);
}

std::optional<CardPhase> phaseFromCode(QStringView code)
{
    for (int i = 0; i < 4; ++i) {
        if (code == QStringView(phaseCodes[i]))
            return CardPhase(i);
    }
    return std::nullopt;
}

QList<StudyDeck> allDecks()
{
    QList<StudyDeck> list;
    for (const DeckInfo &info : decks)
        list.append(info.deck);
    return list;
}

QString deckCode(StudyDeck deck)
{
    return QString::fromUtf16(infoOf(deck).code);
}

QString deckName(StudyDeck deck, Lang language)
{
    const DeckInfo &info = infoOf(deck);
    return QString::fromUtf16(language == Lang::En ? info.nameEn : info.nameZh);
}

std::optional<StudyDeck> deckFromCode(QStringView code)
{
    for (const DeckInfo &info : decks) {
        if (code == QStringView(info.code))
            return info.deck;
    }
    return std::nullopt;
}

QString suspensionCode(Suspension suspension)
{
    switch (suspension) {
    case Suspension::User:
        return QStringLiteral("user");
    case Suspension::Gone:
        return QStringLiteral("gone");
    case Suspension::None:
        break;
    }
    return QStringLiteral("");
}

Suspension suspensionFromCode(QStringView code)
{
    if (code == u"user")
        return Suspension::User;
    if (code == u"gone")
        return Suspension::Gone;
    return Suspension::None;
}

QString StudyCard::pairKey() const
{
    if (direction == CardDirection::None)
        return key;
    const qsizetype colon = key.lastIndexOf(u':');
    return colon > 0 ? key.left(colon) : key;
}

void StudyCard::updateHash()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    // Unit separators between fields, so moving text from one field to the next changes the hash.
    auto add = [&](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f"));
    };
    for (const QString &field :
         {deckCode(deck), kind, prompt, hint, answer, english, chinese, details, levelCode(level)})
        add(field);
    for (int unit : units)
        add(QString::number(unit));
    add(tags.join(u' '));
    contentHash = hash.result().toHex();
}

bool CardFilter::accepts(const StudyCard &card) const
{
    if (deck && card.deck != *deck)
        return false;
    if (level && card.level != *level)
        return false;
    if (!tag.isEmpty() && !card.tags.contains(tag, Qt::CaseInsensitive))
        return false;
    return includeSuspended || card.suspension == Suspension::None;
}

QDateTime studyDayStart(const QDateTime &moment)
{
    const QDateTime local = moment.toLocalTime();
    QDate day = local.date();
    if (local.time() < QTime(4, 0))
        day = day.addDays(-1);
    return QDateTime(day, QTime(4, 0), Qt::LocalTime).toUTC();
}

} // namespace duizhao
