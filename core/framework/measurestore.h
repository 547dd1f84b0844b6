#pragma once

#include "framework/frameworkdata.h"

#include <QHash>

#include <optional>

namespace duizhao {

class Database;
class Library;

// A user's change to a candidate (or to the measure it became); fields left empty stay as they are.
struct CandidateEdit
{
    std::optional<QString> nameEn;
    std::optional<QString> nameZh;
    std::optional<QString> acronym;
    std::optional<QString> kind;
    std::optional<FrameworkLevel> level;
    std::optional<QString> category;
    std::optional<QString> actorEn;
    std::optional<QString> actorZh;
    std::optional<QString> date;
};

struct MeasureMention
{
    qint64 measureId = 0;
    UnitSpan span;
};

// The measures of a document and their mentions, and the candidate measures proposed for it.
class MeasureStore final
{
public:
    explicit MeasureStore(Library &library);

    QList<Measure> measures(qint64 documentId) const; // in data-file order, accepted ones last
    std::optional<Measure> measure(qint64 measureId) const;
    // For highlighting one unit: every measure mention in it, both languages.
    QList<MeasureMention> mentionsInUnit(qint64 documentId, int unitSeq) const;

    // Replaces the curated measures of the document; measures the user accepted from candidates
    // stay. Returns the new ids by key.
    QHash<QString, qint64> replaceCurated(qint64 documentId, const QList<Measure> &measures);

    QList<MeasureCandidate> candidates(qint64 documentId, const QString &status = {}) const;
    std::optional<MeasureCandidate> candidate(qint64 candidateId) const;
    // Stores freshly found candidates. One found before keeps its id, status and edits; a
    // proposed one that is no longer found goes; accepted and rejected ones stay.
    void storeCandidates(qint64 documentId, const QList<MeasureCandidate> &found);

    // Accepting makes the candidate a measure (mentions found again from its names) and returns its
    // id; accepting twice returns the same measure. Rejecting keeps it, marked, so it is not
    // proposed again. Editing an accepted candidate edits its measure too.
    qint64 accept(qint64 candidateId);
    void reject(qint64 candidateId);
    void edit(qint64 candidateId, const CandidateEdit &edit);

private:
    MeasureCandidate requireCandidate(qint64 candidateId) const;
    QList<Unit> unitsOf(qint64 documentId) const;
    void writeMentions(qint64 measureId, qint64 documentId, const QList<UnitSpan> &mentions);
    void insertMentions(qint64 measureId, qint64 documentId, const QList<UnitSpan> &mentions);

    Database &m_db;
};

} // namespace duizhao
