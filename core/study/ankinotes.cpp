#include "ankinotes.h"

#include <QCryptographicHash>
#include <QHash>

namespace duizhao {

namespace {

using namespace Qt::Literals::StringLiterals;

const QString css =
    uR"(.card { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif;
  font-size: 22px; line-height: 1.5; text-align: left; color: #222; background: #fff; }
.nightMode .card, .card.nightMode { color: #ddd; background: #1e1e1e; }
.zh { font-size: 24px; }
.hint { margin-top: 0.8em; font-size: 17px; color: #666; }
.def { margin-top: 0.8em; font-size: 18px; }
.src { margin-top: 1em; font-size: 15px; color: #666; }
.src .ref { font-style: italic; }
)"_s;

QString sourceField(const StudyCard &card, const Paper &paper)
{
    if (card.units.isEmpty())
        return {};
    QStringList numbers;
    for (int seq : card.units)
        numbers.append(QString::number(seq));
    QString out = u"<div class=\"ref\">"_s + AnkiNotes::html(paper.meta.titleEn) + u" · ¶ "_s + numbers.join(u", "_s) +
                  u"</div>"_s;
    // The first paragraph in both languages: the text the card comes from, on the answer side.
    const int seq = card.units.front();
    if (seq >= 1 && seq <= paper.units.size()) {
        const Unit &unit = paper.units[seq - 1];
        out += u"<div class=\"en\">"_s + AnkiNotes::html(unit.en) + u"</div><div class=\"zh\">"_s +
               AnkiNotes::html(unit.zh) + u"</div>"_s;
    }
    return out;
}

QString questionField(const StudyCard &card)
{
    QString out = AnkiNotes::html(card.prompt);
    if (!card.hint.isEmpty())
        out += u"<div class=\"hint\">"_s + AnkiNotes::html(card.hint) + u"</div>"_s;
    return out;
}

QString answerField(const StudyCard &card)
{
    QString out = AnkiNotes::html(card.answer);
    if (!card.details.isEmpty())
        out += u"<div class=\"def\">"_s + AnkiNotes::html(card.details) + u"</div>"_s;
    return out;
}

QStringList tagsOf(const StudyCard &card)
{
    QStringList tags = {u"duizhao"_s, u"duizhao::deck::"_s + deckCode(card.deck)};
    if (card.level != FrameworkLevel::None)
        tags.append(u"duizhao::level::"_s + levelCode(card.level));
    for (const QString &t : card.tags) {
        if (t == deckCode(card.deck) || t == levelCode(card.level))
            continue;
        tags.append(AnkiNotes::tag(t));
    }
    tags.removeDuplicates();
    return tags;
}

} // namespace

const AnkiNoteType &AnkiNotes::bilingualType()
{
    static const AnkiNoteType type = [] {
        AnkiNoteType t;
        t.name = u"Duizhao Bilingual 对照"_s;
        t.id = stableId(u"notetype:"_s + t.name);
        t.fields = {u"English"_s, u"Chinese"_s, u"Definition"_s, u"Source"_s};
        const QString more = u"{{#Definition}}<div class=\"def\">{{Definition}}</div>{{/Definition}}"
                             u"{{#Source}}<div class=\"src\">{{Source}}</div>{{/Source}}"_s;
        t.templates = {{u"English → Chinese"_s, u"<div class=\"en\">{{English}}</div>"_s,
                        u"{{FrontSide}}<hr id=\"answer\"><div class=\"zh\">{{Chinese}}</div>"_s + more},
                       {u"Chinese → English"_s, u"<div class=\"zh\">{{Chinese}}</div>"_s,
                        u"{{FrontSide}}<hr id=\"answer\"><div class=\"en\">{{English}}</div>"_s + more}};
        t.css = css;
        return t;
    }();
    return type;
}

const AnkiNoteType &AnkiNotes::questionType()
{
    static const AnkiNoteType type = [] {
        AnkiNoteType t;
        t.name = u"Duizhao Question 对照"_s;
        t.id = stableId(u"notetype:"_s + t.name);
        t.fields = {u"Question"_s, u"Answer"_s, u"English"_s, u"Chinese"_s, u"Source"_s};
        t.templates = {{u"Question"_s, u"<div class=\"q\">{{Question}}</div>"_s,
                        u"{{FrontSide}}<hr id=\"answer\"><div class=\"a\">{{Answer}}</div>"
                        u"{{#English}}<div class=\"en\">{{English}}</div>{{/English}}"
                        u"{{#Chinese}}<div class=\"zh\">{{Chinese}}</div>{{/Chinese}}"
                        u"{{#Source}}<div class=\"src\">{{Source}}</div>{{/Source}}"_s}};
        t.css = css;
        return t;
    }();
    return type;
}

const AnkiNoteType &AnkiNotes::noteType(AnkiNote::Type type)
{
    return type == AnkiNote::Type::Bilingual ? bilingualType() : questionType();
}

QList<AnkiNote> AnkiNotes::fromCards(const QList<StudyCard> &cards, const Paper &paper, bool pairs)
{
    QList<AnkiNote> notes;
    QHash<QString, qsizetype> pairIndex;
    for (const StudyCard &card : cards) {
        if (card.suspension == Suspension::Gone)
            continue;
        const bool suspended = card.suspension == Suspension::User;
        if (pairs && card.direction != CardDirection::None) {
            const QString key = card.pairKey();
            const int ord = card.direction == CardDirection::EnToZh ? 0 : 1;
            auto it = pairIndex.constFind(key);
            if (it == pairIndex.cend()) {
                AnkiNote note;
                note.type = AnkiNote::Type::Bilingual;
                note.key = key;
                note.guid = guid(paper.contentHash, key);
                note.deck = card.deck;
                note.tags = tagsOf(card);
                note.fields = {html(card.english), html(card.chinese), html(card.details), sourceField(card, paper)};
                it = pairIndex.insert(key, notes.size());
                notes.append(note);
            }
            notes[*it].templates.append(ord);
            notes[*it].suspended.append(suspended);
            continue;
        }
        AnkiNote note;
        note.type = AnkiNote::Type::Question;
        note.key = card.key;
        note.guid = guid(paper.contentHash, card.key);
        note.deck = card.deck;
        note.tags = tagsOf(card);
        note.fields = {questionField(card), answerField(card), html(card.english), html(card.chinese),
                       sourceField(card, paper)};
        note.templates = {0};
        note.suspended = {suspended};
        notes.append(note);
    }
    return notes;
}

QString AnkiNotes::guid(const QByteArray &paperHash, const QString &noteKey)
{
    // Anki's own GUIDs are base91 numbers; its importer accepts any text, but the same alphabet keeps
    // them looking like Anki's in the browser.
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                   "!#$%&()*+,-./:;<=>?@[]^_`{|}~";
    const QByteArray seed = QByteArray("duizhao\x1f") + paperHash + '\x1f' + noteKey.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha1);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest[i]);
    QString out;
    do {
        out.prepend(QLatin1Char(alphabet[value % 91]));
        value /= 91;
    } while (value > 0);
    return out;
}

qint64 AnkiNotes::stableId(const QString &seed)
{
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest[i]);
    // Between 10^12 and 2^53: the size of Anki's millisecond ids, never 0 or 1 (the default deck and
    // options group).
    constexpr quint64 low = 1000000000000ull;
    constexpr quint64 span = (1ull << 53) - low;
    return qint64(low + value % span);
}

