#include "paperimporter.h"

#include "framework/frameworkloader.h"
#include "library/library.h"
#include "storage/transaction.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>

namespace duizhao {

namespace {

// Reads the sources in order on a thread of its own, a few ahead of the one being stored, so
// parsing the next paper overlaps storing this one (two cores: about a quarter of an import is
// reading). At most `Ahead` papers wait, so memory stays flat. Stops when destroyed.
class ReadAhead final
{
public:
    using Outcome = std::variant<Paper, Error>;
    static constexpr std::size_t Ahead = 2;

    explicit ReadAhead(const QList<PaperSource> &sources)
        : m_sources(sources)
        , m_thread([this] { readAll(); })
    {}
    ~ReadAhead()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next source's paper, or the error reading it gave.
    Outcome next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        Outcome outcome = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return outcome;
    }

private:
    void readAll()
    {
        for (const PaperSource &source : m_sources) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_ready.size() < Ahead; });
                if (m_stop)
                    return;
            }
            Outcome outcome = [&]() -> Outcome {
                try {
                    return source.read();
                } catch (const Error &error) {
                    return error;
                } catch (const std::exception &e) {
                    return Error(Error::Kind::Io, QString::fromLocal8Bit(e.what()), source.name());
                }
            }();
            {
                const std::lock_guard lock(m_mutex);
                m_ready.push_back(std::move(outcome));
            }
            m_changed.notify_all();
        }
    }

    const QList<PaperSource> &m_sources;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Outcome> m_ready;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the rest is made
};

} // namespace

double ImportProgress::fraction() const
{
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

    // One source at a time: read, store, drop, so memory does not grow with the number of files.
    // All of them go in one transaction, so a bad file or a cancel leaves the library as it was.
    // After a bad file the others are still read, not stored: every bad one is reported, not only
    // the first, and the user mends them all at once.
    ImportResult result;
    Transaction transaction(m_library.database());
    // Papers stored, not yet in the search index: their ids (consecutive, new in this
    // transaction) and their sources' bytes. The index is written for many papers at once.
    qint64 firstUnindexed = 0;
    qint64 lastUnindexed = 0;
    qint64 unindexedBytes = 0;
    auto index = [&] {
        if (firstUnindexed > 0)
            m_library.indexPapers(firstUnindexed, lastUnindexed);
        firstUnindexed = lastUnindexed = unindexedBytes = 0;
    };

    ReadAhead readAhead(sources);
    for (state.current = 0; state.current < state.files; ++state.current) {
        const PaperSource &source = sources[state.current];
        const qint64 doneBefore = state.bytesDone;
        state.phase = ImportProgress::Phase::Reading;
        state.stepsDone = state.steps = 0;
        report();
        std::optional<Paper> paper;
        ReadAhead::Outcome outcome = readAhead.next();
        if (auto *error = std::get_if<Error>(&outcome)) {
            if (error->kind() == Error::Kind::Cancelled)
                throw *error;
            result.errors.append(*error);
        } else {
            paper = std::move(std::get<Paper>(outcome));
        }
        if (paper && result.errors.isEmpty()) {
            state.phase = ImportProgress::Phase::Storing;
            const AddResult added = m_library.addPaper(
                *paper,
                [&](int done, int total) {
                    state.stepsDone = done;
                    state.steps = total;
                    state.bytesDone = doneBefore + (total > 0 ? source.size() * done / total : 0);
                    return !progress || progress(state);
                },
                Library::Indexing::Later);
            ImportedPaper imported;
            imported.source = source.name();
            imported.documentId = added.documentId;
            imported.added = added.added;
            imported.titleEn = paper->meta.titleEn;
            if (added.added) {
                imported.warnings = FrameworkLoader::attachTo(m_library, added.documentId, *paper).warnings;
                if (firstUnindexed == 0)
                    firstUnindexed = added.documentId;
                lastUnindexed = added.documentId;
                unindexedBytes += source.size();
            }
            result.papers.append(imported);
            if (unindexedBytes >= IndexBatchBytes)
                index();
        }
        paper.reset();
        ++state.filesDone;
        state.bytesDone = doneBefore + source.size();
        state.stepsDone = state.steps = 0;
        // Attaching the framework takes a while for a long paper and reports nothing: a cancel
        // that came meanwhile still wins over the commit.
        report();
    }
    if (!result.errors.isEmpty()) {
        result.papers.clear(); // rolled back
        return result;
    }
    index();
    transaction.commit();
    return result;
}

} // namespace duizhao
