#include "studysource.h"

#include "annotations/annotationstore.h"
#include "framework/frameworkstore.h"
#include "framework/glossarystore.h"
#include "framework/measurestore.h"

namespace duizhao {

StudySource StudySource::load(Library &library, qint64 documentId)
{
    Library &lib = library;
    StudySource source;
    source.documentId = documentId;
    source.paper = library.loadPaper(documentId);
    source.titleEn = source.paper.meta.titleEn;
    source.contentHash = source.paper.contentHash;
    const FrameworkStore framework(lib);
    source.curated = framework.info(documentId).has_value();
    if (source.curated) {
        source.nodes = framework.nodes(documentId);
        source.relations = framework.relations(documentId);
        source.table1 = framework.table1(documentId);
        source.unitLevels = framework.unitLevels(documentId);
    }
    source.terms = GlossaryStore(lib).terms(documentId);
    source.measures = MeasureStore(lib).measures(documentId);
    AnnotationFilter filter;
    filter.documentId = documentId;
    source.annotations = AnnotationStore(lib).list(filter);
    return source;
}

const Unit *StudySource::unit(int seq) const
{
    // Units are stored and loaded in sequence order, numbered from 1.
    if (seq >= 1 && seq <= paper.units.size() && paper.units[seq - 1].seq == seq)
        return &paper.units[seq - 1];
    for (const Unit &u : paper.units) {
        if (u.seq == seq)
            return &u;
    }
    return nullptr;
}

const FrameworkNode *StudySource::node(QStringView key) const
{
    for (const FrameworkNode &n : nodes) {
        if (n.key == key)
            return &n;
    }
    return nullptr;
}

const FrameworkNode *StudySource::competitionOf(const FrameworkNode &start) const
{
    const FrameworkNode *at = &start;
    // Bounded: the data reader refuses cycles, but a loop here must never hang the program.
    for (int depth = 0; at && depth < 32; ++depth) {
        if (at->kind == u"competition")
            return at;
        at = at->parentKey.isEmpty() ? nullptr : node(at->parentKey);
    }
    return nullptr;
}

FrameworkLevel StudySource::unitLevel(int seq) const
{
    return unitLevels.value(seq, FrameworkLevel::None);
}

FrameworkLevel StudySource::levelOf(const QList<int> &units) const
{
    QHash<FrameworkLevel, int> counts;
    for (int seq : units) {
        const FrameworkLevel level = unitLevel(seq);
        if (level != FrameworkLevel::None)
            ++counts[level];
    }
    FrameworkLevel best = FrameworkLevel::None;
    int bestCount = 0;
    // In the paper's order, so a tie goes to the earlier level and the result never depends on hashing.
    for (FrameworkLevel level : frameworkLevels()) {
        if (counts.value(level) > bestCount) {
            best = level;
            bestCount = counts.value(level);
        }
    }
    return best;
}

} // namespace duizhao