QString AnkiNotes::paperDeck(const Paper &paper)
{
    // "::" separates Anki's deck levels; a title must not make levels of its own.
    QString title = paper.meta.titleEn.simplified();
    title.replace(u"::"_s, u":"_s);
    if (title.isEmpty())
        title = u"Paper"_s;
    return u"Duizhao::"_s + title;
}

QString AnkiNotes::deckName(const Paper &paper, StudyDeck deck)
{
    return paperDeck(paper) + u"::"_s + duizhao::deckName(deck, Lang::En);
}

QString AnkiNotes::tag(const QString &text)
{
    QString out = text.simplified();
    out.replace(u' ', u'_');
    return out;
}

QString AnkiNotes::html(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u"\r\n"_s, u"<br>"_s);
    out.replace(u'\n', u"<br>"_s);
    out.replace(u'\t', u' ');
    return out;
}

QString AnkiNotes::stripHtml(const QString &html)
{
    QString out;
    out.reserve(html.size());
    bool inTag = false;
    for (const QChar c : html) {
        if (c == u'<')
            inTag = true;
        else if (c == u'>' && inTag)
            inTag = false;
        else if (!inTag)
            out.append(c);
    }
    out.replace(u"&lt;"_s, u"<"_s);
    out.replace(u"&gt;"_s, u">"_s);
    out.replace(u"&quot;"_s, u"\""_s);
    out.replace(u"&#39;"_s, u"'"_s);
    out.replace(u"&nbsp;"_s, u" "_s);
    out.replace(u"&amp;"_s, u"&"_s);
    return out.trimmed();
}

qint64 AnkiNotes::checksum(const QString &firstField)
{
    const QByteArray digest = QCryptographicHash::hash(stripHtml(firstField).toUtf8(), QCryptographicHash::Sha1);
    return qint64(digest.toHex().left(8).toULongLong(nullptr, 16));
}

} // namespace duizhao
