#pragma once

#include "annotations/annotation.h"
#include "framework/frameworkdata.h"
#include "library/library.h"

#include <QHash>

namespace duizhao {

// Everything in the library that cards and quiz questions are made from, for one paper: its text
// and structure, the curated framework (when it has one), measures, glossary and the reader's
// highlights. Read once, then DeckBuilder and QuizBuilder work on it without touching the library.
struct StudySource
{
    qint64 documentId = 0;
    QString titleEn;
    QByteArray contentHash; // the paper's: Anki GUIDs are derived from it
    Paper paper;
    bool curated = false; // the paper has curated framework data
    QList<GlossaryTerm> terms;
    QList<Measure> measures;
    QList<FrameworkNode> nodes;
    QList<FrameworkRelation> relations;
    QList<Table1Row> table1;
    QHash<int, FrameworkLevel> unitLevels;
    QList<Annotation> annotations;

    // Reads only; the stores it uses take a Library that could write.
    static StudySource load(Library &library, qint64 documentId);

    const Unit *unit(int seq) const;
    const FrameworkNode *node(QStringView key) const;
    // The competition (power, order, values) an initiative or feature sits under, or null.
    const FrameworkNode *competitionOf(const FrameworkNode &node) const;
    FrameworkLevel unitLevel(int seq) const;
    // The level most of these units have (None when they have none): a term's level for filters and
    // for picking quiz distractors of the same level.
    FrameworkLevel levelOf(const QList<int> &units) const;
};

} // namespace duizhao
