#pragma once

#include "framework/frameworkdata.h"

namespace duizhao {

class Database;
class Library;

struct TermOccurrence
{
    qint64 termId = 0;
    UnitSpan span;
};

// A document's glossary: the curated terms with their definitions and every occurrence in both
// languages, the translator's bracketed glosses included.
class GlossaryStore final
{
public:
    explicit GlossaryStore(Library &library);

    QList<GlossaryTerm> terms(qint64 documentId) const; // in data-file order
    // For marking terms in one unit: every occurrence in it, both languages, sorted by position.
    QList<TermOccurrence> occurrencesInUnit(qint64 documentId, int unitSeq) const;

    void replace(qint64 documentId, const QList<GlossaryTerm> &terms);

private:
    Database &m_db;
};

} // namespace duizhao
