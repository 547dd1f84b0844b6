#pragma once

#include "library/library.h"
#include "study/ankinotes.h"

namespace duizhao {

// An Anki package (.apkg): a zip (libzip) holding collection.anki2 — an SQLite collection in Anki's
// schema 11 (tables col, notes, cards, revlog, graves; note types, decks and options as JSON in col)
// — and a `media` map, empty here. Notes carry Duizhao's GUIDs and the export time as their
// modification time, so importing a later export updates the notes it already holds. Cards are new
// cards in Anki: Anki schedules them from there (the review log stays in Duizhao).
class AnkiPackage final
{
public:
    // The package's bytes. `progress` sees one step per note; returning false cancels (Error Cancelled).
    static QByteArray build(const QList<AnkiNote> &notes, const Paper &paper, const QDateTime &exportedAt,
                            const Progress &progress = {});
};

} // namespace duizhao
