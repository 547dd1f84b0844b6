#pragma once

#include "align/alignmentdraft.h"
#include "import/papersource.h"

#include <functional>

namespace duizhao {

// How a draft is made: what the aligner is given, and what the user says about the paper that
// the files may not (the import dialog's fields, the CLI's --title-en …).
struct DraftOptions
{
    // Passed to the aligner; its progress is replaced by the drafter's (see Progress below). A
    // lexicon given here is used as it is.
    AlignOptions align;
    // Fields the user filled in: each non-empty one (year: non-zero) replaces what the files say.
    PaperMeta meta;
    // When align.lexicon is empty and the English title (the user's or the file's) names a paper
    // Duizhao ships curated framework data for, its glossary terms and measures are the lexicon.
    bool frameworkLexicon = true;
};

// Reads a translation and its original from two files and aligns them into an AlignmentDraft:
// the one way from two files to a draft, for `duizhao-cli align`, `import --en --zh` and the
// GUI's import dialog alike. Nothing is written anywhere.
class AlignmentDrafter final
{
public:
    enum class Stage
    {
        ReadingEn, // done 0 of 1, then 1 of 1
        ReadingZh,
        Aligning // the aligner's own steps
    };
    // Returning false cancels: draft() throws Error(Cancelled). Called from the thread draft()
    // runs on.
    using Progress = std::function<bool(Stage stage, int done, int total)>;

    // Throws Error(Data) naming the file (and line or page) for a side that cannot be read (see
    // SourceReader), for the same file given as both sides (by path or by content), and
    // Error(Cancelled).
    static AlignmentDraft draft(const QString &enPath, const QString &zhPath, const DraftOptions &options = {},
                                const Progress &progress = {});

    // What the files say about the paper (AlignedPaper::metaOf), with the user's fields over it.
    static PaperMeta mergedMeta(const PaperMeta &fromFiles, const PaperMeta &given);

    // The Paper a draft becomes in the library: the same as `align` writing it out as text and
    // `import FILE` reading that back. sourceName: "en.html + zh.pdf" unless given.
    static Paper paper(const AlignmentDraft &draft, const QString &sourceName = {});
    // The draft as one more source for PaperImporter (one transaction with its framework).
    static PaperSource source(const AlignmentDraft &draft, const QString &sourceName = {});
    static QString sourceName(const AlignmentDraft &draft);
};

} // namespace duizhao
