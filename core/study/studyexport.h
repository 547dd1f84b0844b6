#pragma once

#include "library/library.h"
#include "study/studycard.h"

#include <functional>

namespace duizhao {

// A paper's cards for other tools: an Anki package, Anki's plain-text import format, and CSV. Every
// file is written to a temporary file beside the target and renamed at the end, so an unwritable
// folder, a full disk or a cancelled export leaves no file behind and an older file of that name as
// it was.
class StudyExport final
{
public:
    // .apkg with Duizhao's two note types (see AnkiNotes and AnkiPackage).
    static void writeAnkiPackage(const QString &path, const QList<StudyCard> &cards, const Paper &paper,
                                 const QDateTime &exportedAt, const Progress &progress = {});

    // Anki's text import: header lines (#separator:tab, #html:true, #notetype, #deck, #columns,
    // #tags column, #guid column), then a line per card as a "Duizhao Question 对照" note (a text
    // file holds one note type). GUIDs are those of the .apkg's question notes, so the two imports
    // update each other's notes where the note type is the same.
    static QByteArray ankiText(const QList<StudyCard> &cards, const Paper &paper);

    // RFC 4180 CSV, one row per card, with its schedule; plain text, not HTML.
    static QByteArray csv(const QList<StudyCard> &cards);

    // All or nothing; `what` names the file in messages ("the Anki package").
    static void writeFile(const QString &path, const QByteArray &bytes, const QString &what);

private:
    static void write(const QString &path, const QString &what, const std::function<QByteArray()> &make);
};

} // namespace duizhao
