#pragma once

#include "study/studycard.h"

namespace duizhao {

struct StudySource;

// Makes a paper's cards from its data, in deck order:
//  - Terms: each glossary term EN→ZH and ZH→EN; the definition and the paragraph where the term is
//    used (both languages) on the answer side.
//  - Measures: a measure's name → who, when, what kind, which level; its English ↔ Chinese name.
//  - Framework: which competition an initiative or feature belongs to, what each competition aims at,
//    the relations between the three powers, and every list of the framework (the competitions, the
//    dilemmas, the countermeasures and their points, the parts of technology power) as overlapping
//    cloze: one card per item, that item blanked and the others shown.
//  - Table 1: one card per cell, the cell blanked, its row and column named and the row's other cells
//    shown.
//  - Key sentences: the paragraph where a term is first used in both languages, the term blanked in
//    one language and the other language's paragraph as the hint (a card per language).
//  - Headings (papers without curated data): each heading EN ↔ ZH.
//  - My cards: each highlight with a note, the highlighted words as the question and the note as the
//    answer, tagged with its tags.
// Keys name what a card is made of (a term's key, a node's key, an annotation's uuid, a unit number),
// never row ids, so regenerating after the data changes finds the same cards again. Pure: the same
// source always gives the same cards.
class DeckBuilder final
{
public:
    static QList<StudyCard> build(const StudySource &source);

    // The text a blank shows in prompts.
    static QString blank();
};

} // namespace duizhao
