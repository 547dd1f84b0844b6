#include "paperimporter.h"

#include "framework/frameworkloader.h"
#include "library/library.h"
#include "storage/transaction.h"

#include <algorithm>

namespace duizhao {

double ImportProgress::fraction() const
{
    if (phase == Phase::Reading)
        return 0;
    if (bytes > 0)
        return std::min(1.0, double(bytesDone) / double(bytes));
    const double current = steps > 0 ? double(stepsDone) / steps : 0;
    return files > 0 ? std::min(1.0, (filesDone + current) / files) : 1;
}

int ImportResult::added() const
{
    return int(std::count_if(papers.begin(), papers.end(), [](const ImportedPaper &p) { return p.added; }));
}

bool ImportResult::hasWarnings() const
{
    return std::any_of(papers.begin(), papers.end(), [](const ImportedPaper &p) { return !p.warnings.isEmpty(); });
}

PaperImporter::PaperImporter(Library &library)
    : m_library(library)
{}

ImportResult PaperImporter::import(const QList<PaperSource> &sources, const Progress &progress)
{
    ImportProgress state;
    state.files = int(sources.size());
    for (const PaperSource &source : sources)
        state.bytes += source.size();
    auto report = [&] {
        if (progress && !progress(state))
            throw Error(Error::Kind::Cancelled, QStringLiteral("import cancelled"));
    };

    // Every source is read before anything is stored, and every bad one is reported, not only
    // the first: the user mends them all at once.
    ImportResult result;
    QList<Paper> papers;
    for (state.current = 0; state.current < state.files; ++state.current) {
        report();
        const PaperSource &source = sources[state.current];
        try {
            papers.append(source.read());
        } catch (const Error &error) {
            if (error.kind() == Error::Kind::Cancelled)
                throw;
            result.errors.append(error);
        }
        ++state.filesDone;
        state.bytesDone += source.size();
    }
    if (!result.errors.isEmpty())
        return result;

    state.phase = ImportProgress::Phase::Storing;
    state.filesDone = 0;
    state.bytesDone = 0;
    // A paper and its framework go in together, and all papers or none.
    Transaction transaction(m_library.database());
    for (state.current = 0; state.current < state.files; ++state.current) {
        const PaperSource &source = sources[state.current];
        const Paper &paper = papers[state.current];
        const qint64 storedBefore = state.bytesDone;
        const AddResult added = m_library.addPaper(paper, [&](int done, int total) {
            state.stepsDone = done;
            state.steps = total;
            state.bytesDone = storedBefore + (total > 0 ? source.size() * done / total : 0);
            return !progress || progress(state);
        });
        ImportedPaper imported;
        imported.source = source.name();
        imported.documentId = added.documentId;
        imported.added = added.added;
        imported.titleEn = paper.meta.titleEn;
        if (added.added)
            imported.warnings = FrameworkLoader::attachTo(m_library, added.documentId, paper).warnings;
        result.papers.append(imported);
        ++state.filesDone;
        state.bytesDone = storedBefore + source.size();
        state.stepsDone = state.steps = 0;
        // Attaching the framework takes a while for a long paper and reports nothing: a cancel
        // that came meanwhile still wins over the commit.
        report();
    }
    transaction.commit();
    return result;
}

} // namespace duizhao
