#pragma once

#include "error.h"
#include "import/papersource.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace duizhao {

class Library;

// How far an import has got, in files and in bytes of the sources, for a progress bar or a
// line on stderr. Each source is read, then stored, before the next is read.
struct ImportProgress
{
    enum class Phase
    {
        Reading,
        Storing
    };
    Phase phase = Phase::Reading;
    int files = 0;        // sources in this import
    int filesDone = 0;    // sources read (and stored, unless one could not be read)
    qint64 bytes = 0;     // their sizes together
    qint64 bytesDone = 0; // of the sources done, and the stored part of the current one
    int current = -1;     // the source being read or stored
    // Within the source being stored: Library::addPaper's steps (units, and one for the rest).
    int stepsDone = 0;
    int steps = 0;

    // Of the whole import, 0 to 1: the share of the bytes done (of the files when no size is known).
    double fraction() const;
};

// One source's outcome.
struct ImportedPaper
{
    QString source; // PaperSource::name()
    qint64 documentId = 0;
    bool added = false; // false: the same paper was already in the library
    QString titleEn;
    // What attaching the framework data said: names matching no paragraph, curated data that does
    // not fit this text of the paper. The paper is imported either way.
    QStringList warnings;
};

struct ImportResult
{
    QList<ImportedPaper> papers; // one per source, in order, once all are stored; none when errors
    QList<Error> errors;         // the sources that could not be read, in order: nothing was stored

    int added() const;
    bool hasWarnings() const;
};

// The one way papers get into a library, for the CLI, the GUI and start-up alike. Sources are read
// and stored one after the other (memory stays flat however many there are), each paper with its
// framework (curated data, or measure candidates), all in one transaction: a bad file or a cancel
// leaves the library as it was, and a library never holds part of an import.
class PaperImporter final
{
public:
    // Returning false cancels: the call throws Error(Cancelled) and nothing is stored.
    using Progress = std::function<bool(const ImportProgress &progress)>;

    explicit PaperImporter(Library &library);

    // Throws Error for a library that cannot be written (and Cancelled); a source that cannot be
    // read is reported in ImportResult::errors.
    ImportResult import(const QList<PaperSource> &sources, const Progress &progress = {});

    // Papers are written to the search index together once their sources reach this many bytes:
    // FTS5 writes a segment per statement, and large ones cost less to write and to merge.
    static constexpr qint64 IndexBatchBytes = 8 * 1024 * 1024;

private:
    Library &m_library;
};

} // namespace duizhao
