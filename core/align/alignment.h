#pragma once

#include "align/alignlexicon.h"
#include "library/library.h"
#include "model/paper.h"

#include <QList>
#include <QString>

// What the aligner hands back: links between a translation's paragraphs and its original's, each
// with how sure it is and why. Paragraphs are named by their index in the SourceParagraph lists
// the aligner was given (0-based); a link becomes one aligned unit of the paper, in order.
namespace duizhao {

// One piece of evidence behind a link, for `align --json` and the alignment review.
struct AlignmentSignal
{
    QString name;      // "prior", "length", "numbering", "heading", "shared", "unshared", "pinned"
    double weight = 0; // in nats: above 0 it speaks for the link, below 0 against it
    QString detail;    // what was compared: "0.25 Chinese characters per English one (0.27 expected)"

    friend bool operator==(const AlignmentSignal &, const AlignmentSignal &) = default;
};

// Consecutive English paragraphs paired with consecutive Chinese ones: 1–1, 2–1 (two English
// paragraphs, one Chinese), 1–2, 1–0 (English with no Chinese) or 0–1.
struct AlignmentLink
{
    int enFirst = 0;
    int enCount = 0;
    int zhFirst = 0;
    int zhCount = 0;
    double confidence = 0; // 0–1: the probability of exactly this link, given both documents
    bool sure = false;     // confidence at or above the threshold; pinned links are sure
    bool pinned = false;   // fixed by the user: re-aligning keeps it and works between pinned links
    QList<AlignmentSignal> evidence;

    QString kind() const; // "1-1", "2-1", "1-2", "1-0", "0-1"
    bool isOneToOne() const { return enCount == 1 && zhCount == 1; }

    friend bool operator==(const AlignmentLink &, const AlignmentLink &) = default;
};

struct Alignment
{
    QList<AlignmentLink> links; // in order; every paragraph of both sides in exactly one link
    double ratio = 0;           // Chinese characters per English letter or digit, as estimated
    double spread = 0;          // relative spread of that ratio between paired paragraphs
    // A note for every link that is not 1–1 or not sure, with unitSeq = link index + 1 (the unit
    // the link becomes): kind "link" for unsure and two-paragraph links, "unpaired" for 1–0 / 0–1.
    QList<AlignmentNote> notes;

    int sureCount() const;
};

struct AlignOptions
{
    // Glossary terms and measure names with their Chinese forms, when the caller has them.
    AlignLexicon lexicon;
    // Links whose confidence reaches this are sure. Calibrated on the project's test documents
    // (tests/align): the sure links must be right at least 99.5% of the time.
    double sureThreshold = 0.95;
    // Called as the work proceeds; returning false cancels with Error(Cancelled).
    Progress progress;
};

} // namespace duizhao
