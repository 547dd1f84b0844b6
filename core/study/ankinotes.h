#pragma once

#include "model/paper.h"
#include "study/studycard.h"

namespace duizhao {

// One of Duizhao's own Anki note types.
struct AnkiNoteType
{
    struct Template
    {
        QString name;
        QString front; // qfmt
        QString back;  // afmt
    };

    qint64 id = 0; // fixed, so a second export finds the note type the first one created
    QString name;
    QStringList fields;
    QList<Template> templates;
    QString css;
};

// A card or a bilingual pair of cards as an Anki note: fields in HTML, tags, deck, and a GUID derived
// from the paper and Duizhao's stable card key, so importing a newer export updates the notes
// instead of adding them again.
struct AnkiNote
{
    enum class Type
    {
        Bilingual, // English, Chinese, Definition, Source; a card per direction
        Question,  // Question, Answer, English, Chinese, Source; one card
    };

    Type type = Type::Question;
    QString key; // Duizhao's key of the note: a card's key, or a pair's key without its direction
    QString guid;
    QStringList fields;
    QStringList tags; // Anki tags: no spaces, "::" for hierarchy
    StudyDeck deck = StudyDeck::Terms;
    QList<int> templates;  // which cards: the template ordinals (0: EN→ZH, 1: ZH→EN for bilingual notes)
    QList<bool> suspended; // per card, parallel to templates
};

// Maps Duizhao's cards to Anki notes, shared by the .apkg and the plain-text exports.
class AnkiNotes final
{
public:
    static const AnkiNoteType &bilingualType();
    static const AnkiNoteType &questionType();
    static const AnkiNoteType &noteType(AnkiNote::Type type);

    // With `pairs`, the two directions of a term, a measure's name or a heading become one bilingual
    // note with two cards (the .apkg); without, every card is a question note (plain text, which
    // holds one note type per file). Cards whose data is gone are left out.
    static QList<AnkiNote> fromCards(const QList<StudyCard> &cards, const Paper &paper, bool pairs);

    // base91 of 64 bits of SHA-1 over the paper's content hash and the note's key: the same paper and
    // card give the same GUID in every export, on every machine.
    static QString guid(const QByteArray &paperHash, const QString &noteKey);
    // A positive id below 2^53 (JavaScript-safe, as Anki's own ids) derived from `seed`.
    static qint64 stableId(const QString &seed);

    // "Duizhao::<paper title>::Key terms": one subdeck per Duizhao deck under the paper.
    static QString paperDeck(const Paper &paper);
    static QString deckName(const Paper &paper, StudyDeck deck);
    // A tag as Anki stores it: spaces become underscores.
    static QString tag(const QString &text);
    // Text as an HTML field: escaped, line breaks as <br>.
    static QString html(const QString &text);
    // What Anki compares: the field without tags and entities (sort field, checksum).
    static QString stripHtml(const QString &html);
    // Anki's first-field checksum: the first 8 hex digits of SHA-1 of the stripped text, as a number.
    static qint64 checksum(const QString &firstField);
};

} // namespace duizhao
