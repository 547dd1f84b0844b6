#pragma once

#include "framework/frameworkdata.h"

#include <optional>

namespace duizhao {

class Library;

struct AttachResult
{
    bool curated = false; // curated data attached; false: measure candidates were proposed instead
    QString source;       // ":/framework/technology-power" or a folder
    int nodes = 0;
    int measures = 0;
    int mentions = 0;
    int terms = 0;
    int candidates = 0;
    QStringList warnings; // names matching no unit; curated data that did not fit the text
};

// Brings a document's framework into the library. Curated data ships compiled in, one folder per
// paper under ":/framework/", and is matched to a document by the paper's English title; other
// papers get measure candidates. The import path (the CLI's import command, the GUI's import)
// calls attachTo() after adding a paper; opening a library calls attachMissing(), so libraries
// from before the framework existed, or from before a paper's data shipped, catch up.
class FrameworkLoader final
{
public:
    // The curated data compiled into the program, read and validated once per process.
    static const QList<FrameworkData> &bundledData();
    static const FrameworkData *bundledFor(const QString &paperTitleEn);

    // Attaches the bundled data matching the document, or proposes candidates when there is none.
    // Curated data that does not fit the text (an anchor matching nothing: another version of the
    // paper) is reported in warnings and candidates are proposed instead. One transaction.
    static AttachResult attachTo(Library &library, qint64 documentId);
    static AttachResult attachTo(Library &library, qint64 documentId, const Paper &paper);

    // Attaches curated data from a folder with framework.json, measures.json and glossary.json,
    // for a paper Duizhao ships no data for. Its paper_title_en must be the document's title.
    // Any error in the data throws, naming the file and the entry; the library is left as it was.
    static AttachResult attachFolder(Library &library, qint64 documentId, const QString &folder);

    // Attaches bundled data to every document that lacks it or has an older version of it, and
    // proposes candidates for documents never looked at. Returns how many documents changed.
    static int attachMissing(Library &library);

    // Whether a document title and a data file's paper_title_en name the same paper: spaces,
    // case and typographic apostrophes do not matter.
    static bool sameTitle(const QString &a, const QString &b);
};

} // namespace duizhao
