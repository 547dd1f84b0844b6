#pragma once

#include "align/alignmentdraft.h"
#include "library/library.h"

#include <QList>
#include <QString>
#include <QStringList>

// Editing the alignment of a paper the library already holds (Tools → Edit Alignment…,
// `duizhao-cli realign`): the stored paper read back as an AlignmentDraft, and a draft written
// back in its place, with the reader's marks moved to the words they mark.
namespace duizhao {

// One annotation a re-alignment moved or could not place.
struct RealignedAnnotation
{
    qint64 id = 0;
    QString uuid;
    int unitBefore = 0;
    int unitAfter = 0;
    bool unitScope = false; // a mark on a whole unit
    Lang lang = Lang::En;   // range marks: the language of their words
    QString quote;          // range marks: the words
};

struct RealignResult
{
    qint64 documentId = 0;
    int unitsBefore = 0;
    int unitsAfter = 0;
    int annotationsKept = 0;            // on the same unit at the same place
    QList<RealignedAnnotation> moved;   // to another unit or another place in it, words found again
    QList<RealignedAnnotation> orphans; // words no longer in the text: kept as marks on the unit
                                        // where they were (whole-unit marks), their quote kept
    QStringList warnings;               // what attaching the framework again said
};

class Realigner final
{
public:
    // The stored paper as two documents and its alignment: each unit's English and Chinese split
    // into their paragraphs, one link per unit. A unit with an alignment note ("link",
    // "unpaired") gets an unsure link and keeps the note; every other link is sure. Throws
    // Error(Usage) for a document the library does not hold.
    static AlignmentDraft load(const Library &library, qint64 documentId);

    // The same for a paper read from a file in Duizhao's text form (AlignedText, or the older
    // interleaved text): what `realign ID --from FILE` gives to apply(). The metadata is the
    // file's; the source name stays the stored paper's.
    static AlignmentDraft fromText(const Library &library, qint64 documentId, QStringView text,
                                   const QString &sourceName);

    // The draft as AlignedText, for a text editor and fromText().
    static QString text(const AlignmentDraft &draft);

    // The draft's paragraphs aligned again by the Aligner (pinned links kept).
    static AlignmentDraft realigned(const AlignmentDraft &draft, const AlignOptions &options = {});

    // Replaces the stored paper draft.documentId with the draft, in one transaction: units, search
    // rows, tree, citations, footnotes, alignment notes and framework links are rebuilt; every
    // annotation is found again by its quote (nearest its old place) and moved with its words;
    // study cards follow their units. The document id stays. A failure or a cancel (progress
    // returning false: Error(Cancelled)) leaves the library as it was.
    static RealignResult apply(Library &library, const AlignmentDraft &draft, const Progress &progress = {});
};

} // namespace duizhao
